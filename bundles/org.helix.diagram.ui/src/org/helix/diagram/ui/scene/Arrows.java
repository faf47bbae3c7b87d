package org.helix.diagram.ui.scene;

import org.helix.diagram.model.description.ArrowHead;

/** Arrow head outlines in diagram coordinates, shared by the SWT renderer and the SVG writer. */
public final class Arrows {

	private Arrows() {
	}

	/** Whether the head is drawn filled with the line colour (the others are filled white, so the line does not show through). */
	public static boolean filled(ArrowHead head) {
		return head == ArrowHead.FILLED_TRIANGLE || head == ArrowHead.FILLED_DIAMOND;
	}

	/** Whether the outline is open (two strokes, not a closed polygon). */
	public static boolean open(ArrowHead head) {
		return head == ArrowHead.ARROW;
	}

	/**
	 * The head's outline at the tip (tx, ty), pointing away from (fx, fy), as x0,y0,x1,y1,...; null for NONE. A circle
	 * is approximated by a polygon so both back ends draw it the same way.
	 */
	public static double[] outline(ArrowHead head, double tx, double ty, double fx, double fy, int lineWidth) {
		if (head == null || head == ArrowHead.NONE) {
			return null;
		}
		double dx = tx - fx, dy = ty - fy;
		double length = Math.sqrt(dx * dx + dy * dy);
		if (length == 0) {
			return null;
		}
		double ux = dx / length, uy = dy / length; // along the line, towards the tip
		double nx = -uy, ny = ux;
		double size = 10 + 2 * Math.max(0, lineWidth - 1);
		double half = size * 0.45;
		return switch (head) {
		case ARROW, TRIANGLE, FILLED_TRIANGLE -> new double[] { tx - ux * size + nx * half, ty - uy * size + ny * half, tx, ty,
				tx - ux * size - nx * half, ty - uy * size - ny * half };
		case DIAMOND, FILLED_DIAMOND -> new double[] { tx, ty, tx - ux * size + nx * half, ty - uy * size + ny * half,
				tx - ux * 2 * size, ty - uy * 2 * size, tx - ux * size - nx * half, ty - uy * size - ny * half };
		case CIRCLE -> {
			double r = size * 0.4, cx = tx - ux * r, cy = ty - uy * r;
			double[] points = new double[24];
			for (int i = 0; i < 12; i++) {
				points[2 * i] = cx + r * Math.cos(i * Math.PI / 6);
				points[2 * i + 1] = cy + r * Math.sin(i * Math.PI / 6);
			}
			yield points;
		}
		default -> null;
		};
	}
}
