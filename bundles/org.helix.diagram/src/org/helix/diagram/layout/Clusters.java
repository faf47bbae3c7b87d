package org.helix.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.graph.ElkNode;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;

/**
 * The fast path of {@link LayoutConfiguration#CLUSTERED}: a large network is split into clusters of densely connected
 * nodes, each cluster is laid out by ELK as a graph of its own, and the clusters are packed side by side.
 * <p>
 * ELK layered spends most of its time minimising crossings, which grows much faster than the graph; many small graphs
 * are far cheaper than one large one. Real ecosystems are clustered (regions, sectors, value chains), so the drawing
 * shows each cluster compactly; the few edges between clusters are drawn straight.
 * <p>
 * Clusters come from label propagation (Raghavan et al. 2007) made deterministic: nodes are visited in the layout's
 * model order, ties go to the smallest label, and a cluster stops growing at {@link #MAX_SIZE} nodes so one label
 * cannot swallow the graph.
 */
final class Clusters {

	/** Largest cluster: ELK layered lays out a graph of this size in a few milliseconds. */
	static final int MAX_SIZE = 80;
	private static final int ROUNDS = 8;
	private static final double GAP = 80;
	/** Width : height the packed clusters aim at (a 1440 × 900 screen). */
	private static final double ASPECT_RATIO = 1.6;

	private Clusters() {
	}

	/** The visible top-level nodes of {@code diagram} grouped into clusters, biggest first, each in model order. */
	static List<List<Node>> of(Diagram diagram) {
		List<Node> nodes = LayoutEngine.sortedNodes(diagram.getNodes().stream().filter(Node::isVisible).toList());
		Map<Node, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i), i);
		}
		List<List<Integer>> neighbours = new ArrayList<>();
		nodes.forEach(node -> neighbours.add(new ArrayList<>()));
		for (Edge edge : LayoutEngine.sortedEdges(diagram.getEdges())) {
			Integer source = index.get(top(edge.getSource()));
			Integer target = index.get(top(edge.getTarget()));
			if (edge.isVisible() && source != null && target != null && !source.equals(target)) {
				neighbours.get(source).add(target);
				neighbours.get(target).add(source);
			}
		}
		int[] label = new int[nodes.size()];
		int[] size = new int[nodes.size()];
		for (int i = 0; i < label.length; i++) {
			label[i] = i;
			size[i] = 1;
		}
		for (int round = 0; round < ROUNDS; round++) {
			boolean changed = false;
			for (int i = 0; i < label.length; i++) {
				Map<Integer, Integer> votes = new HashMap<>();
				for (int neighbour : neighbours.get(i)) {
					votes.merge(label[neighbour], 1, Integer::sum);
				}
				int best = label[i];
				int bestVotes = votes.getOrDefault(best, 0);
				for (Map.Entry<Integer, Integer> vote : votes.entrySet()) {
					int candidate = vote.getKey();
					boolean better = vote.getValue() > bestVotes || (vote.getValue() == bestVotes && candidate < best);
					if (candidate != label[i] && better && size[candidate] < MAX_SIZE) {
						best = candidate;
						bestVotes = vote.getValue();
					}
				}
				if (best != label[i]) {
					size[label[i]]--;
					size[best]++;
					label[i] = best;
					changed = true;
				}
			}
			if (!changed) {
				break;
			}
		}
		Map<Integer, List<Node>> clusters = new LinkedHashMap<>();
		for (int i = 0; i < label.length; i++) {
			clusters.computeIfAbsent(label[i], k -> new ArrayList<>()).add(nodes.get(i));
		}
		List<List<Node>> result = new ArrayList<>();
		List<Node> loose = new ArrayList<>(); // unconnected nodes and pairs: one graph, which ELK packs as components
		for (List<Node> cluster : clusters.values()) {
			if (cluster.size() <= 2) {
				loose.addAll(cluster);
			} else {
				result.add(cluster);
			}
		}
		result.sort(Comparator.comparingInt((List<Node> cluster) -> -cluster.size())); // stable: model order among equals
		if (!loose.isEmpty()) {
			result.add(loose);
		}
		return result;
	}

	private static Node top(Node node) {
		Node current = node;
		while (current.eContainer() instanceof Node parent) {
			current = parent;
		}
		return current;
	}

	/**
	 * Moves the laid-out cluster graphs into rows (biggest first, left to right) no wider than the width that gives
	 * the whole drawing about {@link #ASPECT_RATIO}.
	 */
	static void pack(List<ElkNode> graphs) {
		double area = 0;
		double widest = 0;
		for (ElkNode graph : graphs) {
			area += (graph.getWidth() + GAP) * (graph.getHeight() + GAP);
			widest = Math.max(widest, graph.getWidth());
		}
		double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT_RATIO));
		double x = 0, y = 0, rowHeight = 0;
		for (ElkNode graph : graphs) {
			if (x > 0 && x + graph.getWidth() > rowWidth) {
				x = 0;
				y += rowHeight + GAP;
				rowHeight = 0;
			}
			graph.setLocation(x, y);
			x += graph.getWidth() + GAP;
			rowHeight = Math.max(rowHeight, graph.getHeight());
		}
	}
}
