package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.answerDialog;
import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.ElementKind;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model editor's pages (overview and tree), copy and paste, and how it follows changes of its file on disk. */
class ModelEditorPagesTest {

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

	private static Programme klimaatsprong(HelixModel model) {
		return model.getProgrammes().stream().filter(p -> p.getActions().size() > 0).findFirst().orElseThrow();
	}

	@Test
	void overviewPageCountsTheKlimaatsprongModelAndSummarisesValidation() throws Exception {
		UiTestSupport.bigWindow();
		HelixModelEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "overview.helix"));
		assertEquals(HelixModelEditor.OVERVIEW_PAGE, editor.getActivePage(), "the editor opens on its overview");
		Map<ElementKind, String> counts = editor.overviewCounts();
		assertEquals("18", counts.get(ElementKind.ACTIONS), "001 L2922-2970: 18 priority actions");
		HelixModel model = editor.getModel();
		assertEquals(Long.toString(model.getActors().stream().filter(Organisation.class::isInstance).count()),
				counts.get(ElementKind.ORGANISATIONS));
		assertEquals(Integer.toString(model.getGovernanceBodies().size()), counts.get(ElementKind.BODIES));
		assertEquals(Integer.toString(model.getProgrammes().stream().flatMap(p -> p.getDimensions().stream())
				.mapToInt(d -> 1 + d.getThemes().size()).sum()), counts.get(ElementKind.DIMENSIONS));
		assertEquals("Not validated yet.", editor.overviewValidation());

		// an edit made anywhere shows on the overview at once
		PriorityAction action = klimaatsprong(model).getActions().get(0);
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.DeleteCommand
				.create(editor.getEditingDomain(), List.of(action)));
		processEvents();
		assertEquals("17", editor.overviewCounts().get(ElementKind.ACTIONS));
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals("18", editor.overviewCounts().get(ElementKind.ACTIONS));

		executeCommand(HelixUI.VALIDATE_COMMAND_ID);
		UiTestSupport.waitForValidation();
		waitUntil("the validation summary", () -> !editor.overviewValidation().startsWith("Not validated"));
		int markers = editor.getEditorInput().getAdapter(IFile.class).findMarkers(HelixUI.PROBLEM_MARKER, true, IResource.DEPTH_ZERO).length;
		// says that it checked the structure, not the programme (the analyses are separate)
		assertTrue(markers == 0 ? editor.overviewValidation().equals("No structural problems found (the analyses are separate).")
				: editor.overviewValidation().matches("\\d+ structural errors, \\d+ warnings, \\d+ infos\\."), editor.overviewValidation());
		page().activate(editor);
		var reference = page().getReference(editor);
		page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		try {
			processEvents();
			UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "model-overview.png");
		} finally {
			page().setPartState(reference, org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			processEvents();
		}
	}

	@Test
	void copyAndPasteAnActionGivesTheCopyANewIdAndUndoes() throws Exception {
		HelixModelEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "paste.helix"));
		Programme programme = klimaatsprong(editor.getModel());
		PriorityAction original = programme.getActions().get(4);
		editor.reveal(List.of(original));
		executeCommand(ActionFactory.COPY.getCommandId());
		assertFalse(editor.isDirty(), "copying changes nothing");
		editor.getViewer().setSelection(new StructuredSelection(programme), true);
		processEvents();
		executeCommand(ActionFactory.PASTE.getCommandId());
		assertEquals(19, programme.getActions().size());
		PriorityAction pasted = programme.getActions().get(18);
		assertEquals(original.getName(), pasted.getName());
		assertNotEquals(original.getId(), pasted.getId(), "ids stay unique, so references stay unambiguous");
		assertSame(original, editor.getModel().eResource().getEObject(original.getId()));
		assertTrue(editor.isDirty());
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(18, programme.getActions().size());
		assertFalse(editor.isDirty());
		executeCommand(ActionFactory.REDO.getCommandId());
		assertEquals(19, programme.getActions().size());
	}

	/** Changes the file on disk as another program would, then tells the workspace (as a refresh does). */
	private static void changeOnDisk(IFile file, String from, String to) throws Exception {
		Path path = file.getLocation().toPath();
		String text = Files.readString(path, StandardCharsets.UTF_8);
		assertTrue(text.contains(from), from);
		java.nio.file.attribute.FileTime before = Files.getLastModifiedTime(path);
		Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
		// a new modification time even on file systems that keep whole seconds, without waiting for the clock
		Files.setLastModifiedTime(path, java.nio.file.attribute.FileTime.fromMillis(before.toMillis() + 2000));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}

	private static PriorityAction plainlyNamed(HelixModelEditor editor) {
		return klimaatsprong(editor.getModel()).getActions().stream()
				.filter(a -> a.getName() != null && a.getName().matches("[\\p{L}0-9 ,.-]+")).findFirst().orElseThrow();
	}

	@Test
	void aCleanEditorReloadsSilentlyWhenTheFileChangesOnDisk() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "external.helix");
		HelixModelEditor editor = open(file);
		PriorityAction action = plainlyNamed(editor);
		String id = action.getId();
		var fiche = editor.openFiche(action);
		assertNotNull(fiche);
		page().activate(editor);
		editor.reveal(List.of(action));
		changeOnDisk(file, "name=\"" + action.getName() + "\"", "name=\"Van buiten gewijzigd\"");
		waitUntil("the reload", () -> editor.getModel().eResource().getEObject(id) != action);
		waitUntil("the fiche of the replaced action to close", () -> page().findEditor(fiche.getEditorInput()) == null);
		PriorityAction reloaded = (PriorityAction) editor.getModel().eResource().getEObject(id);
		assertEquals("Van buiten gewijzigd", reloaded.getName());
		assertFalse(editor.isDirty());
		assertEquals(List.of(reloaded), editor.getViewer().getStructuredSelection().toList(), "the selection survives the reload");

		// our own save is no external change: nothing is reloaded
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), reloaded,
				CorePackage.Literals.NAMED_ELEMENT__NAME, "Eigen naam"));
		editor.doSave(null);
		processEvents();
		processEvents();
		assertSame(reloaded, editor.getModel().eResource().getEObject(id));
	}

	@Test
	void aDirtyEditorAsksAndKeepsMineOrLoadsTheirs() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "conflict.helix");
		HelixModelEditor editor = open(file);
		PriorityAction action = plainlyNamed(editor);
		String id = action.getId();
		String diskName = action.getName();
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), action,
				CorePackage.Literals.NAMED_ELEMENT__NAME, "Mijn naam"));
		assertTrue(editor.isDirty());

		var keepMine = answerDialog(ExternalChangesTitle.TITLE, null, "Keep Mine");
		changeOnDisk(file, "name=\"" + diskName + "\"", "name=\"Hun naam\"");
		waitUntil("the question", keepMine::get);
		assertSame(action, editor.getModel().eResource().getEObject(id), "kept mine");
		assertEquals("Mijn naam", action.getName());
		assertTrue(editor.isDirty());

		answerDialog(ExternalChangesTitle.TITLE, null, "Load Theirs");
		changeOnDisk(file, "name=\"Hun naam\"", "name=\"Hun tweede naam\"");
		waitUntil("the reload", () -> editor.getModel().eResource().getEObject(id) != action);
		assertEquals("Hun tweede naam", ((PriorityAction) editor.getModel().eResource().getEObject(id)).getName());
		assertFalse(editor.isDirty());
	}

	/** The title of the editor's question about a changed file. */
	private static final class ExternalChangesTitle {
		static final String TITLE = "File Changed";
	}

	@Test
	void deletingTheFileClosesACleanEditorAndMarksADirtyOne() throws Exception {
		IFile clean = copyOfExample(Example.KLIMAATSPRONG, "deleted-clean.helix");
		HelixModelEditor cleanEditor = open(clean);
		IFile dirty = copyOfExample(Example.KLIMAATSPRONG, "deleted-dirty.helix");
		HelixModelEditor dirtyEditor = open(dirty);
		PriorityAction action = klimaatsprong(dirtyEditor.getModel()).getActions().get(0);
		dirtyEditor.getEditingDomain().getCommandStack().execute(SetCommand.create(dirtyEditor.getEditingDomain(), action,
				CorePackage.Literals.NAMED_ELEMENT__NAME, "Niet verliezen"));

		clean.delete(true, null);
		dirty.delete(true, null);
		waitUntil("the clean editor closes", () -> page().findEditor(cleanEditor.getEditorInput()) == null);
		waitUntil("the dirty editor is marked", () -> dirtyEditor.getPartName().contains("deleted"));
		assertNotNull(page().findEditor(dirtyEditor.getEditorInput()), "unsaved work is not thrown away");

		dirtyEditor.doSave(null);
		processEvents();
		assertTrue(dirty.exists(), "saving writes the file again");
		assertEquals("deleted-dirty.helix", dirtyEditor.getPartName());
	}
}
