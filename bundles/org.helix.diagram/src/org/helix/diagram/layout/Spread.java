package org.helix.diagram.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;

/**
 * Takes the overlaps out of a stress or force layout without changing its shape. ELK's stress majorization aims at edge
 * lengths, not at gaps between boxes: in a dense group (the 13 members of a council are all tied to each other) boxes
 * of different sizes overlap. Each connected part is scaled about its corner by the least factor that puts every two of
 * its boxes apart (at most {@link #MAX_SCALE}; what is left after that is pushed apart along the axis of least
 * overlap), and the parts are packed again in rows, largest first, to an aspect ratio of about 1.6.
 */
final class Spread {

	static final double GAP = 16;
	static final double MAX_SCALE = 1.5;
	private static final double ASPECT = 1.6;

	private Spread() {
	}

	/** Changes {@code bounds} (x, y, width, height of the laid-out top-level nodes) in place. */
	static void apply(Map<Node, double[]> laidOut, List<Edge> edges) {
		Map<Node, double[]> bounds = new LinkedHashMap<>(); // the top-level nodes; the arrays are shared, so changes apply
		laidOut.forEach((node, b) -> {
			if (!(node.eContainer() instanceof Node)) {
				bounds.put(node, b);
			}
		});
		List<List<Node>> parts = parts(bounds, edges);
		for (List<Node> part : parts) {
			scale(part, bounds);
			push(part, bounds);
		}
		pack(parts, bounds);
	}

	/** The connected parts over the edges between laid-out nodes, in the order of their first node. */
	private static List<List<Node>> parts(Map<Node, double[]> bounds, List<Edge> edges) {
		Map<Node, Node> parent = new HashMap<>();
		bounds.keySet().forEach(node -> parent.put(node, node));
		for (Edge edge : edges) {
			Node a = edge.getSource(), b = edge.getTarget();
			if (edge.isVisible() && parent.containsKey(a) && parent.containsKey(b)) {
				parent.put(find(parent, a), find(parent, b));
			}
		}
		Map<Node, List<Node>> byRoot = new LinkedHashMap<>();
		for (Node node : bounds.keySet()) {
			byRoot.computeIfAbsent(find(parent, node), r -> new ArrayList<>()).add(node);
		}
		return new ArrayList<>(byRoot.values());
	}

	private static Node find(Map<Node, Node> parent, Node node) {
		Node root = node;
		while (parent.get(root) != root) {
			root = parent.get(root);
		}
		parent.put(node, root);
		return root;
	}

	private static void scale(List<Node> part, Map<Node, double[]> bounds) {
		double factor = 1;
		for (int i = 0; i < part.size(); i++) {
			double[] a = bounds.get(part.get(i));
			for (int j = i + 1; j < part.size(); j++) {
				double[] b = bounds.get(part.get(j));
				double dx = Math.abs(cx(a) - cx(b)), dy = Math.abs(cy(a) - cy(b));
				double needX = (a[2] + b[2]) / 2 + GAP, needY = (a[3] + b[3]) / 2 + GAP;
				if (dx >= needX || dy >= needY) {
					continue; // apart already
				}
				double sx = dx > 0 ? needX / dx : Double.MAX_VALUE, sy = dy > 0 ? needY / dy : Double.MAX_VALUE;
				factor = Math.max(factor, Math.min(Math.min(sx, sy), MAX_SCALE));
			}
		}
		if (factor > 1) {
			double minX = part.stream().mapToDouble(n -> bounds.get(n)[0]).min().orElse(0);
			double minY = part.stream().mapToDouble(n -> bounds.get(n)[1]).min().orElse(0);
			for (Node node : part) {
				double[] b = bounds.get(node);
				b[0] = minX + (cx(b) - minX) * factor - b[2] / 2;
				b[1] = minY + (cy(b) - minY) * factor - b[3] / 2;
			}
		}
	}

	/** Boxes still overlapping after the scaling (the same centre, or more than the largest factor needed) move apart. */
	private static void push(List<Node> part, Map<Node, double[]> bounds) {
		for (int round = 0; round < 50; round++) {
			boolean moved = false;
			for (int i = 0; i < part.size(); i++) {
				double[] a = bounds.get(part.get(i));
				for (int j = i + 1; j < part.size(); j++) {
					double[] b = bounds.get(part.get(j));
					double overlapX = (a[2] + b[2]) / 2 + GAP - Math.abs(cx(a) - cx(b));
					double overlapY = (a[3] + b[3]) / 2 + GAP - Math.abs(cy(a) - cy(b));
					if (overlapX <= 0 || overlapY <= 0) {
						continue;
					}
					moved = true;
					if (overlapX < overlapY) {
						double shift = overlapX / 2 * (cx(a) <= cx(b) ? 1 : -1);
						a[0] -= shift;
						b[0] += shift;
					} else {
						double shift = overlapY / 2 * (cy(a) <= cy(b) ? 1 : -1);
						a[1] -= shift;
						b[1] += shift;
					}
				}
			}
			if (!moved) {
				return;
			}
		}
	}

	/** The parts in rows, largest first (ties: model order), each row as wide as suits the aspect ratio. */
	private static void pack(List<List<Node>> parts, Map<Node, double[]> bounds) {
		List<double[]> boxes = new ArrayList<>(); // minX, minY, width, height, index
		double area = 0, widest = 0;
		for (int i = 0; i < parts.size(); i++) {
			List<Node> part = parts.get(i);
			double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
			for (Node node : part) {
				double[] b = bounds.get(node);
				minX = Math.min(minX, b[0]);
				minY = Math.min(minY, b[1]);
				maxX = Math.max(maxX, b[0] + b[2]);
				maxY = Math.max(maxY, b[1] + b[3]);
			}
			boxes.add(new double[] { minX, minY, maxX - minX, maxY - minY, i });
			area += (maxX - minX + GAP * 2) * (maxY - minY + GAP * 2);
			widest = Math.max(widest, maxX - minX);
		}
		boxes.sort(Comparator.comparingInt((double[] box) -> -parts.get((int) box[4]).size()).thenComparingDouble(box -> box[4]));
		double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
		double x = 0, y = 0, rowHeight = 0;
		for (double[] box : boxes) {
			if (x > 0 && x + box[2] > rowWidth) {
				x = 0;
				y += rowHeight + GAP * 2;
				rowHeight = 0;
			}
			for (Node node : parts.get((int) box[4])) {
				double[] b = bounds.get(node);
				b[0] += x - box[0];
				b[1] += y - box[1];
			}
			x += box[2] + GAP * 2;
			rowHeight = Math.max(rowHeight, box[3]);
		}
	}

	private static double cx(double[] b) {
		return b[0] + b[2] / 2;
	}

	private static double cy(double[] b) {
		return b[1] + b[3] / 2;
	}
}
