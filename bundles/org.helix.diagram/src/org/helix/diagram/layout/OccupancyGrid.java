package org.helix.diagram.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A uniform grid of rectangles, so that finding free space for a node does not compare it with every other node. */
final class OccupancyGrid {

	private final double cell;
	private final Map<Long, List<double[]>> cells = new HashMap<>();

	OccupancyGrid(double cell) {
		this.cell = cell;
	}

	void add(double x, double y, double w, double h) {
		double[] rect = { x, y, w, h };
		forCells(x, y, w, h, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(rect));
	}

	boolean overlaps(double x, double y, double w, double h, double margin) {
		boolean[] found = { false };
		forCells(x - margin, y - margin, w + 2 * margin, h + 2 * margin, key -> {
			for (double[] r : cells.getOrDefault(key, List.of())) {
				if (x - margin < r[0] + r[2] && r[0] < x + w + margin && y - margin < r[1] + r[3] && r[1] < y + h + margin) {
					found[0] = true;
				}
			}
		});
		return found[0];
	}

	private void forCells(double x, double y, double w, double h, java.util.function.LongConsumer action) {
		long x0 = (long) Math.floor(x / cell);
		long x1 = (long) Math.floor((x + w) / cell);
		long y0 = (long) Math.floor(y / cell);
		long y1 = (long) Math.floor((y + h) / cell);
		for (long i = x0; i <= x1; i++) {
			for (long j = y0; j <= y1; j++) {
				action.accept(i * 1_000_003L + j);
			}
		}
	}
}
