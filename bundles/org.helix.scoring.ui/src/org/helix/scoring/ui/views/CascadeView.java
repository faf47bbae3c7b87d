package org.helix.scoring.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.RawMaterial;
import org.helix.scoring.materials.Cascade;
import org.helix.scoring.materials.Cascade.Kind;
import org.helix.scoring.materials.Cascade.Node;

/**
 * The dependency cascade of a raw material of the active model (seed 003, "wegvallen van een schakel"): what depends
 * on it as a tree, and as a diagram laid out with ELK layered (orthogonal edges) with one column per level (material, by-products, technologies, sectors,
 * companies, value chains, clusters, policy tracks, programme actions; a level without elements takes no room) and an
 * edge from each element to what depends on it. An element reached twice (a value chain of the material and of its
 * by-product) is one box with two incoming edges.
 */
public class CascadeView extends ModelView<CascadeView.Result> {

	public static final String ID = "org.helix.scoring.ui.cascadeView";
	/** The diagram's columns, left to right. */
	public static final List<List<Kind>> COLUMNS = List.of(List.of(Kind.MATERIAL), List.of(Kind.BY_PRODUCT),
			List.of(Kind.TECHNOLOGY), List.of(Kind.SECTOR), List.of(Kind.COMPANY), List.of(Kind.VALUE_CHAIN),
			List.of(Kind.CLUSTER), List.of(Kind.POLICY_TRACK), List.of(Kind.PROGRAMME_ACTION));
	private static final String[] COLUMN_TITLES = { "Material", "By-products", "Technologies", "Sectors", "Companies",
			"Value chains", "Clusters", "Policy tracks", "Programme actions" };
	private static final int BOX_WIDTH = 150;
	private static final int BOX_HEIGHT = 34;
	private static final int COLUMN_GAP = 24;
	private static final int ROW_GAP = 10;
	private static final int TOP = 30;

	/** The materials of the model, the cascade of the chosen one (null when the model has none) and its diagram. */
	public record Result(List<String> materials, Node cascade, Diagram diagram) {
	}

	/** A box of the diagram. */
	public record Box(String key, Kind kind, String label, int column, Rectangle bounds) {
	}

	/** An edge of the diagram: its ends (box keys) and its route (x, y, x, y, ...). */
	public record Line(String from, String to, int[] route) {
	}

	/** The laid-out diagram: boxes by key in the order placed, the edges, the left of each used column, the size. */
	public record Diagram(Map<String, Box> boxes, List<Line> lines, Map<Integer, Integer> columnX, Point size) {
	}

	private String materialName;
	private Combo materialCombo;
	private Tree tree;
	private Canvas diagram;
	private ScrolledComposite scroll;
	private Diagram shown = new Diagram(Map.of(), List.of(), Map.of(), new Point(400, 100));

	@Override
	protected void createControls(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(2, false));
		new Label(top, SWT.NONE).setText("Raw material:");
		materialCombo = new Combo(top, SWT.READ_ONLY);
		materialCombo.setLayoutData(new GridData(240, SWT.DEFAULT));
		materialCombo.addListener(SWT.Selection, event -> {
			materialName = materialCombo.getText();
			recompute();
		});
		SashForm sash = new SashForm(top, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		tree = new Tree(sash, SWT.BORDER);
		scroll = new ScrolledComposite(sash, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
		diagram = new Canvas(scroll, SWT.DOUBLE_BUFFERED);
		diagram.setBackground(diagram.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		diagram.addPaintListener(event -> paint(event.gc));
		diagram.addListener(SWT.MouseHover, event -> {
			Box box = shown.boxes().values().stream().filter(b -> b.bounds().contains(event.x, event.y)).findFirst()
					.orElse(null);
			diagram.setToolTipText(box == null ? null : box.label());
		});
		scroll.setContent(diagram);
		scroll.setBackground(diagram.getBackground());
		sash.setWeights(20, 80);
		showNoModel();
	}

	@Override
	protected Computation<Result> prepare() {
		String wanted = materialName;
		return snapshot -> cascade(snapshot, wanted);
	}

	static Result cascade(HelixModel model, String wanted) {
		List<String> names = model.getRawMaterials().stream().map(RawMaterial::getName).toList();
		RawMaterial material = model.getRawMaterials().stream().filter(m -> m.getName().equals(wanted)).findFirst()
				.orElse(model.getRawMaterials().isEmpty() ? null : model.getRawMaterials().get(0));
		if (material == null) {
			return new Result(names, null, null);
		}
		Node cascade = Cascade.of(material);
		return new Result(names, cascade, layout(cascade));
	}

	@Override
	protected void show(Result result) {
		if (!List.of(materialCombo.getItems()).equals(result.materials())) {
			materialCombo.setItems(result.materials().toArray(String[]::new));
		}
		tree.removeAll();
		shown = new Diagram(Map.of(), List.of(), Map.of(), new Point(400, 100));
		if (result.cascade() != null) {
			materialName = result.cascade().label();
			materialCombo.select(result.materials().indexOf(materialName));
			TreeItem root = new TreeItem(tree, SWT.NONE);
			fill(root, result.cascade());
			expand(root);
			shown = result.diagram();
		}
		diagram.setSize(shown.size());
		diagram.redraw();
	}

	private static void fill(TreeItem item, Node node) {
		item.setText(kindText(node.kind()) + ": " + node.label() + (node.via() == null ? "" : " (" + node.via() + ")"));
		for (Node child : node.children()) {
			fill(new TreeItem(item, SWT.NONE), child);
		}
	}

	private static void expand(TreeItem item) {
		item.setExpanded(true);
		for (TreeItem child : item.getItems()) {
			expand(child);
		}
	}

	/**
	 * Lays the cascade out with ELK layered, left to right, as the rest of Helix lays out its diagrams: one partition
	 * per level, so each level is a column in the order of {@link #COLUMNS} (an empty level takes no room), edges
	 * routed orthogonally around the boxes, an element met twice one box. Runs in the job (no widget involved).
	 */
	static Diagram layout(Node root) {
		LayoutEngine.registerAlgorithms();
		ElkNode graph = ElkGraphUtil.createGraph();
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
		graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		graph.setProperty(CoreOptions.PARTITIONING_ACTIVATE, true);
		graph.setProperty(CoreOptions.SPACING_NODE_NODE, (double) ROW_GAP);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) COLUMN_GAP);
		graph.setProperty(CoreOptions.PADDING, new ElkPadding(TOP, 10, 10, 10));
		Map<String, ElkNode> nodes = new LinkedHashMap<>();
		Map<String, Node> first = new LinkedHashMap<>();
		List<String[]> pairs = new ArrayList<>();
		collect(root, null, graph, nodes, first, pairs);
		Map<String, ElkEdge> edges = new LinkedHashMap<>();
		for (String[] pair : pairs) {
			String id = pair[0] + "->" + pair[1];
			if (!edges.containsKey(id)) {
				edges.put(id, ElkGraphUtil.createSimpleEdge(nodes.get(pair[0]), nodes.get(pair[1])));
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());
		Map<String, Box> boxes = new LinkedHashMap<>();
		Map<Integer, Integer> columnX = new TreeMap<>();
		for (Map.Entry<String, ElkNode> entry : nodes.entrySet()) {
			ElkNode elk = entry.getValue();
			Node node = first.get(entry.getKey());
			int column = column(node.kind());
			Rectangle bounds = new Rectangle((int) elk.getX(), (int) elk.getY(), BOX_WIDTH, BOX_HEIGHT);
			boxes.put(entry.getKey(), new Box(entry.getKey(), node.kind(), node.label(), column, bounds));
			columnX.merge(column, bounds.x, Math::min);
		}
		List<Line> lines = new ArrayList<>();
		for (Map.Entry<String, ElkEdge> entry : edges.entrySet()) {
			String[] ends = entry.getKey().split("->");
			List<Integer> route = new ArrayList<>();
			for (ElkEdgeSection section : entry.getValue().getSections()) {
				route.add((int) section.getStartX());
				route.add((int) section.getStartY());
				for (ElkBendPoint bend : section.getBendPoints()) {
					route.add((int) bend.getX());
					route.add((int) bend.getY());
				}
				route.add((int) section.getEndX());
				route.add((int) section.getEndY());
			}
			lines.add(new Line(ends[0], ends[1], route.stream().mapToInt(Integer::intValue).toArray()));
		}
		return new Diagram(boxes, lines, columnX, new Point((int) graph.getWidth() + 10, (int) graph.getHeight() + 10));
	}

	private static void collect(Node node, String parent, ElkNode graph, Map<String, ElkNode> nodes,
			Map<String, Node> first, List<String[]> pairs) {
		String key = node.kind() + "|" + (node.element() == null ? node.label()
				: Integer.toHexString(System.identityHashCode(node.element())));
		if (!nodes.containsKey(key)) {
			ElkNode elk = ElkGraphUtil.createNode(graph);
			elk.setDimensions(BOX_WIDTH, BOX_HEIGHT);
			elk.setProperty(CoreOptions.PARTITIONING_PARTITION, column(node.kind()));
			nodes.put(key, elk);
			first.put(key, node);
		}
		if (parent != null) {
			pairs.add(new String[] { parent, key });
		}
		for (Node child : node.children()) {
			collect(child, key, graph, nodes, first, pairs);
		}
	}

	private static int column(Kind kind) {
		for (int c = 0; c < COLUMNS.size(); c++) {
			if (COLUMNS.get(c).contains(kind)) {
				return c;
			}
		}
		throw new IllegalArgumentException("no column for " + kind);
	}

	private void paint(GC gc) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		Color black = gc.getDevice().getSystemColor(SWT.COLOR_BLACK);
		Color edge = gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY);
		gc.setForeground(black);
		shown.columnX().forEach((column, x) -> gc.drawString(COLUMN_TITLES[column], x, 6, true));
		gc.setForeground(edge);
		for (Line line : shown.lines()) {
			gc.drawPolyline(line.route());
		}
		for (Box box : shown.boxes().values()) {
			Color fill = new Color(gc.getDevice(), fillOf(box.kind()));
			gc.setBackground(fill);
			gc.fillRoundRectangle(box.bounds().x, box.bounds().y, box.bounds().width, box.bounds().height, 8, 8);
			gc.setForeground(black);
			gc.drawRoundRectangle(box.bounds().x, box.bounds().y, box.bounds().width, box.bounds().height, 8, 8);
			String text = fit(gc, box.label(), box.bounds().width - 10);
			Point size = gc.textExtent(text);
			gc.drawString(text, box.bounds().x + 5, box.bounds().y + (box.bounds().height - size.y) / 2, true);
			fill.dispose();
		}
	}

	private static org.eclipse.swt.graphics.RGB fillOf(Kind kind) {
		return switch (kind) {
		case MATERIAL, BY_PRODUCT -> new org.eclipse.swt.graphics.RGB(0xF4, 0xC7, 0x7D);
		case TECHNOLOGY, SECTOR -> new org.eclipse.swt.graphics.RGB(0xC5, 0xE1, 0xA5);
		case COMPANY, CLUSTER -> new org.eclipse.swt.graphics.RGB(0xBB, 0xDE, 0xFB);
		case VALUE_CHAIN -> new org.eclipse.swt.graphics.RGB(0xD1, 0xC4, 0xE9);
		case POLICY_TRACK, PROGRAMME_ACTION -> new org.eclipse.swt.graphics.RGB(0xFF, 0xE0, 0xB2);
		};
	}

	/** The label cut to the width, with an ellipsis (the whole label is the box's tooltip and in the tree). */
	private static String fit(GC gc, String label, int width) {
		if (gc.textExtent(label).x <= width) {
			return label;
		}
		String cut = label;
		while (cut.length() > 1 && gc.textExtent(cut + "…").x > width) {
			cut = cut.substring(0, cut.length() - 1);
		}
		return cut + "…";
	}

	public static String kindText(Kind kind) {
		return kind.name().toLowerCase().replace('_', ' ');
	}

	@Override
	protected void showNoModel() {
		materialCombo.removeAll();
		tree.removeAll();
		shown = new Diagram(Map.of(), List.of(), Map.of(), new Point(400, 100));
		diagram.setSize(shown.size());
		diagram.redraw();
	}

	@Override
	protected boolean isDisposed() {
		return tree == null || tree.isDisposed();
	}

	@Override
	public void setFocus() {
		materialCombo.setFocus();
	}

	// ---- for tests

	public Combo materialCombo() {
		return materialCombo;
	}

	public Tree tree() {
		return tree;
	}

	/** The diagram's boxes, in the order placed. */
	public List<Box> boxes() {
		return new ArrayList<>(shown.boxes().values());
	}

	/** The diagram's edges as pairs of box labels. */
	public List<List<String>> edgeLabels() {
		return shown.lines().stream().map(line -> List.of(shown.boxes().get(line.from()).label(),
				shown.boxes().get(line.to()).label())).toList();
	}

	/** The diagram's edges with their routes. */
	public List<Line> lines() {
		return shown.lines();
	}

	public Canvas diagram() {
		return diagram;
	}
}
