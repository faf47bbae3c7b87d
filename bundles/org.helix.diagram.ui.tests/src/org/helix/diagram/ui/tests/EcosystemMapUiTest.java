package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.ecosystem.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ecosystem map of Klimaatsprong in the workbench: a tie layer switched off and on through the toolbar's Layers
 * menu, and the n-hop focus through the context menu, with the real widgets; the screenshot of the map sized by
 * betweenness and coloured by community with {@code -Dhelix.screenshots.dir}.
 */
class EcosystemMapUiTest {

	static final String ECOSYSTEM = "org.helix.ecosystem.network";
	static final String PROJECT_LAYER = "Ties: Partners in a decarbonisation project";

	private Rectangle shellBounds;

	@AfterEach
	void close() {
		if (shellBounds != null) {
			page().getWorkbenchWindow().getShell().setBounds(shellBounds);
		}
		page().closeAllEditors(false);
		processEvents();
	}

	private static DiagramEditor open(IFile file) throws Exception {
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, ECOSYSTEM));
		waitUntil("the layout of the ecosystem map", () -> editor.diagram().getNodes().stream().allMatch(Node::isPlaced)
				&& editor.canvas().scene() != null && !editor.canvas().scene().nodes().isEmpty()
				&& editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
		return editor;
	}

	private static long edges(DiagramEditor editor, String mappingId) {
		return editor.canvas().scene().edges().stream().filter(e -> mappingId.equals(e.edge().getMappingId())).count();
	}

	private static SceneNode node(DiagramEditor editor, String name) {
		return editor.canvas().scene().nodes().stream()
				.filter(n -> n.node().getSemanticElement() instanceof Actor a && name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + name));
	}

	/** Opens the toolbar's Layers menu as a click on it does, and clicks the layer's check item. */
	private static void toggleLayer(DiagramEditor editor, String label) {
		ToolBar toolbar = (ToolBar) editor.canvas().getParent().getChildren()[0];
		ToolItem layers = Arrays.stream(toolbar.getItems()).filter(i -> "Layers".equals(i.getText())).findFirst().orElseThrow();
		layers.notifyListeners(SWT.Selection, new Event());
		Menu menu = (Menu) layers.getData();
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> label.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no layer " + label + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		item.setSelection(!item.getSelection()); // what the click on a check item does before it notifies
		item.notifyListeners(SWT.Selection, new Event());
		if (!menu.isDisposed()) { // choosing a layer rebuilds the palette, and its menu with it
			menu.setVisible(false);
		}
		processEvents();
	}

	/** Opens the canvas's context menu as the right button does and clicks an item of the focus submenu or the menu. */
	private static void contextMenu(DiagramEditor editor, String... path) {
		Menu menu = editor.canvas().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem item = null;
		for (String text : path) {
			Menu current = item == null ? menu : item.getMenu();
			current.notifyListeners(SWT.Show, new Event());
			item = Arrays.stream(current.getItems()).filter(i -> i.getText().startsWith(text)).findFirst()
					.orElseThrow(() -> new AssertionError("no item " + text + " in " + Arrays.stream(current.getItems()).map(MenuItem::getText).toList()));
		}
		assertTrue(item.isEnabled(), String.join(" > ", path));
		item.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
	}

	@Test
	void aTieLayerIsSwitchedOffAndOnFromTheLayersMenu() throws Exception {
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "ecomap-layers.helix"));
		long projects = edges(editor, "eco.tie.project");
		long bodies = edges(editor, "eco.tie.body");
		// 79 project ties; partners in several projects share one edge
		assertTrue(projects > 40 && projects <= 79, "project edges: " + projects);
		assertEquals(78 + 10 + 1 + 1 - 2, bodies, "body-membership ties; the Vlaamse Regering and essenscia, VLAIO and VEKA tied twice");

		toggleLayer(editor, PROJECT_LAYER);
		waitUntil("the project ties to go", () -> edges(editor, "eco.tie.project") == 0);
		assertFalse(editor.diagram().getActiveLayers().contains("eco.ties.project"), "the switch is diagram state");
		assertEquals(bodies, edges(editor, "eco.tie.body"), "the other layers stay");

		toggleLayer(editor, PROJECT_LAYER);
		waitUntil("the project ties to come back", () -> edges(editor, "eco.tie.project") == projects);

		toggleLayer(editor, PROJECT_LAYER);
		waitUntil("the project ties to go again", () -> edges(editor, "eco.tie.project") == 0);
		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("undo to bring them back", () -> edges(editor, "eco.tie.project") == projects);
	}

	@Test
	void focusOnTheNeighbourhoodOfAnOrganisationFromTheContextMenu() throws Exception {
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "ecomap-focus.helix"));
		int all = editor.canvas().scene().nodes().size();
		assertEquals(74, all, "every organisation of the example");
		SceneNode agoria = node(editor, "Agoria");
		editor.canvas().select(Set.of(agoria.node()));
		processEvents();

		contextMenu(editor, "Focus on &Neighbourhood", "&1 Step");
		// Agoria's only ties: the Vlaams Industrieforum with the Vlaamse Regering, essenscia, Fedustria and Fevia
		waitUntil("the 1-step neighbourhood", () -> editor.canvas().scene().nodes().size() == 5);
		assertEquals(Set.of("Agoria", "Vlaamse Regering", "essenscia", "Fedustria", "Fevia"), editor.canvas().scene().nodes().stream()
				.map(n -> ((Actor) n.node().getSemanticElement()).getName()).collect(java.util.stream.Collectors.toSet()));

		editor.canvas().select(Set.of(node(editor, "Agoria").node()));
		contextMenu(editor, "Focus on &Neighbourhood", "&2 Steps");
		// through the Vlaamse Regering and essenscia Agoria reaches the permanent council's members
		waitUntil("the 2-step neighbourhood", () -> editor.canvas().scene().nodes().size() > 5
				&& editor.canvas().scene().nodes().stream().anyMatch(n -> "Sociaaleconomische Raad van Vlaanderen".equals(((Actor) n.node().getSemanticElement()).getName())));
		assertTrue(editor.canvas().scene().nodes().size() < all);

		contextMenu(editor, "Show &All");
		waitUntil("every node again", () -> editor.canvas().scene().nodes().size() == all);
		assertFalse(editor.isFocused());
		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("undo to restore the 2-step focus", () -> editor.isFocused() && editor.canvas().scene().nodes().size() < all);
	}

	/** The size of the window on the screen at (0, 0): its client area, with the menu bar above it. */
	private static Point windowSize(Shell shell) {
		Rectangle client = shell.getClientArea();
		Point origin = shell.getDisplay().map(shell, null, 0, 0);
		return new Point(origin.x + client.width, origin.y + client.height);
	}

	/** Whether the legend (canvas pixels) covers one of the nodes when the view's top-left corner is (x, y) at this zoom. */
	private static boolean covered(Set<SceneNode> nodes, Rectangle legend, double zoom, double x, double y) {
		return nodes.stream().anyMatch(n -> new Rectangle((int) Math.floor((n.x() - x) * zoom), (int) Math.floor((n.y() - y) * zoom),
				(int) Math.ceil(n.width() * zoom), (int) Math.ceil(n.height() * zoom)).intersects(legend));
	}

	/** A metric of an organisation, read through the diagram function the viewpoint's styles use. */
	private static double metric(SceneNode node, String metric) {
		Object value = Expressions.parse("java('org.helix.analysis.metric', '" + metric + "')").evaluate(node.node().getSemanticElement());
		return value instanceof Number n ? n.doubleValue() : -1;
	}

	/** The nodes of the largest connected part of the drawn map (through the edges of the active layers). */
	private static Set<SceneNode> largestComponent(DiagramEditor editor) {
		Map<Node, Set<Node>> neighbours = new HashMap<>();
		for (SceneEdge edge : editor.canvas().scene().edges()) {
			if (edge.edge().getSource() instanceof Node a && edge.edge().getTarget() instanceof Node b) {
				neighbours.computeIfAbsent(a, k -> new HashSet<>()).add(b);
				neighbours.computeIfAbsent(b, k -> new HashSet<>()).add(a);
			}
		}
		Set<Node> largest = Set.of();
		Set<Node> seen = new HashSet<>();
		for (Node start : neighbours.keySet()) {
			if (seen.add(start)) {
				Set<Node> component = new HashSet<>(Set.of(start));
				Deque<Node> queue = new ArrayDeque<>(List.of(start));
				while (!queue.isEmpty()) {
					for (Node next : neighbours.get(queue.poll())) {
						if (seen.add(next)) {
							component.add(next);
							queue.add(next);
						}
					}
				}
				largest = component.size() > largest.size() ? component : largest;
			}
		}
		Set<Node> members = largest;
		return editor.canvas().scene().nodes().stream().filter(n -> members.contains(n.node())).collect(Collectors.toSet());
	}

	/**
	 * With -Dhelix.screenshots.dir: the Klimaatsprong map sized by betweenness and coloured by community, in a
	 * 1600×1000 window with the editor maximised, zoomed to the connected network and with the generated legend.
	 */
	@Test
	void screenshot() throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		org.junit.jupiter.api.Assumptions.assumeTrue(!dir.equals("none") && !dir.isBlank(), "only with -Dhelix.screenshots.dir");
		Shell shell = page().getWorkbenchWindow().getShell();
		shellBounds = shell.getBounds();
		// needs an X screen larger than the window (xvfb-run -s "-screen 0 1920x1200x24"). Without a window manager SWT
		// still subtracts the title bar and border it expects from the bounds, so the window itself came out 1594×971:
		// ask for as much more as is missing
		shell.setBounds(0, 0, 1600, 1000);
		waitUntil("the window's bounds", () -> shell.getBounds().width == 1600 && shell.getBounds().height == 1000);
		Point window = windowSize(shell);
		shell.setBounds(0, 0, 1600 + 1600 - window.x, 1000 + 1000 - window.y);
		waitUntil("the window at 1600×1000", () -> windowSize(shell).equals(new Point(1600, 1000)));
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "klimaatsprong.helix"));
		page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		// the maximized editor gets its size asynchronously: wait for it, or the view is centred in a smaller canvas
		waitUntil("the maximized editor", () -> editor.canvas().getSize().x > 1400 && editor.canvas().getSize().y > 800);

		// the style options the picture shows are on (they are by default), and they do what the legend says
		assertTrue(editor.diagram().getActiveLayers().containsAll(List.of("eco.size.betweenness", "eco.colour.community")),
				editor.diagram().getActiveLayers().toString());
		List<SceneNode> nodes = editor.canvas().scene().nodes();
		SceneNode port = node(editor, "Port of Antwerp-Bruges");
		double maxBetweenness = nodes.stream().mapToDouble(n -> metric(n, "betweenness")).max().orElseThrow();
		assertEquals(maxBetweenness, metric(port, "betweenness"), "the port is the broker of the network");
		assertEquals(nodes.stream().mapToDouble(SceneNode::width).max().orElseThrow(), port.width(), "and drawn largest");
		for (SceneNode a : nodes) {
			for (SceneNode b : nodes) {
				assertTrue(metric(a, "betweenness") <= metric(b, "betweenness") || a.width() >= b.width(),
						"a higher betweenness is never drawn smaller: " + a.node().getSemanticElement() + " / " + b.node().getSemanticElement());
			}
		}
		Map<Integer, Set<Integer>> fillsByCommunity = new HashMap<>();
		for (SceneNode n : nodes) {
			fillsByCommunity.computeIfAbsent((int) metric(n, "community"), k -> new HashSet<>()).add(n.fill());
		}
		for (int community = 0; community < 8 && fillsByCommunity.containsKey(community); community++) {
			assertEquals(1, fillsByCommunity.get(community).size(), "one colour per community " + community);
		}
		assertEquals(3, Set.of(fillsByCommunity.get(0), fillsByCommunity.get(1), fillsByCommunity.get(2)).size(),
				"the three largest communities in three colours");

		// the example has no clusters, value chains or funding managers: those layers draw nothing, and switched off
		// they leave the legend (and the palette) to what the map shows
		for (String mapping : List.of("eco.tie.cluster", "eco.tie.valuechain", "eco.tie.funding", "eco.clusterMember")) {
			assertEquals(0, edges(editor, mapping), mapping);
		}
		Map<String, String> empty = Map.of("eco.clusters", "Clusters and their members", "eco.ties.cluster", "Ties: Same cluster",
				"eco.ties.valuechain", "Ties: Value chain (same chain, material flows)",
				"eco.ties.funding", "Ties: Funding (source or manager to funded company)");
		for (Map.Entry<String, String> layer : empty.entrySet()) {
			assertTrue(editor.diagram().getActiveLayers().contains(layer.getKey()), layer.getKey());
			toggleLayer(editor, layer.getValue());
			waitUntil("the layer " + layer.getKey() + " off", () -> !editor.diagram().getActiveLayers().contains(layer.getKey()));
		}
		assertEquals(nodes.size(), editor.canvas().scene().nodes().size(), "they held no organisation");
		// the legend explains both, and not the helix colours the community colours replace
		List<String> legend = editor.canvas().legend().stream().map(e -> e.text()).toList();
		assertTrue(legend.containsAll(List.of("Organisation: community is 0", "Organisation: community is 8 or more",
				"Organisation: size by betweenness: largest (highest value in the model)")), legend.toString());
		assertTrue(legend.stream().noneMatch(t -> t.contains("helix") || t.contains("$layers") || t.contains("Funding")), legend.toString());
		assertTrue(editor.canvas().isLegendShown());
		editor.canvas().redraw();
		waitUntil("the legend painted", () -> editor.canvas().legendBounds() != null);

		// the connected network, whole, beside the legend (the pairs and the organisations without ties are below it)
		Set<SceneNode> network = largestComponent(editor);
		assertTrue(network.contains(port) && network.size() > nodes.size() / 2, "the port's network: " + network.size());
		double minX = network.stream().mapToDouble(SceneNode::x).min().orElseThrow();
		double minY = network.stream().mapToDouble(SceneNode::y).min().orElseThrow();
		double maxX = network.stream().mapToDouble(n -> n.x() + n.width()).max().orElseThrow();
		double maxY = network.stream().mapToDouble(n -> n.y() + n.height()).max().orElseThrow();
		// as large as the canvas's height allows, from its left edge; the legend stays in its corner, and where it would
		// cover an organisation the map is drawn a step smaller (it covers at most edges)
		Rectangle area = editor.canvas().getClientArea();
		Rectangle legendBounds = editor.canvas().legendBounds();
		double margin = 16;
		// the organisations packed below the network: the view ends halfway to them, so none shows cut in half
		double below = nodes.stream().map(n -> node(editor, ((Actor) n.node().getSemanticElement()).getName()))
				.filter(n -> !network.contains(n) && n.y() >= maxY).mapToDouble(SceneNode::y).min().orElse(Double.MAX_VALUE) - maxY;
		double byHeight = (area.height - 2 * margin) / (maxY - minY);
		if (below / 2 < margin / byHeight) {
			byHeight = (area.height - margin) / (maxY - minY + below / 2);
		}
		double zoom = Math.min((area.width - 2 * margin) / (maxX - minX), byHeight);
		while (covered(network, legendBounds, zoom, minX - margin / zoom, minY - margin / zoom)) {
			zoom *= 0.95;
		}
		editor.canvas().zoomAt(zoom, 0, 0);
		editor.canvas().scrollBy((minX - margin / zoom - editor.canvas().viewport()[0]) * zoom,
				(minY - margin / zoom - editor.canvas().viewport()[1]) * zoom);
		System.out.println("ecosystem-map.png: " + network.size() + " organisations in the connected network at " + Math.round(zoom * 100)
				+ " %, the next below it " + Math.round(below) + " px further down");
		double[] view = editor.canvas().viewport();
		for (SceneNode n : network) {
			assertTrue(n.x() >= view[0] && n.x() + n.width() <= view[0] + view[2] && n.y() >= view[1] && n.y() + n.height() <= view[1] + view[3],
					"in view: " + n.node().getSemanticElement());
		}
		assertFalse(covered(network, editor.canvas().legendBounds(), zoom, view[0], view[1]), "no organisation under the legend");
		// the palette was rebuilt with each layer switch: have it and the map painted before the picture is taken
		ToolBar palette = editor.palette();
		waitUntil("the palette", () -> palette.getItemCount() > 5 && palette.getItem(0).getBounds().width > 0 && palette.getSize().y > 0);
		palette.redraw();
		palette.update();
		editor.canvas().redraw();
		editor.canvas().update();
		processEvents();

		Point size = windowSize(shell);
		Image image = new Image(shell.getDisplay(), size.x, size.y);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(Path.of(dir));
			loader.save(Path.of(dir, "ecosystem-map.png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
