package org.helix.diagram.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.elk.alg.force.options.ForceMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressMetaDataProvider;
import org.eclipse.elk.alg.force.options.StressOptions;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.mrtree.options.MrTreeMetaDataProvider;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.ChildrenPresentation;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.EdgeStyle;
import org.helix.diagram.model.description.Routing;
import org.helix.diagram.model.description.Style;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationFactory;
import org.helix.diagram.model.notation.Point;
import org.helix.diagram.sync.RecordingCommand;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * Lays out notation with ELK: notation → ElkGraph (containers become hierarchy, hidden elements are left out) →
 * positions back as a {@link LayoutResult}, applied as one undoable command.
 * <p>
 * Pinned nodes keep their positions: with stress they are fixed inside ELK; with the other algorithms they are left
 * out of the ELK graph, and the laid-out nodes are placed below them so nothing overlaps.
 * <p>
 * {@link #placeNew} is the incremental layout: it positions only nodes that have never been placed, next to their
 * already placed neighbours, and leaves everything else alone. It needs no ELK run at all, which keeps a large diagram
 * stable and fast when a few elements are added.
 */
public final class LayoutEngine {

	private static final double SPACING = 40;
	/** Size ELK reserves for an edge label: about the width of a character of the renderer's 8-point edge font. */
	private static final double EDGE_LABEL_CHAR = 6, EDGE_LABEL_HEIGHT = 14;
	/** Room for a list container's label above its first entry, and the inset and gap of the entries. */
	private static final double LIST_HEADER = 30, LIST_INSET = 6, LIST_GAP = 3, LIST_COLUMN_GAP = 6;
	/** Entries per column of a list container before it wraps into another column. */
	static final int LIST_ROWS = 12;
	/** A diagram without edges (stages in sequence) wraps its row of nodes at this width: a laptop screen's. */
	static final double ROW_WIDTH = 1400;
	private static boolean registered;

	private LayoutEngine() {
	}

	/** In OSGi ELK's ServiceLoader discovery does not see other bundles, so the algorithms are registered by hand. */
	public static synchronized void registerAlgorithms() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider(),
					new ForceMetaDataProvider(), new StressMetaDataProvider(), new MrTreeMetaDataProvider());
			registered = true;
		}
	}

	/**
	 * Runs a full layout; reads the notation only. Cancelling the monitor stops ELK between phases. The diagram's
	 * description (from the viewpoint registry) says which edge mappings are {@code reverseForLayout}.
	 */
	public static LayoutResult compute(Diagram diagram, LayoutConfiguration configuration, IProgressMonitor monitor) {
		return compute(diagram, configuration, ViewpointRegistry.getDefault().diagram(diagram.getDescriptionId()), monitor);
	}

	/**
	 * Runs a full layout with {@code configuration}, or with {@link LayoutConfiguration#CLUSTERED} when the
	 * configuration asks for it at this size (see {@link LayoutConfiguration#forSize}).
	 *
	 * @param description the diagram's description, or null: then no edge is reversed for the layout
	 */
	public static LayoutResult compute(Diagram diagram, LayoutConfiguration configuration, DiagramDescription description,
			IProgressMonitor monitor) {
		registerAlgorithms();
		long start = System.nanoTime();
		configuration = configuration.forSize(visibleNodeCount(diagram.getNodes()));
		Set<String> reversed = reversedMappings(description);
		Map<String, ChildrenPresentation> presentations = presentations(description);
		Map<Node, ElkNode> elkNodes = new LinkedHashMap<>();
		Map<Node, ElkPort> ports = new LinkedHashMap<>(); // border nodes are the ports of their parents (layered)
		Map<Node, double[]> borderStart = new LinkedHashMap<>(); // the algorithms without ports: where they start from
		List<Node> pinned = new ArrayList<>();
		boolean fixPinsInElk = configuration == LayoutConfiguration.STRESS;
		Set<Node> edgeEnds = new HashSet<>();
		for (Edge edge : diagram.getEdges()) {
			if (edge.isVisible()) {
				edgeEnds.add(edge.getSource());
				edgeEnds.add(edge.getTarget());
			}
		}
		Map<Node, double[]> listed = new LinkedHashMap<>();
		// CLUSTERED lays out each cluster of the network as a graph of its own; the others have one graph
		List<List<Node>> parts = configuration == LayoutConfiguration.CLUSTERED ? Clusters.of(diagram)
				: List.of(diagram.getNodes());
		List<ElkNode> graphs = new ArrayList<>();
		boolean orthogonal = configuration.isLayered() && diagram.getEdges().stream().anyMatch(e -> e.isVisible() && isOrthogonal(e));
		for (List<Node> part : parts) {
			ElkNode graph = ElkGraphUtil.createGraph();
			configuration.configure(graph);
			Map<Node, ElkNode> partNodes = new LinkedHashMap<>();
			addNodes(graph, part, partNodes, ports, borderStart, pinned, fixPinsInElk, configuration, edgeEnds, listed, presentations);
			putOnTop(graph, partNodes, description);
			if (orthogonal) {
				routeOrthogonally(graph);
			}
			elkNodes.putAll(partNodes);
			graphs.add(graph);
		}
		Map<Edge, ElkEdge> elkEdges = new LinkedHashMap<>();
		List<Edge> betweenClusters = new ArrayList<>();
		boolean labelsToElk = configuration == LayoutConfiguration.LAYERED || configuration == LayoutConfiguration.LAYERED_RIGHT;
		for (Edge edge : sortedEdges(diagram.getEdges())) {
			ElkConnectableShape source = end(edge.getSource(), elkNodes, ports);
			ElkConnectableShape target = end(edge.getTarget(), elkNodes, ports);
			if (edge.isVisible() && source != null && target != null && source != target && root(source) != root(target)) {
				betweenClusters.add(edge);
			} else if (edge.isVisible() && source != null && target != null && source != target
					&& owner(source) != target && owner(target) != source) { // an edge from a node to its own port has no route
				boolean reverse = reversed.contains(edge.getMappingId());
				ElkEdge elkEdge = reverse ? ElkGraphUtil.createSimpleEdge(target, source) : ElkGraphUtil.createSimpleEdge(source, target);
				ElkGraphUtil.updateContainment(elkEdge);
				if (labelsToElk && edge.getLabel() != null && !edge.getLabel().isBlank()) {
					// ELK keeps a place for the label in the middle of the edge, clear of other labels
					ElkLabel label = ElkGraphUtil.createLabel(edge.getLabel(), elkEdge);
					label.setDimensions(EDGE_LABEL_CHAR * Math.min(edge.getLabel().length(), 32) + 8, EDGE_LABEL_HEIGHT);
					label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
				}
				elkEdges.put(edge, elkEdge);
			}
		}
		for (ElkNode graph : graphs) {
			new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor() {
				@Override
				public boolean isCanceled() {
					return monitor != null && monitor.isCanceled();
				}
			});
		}
		if (graphs.size() > 1) {
			Clusters.pack(graphs);
		}

		Map<Node, double[]> bounds = new LinkedHashMap<>();
		for (Map.Entry<Node, ElkNode> entry : elkNodes.entrySet()) {
			if (entry.getKey().isPinned()) {
				continue; // fixed in ELK (stress) or not in the graph: either way its position stays
			}
			ElkNode elk = entry.getValue();
			ElkNode parent = elk.getParent();
			// a cluster's graph was moved as a whole: its top-level nodes take its position along
			double dx = parent.getParent() == null ? parent.getX() : 0, dy = parent.getParent() == null ? parent.getY() : 0;
			bounds.put(entry.getKey(), new double[] { elk.getX() + dx, elk.getY() + dy, elk.getWidth(), elk.getHeight() });
		}
		ports.forEach((node, port) -> {
			if (!BorderNodes.parent(node).isPinned()) { // relative to the parent, where ELK put the port
				bounds.put(node, new double[] { port.getX(), port.getY(), port.getWidth(), port.getHeight() });
			}
		});
		if (elkEdges.isEmpty() && configuration != LayoutConfiguration.STRESS && configuration != LayoutConfiguration.FORCE
				&& configuration != LayoutConfiguration.CLUSTERED) {
			rowInModelOrder(diagram.getNodes(), bounds);
		}
		if ((configuration == LayoutConfiguration.STRESS || configuration == LayoutConfiguration.FORCE) && pinned.isEmpty()) {
			Spread.apply(bounds, diagram.getEdges()); // stress aims at edge lengths: boxes can overlap
		}
		bounds.putAll(listed);
		bounds.putAll(borderStart); // relative to their parents: not moved by the spreading above
		ports.keySet().forEach(node -> onBorder(node, bounds)); // on the parent's outline as ELK sized it
		borderStart.keySet().forEach(node -> onBorder(node, bounds));
		Map<Node, Double> shifts = new HashMap<>();
		if (!fixPinsInElk) {
			movePastPinned(null, diagram.getNodes(), bounds, shifts);
		}
		Map<Edge, List<double[]>> bendPoints = new HashMap<>();
		Map<ElkNode, Node> notationOf = new HashMap<>();
		elkNodes.forEach((node, elk) -> notationOf.put(elk, node));
		for (Map.Entry<Edge, ElkEdge> entry : elkEdges.entrySet()) {
			Edge edge = entry.getKey();
			List<double[]> points = new ArrayList<>();
			boolean touchesPin = edge.getSource().isPinned() || edge.getTarget().isPinned();
			if (!touchesPin && !(configuration == LayoutConfiguration.STRESS || configuration == LayoutConfiguration.FORCE)) {
				double[] offset = offset(entry.getValue().getContainingNode(), notationOf, bounds, shifts);
				// an orthogonal route keeps ELK's end points on the node outlines too, so every segment is axis-parallel;
				// the others keep only the bends and are clipped to the outlines when drawn
				boolean whole = orthogonal && isOrthogonal(edge);
				for (ElkEdgeSection section : entry.getValue().getSections()) {
					if (whole) {
						points.add(new double[] { section.getStartX() + offset[0], section.getStartY() + offset[1] });
					}
					for (ElkBendPoint point : section.getBendPoints()) {
						points.add(new double[] { point.getX() + offset[0], point.getY() + offset[1] });
					}
					if (whole) {
						points.add(new double[] { section.getEndX() + offset[0], section.getEndY() + offset[1] });
					}
				}
				if (reversed.contains(edge.getMappingId())) {
					Collections.reverse(points); // ELK routed it from target to source
				}
			}
			bendPoints.put(edge, points); // edges at pinned nodes become straight until the next full layout
		}
		betweenClusters.forEach(edge -> bendPoints.put(edge, new ArrayList<>())); // straight across the drawing
		return new LayoutResult(bounds, bendPoints, (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Whether the edge's style asks for {@link Routing#ORTHOGONAL} routing ({@code EdgeStyle.routing}, from the user's
	 * override or the applied description style, conditional ones included).
	 */
	public static boolean isOrthogonal(Edge edge) {
		for (Style style : new Style[] { edge.getStyleOverride(), edge.getAppliedStyle() }) {
			if (style instanceof EdgeStyle edgeStyle && edgeStyle.eIsSet(DescriptionPackage.Literals.EDGE_STYLE__ROUTING)) {
				return edgeStyle.getRouting() == Routing.ORTHOGONAL;
			}
		}
		return false;
	}

	/**
	 * ELK layered routes all edges of a graph the same way: when an edge asks for orthogonal routing the graph and
	 * every container in it route orthogonally (LAYERED_FAST and CLUSTERED would route polylines). Straight edges
	 * still only keep their bends.
	 */
	private static void routeOrthogonally(ElkNode graph) {
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		for (ElkNode child : graph.getChildren()) {
			if (!child.getChildren().isEmpty()) {
				routeOrthogonally(child);
			}
		}
	}

	/** The description's {@code layoutTopExpression}: top-level nodes for which it holds go in a layered layout's first layer. */
	private static void putOnTop(ElkNode graph, Map<Node, ElkNode> elkNodes, DiagramDescription description) {
		String condition = description == null ? null : description.getLayoutTopExpression();
		if (condition == null || condition.isBlank()) {
			return;
		}
		Expression top = Expressions.parse(condition);
		elkNodes.forEach((node, elk) -> {
			if (elk.getParent() == graph && node.getSemanticElement() != null && top.test(node.getSemanticElement())) {
				elk.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, LayerConstraint.FIRST);
			}
		});
	}

	/**
	 * The ELK shape an edge end is: a node, the port of a border node, or, for the algorithms without ports, the
	 * border node's parent (the edge still pulls the parent towards the other end).
	 */
	private static ElkConnectableShape end(Node node, Map<Node, ElkNode> elkNodes, Map<Node, ElkPort> ports) {
		ElkNode elk = elkNodes.get(node);
		if (elk != null) {
			return elk;
		}
		ElkPort port = ports.get(node);
		return port != null || !BorderNodes.isBorderNode(node) ? port : elkNodes.get(BorderNodes.parent(node));
	}

	/** The node a shape belongs to: a port's node, or the node itself. */
	private static ElkNode owner(ElkConnectableShape shape) {
		return shape instanceof ElkPort port ? port.getParent() : (ElkNode) shape;
	}

	private static ElkNode root(ElkConnectableShape shape) {
		ElkNode current = owner(shape);
		while (current.getParent() != null) {
			current = current.getParent();
		}
		return current;
	}

	private static int visibleNodeCount(List<Node> nodes) {
		int count = 0;
		for (Node node : nodes) {
			if (node.isVisible()) {
				count += 1 + visibleNodeCount(node.getChildren());
			}
		}
		return count;
	}

	/**
	 * The children presentation each container mapping declares, by mapping id ({@code ContainerMapping.childrenPresentation}
	 * where it is set): LIST containers stack their entries, FREE ones leave them to ELK; a container whose mapping
	 * says nothing is stacked when its entries are leaves without edges.
	 */
	static Map<String, ChildrenPresentation> presentations(DiagramDescription description) {
		Map<String, ChildrenPresentation> presentations = new HashMap<>();
		if (description != null) {
			for (Iterator<EObject> all = description.eAllContents(); all.hasNext();) {
				if (all.next() instanceof ContainerMapping container
						&& container.eIsSet(DescriptionPackage.Literals.CONTAINER_MAPPING__CHILDREN_PRESENTATION)) {
					presentations.put(container.getId(), container.getChildrenPresentation());
				}
			}
		}
		return presentations;
	}

	/** The ids of the edge mappings the layout turns around ({@code EdgeMapping.reverseForLayout}). */
	static Set<String> reversedMappings(DiagramDescription description) {
		Set<String> reversed = new HashSet<>();
		if (description != null) {
			for (Layer layer : description.getLayers()) {
				for (EdgeMapping mapping : layer.getEdgeMappings()) {
					if (mapping.isReverseForLayout()) {
						reversed.add(mapping.getId());
					}
				}
			}
		}
		return reversed;
	}

	/**
	 * A stable key for ELK's input order: ELK's result depends on the order nodes and edges are added, so both are
	 * sorted before they go in: by the semantic element's position in the model (its containment path as indices,
	 * so stages of a value chain keep their order), then mapping and label. The same model always gets the same
	 * layout, whatever order the notation happens to hold its elements in.
	 */
	static String key(Node node) {
		return key(node, null);
	}

	private static String key(Node node, Map<List<?>, Map<Object, Integer>> indices) {
		return position(node.getSemanticElement(), indices) + '\u0000' + node.getMappingId() + '\u0000'
				+ (node.getLabel() == null ? "" : node.getLabel());
	}

	private static String position(EObject object, Map<List<?>, Map<Object, Integer>> indices) {
		StringBuilder path = new StringBuilder();
		for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
			EObject container = current.eContainer();
			int feature = container.eClass().getFeatureID(current.eContainingFeature());
			Object value = container.eGet(current.eContainingFeature());
			int index = value instanceof List<?> list ? indexOf(list, current, indices) : 0;
			path.insert(0, pad(feature, 3) + '.' + pad(index, 6) + '/'); // String.format was a tenth of a large layout
		}
		return path.toString();
	}

	private static String pad(int number, int digits) {
		String text = Integer.toString(number);
		return text.length() >= digits ? text : "0".repeat(digits - text.length()) + text;
	}

	/**
	 * The index of an element in a containment list, from {@code indices} (one map per list, made on first use):
	 * indexOf scans the list, which made sorting a 2,000-node diagram quadratic.
	 */
	private static int indexOf(List<?> list, Object element, Map<List<?>, Map<Object, Integer>> indices) {
		if (indices == null || list.size() < 64) {
			return list.indexOf(element);
		}
		Map<Object, Integer> index = indices.computeIfAbsent(list, l -> {
			Map<Object, Integer> map = new IdentityHashMap<>();
			for (int i = 0; i < l.size(); i++) {
				map.put(l.get(i), i);
			}
			return map;
		});
		return index.getOrDefault(element, -1);
	}

	static List<Node> sortedNodes(List<Node> nodes) {
		Map<Node, String> keys = new HashMap<>(); // a key walks the containment path: compute each once, not per comparison
		Map<List<?>, Map<Object, Integer>> indices = new IdentityHashMap<>();
		for (Node node : nodes) {
			keys.put(node, key(node, indices));
		}
		List<Node> sorted = new ArrayList<>(nodes);
		sorted.sort(Comparator.comparing(keys::get));
		return sorted;
	}

	static List<Edge> sortedEdges(List<Edge> edges) {
		List<Edge> sorted = new ArrayList<>(edges);
		Map<Edge, String> keys = new HashMap<>();
		Map<List<?>, Map<Object, Integer>> indices = new IdentityHashMap<>();
		Map<Node, String> nodeKeys = new HashMap<>();
		for (Edge edge : edges) {
			keys.put(edge, nodeKeys.computeIfAbsent(edge.getSource(), n -> key(n, indices)) + '\u0001'
					+ nodeKeys.computeIfAbsent(edge.getTarget(), n -> key(n, indices)) + '\u0001' + edge.getMappingId() + '\u0001'
					+ position(edge.getSemanticElement(), indices));
		}
		sorted.sort(Comparator.comparing(keys::get));
		return sorted;
	}

	/**
	 * Without any edge ELK layered only packs the nodes as separate components, biggest first, so their order is
	 * lost. A diagram without edges (stages of a value chain, each listing its entries) is a sequence: one row, left
	 * to right in model order, tops aligned, wrapping into a new row below where a row would get wider than
	 * {@link #ROW_WIDTH}.
	 */
	private static void rowInModelOrder(List<Node> nodes, Map<Node, double[]> bounds) {
		double x = 0, y = 0, rowHeight = 0;
		for (Node node : sortedNodes(nodes)) {
			double[] b = bounds.get(node);
			if (b != null) {
				if (x > 0 && x + b[2] > ROW_WIDTH) { // wrap like text: the sequence goes on at the left of the next row
					x = 0;
					y += rowHeight + SPACING;
					rowHeight = 0;
				}
				b[0] = x;
				b[1] = y;
				x += b[2] + SPACING;
				rowHeight = Math.max(rowHeight, b[3]);
			}
		}
	}

	/**
	 * A container whose children are plain leaves without any edge (a list, such as a body's members) is not handed to
	 * ELK level by level: its children are stacked in one column under the container's label and the container gets
	 * the size of that column. ELK would put unconnected nodes side by side in one layer, which makes very wide
	 * containers.
	 */
	private static boolean isList(Node node, Set<Node> edgeEnds, Map<String, ChildrenPresentation> presentations) {
		ChildrenPresentation declared = presentations.get(node.getMappingId());
		if (declared != null) {
			// declared by the container mapping: a LIST stacks its entries whatever they are, FREE leaves them to ELK
			return declared == ChildrenPresentation.LIST && node.getChildren().stream().anyMatch(Node::isVisible);
		}
		boolean any = false;
		for (Node child : node.getChildren()) {
			if (!child.isVisible()) {
				continue;
			}
			if (!child.getChildren().isEmpty() || edgeEnds.contains(child) || child.isPinned()) {
				return false;
			}
			any = true;
		}
		return any;
	}

	/**
	 * Stacks a list container's entries under its label; a long list wraps into columns of at most
	 * {@link #LIST_ROWS} entries, filled top to bottom, so a stage with 30 activities is three columns of ten instead
	 * of one column taller than a screen.
	 */
	private static void stack(Node container, ElkNode elk, Map<Node, double[]> listed) {
		double[] size = stack(container, listed);
		elk.setDimensions(size[0], size[1]);
	}

	/** Stacks the entries of a list container into {@code listed}; returns the container's width and height. */
	private static double[] stack(Node container, Map<Node, double[]> listed) {
		List<Node> visible = container.getChildren().stream().filter(Node::isVisible).toList();
		int columns = (visible.size() + LIST_ROWS - 1) / LIST_ROWS;
		int rows = (visible.size() + columns - 1) / columns;
		double entryWidth = 0;
		for (Node child : visible) {
			entryWidth = Math.max(entryWidth, child.getWidth());
		}
		entryWidth = Math.max(entryWidth, (container.getWidth() - 2 * LIST_INSET - (columns - 1) * LIST_COLUMN_GAP) / columns);
		double bottom = LIST_HEADER;
		for (int i = 0; i < visible.size(); i++) {
			Node child = visible.get(i);
			int column = i / rows;
			double y = LIST_HEADER;
			for (int above = column * rows; above < i; above++) {
				y += visible.get(above).getHeight() + LIST_GAP;
			}
			listed.put(child, new double[] { LIST_INSET + column * (entryWidth + LIST_COLUMN_GAP), y, entryWidth, child.getHeight() });
			bottom = Math.max(bottom, y + child.getHeight());
		}
		return new double[] { 2 * LIST_INSET + columns * entryWidth + (columns - 1) * LIST_COLUMN_GAP, bottom + LIST_INSET };
	}

	private static void addNodes(ElkNode parent, List<Node> nodes, Map<Node, ElkNode> elkNodes, Map<Node, ElkPort> ports,
			Map<Node, double[]> borderStart, List<Node> pinned,
			boolean fixPinsInElk, LayoutConfiguration configuration, Set<Node> edgeEnds, Map<Node, double[]> listed,
			Map<String, ChildrenPresentation> presentations) {
		for (Node node : sortedNodes(nodes)) {
			if (!node.isVisible()) {
				continue;
			}
			if (node.isPinned()) {
				pinned.add(node);
				if (!fixPinsInElk) {
					continue;
				}
			}
			ElkNode elk = ElkGraphUtil.createNode(parent);
			elk.setDimensions(node.getWidth(), node.getHeight());
			if (node.isPinned()) {
				elk.setLocation(node.getX(), node.getY());
				elk.setProperty(StressOptions.FIXED, true);
			}
			elkNodes.put(node, elk);
			if (configuration.isLayered()) {
				addPorts(node, elk, ports);
			} else {
				startOnBorder(node, borderStart);
			}
			List<Node> children = node.isCollapsed() ? List.of() : node.getChildren();
			if (!children.isEmpty() && isList(node, edgeEnds, presentations)) {
				stack(node, elk, listed);
			} else if (!children.isEmpty()) {
				configuration.configure(elk);
				addNodes(elk, children, elkNodes, ports, borderStart, pinned, fixPinsInElk, configuration, edgeEnds, listed,
						presentations);
				// a container grows to fit its content
				elk.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, org.eclipse.elk.core.options.SizeConstraint.minimumSizeWithPorts());
			}
		}
	}

	/** Room ELK keeps for a border node's label outside its parent: about the renderer's 9-point character. */
	private static final double PORT_LABEL_CHAR = 6, PORT_LABEL_HEIGHT = 14;

	/**
	 * A node's visible border nodes become ELK ports of its ELK node, keeping their sizes and straddling its outline
	 * (a negative border offset moves a port half into the node). ELK layered chooses each port's side from its edges'
	 * directions (incoming on the side facing the previous layer, outgoing on the other); the algorithms without ports
	 * keep the position they start from: the border node's own, or a place on the east side for a new one. Labels go
	 * outside, and ELK keeps room for them.
	 */
	private static void addPorts(Node node, ElkNode elk, Map<Node, ElkPort> ports) {
		List<Node> border = node.getBorderedNodes().stream().filter(Node::isVisible).toList();
		if (border.isEmpty()) {
			return;
		}
		elk.setProperty(CoreOptions.PORT_LABELS_PLACEMENT, org.eclipse.elk.core.options.PortLabelPlacement.outside());
		int index = 0;
		for (Node borderNode : sortedNodes(border)) {
			ElkPort port = ElkGraphUtil.createPort(elk);
			port.setDimensions(borderNode.getWidth(), borderNode.getHeight());
			port.setProperty(CoreOptions.PORT_BORDER_OFFSET, -Math.min(borderNode.getWidth(), borderNode.getHeight()) / 2);
			if (borderNode.isPlaced()) {
				port.setLocation(borderNode.getX(), borderNode.getY());
			} else {
				index++;
				port.setLocation(node.getWidth() - borderNode.getWidth() / 2,
						node.getHeight() * index / (border.size() + 1) - borderNode.getHeight() / 2);
			}
			String label = borderNode.getLabel();
			if (label != null && !label.isBlank()) {
				ElkLabel elkLabel = ElkGraphUtil.createLabel(label, port);
				elkLabel.setDimensions(PORT_LABEL_CHAR * Math.min(label.length(), 32) + 4, PORT_LABEL_HEIGHT);
			}
			ports.put(borderNode, port);
		}
	}

	/**
	 * Stress, force and tree have no ports (ELK's node micro layout refuses ports without sides): a node's border
	 * nodes keep their place on its border, new ones go on its east side, and {@link #onBorder} keeps them on the
	 * outline of the node as laid out.
	 */
	private static void startOnBorder(Node node, Map<Node, double[]> borderStart) {
		List<Node> border = node.getBorderedNodes().stream().filter(Node::isVisible).toList();
		int index = 0;
		for (Node borderNode : border) {
			double x = borderNode.getX(), y = borderNode.getY();
			if (!borderNode.isPlaced()) {
				index++;
				x = node.getWidth() - borderNode.getWidth() / 2;
				y = node.getHeight() * index / (border.size() + 1) - borderNode.getHeight() / 2;
			}
			borderStart.put(borderNode, new double[] { x, y, borderNode.getWidth(), borderNode.getHeight() });
		}
	}

	/** Puts a laid-out border node's centre on its parent's outline (the parent as laid out, when it was). */
	private static void onBorder(Node borderNode, Map<Node, double[]> bounds) {
		double[] b = bounds.get(borderNode);
		if (b == null) {
			return;
		}
		Node parent = BorderNodes.parent(borderNode);
		double[] p = bounds.getOrDefault(parent, new double[] { parent.getX(), parent.getY(), parent.getWidth(), parent.getHeight() });
		double[] snapped = BorderNodes.snap(p[2], p[3], b[0], b[1], b[2], b[3]);
		b[0] = snapped[0];
		b[1] = snapped[1];
	}

	/** Where ELK measured an edge from (its containing node) in diagram coordinates, after moves past pinned nodes. */
	private static double[] offset(ElkNode container, Map<ElkNode, Node> reverse, Map<Node, double[]> bounds,
			Map<Node, Double> shifts) {
		double x = 0;
		double y = shifts.getOrDefault(reverse.get(container), 0.0); // the move past pinned nodes of the edge's level
		for (ElkNode current = container; current != null && current.getParent() != null; current = current.getParent()) {
			Node node = reverse.get(current);
			double[] b = node == null ? null : bounds.get(node);
			x += b != null ? b[0] : current.getX();
			y += b != null ? b[1] : current.getY();
		}
		if (container != null && container.getParent() == null) {
			// an edge between top-level nodes: measured in its graph, which CLUSTERED moved as a whole
			x += container.getX();
			y += container.getY();
		}
		return new double[] { x, y };
	}

	/** Puts the laid-out nodes of each level below that level's pinned nodes, so they cannot overlap. */
	private static void movePastPinned(Node parent, List<Node> nodes, Map<Node, double[]> bounds, Map<Node, Double> shifts) {
		double pinnedBottom = Double.NEGATIVE_INFINITY;
		for (Node node : nodes) {
			if (node.isPinned() && node.isVisible()) {
				pinnedBottom = Math.max(pinnedBottom, node.getY() + node.getHeight());
			}
		}
		if (pinnedBottom > Double.NEGATIVE_INFINITY) {
			double top = Double.POSITIVE_INFINITY;
			for (Node node : nodes) {
				double[] b = bounds.get(node);
				if (b != null) {
					top = Math.min(top, b[1]);
				}
			}
			double shift = top == Double.POSITIVE_INFINITY ? 0 : pinnedBottom + SPACING - top;
			shifts.put(parent, shift);
			for (Node node : nodes) {
				double[] b = bounds.get(node);
				if (b != null) {
					b[1] += shift;
				}
			}
		}
		for (Node node : nodes) {
			if (!node.getChildren().isEmpty()) {
				movePastPinned(node, node.getChildren(), bounds, shifts);
			}
		}
	}

	/**
	 * Incremental layout: places the nodes that were never placed next to their placed neighbours (right of the
	 * rightmost one), or in a row below the diagram when they have none, in free space. Placed nodes do not move.
	 */
	public static LayoutResult placeNew(Diagram diagram) {
		return placeNew(diagram, ViewpointRegistry.getDefault().diagram(diagram.getDescriptionId()));
	}

	/**
	 * {@link #placeNew(Diagram)} with the diagram's description: a container whose mapping declares a LIST
	 * presentation and got new entries is stacked again, the new entries in their place in the list, and grows to fit.
	 */
	public static LayoutResult placeNew(Diagram diagram, DiagramDescription description) {
		long start = System.nanoTime();
		Map<Node, double[]> bounds = new LinkedHashMap<>();
		placeLevel(diagram.getNodes(), diagram.getEdges(), bounds, presentations(description));
		return new LayoutResult(bounds, Map.of(), (System.nanoTime() - start) / 1_000_000);
	}

	private static void placeLevel(List<Node> nodes, List<Edge> edges, Map<Node, double[]> bounds,
			Map<String, ChildrenPresentation> presentations) {
		OccupancyGrid grid = new OccupancyGrid(200);
		List<Node> unplaced = new ArrayList<>();
		double bottom = 0;
		double left = Double.POSITIVE_INFINITY;
		for (Node node : nodes) {
			if (node.isPlaced() || node.isPinned()) {
				grid.add(node.getX(), node.getY(), node.getWidth(), node.getHeight());
				bottom = Math.max(bottom, node.getY() + node.getHeight());
				left = Math.min(left, node.getX());
			} else {
				unplaced.add(node);
			}
		}
		if (left == Double.POSITIVE_INFINITY) {
			left = 0;
		}
		Set<Node> level = new HashSet<>(nodes);
		Map<Node, List<Node>> neighbours = new HashMap<>();
		for (Edge edge : edges) {
			if (level.contains(edge.getSource()) && level.contains(edge.getTarget())) {
				neighbours.computeIfAbsent(edge.getSource(), k -> new ArrayList<>()).add(edge.getTarget());
				neighbours.computeIfAbsent(edge.getTarget(), k -> new ArrayList<>()).add(edge.getSource());
			}
		}
		double rowX = left;
		double rowY = bottom + SPACING * 2;
		for (Node node : unplaced) {
			double x;
			double y;
			Node anchor = null;
			for (Node neighbour : neighbours.getOrDefault(node, List.of())) {
				if ((neighbour.isPlaced() || neighbour.isPinned() || bounds.containsKey(neighbour))
						&& (anchor == null || position(neighbour, bounds)[0] > position(anchor, bounds)[0])) {
					anchor = neighbour;
				}
			}
			if (anchor != null) {
				double[] a = position(anchor, bounds);
				x = a[0] + a[2] + SPACING;
				y = a[1];
			} else {
				x = rowX;
				y = rowY;
				rowX += node.getWidth() + SPACING;
			}
			// walk down until the spot is free
			while (grid.overlaps(x, y, node.getWidth(), node.getHeight(), SPACING / 2)) {
				y += node.getHeight() + SPACING / 2;
			}
			grid.add(x, y, node.getWidth(), node.getHeight());
			bounds.put(node, new double[] { x, y, node.getWidth(), node.getHeight() });
		}
		for (Node node : nodes) {
			placeBorderNodes(node, bounds);
			if (node.getChildren().isEmpty()) {
				continue;
			}
			boolean list = presentations.get(node.getMappingId()) == ChildrenPresentation.LIST;
			if (list && node.getChildren().stream().anyMatch(child -> child.isVisible() && !child.isPlaced() && !child.isPinned())) {
				double[] size = stack(node, bounds);
				double[] own = position(node, bounds);
				bounds.put(node, new double[] { own[0], own[1], size[0], size[1] });
			} else if (!list) {
				placeLevel(node.getChildren(), edges, bounds, presentations);
			}
		}
	}

	/**
	 * New border nodes of a node go on its east side, spread over the free part of it (between the placed ones there
	 * and the bottom corner); placed ones stay where they are.
	 */
	private static void placeBorderNodes(Node node, Map<Node, double[]> bounds) {
		List<Node> unplaced = node.getBorderedNodes().stream().filter(b -> !b.isPlaced() && !b.isPinned()).toList();
		if (unplaced.isEmpty()) {
			return;
		}
		double[] own = position(node, bounds);
		double top = 0;
		for (Node placed : node.getBorderedNodes()) {
			if ((placed.isPlaced() || placed.isPinned()) && BorderNodes.side(placed) == BorderNodes.Side.EAST) {
				top = Math.max(top, placed.getY() + placed.getHeight());
			}
		}
		double step = (own[3] - top) / (unplaced.size() + 1);
		for (int i = 0; i < unplaced.size(); i++) {
			Node borderNode = unplaced.get(i);
			double[] snapped = BorderNodes.snap(own[2], own[3], own[2] - borderNode.getWidth() / 2,
					top + step * (i + 1) - borderNode.getHeight() / 2, borderNode.getWidth(), borderNode.getHeight());
			bounds.put(borderNode, new double[] { snapped[0], snapped[1], borderNode.getWidth(), borderNode.getHeight() });
		}
	}

	private static double[] position(Node node, Map<Node, double[]> bounds) {
		double[] b = bounds.get(node);
		return b != null ? b : new double[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() };
	}

	/** Applies a layout result to the notation as one undoable command; the nodes become placed. */
	public static Command applyCommand(Diagram diagram, LayoutResult result) {
		return new RecordingCommand("Layout", List.of(diagram.eResource()), () -> apply(result));
	}

	static void apply(LayoutResult result) {
		result.bounds().forEach((node, b) -> {
			node.setX(b[0]);
			node.setY(b[1]);
			node.setWidth(b[2]);
			node.setHeight(b[3]);
			node.setPlaced(true);
		});
		result.bendPoints().forEach((edge, points) -> {
			edge.getBendPoints().clear();
			for (double[] p : points) {
				Point point = NotationFactory.eINSTANCE.createPoint();
				point.setX(p[0]);
				point.setY(p[1]);
				edge.getBendPoints().add(point);
			}
		});
	}
}
