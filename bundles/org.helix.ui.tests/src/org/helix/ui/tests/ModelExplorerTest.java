package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.allItems;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitForExampleInstallation;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Model Explorer and the first-start example project, in the real workbench. */
class ModelExplorerTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void firstStartCopiesTheExamplesAndOpensKlimaatsprong() {
		waitForExampleInstallation();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(HelixUI.EXAMPLES_PROJECT);
		assertTrue(project.isOpen(), "the workspace was empty when the test workbench started");
		for (Example example : Example.values()) {
			assertTrue(project.getFile(example.fileName()).exists(), example.fileName());
		}
	}

	@Test
	void explorerShowsModelsWithTheirContentsAndOpensTheEditor() throws Exception {
		waitForExampleInstallation();
		ModelExplorerView explorer = assertInstanceOf(ModelExplorerView.class, page().showView(HelixUI.EXPLORER_ID));
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getProject(HelixUI.EXAMPLES_PROJECT)
				.getFile(Example.KLIMAATSPRONG.fileName());
		waitUntil("the examples project in the explorer", () -> {
			explorer.getViewer().refresh();
			return List.of(explorer.getViewer().getTree().getItems()).stream()
					.anyMatch(item -> item.getText().equals(HelixUI.EXAMPLES_PROJECT));
		});
		explorer.getViewer().expandToLevel(file, 3);
		processEvents();
		List<TreeItem> items = allItems(explorer.getViewer().getTree().getItems());
		TreeItem model = items.stream().filter(item -> item.getData() instanceof HelixModel).findFirst().orElseThrow();
		assertEquals("klimaatsprong.helix", model.getParentItem().getText());
		assertNotNull(model.getImage(), "model elements have icons");
		explorer.getViewer().expandToLevel(model.getData(), 2);
		List<TreeItem> below = allItems(model.getItems());
		assertTrue(below.stream().anyMatch(item -> item.getText().contains("Klimaatsprong voor de Industrie")),
				below.stream().limit(20).map(TreeItem::getText).toList().toString());

		IEditorPart editor = explorer.open(file);
		assertInstanceOf(HelixModelEditor.class, editor);
		assertEquals(file.getName(), editor.getTitle());

		// opening an element opens its file and selects the element there; a priority action also opens its fiche,
		// on the editor's copy of the action
		HelixModel shown = (HelixModel) model.getData();
		PriorityAction action = shown.getProgrammes().stream().flatMap(p -> p.getActions().stream()).findFirst().orElseThrow();
		org.helix.ui.programme.ActionFicheEditor fiche = assertInstanceOf(org.helix.ui.programme.ActionFicheEditor.class,
				explorer.open(action));
		processEvents();
		assertEquals(action.getId(), fiche.getAction().getId());
		HelixModelEditor helixEditor = fiche.getModelEditor();
		assertEquals(helixEditor.getModel().eResource(), fiche.getAction().eResource());
		Object selected = ((IStructuredSelection) helixEditor.getViewer().getSelection()).getFirstElement();
		assertEquals(action.getId(), ((PriorityAction) selected).getId());
	}
}
