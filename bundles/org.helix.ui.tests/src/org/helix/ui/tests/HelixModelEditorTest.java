package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.allItems;
import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.jface.PropertySourceProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Helix model editor in the real workbench, driven through its widgets, commands and the global actions. */
class HelixModelEditorTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static HelixModelEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
		processEvents();
		return assertInstanceOf(HelixModelEditor.class, part);
	}

	private static void executeCommand(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		processEvents();
	}

	private static List<TreeItem> expandedItems(HelixModelEditor editor) {
		editor.getViewer().expandAll();
		return allItems(editor.getViewer().getTree().getItems());
	}

	private static Programme klimaatsprong(HelixModelEditor editor) {
		return editor.getModel().getProgrammes().stream().filter(p -> p.getActions().size() > 0).findFirst().orElseThrow();
	}

	@Test
	void klimaatsprongShowsItsEighteenPriorityActionsInTheTree() throws Exception {
		HelixModelEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "klimaatsprong.helix"));
		assertNull(editor.getLoadError());
		List<TreeItem> actions = expandedItems(editor).stream().filter(item -> item.getData() instanceof PriorityAction).toList();
		assertEquals(18, actions.size(), "001 L2922-2970: 18 priority actions");
		for (TreeItem item : actions) {
			assertFalse(item.getText().isBlank(), "every action has a label");
			assertNotNull(item.getImage(), "every action has an icon: " + item.getText());
		}
		assertTrue(actions.stream().anyMatch(item -> item.getText().contains("monitoren van de voortgang")),
				actions.stream().map(TreeItem::getText).toList().toString());
	}

	@Test
	void propertyEditIsACommandThatUndoesRedoesAndSaves() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "edit.helix");
		HelixModelEditor editor = open(file);
		PriorityAction action = klimaatsprong(editor).getActions().get(0);
		String original = action.getName();
		AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) editor.getEditingDomain();
		PropertySourceProvider properties = new PropertySourceProvider(domain.getAdapterFactory());
		try {
			IPropertySource source = properties.getPropertySource(action);
			IPropertyDescriptor name = Arrays.stream(source.getPropertyDescriptors())
					.filter(d -> d.getDisplayName().equals("Name")).findFirst().orElseThrow();
			assertEquals(original, source.getPropertyValue(name.getId()));

			source.setPropertyValue(name.getId(), "Voortgangsmonitor");
			processEvents();
			CommandStack stack = domain.getCommandStack();
			assertTrue(stack.canUndo(), "the edit went through the command stack");
			assertTrue(editor.isDirty());
			assertEquals("Voortgangsmonitor", action.getName());
			// the tree refreshes asynchronously (EMF.Edit posts its viewer refresh): wait for the item and its label
			UiTestSupport.waitUntil("the tree to show the new name", () -> expandedItems(editor).stream()
					.anyMatch(i -> i.getData() == action && i.getText().contains("Voortgangsmonitor")));

			executeCommand(ActionFactory.UNDO.getCommandId());
			assertEquals(original, action.getName(), "Edit > Undo of the workbench undoes it");
			assertFalse(editor.isDirty());
			executeCommand(ActionFactory.REDO.getCommandId());
			assertEquals("Voortgangsmonitor", action.getName(), "Edit > Redo redoes it");

			editor.doSave(null);
			assertFalse(editor.isDirty());
		} finally {
			properties.dispose();
		}
		String id = action.getId();
		page().closeEditor(editor, false);
		processEvents();

		HelixModelEditor reopened = open(file);
		assertEquals("Voortgangsmonitor", ((PriorityAction) reopened.getModel().eResource().getEObject(id)).getName());
		assertTrue(Files.exists(file.getLocation().toPath().resolveSibling("edit.helix.bak")), "atomic save keeps a backup");
	}

	@Test
	void deleteCommandRemovesTheSelectionAndUndoBringsItBack() throws Exception {
		HelixModelEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "delete.helix"));
		Programme programme = klimaatsprong(editor);
		PriorityAction action = programme.getActions().get(3);
		editor.showElement(action.getId());
		assertEquals(action, ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement());
		executeCommand(ActionFactory.DELETE.getCommandId());
		assertEquals(17, programme.getActions().size());
		assertTrue(editor.isDirty());
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(18, programme.getActions().size());
		assertEquals(action, programme.getActions().get(3));
	}

	@Test
	void aFileThatDoesNotLoadShowsTheMessageAndStaysUnchanged() throws Exception {
		byte[] broken = """
				<?xml version="1.0" encoding="UTF-8"?>
				<core:HelixModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:core="http://www.helix.org/model/1.0/core" id="m1" title="Broken">
				  <actors id="a1" name="unclosed">
				</core:HelixModel>
				""".getBytes(StandardCharsets.UTF_8);
		IFile file = UiTestSupport.fileWithContent("broken.helix", broken);
		Path path = file.getLocation().toPath();
		long modified = Files.getLastModifiedTime(path).toMillis();

		HelixModelEditor editor = open(file);
		assertNotNull(editor.getLoadError());
		assertNull(editor.getModel());
		assertFalse(editor.isDirty());
		Text message = loadErrorText(editor);
		assertTrue(message.getText().contains("broken.helix"), message.getText());
		assertTrue(message.getText().contains("Line 5"), message.getText());
		assertTrue(message.getText().contains("column"), message.getText());

		editor.doSave(null);
		page().closeEditor(editor, true);
		processEvents();
		assertArrayEquals(broken, Files.readAllBytes(path), "the file is never written");
		assertEquals(modified, Files.getLastModifiedTime(path).toMillis());
		assertFalse(Files.exists(path.resolveSibling("broken.helix.bak")));
	}

	/** The read-only text that shows the load error inside the editor. */
	private static Text loadErrorText(HelixModelEditor editor) {
		return allControls(editor.getSite().getShell()).stream()
				.filter(control -> control instanceof Text text && text.isVisible() && text.getText().startsWith("File: "))
				.map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("the editor shows the load error"));
	}

	private static List<Control> allControls(Control control) {
		List<Control> controls = new java.util.ArrayList<>();
		controls.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				controls.addAll(allControls(child));
			}
		}
		return controls;
	}

	@Test
	void validationProblemAppearsAsMarkerAndNavigatesToTheElement() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "validate.helix");
		HelixModelEditor editor = open(file);
		PriorityAction action = klimaatsprong(editor).getActions().get(5);
		// an unnamed action is an error (every NamedElement needs a name); made through a command like any edit
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand
				.create(editor.getEditingDomain(), action, CorePackage.Literals.NAMED_ELEMENT__NAME, ""));
		editor.showElement(klimaatsprong(editor).getId());

		executeCommand(HelixUI.VALIDATE_COMMAND_ID);
		UiTestSupport.waitForValidation();
		IMarker[] markers = file.findMarkers(HelixUI.PROBLEM_MARKER, true, IResource.DEPTH_ZERO);
		IMarker marker = Arrays.stream(markers).filter(m -> action.getId().equals(m.getAttribute(HelixUI.ELEMENT_ID, null)))
				.findFirst().orElseThrow(() -> new AssertionError("no marker for the unnamed action among " + markers.length));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("has no name"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(file.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO).length >= 1,
				"a problem marker, so the Problems view lists it");
		assertNotNull(page().findView(IPageLayout.ID_PROBLEM_VIEW), "validation shows the Problems view");

		// what a double-click in the Problems view does
		IEditorPart target = IDE.openEditor(page(), marker);
		processEvents();
		assertEquals(editor, target);
		EObject selected = (EObject) ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement();
		assertEquals(action, selected);
		assertEquals(1, editor.getViewer().getTree().getSelection().length);
		assertEquals(action, editor.getViewer().getTree().getSelection()[0].getData(), "the tree item is selected");
	}
}
