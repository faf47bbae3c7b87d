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
		int fontSize, boolean bold, boolean italic, String label, String icon) {

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
}
