package org.helix.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.HelixUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drag and drop in the model editor's tree: the command a drop makes, on the Klimaatsprong example. */
class TreeDragAndDropTest {

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	@AfterEach
	void close() {
		LocalSelectionTransfer.getTransfer().setSelection(null);
		page().closeAllEditors(false);
	}

	@Test
	void droppingADeliverableOnAnotherActionMovesItUndoably() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-ui-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("editor-dnd.helix");
		if (file.exists()) {
			file.delete(true, null);
		}
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			file.create(in, true, null);
		}
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
		Programme programme = editor.getModel().getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).findFirst().orElseThrow();
		PriorityAction from = programme.getActions().stream().filter(a -> !a.getDeliverables().isEmpty()).findFirst().orElseThrow();
		PriorityAction to = programme.getActions().stream().filter(a -> a != from).findFirst().orElseThrow();
		Deliverable deliverable = from.getDeliverables().get(0);

		LocalSelectionTransfer.getTransfer().setSelection(new StructuredSelection(deliverable));
		Command onOrganisation = TreeDragAndDrop.command(editor.getEditingDomain(), editor.getModel().getActors().get(0),
				ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE);
		assertFalse(onOrganisation.canExecute(), "an organisation holds no deliverables");
		Command onAction = TreeDragAndDrop.command(editor.getEditingDomain(), to, ViewerDropAdapter.LOCATION_ON, DND.DROP_MOVE);
		assertTrue(onAction.canExecute());
		editor.getEditingDomain().getCommandStack().execute(onAction);
		assertSame(to, deliverable.eContainer());
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		assertSame(from, deliverable.eContainer());
		assertEquals(0, from.getDeliverables().indexOf(deliverable));
		assertFalse(editor.isDirty());
	}
}
