package org.helix.network;

/**
 * A node of the ecosystem network.
 *
 * @param id     unique key: the model element's id, or the name in an edge list
 * @param label  what a person reads: the element's name (with its abbreviation), or the edge-list name
 * @param type   the model class, e.g. {@code Organisation}, or {@code node} for edge lists
 * @param group  the quadruple-helix category ({@code GOVERNMENT}, {@code INDUSTRY}, {@code KNOWLEDGE},
 *               {@code CIVIL_SOCIETY}) used for brokerage roles; {@code null} when unknown
 */
public record NetworkNode(String id, String label, String type, String group) {
}
