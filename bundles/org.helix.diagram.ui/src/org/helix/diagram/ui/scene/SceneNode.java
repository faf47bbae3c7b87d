package org.helix.diagram.ui.scene;

import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.description.Shape;
import org.helix.diagram.model.notation.Node;

/**
 * A node as it is painted: absolute bounds in diagram coordinates and its effective style (user override over the
 * applied description style over Helix defaults). Colours are 0xRRGGBB. Toolkit-free, so SVG export runs headless.
 */
public record SceneNode(Node node, double x, double y, double width, double height, int depth, boolean container,
		Shape shape, int fill, int border, int borderWidth, LineStyle borderLine, int labelColor, String fontName,
		int fontSize, boolean bold, boolean italic, String label, String icon,
		java.util.List<org.helix.diagram.sync.Decorations.Badge> badges) {

	public boolean intersects(double rx, double ry, double rw, double rh) {
		return x < rx + rw && x + width > rx && y < ry + rh && y + height > ry;
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	public double centerX() {
		return x + width / 2;
	}

	public double centerY() {
		return y + height / 2;
	}

	/** For a border node (a port on its parent's outline): the side of the parent it sits on; null for other nodes. */
	public org.helix.diagram.layout.BorderNodes.Side borderSide() {
		return org.helix.diagram.layout.BorderNodes.isBorderNode(node) ? org.helix.diagram.layout.BorderNodes.side(node) : null;
	}

	/** The gap between a border node and its label. */
	public static final double BORDER_LABEL_GAP = 3;

	/**
	 * Where a border node's label of {@code textWidth} x {@code textHeight} goes: outside its parent, beside the node,
	 * clear of the line an edge leaves it by (edges leave a port straight out of its side's centre): left of and above a
	 * port on the west side, right of and above one on the east, to the right above one on the north and below one on
	 * the south.
	 */
	public BorderLabel borderLabel(double textWidth, double textHeight) {
		double gap = BORDER_LABEL_GAP;
		return switch (borderSide()) {
			case WEST -> new BorderLabel(x - gap - textWidth, centerY() - textHeight - 1, textWidth, textHeight, "end");
			case EAST -> new BorderLabel(x + width + gap, centerY() - textHeight - 1, textWidth, textHeight, "start");
			case NORTH -> new BorderLabel(x + width + gap, y - gap - textHeight, textWidth, textHeight, "start");
			case SOUTH -> new BorderLabel(x + width + gap, y + height + gap, textWidth, textHeight, "start");
		};
	}

	/** A border node's label box (top-left, size) and how its text is anchored. */
	public record BorderLabel(double x, double y, double width, double height, String anchor) {

		/** The x of the text's anchor point for {@code anchor}. */
		public double anchorX() {
			return switch (anchor) {
				case "end" -> x + width;
				case "middle" -> x + width / 2;
				default -> x;
			};
		}
	}

	/** A border node's label box as estimated without a toolkit (for the scene's extent and SVG), or null. */
	public BorderLabel estimatedBorderLabel() {
		if (borderSide() == null || label == null || label.isBlank()) {
			return null;
		}
		double px = Labels.pixels(fontSize);
		return borderLabel(Labels.estimateWidth(borderLabelText(), px, bold), px * 1.25);
	}

	/** Longest label drawn beside a border node; longer ones are shortened (the whole label is the node's tooltip). */
	public static final int MAX_BORDER_LABEL = 32;

	/** A border node's label as drawn: shortened to {@link #MAX_BORDER_LABEL} characters. */
	public String borderLabelText() {
		return label == null || label.length() <= MAX_BORDER_LABEL ? label
				: label.substring(0, MAX_BORDER_LABEL - 1).stripTrailing() + "\u2026";
	}

	/** The radius of a decoration's badge, a disc centred on the node's top-right corner. */
	public static final double BADGE_RADIUS = 7;

	/** The centre of the {@code index}th badge: the first on the top-right corner, the next ones to its left. */
	public double badgeX(int index) {
		return x + width - index * (2 * BADGE_RADIUS + 2);
	}

	public double badgeY() {
		return y;
	}

	/** Whether (px, py) is on one of the node's badges: the index of the badge, else -1. */
	public int badgeAt(double px, double py) {
		for (int i = 0; i < badges.size(); i++) {
			double dx = px - badgeX(i), dy = py - badgeY();
			if (dx * dx + dy * dy <= BADGE_RADIUS * BADGE_RADIUS) {
				return i;
			}
		}
		return -1;
	}

	/** A badge's colour (0xRRGGBB) by kind: warning amber, error red, info blue. */
	public static int badgeColor(org.helix.diagram.model.description.DecorationKind kind) {
		return switch (kind) {
			case ERROR -> 0xd32f2f;
			case INFO -> 0x1976d2;
			default -> 0xf0a000;
		};
	}

	/** The sign drawn on a badge: "!" for warnings and errors, "i" for information. */
	public static String badgeSign(org.helix.diagram.model.description.DecorationKind kind) {
		return kind == org.helix.diagram.model.description.DecorationKind.INFO ? "i" : "!";
	}
}
