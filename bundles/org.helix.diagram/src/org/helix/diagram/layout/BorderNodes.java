package org.helix.diagram.layout;

import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationPackage;

/**
 * Geometry of border nodes (Sirius's bordered nodes, ELK's ports): small nodes held in a node's
 * {@code borderedNodes}, with bounds relative to that node, whose centre lies on its outline. The layout, the
 * incremental placement and the editor's drag all keep them there with {@link #snap}.
 */
public final class BorderNodes {

	/** The side of its parent a border node sits on. */
	public enum Side {
		NORTH, EAST, SOUTH, WEST
	}

	private BorderNodes() {
	}

	/** Whether the node is a border node (held in its parent's {@code borderedNodes}). */
	public static boolean isBorderNode(Node node) {
		return node.eContainingFeature() == NotationPackage.Literals.NODE__BORDERED_NODES;
	}

	/** The node a border node sits on, or null when {@code node} is not a border node. */
	public static Node parent(Node node) {
		return isBorderNode(node) ? (Node) node.eContainer() : null;
	}

	/** The side of its parent the border node's centre is nearest to. */
	public static Side side(Node borderNode) {
		Node parent = parent(borderNode);
		double width = parent == null ? 0 : parent.getWidth(), height = parent == null ? 0 : parent.getHeight();
		return side(width, height, borderNode.getX() + borderNode.getWidth() / 2, borderNode.getY() + borderNode.getHeight() / 2);
	}

	/** The side of a {@code width} x {@code height} box nearest to the point (cx, cy), in the box's coordinates. */
	public static Side side(double width, double height, double cx, double cy) {
		double west = Math.abs(cx), east = Math.abs(width - cx), north = Math.abs(cy), south = Math.abs(height - cy);
		double min = Math.min(Math.min(west, east), Math.min(north, south));
		return min == east ? Side.EAST : min == west ? Side.WEST : min == south ? Side.SOUTH : Side.NORTH;
	}

	/**
	 * Where a border node of size {@code w} x {@code h} wanted at (x, y) (relative to its parent of size
	 * {@code parentWidth} x {@code parentHeight}) goes: its centre onto the nearest side of the parent, and along that
	 * side no further than the parent's corners. A drag moves it along the border only.
	 *
	 * @return the new (x, y), relative to the parent
	 */
	public static double[] snap(double parentWidth, double parentHeight, double x, double y, double w, double h) {
		double cx = clamp(x + w / 2, 0, parentWidth), cy = clamp(y + h / 2, 0, parentHeight);
		switch (side(parentWidth, parentHeight, cx, cy)) {
			case WEST -> cx = 0;
			case EAST -> cx = parentWidth;
			case NORTH -> cy = 0;
			case SOUTH -> cy = parentHeight;
		}
		return new double[] { cx - w / 2, cy - h / 2 };
	}

	/** {@link #snap} for a border node of the notation, given its wanted position relative to its parent. */
	public static double[] snap(Node borderNode, double x, double y) {
		Node parent = parent(borderNode);
		return parent == null ? new double[] { x, y }
				: snap(parent.getWidth(), parent.getHeight(), x, y, borderNode.getWidth(), borderNode.getHeight());
	}

	private static double clamp(double value, double min, double max) {
		return Math.max(min, Math.min(max, value));
	}
}
