package org.helix.diagram.ui.scene;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.diagram.model.description.ArrowHead;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.LineStyle;
import org.helix.diagram.model.description.Shape;
import org.helix.diagram.model.description.Style;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.Point;

/**
 * Builds a {@link Scene} from a notation diagram. A style attribute comes from the element's user override when set
 * there, else from the applied description style (default or conditional, chosen by the synchronizer) when set there,
 * else from the Helix defaults below. Only visible elements whose ends are visible are included.
 */
public final class SceneBuilder {

	public static final String DEFAULT_FONT = "DejaVu Sans";
	public static final int DEFAULT_FONT_SIZE = 9;
	private static final DescriptionPackage D = DescriptionPackage.eINSTANCE;

	private SceneBuilder() {
	}

	/** The scene of a diagram whose description is in the viewpoint registry (mapping icons come from it). */
	public static Scene build(Diagram diagram) {
		return build(diagram, org.helix.diagram.viewpoint.ViewpointRegistry.getDefault().diagram(diagram.getDescriptionId()));
	}

	/** The scene of a diagram of {@code description} (null: no mapping icons). */
	public static Scene build(Diagram diagram, org.helix.diagram.model.description.DiagramDescription description) {
		List<SceneNode> nodes = new ArrayList<>();
		Map<Node, SceneNode> byNode = new IdentityHashMap<>();
		Map<String, org.helix.diagram.model.description.DiagramElementMapping> mappings = mappings(description);
		addNodes(diagram.getNodes(), 0, 0, 0, nodes, byNode, mappings);
		List<SceneEdge> edges = new ArrayList<>();
		Map<Edge, SceneEdge> byEdge = new IdentityHashMap<>();
		for (Edge edge : diagram.getEdges()) {
			SceneNode source = byNode.get(edge.getSource());
			SceneNode target = byNode.get(edge.getTarget());
			if (edge.isVisible() && source != null && target != null) {
				SceneEdge sceneEdge = edge(edge, source, target);
				edges.add(sceneEdge);
				byEdge.put(edge, sceneEdge);
			}
		}
		// labels apart from each other and off the nodes (a collision pass; see LabelPlacement)
		edges = LabelPlacement.place(nodes, edges);
		for (SceneEdge e : edges) {
			byEdge.put(e.edge(), e);
		}
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (SceneNode n : nodes) {
			minX = Math.min(minX, n.x());
			minY = Math.min(minY, n.y());
			maxX = Math.max(maxX, n.x() + n.width());
			maxY = Math.max(maxY, n.y() + n.height());
			SceneNode.BorderLabel label = n.estimatedBorderLabel(); // outside the parent: part of the drawing too
			if (label != null) {
				minX = Math.min(minX, label.x());
				minY = Math.min(minY, label.y());
				maxX = Math.max(maxX, label.x() + label.width());
				maxY = Math.max(maxY, label.y() + label.height());
			}
		}
		for (SceneEdge e : edges) {
			minX = Math.min(minX, e.minX());
			minY = Math.min(minY, e.minY());
			maxX = Math.max(maxX, e.maxX());
			maxY = Math.max(maxY, e.maxY());
		}
		if (nodes.isEmpty()) {
			minX = minY = maxX = maxY = 0;
		}
		return new Scene(List.copyOf(nodes), List.copyOf(edges), byNode, byEdge, minX, minY, maxX, maxY);
	}

	/** Child coordinates are relative to their container (as ELK has them); the scene holds absolute ones. */
	/** The mappings of the diagram's description by id (for their icons); empty when it is not registered. */
	private static Map<String, org.helix.diagram.model.description.DiagramElementMapping> mappings(
			org.helix.diagram.model.description.DiagramDescription description) {
		Map<String, org.helix.diagram.model.description.DiagramElementMapping> mappings = new java.util.HashMap<>();
		if (description != null) {
			description.eAllContents().forEachRemaining(object -> {
				if (object instanceof org.helix.diagram.model.description.DiagramElementMapping mapping && mapping.getId() != null) {
					mappings.put(mapping.getId(), mapping);
				}
			});
		}
		return mappings;
	}

	/**
	 * A node's icon: its style's icon when set, else its mapping's; a relative path resolved against the viewpoint
	 * (its bundle, or its file for workspace viewpoints: {@link org.helix.diagram.viewpoint.Icons}).
	 */
	private static String icon(Node node, org.helix.diagram.model.description.DiagramElementMapping mapping) {
		String icon = (String) value(node, D.getNodeStyle_Icon(), mapping == null ? null : mapping.getIcon());
		return org.helix.diagram.viewpoint.Icons.location(mapping, icon);
	}

	private static void addNodes(List<Node> list, double offsetX, double offsetY, int depth, List<SceneNode> out,
			Map<Node, SceneNode> byNode, Map<String, org.helix.diagram.model.description.DiagramElementMapping> mappings) {
		for (Node node : list) {
			if (!node.isVisible()) {
				continue;
			}
			boolean container = !node.getChildren().isEmpty() && !node.isCollapsed();
			SceneNode sceneNode = new SceneNode(node, offsetX + node.getX(), offsetY + node.getY(), node.getWidth(),
					node.getHeight(), depth, container,
					(Shape) value(node, D.getNodeStyle_Shape(), Shape.ROUNDED_RECTANGLE),
					color(node, D.getNodeStyle_FillColor(), 0xffffff), color(node, D.getNodeStyle_BorderColor(), 0x404040),
					(Integer) value(node, D.getNodeStyle_BorderWidth(), 1),
					(LineStyle) value(node, D.getNodeStyle_BorderLineStyle(), LineStyle.SOLID),
					color(node, D.getStyle_LabelColor(), 0x202020), (String) value(node, D.getStyle_FontName(), DEFAULT_FONT),
					(Integer) value(node, D.getStyle_FontSize(), DEFAULT_FONT_SIZE), (Boolean) value(node, D.getStyle_Bold(), false),
					(Boolean) value(node, D.getStyle_Italic(), false), node.getLabel(),
					icon(node, mappings.get(node.getMappingId())),
					mappings.get(node.getMappingId()) instanceof org.helix.diagram.model.description.NodeMapping nodeMapping
							? org.helix.diagram.sync.Decorations.of(node, nodeMapping) : List.of());
			out.add(sceneNode);
			byNode.put(node, sceneNode);
			if (container) {
				addNodes(node.getChildren(), sceneNode.x(), sceneNode.y(), depth + 1, out, byNode, mappings);
			}
			// border nodes after the children: painted over the parent's outline, and hit first
			addNodes(node.getBorderedNodes(), sceneNode.x(), sceneNode.y(), depth + 1, out, byNode, mappings);
		}
	}

	private static SceneEdge edge(Edge edge, SceneNode source, SceneNode target) {
		List<Point> bends = edge.getBendPoints();
		double[] points = routeAsGiven(edge, source, target) ? asGiven(bends) : clippedRoute(bends, source, target);
		return edge(edge, source, target, points);
	}

	/**
	 * An orthogonal edge keeps the route ELK gave it, from a point on the source's outline to one on the target's, so
	 * it is drawn as given (every segment stays horizontal or vertical). Only when that route fits the nodes: after a
	 * node was moved its edges have no bends, and a route from before is clipped like the others.
	 */
	static boolean routeAsGiven(Edge edge, SceneNode source, SceneNode target) {
		List<Point> bends = edge.getBendPoints();
		return bends.size() >= 2 && org.helix.diagram.layout.LayoutEngine.isOrthogonal(edge) && onOutline(source, bends.get(0))
				&& onOutline(target, bends.get(bends.size() - 1));
	}

	private static boolean onOutline(SceneNode node, Point p) {
		double slack = 1.5;
		boolean inside = p.getX() >= node.x() - slack && p.getX() <= node.x() + node.width() + slack && p.getY() >= node.y() - slack
				&& p.getY() <= node.y() + node.height() + slack;
		boolean nearEdge = Math.abs(p.getX() - node.x()) <= slack || Math.abs(p.getX() - node.x() - node.width()) <= slack
				|| Math.abs(p.getY() - node.y()) <= slack || Math.abs(p.getY() - node.y() - node.height()) <= slack;
		return inside && nearEdge;
	}

	private static double[] asGiven(List<Point> bends) {
		double[] points = new double[bends.size() * 2];
		for (int i = 0; i < bends.size(); i++) {
			points[2 * i] = bends.get(i).getX();
			points[2 * i + 1] = bends.get(i).getY();
		}
		return points;
	}

	private static double[] clippedRoute(List<Point> bends, SceneNode source, SceneNode target) {
		double[] points = new double[(bends.size() + 2) * 2];
		for (int i = 0; i < bends.size(); i++) {
			points[2 + 2 * i] = bends.get(i).getX();
			points[3 + 2 * i] = bends.get(i).getY();
		}
		// ends: where the line from the node's centre towards its neighbouring point leaves the node's outline
		double[] first = bends.isEmpty() ? new double[] { target.centerX(), target.centerY() }
				: new double[] { points[2], points[3] };
		double[] last = bends.isEmpty() ? new double[] { source.centerX(), source.centerY() }
				: new double[] { points[points.length - 4], points[points.length - 3] };
		double[] start = clip(source, first[0], first[1]);
		double[] end = clip(target, last[0], last[1]);
		points[0] = start[0];
		points[1] = start[1];
		points[points.length - 2] = end[0];
		points[points.length - 1] = end[1];
		return points;
	}

	private static SceneEdge edge(Edge edge, SceneNode source, SceneNode target, double[] points) {
		double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		// arrow heads and a little slack stick out of the polyline
		double pad = 10;
		return new SceneEdge(edge, points, minX - pad, minY - pad, maxX + pad, maxY + pad,
				color(edge, D.getEdgeStyle_Color(), 0x606060), (Integer) value(edge, D.getEdgeStyle_Width(), 1),
				(LineStyle) value(edge, D.getEdgeStyle_LineStyle(), LineStyle.SOLID),
				(ArrowHead) value(edge, D.getEdgeStyle_SourceArrow(), ArrowHead.NONE),
				// NONE is the attribute's default, so an edge style that says "no arrow" has it unset: an edge with an
				// applied edge style takes its arrow from it; only an edge without one gets the default arrow
				(ArrowHead) value(edge, D.getEdgeStyle_TargetArrow(),
						edge.getAppliedStyle() instanceof org.helix.diagram.model.description.EdgeStyle ? ArrowHead.NONE : ArrowHead.ARROW),
				color(edge, D.getStyle_LabelColor(), 0x505050), (String) value(edge, D.getStyle_FontName(), DEFAULT_FONT),
				(Integer) value(edge, D.getStyle_FontSize(), DEFAULT_FONT_SIZE - 1), (Boolean) value(edge, D.getStyle_Bold(), false),
				(Boolean) value(edge, D.getStyle_Italic(), false), edgeLabel(edge, source, target), null);
	}

	/**
	 * Edge labels repeat a node's name when a relation-based mapping has no label expression; those say nothing the
	 * nodes do not and pile up where many edges meet, so they are left out. Long labels are shortened.
	 */
	static String edgeLabel(Edge edge, SceneNode source, SceneNode target) {
		String label = edge.getLabel();
		if (label == null || label.isBlank() || label.equals(source.label()) || label.equals(target.label())) {
			return null;
		}
		return label.length() <= MAX_EDGE_LABEL ? label : label.substring(0, MAX_EDGE_LABEL - 1).stripTrailing() + "…";
	}

	static final int MAX_EDGE_LABEL = 32;

	/** The point where the ray from the node's centre to (tx, ty) crosses its outline (ellipses exactly, else the box). */
	static double[] clip(SceneNode node, double tx, double ty) {
		double cx = node.centerX(), cy = node.centerY();
		double dx = tx - cx, dy = ty - cy;
		if (dx == 0 && dy == 0) {
			return new double[] { cx, cy };
		}
		double a = node.width() / 2, b = node.height() / 2;
		double t;
		if (node.shape() == Shape.ELLIPSE) {
			t = 1 / Math.sqrt((dx * dx) / (a * a) + (dy * dy) / (b * b));
		} else if (node.shape() == Shape.DIAMOND) {
			t = 1 / (Math.abs(dx) / a + Math.abs(dy) / b);
		} else {
			t = Math.min(dx == 0 ? Double.MAX_VALUE : a / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : b / Math.abs(dy));
		}
		t = Math.min(t, 1); // a neighbouring point inside the node: end there
		return new double[] { cx + dx * t, cy + dy * t };
	}

	private static Object value(DiagramElement element, EStructuralFeature feature, Object fallback) {
		Style override = element.getStyleOverride();
		if (override != null && override.eClass().getEAllStructuralFeatures().contains(feature) && override.eIsSet(feature)) {
			return override.eGet(feature);
		}
		Style applied = element.getAppliedStyle();
		if (applied != null && applied.eClass().getEAllStructuralFeatures().contains(feature) && applied.eIsSet(feature)) {
			return applied.eGet(feature);
		}
		return fallback;
	}

	private static int color(DiagramElement element, EStructuralFeature feature, int fallback) {
		Object value = value(element, feature, null);
		return value instanceof String text ? parseColor(text, fallback) : fallback;
	}

	/** {@code #rrggbb} (or {@code #rgb}) to 0xRRGGBB; anything else gives the fallback. */
	public static int parseColor(String text, int fallback) {
		String hex = text.trim();
		if (hex.startsWith("#")) {
			hex = hex.substring(1);
		}
		if (hex.length() == 3) {
			hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
		}
		try {
			return hex.length() == 6 ? Integer.parseInt(hex, 16) : fallback;
		} catch (NumberFormatException e) {
			return fallback;
		}
	}
}
