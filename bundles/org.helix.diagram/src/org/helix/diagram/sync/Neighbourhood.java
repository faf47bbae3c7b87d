package org.helix.diagram.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;

/**
 * The n-hop neighbourhood of a node in a diagram: the nodes reached over at most {@code hops} edges, in either
 * direction, over the edges the active layers draw (also those a current focus hides, so a focus can move from node to
 * node). An edge at a child of a container counts for the top-level node that holds it.
 */
public final class Neighbourhood {

	private Neighbourhood() {
	}

	/** The top-level nodes within {@code hops} edges of {@code start} (start included), nearest first. */
	public static Set<Node> of(Diagram diagram, Node start, int hops) {
		if (hops < 0) {
			throw new IllegalArgumentException("hops must be 0 or more, got " + hops);
		}
		Map<Node, Set<Node>> neighbours = new HashMap<>();
		for (Edge edge : diagram.getEdges()) {
			Node source = top(edge.getSource());
			Node target = top(edge.getTarget());
			if (source != null && target != null && source != target) {
				neighbours.computeIfAbsent(source, n -> new LinkedHashSet<>()).add(target);
				neighbours.computeIfAbsent(target, n -> new LinkedHashSet<>()).add(source);
			}
		}
		Map<Node, Integer> distance = new HashMap<>();
		Set<Node> reached = new LinkedHashSet<>();
		Deque<Node> queue = new ArrayDeque<>();
		Node first = top(start);
		distance.put(first, 0);
		reached.add(first);
		queue.add(first);
		while (!queue.isEmpty()) {
			Node node = queue.poll();
			int d = distance.get(node);
			if (d == hops) {
				continue;
			}
			for (Node next : neighbours.getOrDefault(node, Set.of())) {
				if (distance.putIfAbsent(next, d + 1) == null) {
					reached.add(next);
					queue.add(next);
				}
			}
		}
		return reached;
	}

	/** The semantic elements of the neighbourhood, for {@link DiagramSynchronizer#focusCommand}. */
	public static Set<EObject> elements(Diagram diagram, Node start, int hops) {
		Set<EObject> elements = new LinkedHashSet<>();
		for (Node node : of(diagram, start, hops)) {
			elements.add(node.getSemanticElement());
		}
		return elements;
	}

	private static Node top(Node node) {
		Node top = node;
		while (top != null && top.eContainer() instanceof Node parent) {
			top = parent;
		}
		return top;
	}
}
