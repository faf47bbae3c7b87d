package org.helix.scoring.ui.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.helix.model.core.HelixModel;
import org.helix.model.materials.RawMaterial;
import org.helix.scoring.materials.Cascade;
import org.helix.scoring.materials.Cascade.Kind;
import org.helix.scoring.materials.Cascade.Node;

/**
 * The dependency cascade of a raw material of the active model (seed 003, "wegvallen van een schakel"): what depends
 * on it as a tree, and as a diagram with one column per level (material, by-products, technologies, sectors,
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
	private static final int BOX_WIDTH = 175;
	private static final int BOX_HEIGHT = 34;
	private static final int COLUMN_GAP = 40;
	private static final int ROW_GAP = 10;
	private static final int TOP = 30;

	/** The materials of the model and the cascade of the chosen one (null when the model has none). */
	public record Result(List<String> materials, Node cascade) {
	}

	/** A box of the diagram. */
	public record Box(String key, Kind kind, String label, int column, Rectangle bounds) {
	}

	private String materialName;
	private Combo materialCombo;
	private Tree tree;
	private Canvas diagram;
	private ScrolledComposite scroll;
	private final Map<String, Box> boxes = new LinkedHashMap<>();
	private final Set<List<String>> edges = new LinkedHashSet<>();
	/** Where each level's column starts (set by the layout). */
	private int[] columnX = new int[COLUMNS.size()];

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
			Box box = boxes.values().stream().filter(b -> b.bounds().contains(event.x, event.y)).findFirst().orElse(null);
			diagram.setToolTipText(box == null ? null : box.label());
		});
		scroll.setContent(diagram);
		sash.setWeights(30, 70);
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
		return new Result(names, material == null ? null : Cascade.of(material));
	}

	@Override
	protected void show(Result result) {
		if (!List.of(materialCombo.getItems()).equals(result.materials())) {
			materialCombo.setItems(result.materials().toArray(String[]::new));
		}
		tree.removeAll();
		boxes.clear();
		edges.clear();
		if (result.cascade() != null) {
			materialName = result.cascade().label();
			materialCombo.select(result.materials().indexOf(materialName));
			TreeItem root = new TreeItem(tree, SWT.NONE);
			fill(root, result.cascade());
			expand(root);
			layout(result.cascade());
		}
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
	 * Columns per level, the empty levels left out; rows in the order met, depth first; an element met again is the
	 * same box.
	 */
	private void layout(Node root) {
		int[] rows = new int[COLUMNS.size()];
		place(root, null, rows);
		int[] x = new int[COLUMNS.size()];
		int used = 0;
		int height = 0;
		for (int c = 0; c < rows.length; c++) {
			x[c] = 10 + used * (BOX_WIDTH + COLUMN_GAP);
			if (rows[c] > 0) {
				used++;
			}
			height = Math.max(height, TOP + rows[c] * (BOX_HEIGHT + ROW_GAP));
		}
		for (Box box : boxes.values()) {
			box.bounds().x = x[box.column()];
		}
		columnX = x;
		diagram.setSize(20 + used * (BOX_WIDTH + COLUMN_GAP), height + 20);
	}

	private void place(Node node, Box parent, int[] rows) {
		String key = node.kind() + "|" + (node.element() == null ? node.label()
				: Integer.toHexString(System.identityHashCode(node.element())));
		Box box = boxes.get(key);
		if (box == null) {
			int column = column(node.kind());
			Rectangle bounds = new Rectangle(0,
					TOP + rows[column] * (BOX_HEIGHT + ROW_GAP), BOX_WIDTH, BOX_HEIGHT);
			rows[column]++;
			box = new Box(key, node.kind(), node.label(), column, bounds);
			boxes.put(key, box);
		}
		if (parent != null) {
			edges.add(List.of(parent.key(), box.key()));
		}
		for (Node child : node.children()) {
			place(child, box, rows);
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
		Set<Integer> used = new LinkedHashSet<>();
		boxes.values().forEach(b -> used.add(b.column()));
		for (int column : used) {
			gc.setForeground(black);
			gc.drawString(COLUMN_TITLES[column], columnX[column], 6, true);
		}
		gc.setForeground(edge);
		for (List<String> pair : edges) {
			Rectangle from = boxes.get(pair.get(0)).bounds();
			Rectangle to = boxes.get(pair.get(1)).bounds();
			gc.drawLine(from.x + from.width, from.y + from.height / 2, to.x, to.y + to.height / 2);
		}
		for (Box box : boxes.values()) {
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
		boxes.clear();
		edges.clear();
		diagram.setSize(400, 100);
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
		return new ArrayList<>(boxes.values());
	}

	/** The diagram's edges as pairs of box labels. */
	public List<List<String>> edgeLabels() {
		return edges.stream().map(pair -> List.of(boxes.get(pair.get(0)).label(), boxes.get(pair.get(1)).label())).toList();
	}

	public Canvas diagram() {
		return diagram;
	}
}
