package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourceAttributes;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.NotationPackage;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.examples.Example;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Diagrams are written only when the user saves, through the workspace with a backup; a corrupt diagrams file is
 * reported with its position and never written; the diagrams follow the model's Save As.
 */
class DiagramEditorSaveTest {

	private static final String PROGRAMME = DiagramEditorTest.PROGRAMME;

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

	private static DiagramEditor openDiagram(IFile file) throws Exception {
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, PROGRAMME));
		waitUntil("the layout of " + editor.getPartName(), () -> editor.diagram().getNodes().stream().allMatch(Node::isPlaced));
		return editor;
	}

	private static IFile diagramsOf(IFile model) {
		return model.getWorkspace().getRoot().getFile(model.getFullPath().removeFileExtension().addFileExtension("helix-diagrams"));
	}

	private static Path path(IFile file) {
		return file.getLocation().toPath();
	}

	private static void move(DiagramEditor editor, Node node, double x) {
		editor.getEditingDomain().getCommandStack()
				.execute(SetCommand.create(editor.getEditingDomain(), node, NotationPackage.Literals.NODE__X, x));
		processEvents();
	}

	/** Records the labels of the next shell titled {@code title} and presses {@code button}; see the UI tests. */
	private static AtomicReference<String> answerDialog(String title, String button) {
		AtomicReference<String> shown = new AtomicReference<>();
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					List<Control> controls = controls(shell);
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

	private static List<Control> controls(Control control) {
		List<Control> all = new ArrayList<>();
		all.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(controls(child));
			}
		}
		return all;
	}

	/** The text of the workbench tab of an editor, as shown: "*name" while the workbench thinks it dirty. */
	private static String tabText(String partName) {
		List<String> found = new ArrayList<>();
		for (Control control : controls(page().getWorkbenchWindow().getShell())) {
			if (control instanceof org.eclipse.swt.custom.CTabFolder folder) {
				for (org.eclipse.swt.custom.CTabItem item : folder.getItems()) {
					if (item.getText().equals(partName) || item.getText().equals("*" + partName)) {
						found.add(item.getText());
					}
				}
			}
		}
		assertEquals(1, found.size(), "one tab for " + partName + ": " + found);
		return found.get(0);
	}

	/**
	 * Issue 11: a diagram tab kept its '*' after the model (and with it the diagrams) was saved from the model editor,
	 * since a save fires no event on the shared command stack.
	 */
	@Test
	void savingFromTheModelEditorClearsTheDiagramTabsStar() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "star.helix");
		HelixModelEditor modelEditor = openModelEditor(model);
		DiagramEditor diagram = openDiagram(model);
		modelEditor.doSave(null);
		processEvents();
		waitUntil("a clean diagram tab", () -> tabText(diagram.getPartName()).equals(diagram.getPartName()));

		Node node = diagram.diagram().getNodes().get(0);
		move(diagram, node, node.getX() + 60);
		waitUntil("the star on the diagram tab", () -> tabText(diagram.getPartName()).equals("*" + diagram.getPartName()));
		assertTrue(modelEditor.isDirty());

		// saved with the model editor active, as Ctrl+S there does
		page().activate(modelEditor);
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
		processEvents();
		assertFalse(modelEditor.isDirty());
		assertFalse(diagram.isDirty());
		waitUntil("no star on the diagram tab after the save", () -> tabText(diagram.getPartName()).equals(diagram.getPartName()));
		// nothing is unsaved, so quitting need not ask
		assertFalse(page().getDirtyEditors().length > 0, java.util.Arrays.toString(page().getDirtyEditors()));
	}

	@Test
	void undoBackToTheSavePointDoesNotWriteTheDiagramsAndSaveDoes() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "undo.helix");
		HelixModelEditor modelEditor = openModelEditor(model);
		DiagramEditor diagram = openDiagram(model);
		modelEditor.doSave(null);
		IFile diagrams = diagramsOf(model);
		assertTrue(diagrams.exists(), "the user's save wrote the diagrams beside the model");
		byte[] saved = Files.readAllBytes(path(diagrams));
		// a stamp no write can leave behind: any write of the file would change it
		FileTime stamp = FileTime.fromMillis(1_600_000_000_000L);
		Files.setLastModifiedTime(path(diagrams), stamp);

		Node node = diagram.diagram().getNodes().get(0);
		double x = node.getX();
		move(diagram, node, x + 80);
		assertTrue(modelEditor.isDirty() && diagram.isDirty());
		CommandStack stack = diagram.getEditingDomain().getCommandStack();
		stack.undo();
		processEvents();
		assertFalse(modelEditor.isDirty(), "undo returned to the save point");

		assertEquals(stamp, Files.getLastModifiedTime(path(diagrams)), "returning to the save point wrote nothing");
		assertArrayEquals(saved, Files.readAllBytes(path(diagrams)));

		// the user's save (here from the diagram editor) writes them, keeping the previous file as NAME.bak
		move(diagram, node, x + 120);
		diagram.doSave(null);
		assertFalse(diagram.isDirty());
		assertTrue(Files.readString(path(diagrams)).contains("x=\"" + (x + 120) + "\""), "the moved node is saved");
		assertArrayEquals(saved, Files.readAllBytes(HelixPersistence.backupOf(path(diagrams))), "the previous diagrams are the backup");
		assertTrue(diagrams.getHistory(null).length > 0, "written through the workspace: local history has the old state");
	}

	@Test
	void aReadOnlyDiagramsFileIsRefusedWithAMessageAndStaysIntact() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "readonly.helix");
		HelixModelEditor modelEditor = openModelEditor(model);
		DiagramEditor diagram = openDiagram(model);
		modelEditor.doSave(null);
		IFile diagrams = diagramsOf(model);
		byte[] saved = Files.readAllBytes(path(diagrams));
		setReadOnly(diagrams, true);
		try {
			move(diagram, diagram.diagram().getNodes().get(0), 999);
			// the workbench's validator asks whether to make the file writable; No refuses the write
			AtomicReference<String> question = answerDialog("Read-only File Encountered", "No");
			AtomicReference<String> message = answerDialog("Save failed", "OK");
			modelEditor.doSave(null);

			assertNotNull(question.get(), "validateEdit asked about the read-only diagrams file");
			assertNotNull(message.get(), "the user is told");
			assertTrue(message.get().contains("readonly.helix-diagrams") && message.get().toLowerCase().contains("read-only"),
					message.get());
			assertTrue(diagram.isDirty() && modelEditor.isDirty(), "the diagram change is kept for another save");
			assertArrayEquals(saved, Files.readAllBytes(path(diagrams)), "the old diagrams are intact");
		} finally {
			setReadOnly(diagrams, false);
		}
		modelEditor.doSave(null);
		assertFalse(modelEditor.isDirty());
		assertTrue(Files.readString(path(diagrams)).contains("x=\"999.0\""));
	}

	private static void setReadOnly(IFile file, boolean readOnly) throws Exception {
		ResourceAttributes attributes = file.getResourceAttributes();
		attributes.setReadOnly(readOnly);
		file.setResourceAttributes(attributes);
	}

	@Test
	void aCorruptDiagramsFileShowsFileLineAndColumnAndIsNeverWritten() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "corrupt.helix");
		HelixModelEditor modelEditor = openModelEditor(model);
		openDiagram(model);
		modelEditor.doSave(null);
		page().closeAllEditors(false);
		processEvents();
		// what a crash half-way through a plain save leaves: the first half of the file
		IFile diagrams = diagramsOf(model);
		byte[] whole = Files.readAllBytes(path(diagrams));
		byte[] corrupt = java.util.Arrays.copyOf(whole, whole.length / 2);
		Files.write(path(diagrams), corrupt);
		diagrams.refreshLocal(IResource.DEPTH_ZERO, null);

		modelEditor = openModelEditor(model);
		DiagramEditor diagram = DiagramEditor.open(page(), new DiagramEditorInput(model, PROGRAMME));
		processEvents();

		assertNotNull(diagram.loadError(), "the diagrams did not load");
		assertEquals(path(diagrams), diagram.loadError().getFile());
		assertTrue(diagram.loadError().getLine() > 1 && diagram.loadError().getColumn() > 0, diagram.loadError().getMessage());
		String shown = controls(diagram.getSite().getShell()).stream().filter(Text.class::isInstance)
				.map(c -> ((Text) c).getText()).filter(t -> t.contains("corrupt.helix-diagrams")).findFirst().orElse("");
		assertTrue(shown.contains("Line " + diagram.loadError().getLine() + ", column " + diagram.loadError().getColumn()), shown);
		assertFalse(diagram.isDirty());
		assertNull(diagram.diagram());

		// the model can still be edited and saved; the diagrams file is left alone, also when the editors close
		modelEditor.getEditingDomain().getCommandStack().execute(SetCommand.create(modelEditor.getEditingDomain(),
				modelEditor.getModel(), org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "Klimaatsprong (hersteld)"));
		modelEditor.doSave(null);
		diagram.doSave(null);
		page().closeAllEditors(false);
		processEvents();
		assertArrayEquals(corrupt, Files.readAllBytes(path(diagrams)), "a corrupt diagrams file is never overwritten");
		assertTrue(Files.readString(path(model)).contains("Klimaatsprong (hersteld)"));
	}

	@Test
	void theDiagramsFollowTheModelsSaveAs() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "before.helix");
		IFile copy = model.getParent().getFile(IPath.fromOSString("after.helix"));
		for (IFile stale : List.of(copy, diagramsOf(copy))) {
			if (stale.exists()) {
				stale.delete(true, null);
			}
		}
		HelixModelEditor modelEditor = openModelEditor(model);
		DiagramEditor diagram = openDiagram(model);
		modelEditor.doSave(null);
		byte[] oldDiagrams = Files.readAllBytes(path(diagramsOf(model)));
		move(diagram, diagram.diagram().getNodes().get(0), 777);

		modelEditor.setSaveAsChooser(current -> copy.getFullPath().removeFileExtension());
		modelEditor.doSaveAs();
		processEvents();

		assertEquals(copy, ((DiagramEditorInput) diagram.getEditorInput()).getFile(), "the diagram editor follows the model");
		// the tab shows the programme's name (titleExpression); the file is in its tooltip
		assertTrue(diagram.getTitleToolTip().endsWith("/after.helix"), diagram.getTitleToolTip());
		assertFalse(diagram.isDirty());
		String saved = Files.readString(path(diagramsOf(copy)));
		assertTrue(saved.contains("x=\"777.0\""), "the diagrams were saved beside the new file");
		assertTrue(saved.contains("after.helix#") && !saved.contains("before.helix#"), "and refer to the new model file");
		assertArrayEquals(oldDiagrams, Files.readAllBytes(path(diagramsOf(model))), "the old diagrams are untouched");
	}

	static void closeShells(Display display, String title) {
		for (Shell shell : display.getShells()) {
			if (title.equals(shell.getText())) {
				shell.close();
			}
		}
	}

}
