package org.helix.network;

/**
 * One tie between two nodes, as the model (or an edge list) gives it. Several ties between the same two nodes are
 * merged into one weighted edge when the graph is built.
 *
 * @param source   id of the source node
 * @param target   id of the target node
 * @param kind     where the tie comes from
 * @param directed whether the tie has a direction (a material flow, advice) or is mutual (co-membership)
 * @param weight   positive weight (1 for ties from a model)
 * @param via      label of the element that makes the tie (the body, cluster, project, ...), or {@code null}
 */
public record Tie(String source, String target, TieKind kind, boolean directed, double weight, String via) {
}
