package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.allItems;
import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.ElementKind;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Model Explorer as an editing tool: context menu, type filters, link with editor, drag and drop. */
class ExplorerEditingTest {

	private ModelExplorerView explorer;

	@BeforeEach
	void showExplorer() throws Exception {
		UiTestSupport.waitForExampleInstallation();
		UiTestSupport.bigWindow();
		explorer = assertInstanceOf(ModelExplorerView.class, page().showView(HelixUI.EXPLORER_ID));
	}

	@AfterEach
	void closeEditors() {
		explorer.setLinkingEnabled(false);
		for (ElementKind kind : ElementKind.values()) {
			explorer.setKindVisible(kind, true);
		}
		page().closeAllEditors(false);
		processEvents();
	}

	/** The model of a file as the explorer shows it, with the file expanded. */
	private HelixModel shownModel(IFile file) {
		waitUntil("the file in the explorer", () -> {
			explorer.getViewer().refresh();
			explorer.getViewer().expandToLevel(file, 1);
			return explorer.getViewer().testFindItem(file) != null;
		});
		Object[] children = ((ITreeContentProvider) explorer.getViewer().getContentProvider()).getChildren(file);
		return assertInstanceOf(HelixModel.class, children[0]);
	}

	private static Programme klimaatsprong(HelixModel model) {
		return model.getProgrammes().stream().filter(p -> p.getActions().size() > 0).findFirst().orElseThrow();
	}

	private HelixModelEditor editorOf(IFile file) {
		for (IEditorReference reference : page().getEditorReferences()) {
			if (reference.getEditor(false) instanceof HelixModelEditor editor && editor.getTitle().equals(file.getName())) {
				return editor;
			}
		}
		return null;
	}

	private void select(Object element) {
		explorer.getViewer().setSelection(new StructuredSelection(element), true);
		processEvents();
	}

	/** Opens the explorer's context menu as a right-click does and clicks the item at {@code path}. */
	private void clickContextMenu(String... path) {
		Menu menu = explorer.getViewer().getControl().getMenu();
		for (int i = 0; i < path.length; i++) {
			menu.notifyListeners(SWT.Show, new Event());
			MenuItem item = find(menu, path[i]).orElseThrow(() -> new AssertionError("no menu item " + Arrays.toString(path)));
			if (i == path.length - 1) {
				assertTrue(item.isEnabled(), "menu item enabled: " + item.getText());
				item.notifyListeners(SWT.Selection, new Event());
			} else {
				menu = item.getMenu();
			}
		}
		processEvents();
	}

	private static Optional<MenuItem> find(Menu menu, String label) {
		return Arrays.stream(menu.getItems()).filter(item -> clean(item.getText()).startsWith(label)).findFirst();
	}

	private static String clean(String text) {
		int tab = text.indexOf('\t');
		return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
	}

	private List<String> menuLabels() {
		Menu menu = explorer.getViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		return Arrays.stream(menu.getItems()).map(item -> clean(item.getText())).toList();
	}

	@Test
	void contextMenuCreatesRenamesAndDeletesThroughTheEditorsUndoableCommands() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "explorer-edit.helix");
		Programme shownProgramme = klimaatsprong(shownModel(file));
		assertNull(editorOf(file), "no editor yet");
		select(shownProgramme);
		assertTrue(menuLabels().containsAll(List.of("Open", "New Child", "New Sibling", "Rename", "Delete")), menuLabels().toString());

		clickContextMenu("New Child", "Priority Action");
		HelixModelEditor editor = editorOf(file);
		assertNotNull(editor, "the explorer opened the model editor to run the command");
		Programme programme = klimaatsprong(editor.getModel());
		assertEquals(19, programme.getActions().size());
		PriorityAction created = programme.getActions().get(18);
		assertTrue(editor.isDirty());
		assertSame(created, explorer.getViewer().getStructuredSelection().getFirstElement(),
				"the explorer now shows the editor's model and selects the new action");
		assertNotNull(explorer.getViewer().testFindItem(created), "the new action is in the explorer's tree");

		// the new action is named and its name open for typing in place; Rename (F2) opens the same field
		assertEquals("New priority action", created.getName());
		waitUntil("the new action's name field", () -> explorer.inlineRename().isActive());
		assertSame(created, explorer.inlineRename().element());
		explorer.inlineRename().cancel();
		clickContextMenu("Rename");
		assertTrue(explorer.inlineRename().isActive(), "Rename opens the name field in place");
		explorer.inlineRename().text().setText("Waterstofbackbone Antwerpen");
		explorer.inlineRename().commit();
		assertEquals("Waterstofbackbone Antwerpen", created.getName());
		// the explorer's labels are decorated (RAG), and a decorated viewer shows a new text once its decoration is
		// ready, as Eclipse's own explorers do
		waitUntil("the explorer to show the new name", () -> ((TreeItem) explorer.getViewer().testFindItem(created)).getText()
				.contains("Waterstofbackbone Antwerpen"));
		assertTrue(explorer.getViewer().getTree().getItems().length > 0);
		waitUntil("the explorer to mark unsaved changes", () -> ((TreeItem) explorer.getViewer().testFindItem(file)).getText().startsWith("*"));

		PriorityAction fourth = programme.getActions().get(3);
		select(fourth);
		clickContextMenu("Delete");
		assertEquals(18, programme.getActions().size());
		assertFalse(programme.getActions().contains(fourth));

		clickContextMenu("Undo");
		assertEquals(19, programme.getActions().size());
		assertSame(fourth, programme.getActions().get(3), "undo puts the action back where it was");
		page().activate(explorer);
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertNotEquals("Waterstofbackbone Antwerpen", created.getName(), "Edit > Undo in the explorer undoes the rename");
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(18, programme.getActions().size());
		assertFalse(editor.isDirty(), "all undone: the editor is clean again");
	}

	private static void executeCommand(String id) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
		processEvents();
	}

	@Test
	void typeFilterHidesAndShowsOrganisations() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "explorer-filter.helix");
		HelixModel model = shownModel(file);
		explorer.getViewer().expandToLevel(model, 1);
		processEvents();
		TreeItem modelItem = (TreeItem) explorer.getViewer().testFindItem(model);
		long organisations = Arrays.stream(modelItem.getItems()).filter(i -> i.getData() instanceof Organisation).count();
		assertEquals(model.getActors().stream().filter(Organisation.class::isInstance).count(), organisations,
				"every organisation of the model is shown");
		assertTrue(organisations > 10, "Klimaatsprong names its organisations: " + organisations);

		// what clicking the toggle in the view menu does
		var toggle = explorer.kindAction(ElementKind.ORGANISATIONS);
		assertTrue(toggle.isChecked());
		toggle.setChecked(false);
		toggle.run();
		processEvents();
		modelItem = (TreeItem) explorer.getViewer().testFindItem(model);
		assertEquals(0, Arrays.stream(modelItem.getItems()).filter(i -> i.getData() instanceof Organisation).count());
		assertTrue(Arrays.stream(modelItem.getItems()).anyMatch(i -> i.getData() instanceof Programme), "other kinds stay");
		assertFalse(explorer.isKindVisible(ElementKind.ORGANISATIONS));

		toggle.setChecked(true);
		toggle.run();
		processEvents();
		modelItem = (TreeItem) explorer.getViewer().testFindItem(model);
		assertEquals(organisations, Arrays.stream(modelItem.getItems()).filter(i -> i.getData() instanceof Organisation).count());
	}

	@Test
	void linkWithEditorFollowsTheSelectionBothWays() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "explorer-link.helix");
		shownModel(file);
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, explorer.open(file));
		processEvents();
		HelixModel model = shownModel(file);
		assertSame(editor.getModel(), model, "an open file shows the editor's model");
		Programme programme = klimaatsprong(model);
		PriorityAction action = programme.getActions().get(7);

		// off: the explorer's selection stays its own
		page().activate(explorer);
		select(action);
		assertFalse(editor.getViewer().getStructuredSelection().toList().contains(action));

		explorer.linkAction().setChecked(true);
		explorer.linkAction().run();
		assertTrue(explorer.isLinkingEnabled());
		PriorityAction other = programme.getActions().get(11);
		select(other);
		assertEquals(List.of(other), editor.getViewer().getStructuredSelection().toList(), "explorer to editor");
		assertEquals(HelixModelEditor.TREE_PAGE, editor.getActivePage());
		assertSame(explorer, page().getActivePart(), "the explorer keeps the focus");

		page().activate(editor);
		PriorityAction third = programme.getActions().get(2);
		editor.getViewer().setSelection(new StructuredSelection(third), true);
		processEvents();
		assertEquals(List.of(third), explorer.getViewer().getStructuredSelection().toList(), "editor to explorer");
		assertNotNull(explorer.getViewer().testFindItem(third), "revealed in the explorer's tree");

		// a fiche shows its action in the explorer when it comes to the front
		PriorityAction ficheAction = programme.getActions().get(14);
		var fiche = editor.openFiche(ficheAction);
		page().activate(fiche);
		processEvents();
		assertEquals(List.of(ficheAction), explorer.getViewer().getStructuredSelection().toList(), "fiche to explorer");
	}

	@Test
	void dragAndDropMovesADeliverableToAnotherActionAndUndoRestoresIt() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "explorer-dnd.helix");
		Programme shown = klimaatsprong(shownModel(file));
		PriorityAction from = shown.getActions().stream().filter(a -> !a.getDeliverables().isEmpty()).findFirst().orElseThrow();
		PriorityAction to = shown.getActions().stream().filter(a -> a != from).findFirst().orElseThrow();
		Deliverable deliverable = from.getDeliverables().get(0);
		int index = from.getDeliverables().indexOf(deliverable);
		int fromCount = from.getDeliverables().size();
		int toCount = to.getDeliverables().size();

		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(deliverable));
		try {
			assertTrue(explorer.canDrop(to, List.of(deliverable), ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE),
					"a deliverable can go to another action");
			assertFalse(explorer.canDrop(shownModel(file).getActors().get(0), List.of(deliverable), ViewerDropAdapter.LOCATION_ON,
					DND.DROP_MOVE), "but not into an organisation");
			assertTrue(explorer.drop(to, List.of(deliverable), ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE));
		} finally {
			LocalSelectionTransfer.getTransfer().setSelection(null);
		}
		processEvents();
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, editorOf(file));
		Programme programme = klimaatsprong(editor.getModel());
		PriorityAction editorFrom = (PriorityAction) editor.getModel().eResource().getEObject(from.getId());
		PriorityAction editorTo = (PriorityAction) editor.getModel().eResource().getEObject(to.getId());
		assertNotSame(from, editorFrom, "the explorer showed its own copy before the editor opened");
		Deliverable moved = (Deliverable) editor.getModel().eResource().getEObject(deliverable.getId());
		assertSame(editorTo, moved.eContainer(), "moved in the editor's model");
		assertEquals(fromCount - 1, editorFrom.getDeliverables().size());
		assertEquals(toCount + 1, editorTo.getDeliverables().size());
		assertTrue(editor.isDirty());
		assertTrue(programme.getActions().contains(editorTo));

		page().activate(explorer);
		explorer.getViewer().setSelection(new StructuredSelection(moved));
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertSame(editorFrom, moved.eContainer(), "undo puts it back");
		assertEquals(index, editorFrom.getDeliverables().indexOf(moved), "at its old place");
		assertEquals(toCount, editorTo.getDeliverables().size());
		assertFalse(editor.isDirty());
	}

	/** Lets the window system lay out and scroll (GTK does part of it after the calls that ask for it). */
	private static void settle() {
		long until = System.currentTimeMillis() + 400;
		waitUntil("the layout", () -> System.currentTimeMillis() > until);
	}

	@Test
	void screenshotOfTheExplorerWithTheModelEditor() throws Exception {
		IFile file = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject(HelixUI.EXAMPLES_PROJECT)
				.getFile(Example.KLIMAATSPRONG.fileName());
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, IDE.openEditor(page(), file, HelixUI.EDITOR_ID));
		processEvents();
		// a coordinator's focus: the programme's structure, with the long lists of the ecosystem hidden by type
		for (ElementKind kind : List.of(ElementKind.CITATIONS, ElementKind.SOURCES, ElementKind.ORGANISATIONS, ElementKind.PEOPLE,
				ElementKind.RELATIONSHIPS, ElementKind.PROJECTS, ElementKind.INSTRUMENTS, ElementKind.BODIES,
				ElementKind.RECOMMENDATIONS, ElementKind.INDICATORS, ElementKind.SECTORS, ElementKind.OBJECTIVES)) {
			explorer.kindAction(kind).setChecked(false);
			explorer.kindAction(kind).run();
		}
		explorer.setLinkingEnabled(true);
		HelixModel model = shownModel(file);
		assertSame(editor.getModel(), model);
		Programme programme = klimaatsprong(model);
		explorer.getViewer().collapseAll();
		explorer.getViewer().expandToLevel(model, 1);
		explorer.getViewer().expandToLevel(programme, 1);
		page().activate(editor);
		editor.showElement(programme.getActions().get(1).getId());
		editor.getViewer().expandToLevel(programme, 1);
		processEvents();
		assertEquals(List.of(programme.getActions().get(1)), ((IStructuredSelection) explorer.getViewer().getSelection()).toList());
		assertTrue(allItems(explorer.getViewer().getTree().getItems()).stream().filter(i -> i.getData() instanceof PriorityAction)
				.count() >= 18, "the programme's actions are shown");
		assertFalse(allItems(explorer.getViewer().getTree().getItems()).stream().anyMatch(i -> i.getData() instanceof Organisation));
		MUIElement stack = explorer.getSite().getService(MPart.class).getCurSharedRef() != null
				? explorer.getSite().getService(MPart.class).getCurSharedRef().getParent()
				: explorer.getSite().getService(MPart.class).getParent();
		String weight = stack.getContainerData();
		try {
			stack.setContainerData(Integer.toString((int) (Double.parseDouble(weight) * 1.6)));
			settle();
			explorer.getViewer().getTree().setTopItem(explorer.getViewer().getTree().getItem(0));
			settle();
			UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "workbench-explorer.png");
		} finally {
			stack.setContainerData(weight);
		}
	}
}
