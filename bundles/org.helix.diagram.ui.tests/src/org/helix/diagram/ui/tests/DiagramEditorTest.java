package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.editor.DiagramOutlinePage;
import org.helix.diagram.ui.editor.OpenDiagramHandler;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The diagram editor in the real workbench on the seed example (Klimaatsprong): opened from the model editor's
 * selection with a shared editing domain, keyboard, layers and filters, context menu, resize handles, outline and drop.
 */
class DiagramEditorTest {

	static final String PROGRAMME = "org.helix.programme.structure";
	static final String GOVERNANCE = "org.helix.governance.bodies";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static HelixModelEditor openModelEditor(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
		processEvents();
		return assertInstanceOf(HelixModelEditor.class, part);
	}

	private static DiagramEditor openDiagram(IFile file, String descriptionId) throws Exception {
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, descriptionId));
		waitUntilLaidOut(editor);
		return editor;
	}

	/** A new diagram is laid out by a Job; wait until its result is on the canvas. */
	private static void waitUntilLaidOut(DiagramEditor editor) {
		waitUntil("the layout of " + editor.getPartName(), () -> editor.diagram().getNodes().stream().allMatch(Node::isPlaced)
				&& editor.canvas().scene() != null && editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
	}

	private static Programme klimaatsprong(HelixModelEditor editor) {
		return editor.getModel().getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).findFirst().orElseThrow();
	}

	private static SceneNode sceneNodeOf(DiagramEditor editor, EObject element) {
		return editor.canvas().scene().nodes().stream().filter(n -> n.node().getSemanticElement() == element).findFirst().orElse(null);
	}

	private static void key(Control control, int keyCode, char character, int stateMask) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		event.stateMask = stateMask;
		control.notifyListeners(SWT.KeyDown, event);
		processEvents();
	}

	private static void mouse(Control control, int type, int x, int y, int button) {
		Event event = new Event();
		event.x = x;
		event.y = y;
		event.button = button;
		event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
		control.notifyListeners(type, event);
	}

	@Test
	void openDiagramOnTheModelEditorsSelectionSharesItsEditingDomain() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "shared.helix");
		HelixModelEditor modelEditor = openModelEditor(file);
		Programme programme = klimaatsprong(modelEditor);
		modelEditor.setSelection(new StructuredSelection(programme));
		processEvents();

		ICommandService commands = page().getWorkbenchWindow().getService(ICommandService.class);
		Command open = commands.getCommand(OpenDiagramHandler.COMMAND_ID);
		assertTrue(open.isEnabled(), "Open Diagram is enabled for an element selected in the model editor");
		page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(
				ParameterizedCommand.generateCommand(open, Map.of(OpenDiagramHandler.DESCRIPTION_PARAMETER, PROGRAMME)), null);
		DiagramEditor diagram = assertInstanceOf(DiagramEditor.class, page().getActiveEditor());
		waitUntilLaidOut(diagram);

		assertTrue(diagram.sharesModelEditorDomain());
		assertSame(modelEditor.getEditingDomain(), diagram.getEditingDomain(), "one editing domain, one command stack");
		assertSame(programme, diagram.diagram().getSemanticRoot(), "the diagram shows the selected programme");
		assertEquals(programme.getName(), diagram.getPartName(), "the tab shows the title expression: the programme's name");
		assertTrue(diagram.getTitleToolTip().contains("shared.helix"), diagram.getTitleToolTip());
		assertEquals(programme.getActions().size(), diagram.diagram().getNodes().stream()
				.filter(n -> n.getSemanticElement() instanceof PriorityAction).count());

		// a rename in the model editor shows in the diagram; one undo (in either editor) takes it back in both
		PriorityAction action = programme.getActions().get(0);
		String name = action.getName();
		CommandStack stack = modelEditor.getEditingDomain().getCommandStack();
		stack.execute(SetCommand.create(modelEditor.getEditingDomain(), action, CorePackage.Literals.NAMED_ELEMENT__NAME, "Renamed in the tree"));
		processEvents();
		assertTrue(sceneNodeOf(diagram, action).label().contains("Renamed in the tree"), sceneNodeOf(diagram, action).label());
		assertTrue(modelEditor.isDirty() && diagram.isDirty(), "both editors are dirty");
		stack.undo();
		processEvents();
		assertTrue(sceneNodeOf(diagram, action).label().contains(name));

		// a move in the diagram is on the same stack: the model editor becomes dirty and can undo it
		Node node = sceneNodeOf(diagram, action).node();
		double x = node.getX();
		diagram.canvas().select(Set.of(node));
		Control canvas = diagram.canvas();
		SceneNode scene = sceneNodeOf(diagram, action);
		double[] view = diagram.canvas().viewport();
		double zoom = diagram.canvas().zoom();
		int cx = (int) ((scene.centerX() - view[0]) * zoom), cy = (int) ((scene.centerY() - view[1]) * zoom);
		mouse(canvas, SWT.MouseDown, cx, cy, 1);
		mouse(canvas, SWT.MouseMove, cx + 60, cy + 30, 0);
		mouse(canvas, SWT.MouseUp, cx + 60, cy + 30, 1);
		processEvents();
		assertEquals(x + 60 / zoom, node.getX(), 1.0, "dragged by 60 pixels");
		assertTrue(modelEditor.isDirty());
		stack.undo();
		processEvents();
		assertEquals(x, node.getX(), 0.01, "the model editor's stack undid the diagram move");

		// saving from the diagram saves the model (through the model editor) and the diagrams
		stack.execute(SetCommand.create(modelEditor.getEditingDomain(), action, CorePackage.Literals.NAMED_ELEMENT__NAME, "Saved from the diagram"));
		processEvents();
		diagram.doSave(null);
		processEvents();
		assertFalse(modelEditor.isDirty());
		assertFalse(diagram.isDirty());
		assertTrue(file.getLocation().toFile().length() > 0);
		assertTrue(new String(java.nio.file.Files.readAllBytes(file.getLocation().toPath())).contains("Saved from the diagram"));
		assertTrue(file.getLocation().removeFileExtension().addFileExtension("helix-diagrams").toFile().isFile(), "diagrams saved beside");

		// closing the model editor closes the diagram that used its domain
		page().closeEditor(modelEditor, false);
		processEvents();
		assertFalse(Arrays.asList(page().getEditors()).contains(diagram));
	}

	@Test
	void withoutAModelEditorTheDiagramHasItsOwnDomain() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "own.helix");
		DiagramEditor diagram = openDiagram(file, GOVERNANCE);
		assertEquals("Governance of Klimaatsprong voor de Industrie 2026-2030", diagram.getPartName(), "'Governance of ' + name");
		// Tool.icon, relative to the bundle that contributes the viewpoint: the palette shows it beside the tool's name
		org.eclipse.swt.widgets.ToolItem create = diagram.paletteItems().stream().filter(i -> i.getText().equals("+ Governance body"))
				.findFirst().orElseThrow();
		assertNotNull(create.getImage(), "icons/governance-body.gif of org.helix.diagram.viewpoints");
		assertEquals(16, create.getImage().getBounds().width);
		assertFalse(diagram.sharesModelEditorDomain());
		HelixModelEditor modelEditor = openModelEditor(file);
		assertNotEquals(modelEditor.getEditingDomain(), diagram.getEditingDomain());
	}

	@Test
	void keyboardMovesTheSelectionZoomsAndEdits() throws Exception {
		DiagramEditor editor = openDiagram(copyOfExample(Example.KLIMAATSPRONG, "keys.helix"), PROGRAMME);
		DiagramCanvas canvas = editor.canvas();
		canvas.setFocus();
		SceneNode start = canvas.scene().nodes().stream().filter(n -> !n.container())
				.min((a, b) -> Double.compare(a.centerX(), b.centerX())).orElseThrow();
		canvas.select(Set.of(start.node()));
		key(canvas, SWT.ARROW_RIGHT, '\0', 0);
		Node next = (Node) canvas.selection().iterator().next();
		SceneNode right = canvas.scene().byNode().get(next);
		assertNotEquals(start.node(), next);
		assertTrue(right.centerX() > start.centerX(), "the arrow moved right");
		key(canvas, SWT.ARROW_LEFT, '\0', 0);
		SceneNode back = canvas.scene().byNode().get((Node) canvas.selection().iterator().next());
		assertTrue(back.centerX() < right.centerX(), "and back left");

		key(canvas, 'a', 'a', SWT.MOD1);
		assertEquals(canvas.scene().nodes().size() + canvas.scene().edges().size(), canvas.selection().size(), "Ctrl+A");

		double zoom = canvas.zoom();
		key(canvas, '+', '+', 0);
		assertEquals(zoom * 1.25, canvas.zoom(), 1e-9);
		key(canvas, '-', '-', 0);
		assertEquals(zoom, canvas.zoom(), 1e-9);
		canvas.zoomBy(3);
		key(canvas, '0', '0', SWT.MOD1);
		double[] view = canvas.viewport();
		assertTrue(view[0] <= canvas.scene().minX() && view[0] + view[2] >= canvas.scene().maxX(), "Ctrl+0 fits the whole diagram");

		// Enter: direct edit of the selected action's name
		SceneNode action = canvas.scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof PriorityAction).findFirst().orElseThrow();
		canvas.select(Set.of(action.node()));
		key(canvas, SWT.CR, '\r', 0);
		Text text = Arrays.stream(canvas.getChildren()).filter(Text.class::isInstance).map(Text.class::cast).findFirst().orElseThrow();
		assertEquals(((PriorityAction) action.node().getSemanticElement()).getName(), text.getText());
		text.setText("Typed on the keyboard");
		text.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals("Typed on the keyboard", ((PriorityAction) action.node().getSemanticElement()).getName());

		// Delete removes the element from the model (the viewpoint's delete tool)
		PriorityAction deleted = (PriorityAction) action.node().getSemanticElement();
		canvas.select(Set.of(action.node()));
		key(canvas, SWT.DEL, (char) 127, 0);
		assertTrue(deleted.eResource() == null, "deleted from the model");
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertNotNull(deleted.eResource(), "undo restores it");
	}

	@Test
	void layersAndFiltersAreUndoableDiagramState() throws Exception {
		DiagramEditor editor = openDiagram(copyOfExample(Example.KLIMAATSPRONG, "layers.helix"), PROGRAMME);
		ToolBar toolbar = (ToolBar) editor.canvas().getParent().getChildren()[0];
		List<String> items = Arrays.stream(toolbar.getItems()).map(ToolItem::getText).toList();
		assertTrue(items.contains("Layers") && items.contains("Filters"), items.toString());

		int before = editor.canvas().scene().nodes().size();
		editor.setLayer("prog.leads", true);
		processEvents();
		assertTrue(editor.diagram().getActiveLayers().contains("prog.leads"));
		int withLeads = editor.canvas().scene().nodes().size();
		assertTrue(withLeads > before, "the leads layer adds the lead organisations: " + before + " -> " + withLeads);
		assertTrue(editor.diagram().getNodes().stream().allMatch(Node::isPlaced), "new nodes are placed");

		long finished = editor.canvas().scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof PriorityAction a
				&& (a.getStatus().getName().equals("DELIVERED") || a.getStatus().getName().equals("COMPLETED"))).count();
		editor.setFilter("prog.hideDone", true);
		processEvents();
		assertTrue(editor.diagram().getActiveFilters().contains("prog.hideDone"));
		assertEquals(withLeads - finished, editor.canvas().scene().nodes().size(), "finished actions hidden");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.undo();
		processEvents();
		assertEquals(withLeads, editor.canvas().scene().nodes().size());
		stack.undo();
		processEvents();
		assertFalse(editor.diagram().getActiveLayers().contains("prog.leads"));
		assertEquals(before, editor.canvas().scene().nodes().size());
	}

	@Test
	void contextMenuPinsAndUnpins() throws Exception {
		DiagramEditor editor = openDiagram(copyOfExample(Example.KLIMAATSPRONG, "menu.helix"), GOVERNANCE);
		Node node = editor.canvas().scene().nodes().get(0).node();
		editor.canvas().select(Set.of(node));
		Menu menu = editor.canvas().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		List<String> texts = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
		for (String expected : List.of("Show in &Model Editor", "&Properties", "&Delete", "P&in", "&Arrange All", "Export as P&NG...", "Export as &SVG...")) {
			assertTrue(texts.stream().anyMatch(t -> t.startsWith(expected)), expected + " in " + texts);
		}
		assertFalse(node.isPinned());
		click(menu, "P&in");
		assertTrue(node.isPinned());
		menu.notifyListeners(SWT.Show, new Event());
		click(menu, "U&npin");
		assertFalse(node.isPinned());
		editor.getEditingDomain().getCommandStack().undo();
		assertTrue(node.isPinned(), "unpin is undoable");
	}

	private static void click(Menu menu, String text) {
		MenuItem item = Arrays.stream(menu.getItems()).filter(i -> i.getText().startsWith(text)).findFirst().orElseThrow();
		assertTrue(item.isEnabled(), text);
		item.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		processEvents();
	}

	@Test
	void resizeHandleResizesTheNode() throws Exception {
		DiagramEditor editor = openDiagram(copyOfExample(Example.KLIMAATSPRONG, "resize.helix"), PROGRAMME);
		DiagramCanvas canvas = editor.canvas();
		SceneNode scene = canvas.scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof PriorityAction).findFirst().orElseThrow();
		canvas.reveal(scene);
		Node node = scene.node();
		double width = node.getWidth(), height = node.getHeight();
		canvas.select(Set.of(node));
		double[] view = canvas.viewport();
		double zoom = canvas.zoom();
		int hx = (int) Math.round((scene.x() + scene.width() - view[0]) * zoom), hy = (int) Math.round((scene.y() + scene.height() - view[1]) * zoom);
		mouse(canvas, SWT.MouseDown, hx, hy, 1);
		mouse(canvas, SWT.MouseMove, hx + 40, hy + 20, 0);
		mouse(canvas, SWT.MouseUp, hx + 40, hy + 20, 1);
		processEvents();
		assertEquals(width + 40 / zoom, node.getWidth(), 1.0);
		assertEquals(height + 20 / zoom, node.getHeight(), 1.0);
		assertTrue(node.isPinned());
		assertEquals(canvas.selection(), Set.<DiagramElement>of(node), "a resize keeps the selection");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(width, node.getWidth(), 0.01);
	}

	@Test
	void outlineShowsTheViewportAndPansTheEditor() throws Exception {
		DiagramEditor editor = openDiagram(copyOfExample(Example.KLIMAATSPRONG, "outline.helix"), GOVERNANCE);
		ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
		page().activate(editor);
		processEvents();
		DiagramOutlinePage page = assertInstanceOf(DiagramOutlinePage.class, outline.getCurrentPage());
		DiagramCanvas canvas = editor.canvas();
		canvas.zoomBy(4); // zoomed in: the rectangle is a part of the outline
		processEvents();
		Control overview = page.getControl();
		var rectangle = page.viewportInOutline();
		assertTrue(rectangle.width < overview.getSize().x, "the visible part is smaller than the outline");
		double[] before = canvas.viewport();
		Event click = new Event();
		click.x = 5;
		click.y = 5;
		click.button = 1;
		overview.notifyListeners(SWT.MouseDown, click);
		processEvents();
		double[] after = canvas.viewport();
		assertTrue(after[0] < before[0] && after[1] < before[1], "a click in the outline's top left corner scrolls there");
		assertTrue(page.viewportInOutline().x < rectangle.x);
	}

	/** With -Dhelix.screenshots.dir: the editor with palette, outline and Properties on the governance diagram. */
	@Test
	void screenshot() throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		org.junit.jupiter.api.Assumptions.assumeTrue(!dir.equals("none") && !dir.isBlank(), "only with -Dhelix.screenshots.dir");
		org.eclipse.swt.widgets.Shell shell = page().getWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 860);
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "klimaatsprong.helix");
		openModelEditor(file);
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, GOVERNANCE));
		waitUntilLaidOut(editor);
		page().showView(IPageLayout.ID_OUTLINE);
		page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(editor);
		processEvents();
		SceneNode body = editor.canvas().scene().nodes().stream().filter(SceneNode::container).findFirst().orElseThrow();
		editor.canvas().select(Set.of(body.node()));
		editor.canvas().zoomAt(0.8, 0, 0);
		double[] view = editor.canvas().viewport(); // the body's name at the top of the view
		editor.canvas().centerOn(body.centerX() + view[2] / 4, body.y() - 30 + view[3] / 2);
		editor.canvas().redraw();
		editor.canvas().update(); // paints now, so the copy below shows the centred view
		processEvents();
		org.eclipse.swt.graphics.Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width, area.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
			loader.save(java.nio.file.Path.of(dir, "diagram-editor.png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void dropOfAnElementTheDiagramShowsSelectsIt() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "drop.helix");
		HelixModelEditor modelEditor = openModelEditor(file);
		DiagramEditor editor = openDiagram(file, PROGRAMME);
		PriorityAction action = klimaatsprong(modelEditor).getActions().get(3);
		editor.drop(List.of(action), 0, 0);
		assertEquals(Set.of(sceneNodeOf(editor, action).node()), editor.canvas().selection(), "the dropped element's node is selected");
		String message = editor.drop(List.of(modelEditor.getModel()), 0, 0);
		assertTrue(message != null && message.contains("no drop tool"), message);
	}
}
