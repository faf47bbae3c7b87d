package org.helix.diagram.ui.scene;

import org.helix.diagram.model.description.LineStyle;

/** Polygon outlines and dash patterns shared by the SWT renderer and the SVG writer. */
public final class Shapes {

	public static final double CORNER_RADIUS = 8;
	public static final double NOTE_FOLD = 10;
	public static final double LABEL_PADDING = 6;
	public static final double ICON_SIZE = 16;

	private Shapes() {
	}

	public static double[] diamond(double x, double y, double w, double h) {
		return new double[] { x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2 };
	}

	public static double[] hexagon(double x, double y, double w, double h) {
		double inset = Math.min(w / 4, h / 2);
		return new double[] { x + inset, y, x + w - inset, y, x + w, y + h / 2, x + w - inset, y + h, x + inset, y + h, x,
				y + h / 2 };
	}

	/** A sheet with its top right corner folded. */
	public static double[] note(double x, double y, double w, double h) {
		double f = Math.min(NOTE_FOLD, Math.min(w, h) / 2);
		return new double[] { x, y, x + w - f, y, x + w, y + f, x + w, y + h, x, y + h };
	}

	/** Dash lengths for a line style, proportional to the line width; null for solid. */
	public static int[] dashes(LineStyle style, int width) {
		int w = Math.max(1, width);
		return switch (style == null ? LineStyle.SOLID : style) {
		case DASHED -> new int[] { 6 * w, 4 * w };
		case DOTTED -> new int[] { 2 * w, 3 * w };
		default -> null;
		};
	}
}
