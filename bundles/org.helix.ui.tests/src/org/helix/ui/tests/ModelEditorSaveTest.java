package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFileState;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ide.IDE;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.ActionFicheEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model editor saves through the Eclipse workspace: a save adds a local history state (Compare With &gt; Local
 * History) and keeps {@code NAME.bak}; a file the workspace refuses to change (validateEdit: read-only) gives a
 * message and loses nothing; Save As, driven through the workbench's Save As dialog, moves the editor to the new file.
 */
class ModelEditorSaveTest {

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

	private static PriorityAction firstAction(HelixModelEditor editor) {
		return editor.getModel().getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).findFirst().orElseThrow()
				.getActions().get(0);
	}

	private static void rename(HelixModelEditor editor, PriorityAction action, String name) {
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), action, CorePackage.Literals.NAMED_ELEMENT__NAME, name));
		processEvents();
	}

	private static byte[] contents(IFileState state) throws Exception {
		try (InputStream in = state.getContents()) {
			return in.readAllBytes();
		}
	}

	/**
	 * When a shell titled {@code title} opens (a modal dialog, opened later on this thread), records its labels' text
	 * and presses {@code button}. Polls with a timer, so it also runs inside the dialog's own event loop.
	 */
	static AtomicReference<String> answerDialog(String title, String button) {
		AtomicReference<String> shown = new AtomicReference<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					List<Control> controls = UiTestSupport.controls(shell);
					StringBuilder text = new StringBuilder();
					controls.stream().filter(Label.class::isInstance).forEach(c -> text.append(((Label) c).getText()).append('\n'));
					for (Control control : controls) {
						if (control instanceof Button b && b.getText().replace("&", "").equals(button)) {
							shown.set(text.toString());
							b.notifyListeners(SWT.Selection, new Event());
							return;
						}
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			} else {
				closeShells(display, title); // not as expected: the test fails instead of waiting for ever
			}
		};
		display.timerExec(50, poll[0]);
		return shown;
	}

	@Test
	void aSaveAddsALocalHistoryStateAndKeepsTheBackup() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "history.helix");
		HelixModelEditor editor = open(file);
		byte[] before = Files.readAllBytes(file.getLocation().toPath());
		int states = file.getHistory(null).length;

		rename(editor, firstAction(editor), "Voortgangsmonitor (bewaard)");
		editor.doSave(null);

		assertFalse(editor.isDirty());
		IFileState[] history = file.getHistory(null);
		assertEquals(states + 1, history.length, "the save added one state to the file's local history");
		assertArrayEquals(before, contents(history[0]), "the newest history state is the file before the save");
		assertArrayEquals(before, Files.readAllBytes(HelixPersistence.backupOf(file.getLocation().toPath())), "NAME.bak is kept");
		assertTrue(Files.readString(file.getLocation().toPath()).contains("Voortgangsmonitor (bewaard)"));
		assertTrue(file.isSynchronized(IResource.DEPTH_ZERO), "written through the workspace: no refresh needed");
	}

	/**
	 * The workbench's file modification validator (team support) asks whether to make a read-only file writable;
	 * answered No, the save is refused: a message, and nothing is lost. Answered Yes on the next save, it goes through.
	 */
	@Test
	void aReadOnlyFileIsRefusedByValidateEditWithAMessageAndNothingIsLost() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "readonly.helix");
		HelixModelEditor editor = open(file);
		byte[] before = Files.readAllBytes(file.getLocation().toPath());
		int states = file.getHistory(null).length;
		setReadOnly(file, true);
		try {
			PriorityAction action = firstAction(editor);
			rename(editor, action, "Niet bewaard");

			AtomicReference<String> question = answerDialog(READ_ONLY_QUESTION, "No");
			AtomicReference<String> message = answerDialog("Save failed", "OK");
			editor.doSave(null);

			assertTrue(question.get() != null && question.get().contains("readonly.helix"), "validateEdit asked: " + question.get());
			assertTrue(message.get() != null, "the user is told the save failed");
			assertTrue(message.get().contains("readonly.helix") && message.get().toLowerCase().contains("read-only"), message.get());
			assertTrue(editor.isDirty(), "the editor keeps the unsaved change");
			assertEquals("Niet bewaard", action.getName());
			assertArrayEquals(before, Files.readAllBytes(file.getLocation().toPath()), "the file is unchanged");
			assertEquals(states, file.getHistory(null).length);
			assertTrue(file.isReadOnly());

			// the same save, now allowing the file to be made writable, writes everything
			AtomicReference<String> again = answerDialog(READ_ONLY_QUESTION, "Yes");
			editor.doSave(null);
			assertTrue(again.get() != null);
			assertFalse(editor.isDirty());
			assertFalse(file.isReadOnly());
			assertTrue(Files.readString(file.getLocation().toPath()).contains("Niet bewaard"));
		} finally {
			setReadOnly(file, false);
		}
	}

	/** The title of the workbench's question for a read-only file (org.eclipse.team.ui's validator). */
	static final String READ_ONLY_QUESTION = "Read-only File Encountered";

	private static void setReadOnly(IFile file, boolean readOnly) throws Exception {
		ResourceAttributes attributes = file.getResourceAttributes();
		attributes.setReadOnly(readOnly);
		file.setResourceAttributes(attributes);
	}

	@Test
	void saveAsThroughTheSaveAsDialogMovesTheEditorAndItsFicheToTheNewFile() throws Exception {
		IFile original = copyOfExample(Example.KLIMAATSPRONG, "original.helix");
		IFile copy = original.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString("kopie.helix"));
		if (copy.exists()) {
			copy.delete(true, null);
		}
		HelixModelEditor editor = open(original);
		byte[] originalBytes = Files.readAllBytes(original.getLocation().toPath());
		PriorityAction action = firstAction(editor);
		ActionFicheEditor fiche = (ActionFicheEditor) editor.openFiche(action);
		processEvents();
		rename(editor, action, "Opgeslagen als kopie");

		// the workbench's Save As dialog: type the new name (without extension) and press OK
		AtomicReference<String> answered = new AtomicReference<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if ("Save As".equals(shell.getText()) && shell.isVisible()) {
					List<Control> controls = UiTestSupport.controls(shell);
					List<Text> names = new ArrayList<>();
					controls.stream().filter(c -> c instanceof Text t && t.getText().equals("original.helix"))
							.forEach(c -> names.add((Text) c));
					Button ok = controls.stream().filter(c -> c instanceof Button b && b.getText().replace("&", "").equals("OK"))
							.map(Button.class::cast).findFirst().orElse(null);
					if (names.size() == 1 && ok != null) {
						names.get(0).setText("kopie");
						answered.set(shell.getText());
						ok.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			} else {
				closeShells(display, "Save As");
			}
		};
		display.timerExec(50, poll[0]);
		editor.doSaveAs();
		processEvents();

		assertEquals("Save As", answered.get(), "the Save As dialog was answered");
		assertTrue(copy.exists(), "the copy exists in the workspace");
		IFileEditorInput input = assertInstanceOf(IFileEditorInput.class, editor.getEditorInput());
		assertEquals(copy, input.getFile(), "the editor now edits the copy");
		assertEquals("kopie.helix", editor.getPartName());
		assertEquals(URI.createFileURI(copy.getLocation().toFile().getAbsolutePath()), editor.getModel().eResource().getURI(),
				"the resource moved to the copy");
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(copy.getLocation().toPath()).contains("Opgeslagen als kopie"));
		assertArrayEquals(originalBytes, Files.readAllBytes(original.getLocation().toPath()), "the original is untouched");
		assertTrue(fiche.getTitleToolTip().contains("kopie.helix"), "the fiche follows its model: " + fiche.getTitleToolTip());
		assertSame(editor, fiche.getModelEditor());

		// the next save writes the copy, not the original
		rename(editor, action, "Tweede versie van de kopie");
		fiche.doSave(null);
		assertFalse(editor.isDirty());
		assertTrue(Files.readString(copy.getLocation().toPath()).contains("Tweede versie van de kopie"));
		assertArrayEquals(originalBytes, Files.readAllBytes(original.getLocation().toPath()), "the original is still untouched");
	}

	static void closeShells(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText())) {
				shell.close();
			}
		}
	}

}
