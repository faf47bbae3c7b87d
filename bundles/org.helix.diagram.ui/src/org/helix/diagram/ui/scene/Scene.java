package org.helix.diagram.ui.scene;

import java.util.List;
import java.util.Map;

import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;

/**
 * What one diagram looks like, resolved once from the notation and shared by the SWT renderer, hit testing and the
 * SVG writer, so that screen, PNG and SVG agree. Nodes are in paint order (containers before their children); edges
 * are painted after the nodes.
 */
public record Scene(List<SceneNode> nodes, List<SceneEdge> edges, Map<Node, SceneNode> byNode, Map<Edge, SceneEdge> byEdge,
		double minX, double minY, double maxX, double maxY) {

	public double width() {
		return Math.max(0, maxX - minX);
	}

	public double height() {
		return Math.max(0, maxY - minY);
	}

	/** The topmost node at a diagram point, or null. */
	public SceneNode nodeAt(double x, double y) {
		for (int i = nodes.size() - 1; i >= 0; i--) {
			if (nodes.get(i).contains(x, y)) {
				return nodes.get(i);
			}
		}
		return null;
	}

	/** The nearest edge within {@code tolerance} of a diagram point, or null. */
	public SceneEdge edgeAt(double x, double y, double tolerance) {
		SceneEdge best = null;
		double bestDistance = tolerance;
		for (SceneEdge edge : edges) {
			if (edge.intersects(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance)) {
				double distance = edge.distance(x, y);
				if (distance <= bestDistance) {
					best = edge;
					bestDistance = distance;
				}
			}
		}
		return best;
	}
}
