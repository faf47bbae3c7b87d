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
