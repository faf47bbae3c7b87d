package org.helix.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The nodes and typed ties of an ecosystem, before they become a graph. Built from a model
 * ({@link ModelNetworkBuilder}) or an edge list ({@link EdgeListReader}); {@link #graph(boolean, Set)} turns a choice
 * of tie kinds into a simple weighted JGraphT graph for {@link NetworkMetrics}.
 */
public final class EcosystemNetwork {

	private final Map<String, NetworkNode> nodes = new LinkedHashMap<>();
	private final List<Tie> ties = new ArrayList<>();
	private int selfLoops;

	/** Adds a node; a node with the same id is kept as it was. */
	public NetworkNode addNode(NetworkNode node) {
		return nodes.computeIfAbsent(node.id(), id -> node);
	}

	/** Adds a tie between two known nodes; a tie of a node to itself is counted and left out. */
	public void addTie(Tie tie) {
		if (!nodes.containsKey(tie.source()) || !nodes.containsKey(tie.target())) {
			throw new IllegalArgumentException("tie between unknown nodes: " + tie);
		}
		if (tie.source().equals(tie.target())) {
			selfLoops++;
			return;
		}
		ties.add(tie);
	}

	/** The nodes in the order they were added (model order, or first appearance in the edge list). */
	public Collection<NetworkNode> nodes() {
		return Collections.unmodifiableCollection(nodes.values());
	}

	public NetworkNode node(String id) {
		return nodes.get(id);
	}

	public List<Tie> ties() {
		return Collections.unmodifiableList(ties);
	}

	/** Ties of a node to itself, which the graph leaves out (no self-loops, as in Gephi's default import). */
	public int selfLoops() {
		return selfLoops;
	}

	/** How many ties of each kind there are (before merging). */
	public Map<TieKind, Integer> tieCounts() {
		Map<TieKind, Integer> counts = new EnumMap<>(TieKind.class);
		for (Tie tie : ties) {
			counts.merge(tie.kind(), 1, Integer::sum);
		}
		return counts;
	}

	/** All tie kinds. */
	public static Set<TieKind> allKinds() {
		return EnumSet.allOf(TieKind.class);
	}

	/**
	 * A simple weighted graph with every node (isolated ones too) and the ties of the given kinds. Ties between the
	 * same two nodes are merged and their weights added. In a directed graph a mutual tie (co-membership) becomes two
	 * arcs; in an undirected graph a directed tie becomes an edge.
	 */
	public Graph<String, DefaultWeightedEdge> graph(boolean directed, Set<TieKind> kinds) {
		Graph<String, DefaultWeightedEdge> graph = directed ? new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class)
				: new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
		nodes.keySet().forEach(graph::addVertex);
		for (Tie tie : ties) {
			if (!kinds.contains(tie.kind())) {
				continue;
			}
			add(graph, tie.source(), tie.target(), tie.weight());
			if (directed && !tie.directed()) {
				add(graph, tie.target(), tie.source(), tie.weight());
			}
		}
		return graph;
	}

	private static void add(Graph<String, DefaultWeightedEdge> graph, String source, String target, double weight) {
		DefaultWeightedEdge edge = graph.getEdge(source, target);
		if (edge == null) {
			graph.setEdgeWeight(graph.addEdge(source, target), weight);
		} else {
			graph.setEdgeWeight(edge, graph.getEdgeWeight(edge) + weight);
		}
	}
}
