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
import java.util.Arrays;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
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

	/** With -Dhelix.screenshots.dir: the Klimaatsprong map sized by betweenness, coloured by community, 1600×1000. */
	@Test
	void screenshot() throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		org.junit.jupiter.api.Assumptions.assumeTrue(!dir.equals("none") && !dir.isBlank(), "only with -Dhelix.screenshots.dir");
		Shell shell = page().getWorkbenchWindow().getShell();
		shellBounds = shell.getBounds();
		shell.setBounds(0, 0, 1600, 1000);
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "klimaatsprong.helix"));
		page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		// the maximized editor gets its size asynchronously: wait for it, or the view is centred in a smaller canvas
		waitUntil("the maximized editor", () -> editor.canvas().getSize().x > 1400 && editor.canvas().getSize().y > 800);
		// the whole map is too small to read at this window size: the connected part around the port, at 60 %
		editor.canvas().zoomAt(0.6, 0, 0);
		SceneNode port = node(editor, "Port of Antwerp-Bruges");
		editor.canvas().centerOn(port.centerX(), port.centerY());
		editor.canvas().redraw();
		editor.canvas().update();
		processEvents();
		Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
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
