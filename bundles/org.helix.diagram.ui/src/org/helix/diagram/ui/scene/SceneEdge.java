package org.helix.diagram.ui.scene;

import org.helix.diagram.model.description.ArrowHead;
import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.notation.Edge;

/**
 * An edge as it is painted: its polyline in diagram coordinates as x0,y0,x1,y1,... (ends clipped to the node
 * outlines), the bounding box for culling (label included), its effective style, and where its label goes
 * ({@code labelBox}: x, y, width, height in diagram coordinates, chosen by the scene's collision pass so that labels
 * never overprint each other or nodes; null without a label).
 */
public record SceneEdge(Edge edge, double[] points, double minX, double minY, double maxX, double maxY, int color,
		int width, LineStyle line, ArrowHead sourceArrow, ArrowHead targetArrow, int labelColor, String fontName,
		int fontSize, boolean bold, boolean italic, String label, double[] labelBox) {

	/** The same edge with its label in {@code box}; the culling bounds grow to include it. */
	SceneEdge withLabelBox(double[] box) {
		return new SceneEdge(edge, points, Math.min(minX, box[0]), Math.min(minY, box[1]), Math.max(maxX, box[0] + box[2]),
				Math.max(maxY, box[1] + box[3]), color, width, line, sourceArrow, targetArrow, labelColor, fontName, fontSize,
				bold, italic, label, box);
	}

	public boolean intersects(double rx, double ry, double rw, double rh) {
		return minX < rx + rw && maxX > rx && minY < ry + rh && maxY > ry;
	}

	/** Where the label's centre goes: the middle of its box, or without one the middle of the middle segment. */
	public double[] labelAnchor() {
		if (labelBox != null) {
			return new double[] { labelBox[0] + labelBox[2] / 2, labelBox[1] + labelBox[3] / 2 };
		}
		int segments = points.length / 2 - 1;
		int i = Math.max(0, (segments - 1) / 2) * 2;
		return new double[] { (points[i] + points[i + 2]) / 2, (points[i + 1] + points[i + 3]) / 2 };
	}

	/** Distance from a point to the polyline, for hit testing. */
	public double distance(double px, double py) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i + 3 < points.length; i += 2) {
			best = Math.min(best, segmentDistance(px, py, points[i], points[i + 1], points[i + 2], points[i + 3]));
		}
		return best;
	}

	private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
		double dx = x2 - x1, dy = y2 - y1;
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / length));
		double cx = x1 + t * dx - px, cy = y1 + t * dy - py;
		return Math.sqrt(cx * cx + cy * cy);
	}
}
