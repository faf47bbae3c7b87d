package org.helix.diagram.ui.scene;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places edge labels so that no two overprint and none covers a node: a deterministic collision pass over the scene.
 * Each label (in scene order) tries positions along its edge (the middle first, then further out) and beside it,
 * and takes the first where its box meets no label placed before it and no node (nodes that contain one of the
 * edge's ends, such as a container around both, do not count). Where every candidate collides (a very dense
 * drawing), it takes the one meeting the fewest labels, then the fewest nodes.
 * <p>
 * Why here and not in ELK: the notation stores no label position, and a label's size depends on the font the scene
 * resolves; doing it on the scene makes screen, PNG and SVG agree, also for edges moved by hand since the last layout.
 * The box is an estimate of the text's extent with a small margin ({@link #size}), so the text drawn centred in it
 * stays inside.
 */
final class LabelPlacement {

	/** Along the edge: fractions of its length, nearest the middle first. */
	private static final double[] ALONG = { 0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82 };
	private static final double GAP = 3;
	private static final double CELL = 120;

	private LabelPlacement() {
	}

	/** Width and height of a label's box: the text estimated a little wide (DejaVu Sans), plus a margin. */
	static double[] size(String label, int fontSize, boolean bold) {
		double px = Labels.pixels(fontSize);
		return new double[] { label.length() * px * (bold ? 0.66 : 0.62) + 6, px * 1.35 + 2 };
	}

	/** The edges with their label boxes set (edges without a label are returned as they are). */
	static List<SceneEdge> place(List<SceneNode> nodes, List<SceneEdge> edges) {
		Grid nodeGrid = new Grid();
		for (SceneNode node : nodes) {
			nodeGrid.add(new double[] { node.x(), node.y(), node.width(), node.height() });
		}
		Grid labelGrid = new Grid();
		List<SceneEdge> placed = new ArrayList<>(edges.size());
		for (SceneEdge edge : edges) {
			if (edge.label() == null || edge.label().isBlank()) {
				placed.add(edge);
				continue;
			}
			double[] box = best(edge, nodes, nodeGrid, labelGrid);
			labelGrid.add(box);
			placed.add(edge.withLabelBox(box));
		}
		return placed;
	}

	private static double[] best(SceneEdge edge, List<SceneNode> nodes, Grid nodeGrid, Grid labelGrid) {
		double[] size = size(edge.label(), edge.fontSize(), edge.bold());
		double w = size[0], h = size[1];
		List<double[]> ends = ends(edge, nodes);
		double[] fallback = null;
		long fallbackScore = Long.MAX_VALUE;
		for (double[] offset : offsets(w, h)) {
			for (double t : ALONG) {
				double[] at = pointAt(edge.points(), t);
				double[] box = { at[0] + offset[0] - w / 2, at[1] + offset[1] - h / 2, w, h };
				int labels = labelGrid.count(box, null);
				int covered = nodeGrid.count(box, ends);
				if (labels == 0 && covered == 0) {
					return box;
				}
				long score = labels * 1_000_000L + covered * 1_000L;
				if (score < fallbackScore) {
					fallback = box;
					fallbackScore = score;
				}
			}
		}
		return fallback;
	}

	/** On the line first, then beside it, then further out: right/left, above/below, in growing steps. */
	private static List<double[]> offsets(double w, double h) {
		List<double[]> offsets = new ArrayList<>();
		offsets.add(new double[] { 0, 0 });
		for (int step = 1; step <= 4; step++) {
			double dx = step * (w / 2 + GAP), dy = step * (h + GAP);
			offsets.add(new double[] { dx, 0 });
			offsets.add(new double[] { -dx, 0 });
			offsets.add(new double[] { 0, -dy });
			offsets.add(new double[] { 0, dy });
			offsets.add(new double[] { dx, -dy });
			offsets.add(new double[] { -dx, dy });
		}
		return offsets;
	}

	/** Boxes of nodes that hold one of the edge's ends inside (containers around it): a label there is fine. */
	private static List<double[]> ends(SceneEdge edge, List<SceneNode> nodes) {
		List<double[]> exempt = new ArrayList<>();
		for (SceneNode node : nodes) {
			if (node.node() == edge.edge().getSource() || node.node() == edge.edge().getTarget()) {
				for (SceneNode other : nodes) {
					if (other != node && other.x() <= node.x() && other.y() <= node.y()
							&& other.x() + other.width() >= node.x() + node.width() && other.y() + other.height() >= node.y() + node.height()) {
						exempt.add(new double[] { other.x(), other.y(), other.width(), other.height() });
					}
				}
			}
		}
		return exempt;
	}

	/** The point at fraction {@code t} of the polyline's length. */
	static double[] pointAt(double[] points, double t) {
		double total = 0;
		for (int i = 0; i + 3 < points.length; i += 2) {
			total += Math.hypot(points[i + 2] - points[i], points[i + 3] - points[i + 1]);
		}
		double wanted = total * t;
		for (int i = 0; i + 3 < points.length; i += 2) {
			double length = Math.hypot(points[i + 2] - points[i], points[i + 3] - points[i + 1]);
			if (wanted <= length || i + 4 >= points.length) {
				double f = length == 0 ? 0 : Math.min(1, wanted / length);
				return new double[] { points[i] + f * (points[i + 2] - points[i]), points[i + 1] + f * (points[i + 3] - points[i + 1]) };
			}
			wanted -= length;
		}
		return new double[] { points[0], points[1] };
	}

	static boolean intersects(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	/** A uniform grid of rectangles, so a label is compared only with what lies near it. */
	private static final class Grid {
		private final Map<Long, List<double[]>> cells = new HashMap<>();

		void add(double[] rect) {
			forCells(rect, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(rect));
		}

		/** How many different rectangles meet {@code box}, not counting those equal to one in {@code exempt}. */
		int count(double[] box, List<double[]> exempt) {
			List<double[]> seen = new ArrayList<>();
			forCells(box, key -> {
				for (double[] r : cells.getOrDefault(key, List.of())) {
					if (intersects(box, r) && seen.stream().noneMatch(s -> s == r)
							&& (exempt == null || exempt.stream().noneMatch(e -> java.util.Arrays.equals(e, r)))) {
						seen.add(r);
					}
				}
			});
			return seen.size();
		}

		private static void forCells(double[] r, java.util.function.LongConsumer action) {
			long x0 = (long) Math.floor(r[0] / CELL), x1 = (long) Math.floor((r[0] + r[2]) / CELL);
			long y0 = (long) Math.floor(r[1] / CELL), y1 = (long) Math.floor((r[1] + r[3]) / CELL);
			for (long i = x0; i <= x1; i++) {
				for (long j = y0; j <= y1; j++) {
					action.accept(i * 1_000_003L + j);
				}
			}
		}
	}
}
