package org.helix.diagram.ui.render;

import java.util.ArrayList;
import java.util.List;

/** Cuts a polyline to a rectangle (Liang–Barsky per segment), so only what can be seen is stroked. */
public final class Clipping {

	private Clipping() {
	}

	/**
	 * The parts of the polyline {@code points} (x0, y0, x1, y1, ...) inside the rectangle, as polylines with
	 * coordinates rounded to integers; consecutive visible segments stay one polyline.
	 */
	public static List<int[]> visibleRuns(double[] points, double rx, double ry, double rw, double rh) {
		List<int[]> runs = new ArrayList<>();
		List<Integer> run = new ArrayList<>();
		double[] segment = new double[4];
		for (int i = 0; i + 3 < points.length; i += 2) {
			segment[0] = points[i];
			segment[1] = points[i + 1];
			segment[2] = points[i + 2];
			segment[3] = points[i + 3];
			boolean wholeEnd = clip(segment, rx, ry, rw, rh);
			if (Double.isNaN(segment[0])) { // not visible: the current run ends
				flush(run, runs);
				continue;
			}
			int x0 = (int) Math.round(segment[0]), y0 = (int) Math.round(segment[1]);
			boolean continues = !run.isEmpty() && run.get(run.size() - 2) == x0 && run.get(run.size() - 1) == y0;
			if (!continues) {
				flush(run, runs);
				run.add(x0);
				run.add(y0);
			}
			run.add((int) Math.round(segment[2]));
			run.add((int) Math.round(segment[3]));
			if (!wholeEnd) {
				flush(run, runs);
			}
		}
		flush(run, runs);
		return runs;
	}

	private static void flush(List<Integer> run, List<int[]> runs) {
		if (run.size() >= 4) {
			runs.add(run.stream().mapToInt(Integer::intValue).toArray());
		}
		run.clear();
	}

	/**
	 * Clips the segment in place; sets its first coordinate to NaN when nothing is visible. Returns whether the
	 * segment's end point is kept (so the next segment may continue the same run).
	 */
	static boolean clip(double[] s, double rx, double ry, double rw, double rh) {
		double x0 = s[0], y0 = s[1], dx = s[2] - x0, dy = s[3] - y0;
		double t0 = 0, t1 = 1;
		double[] p = { -dx, dx, -dy, dy };
		double[] q = { x0 - rx, rx + rw - x0, y0 - ry, ry + rh - y0 };
		for (int k = 0; k < 4; k++) {
			if (p[k] == 0) {
				if (q[k] < 0) {
					s[0] = Double.NaN;
					return false;
				}
			} else {
				double t = q[k] / p[k];
				if (p[k] < 0) {
					t0 = Math.max(t0, t);
				} else {
					t1 = Math.min(t1, t);
				}
			}
		}
		if (t0 > t1) {
			s[0] = Double.NaN;
			return false;
		}
		s[0] = x0 + t0 * dx;
		s[1] = y0 + t0 * dy;
		s[2] = x0 + t1 * dx;
		s[3] = y0 + t1 * dy;
		return t1 == 1;
	}
}
