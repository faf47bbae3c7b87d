package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.helix.ui.ExampleModel;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.Edits;
import org.helix.ui.wizards.NewHelixModelWizard;
import org.helix.ui.wizards.OpenExampleWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The New Helix Model and Open Example wizards, driven through their real dialogs. */
class WizardsTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static IProject project() throws Exception {
		UiTestSupport.waitForExampleInstallation();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(UiTestSupport.PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	private static List<Button> buttons(Control control) {
		List<Button> buttons = new ArrayList<>();
		if (control instanceof Button button) {
			buttons.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				buttons.addAll(buttons(child));
			}
		}
		return buttons;
	}

	/** Presses the dialog's Finish button like a user would. */
	private static void pressFinish(WizardDialog dialog) {
		Button finish = buttons(dialog.getShell()).stream().filter(b -> IDialogConstants.FINISH_LABEL.equals(b.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no Finish button"));
		assertTrue(finish.isEnabled(), "Finish is enabled");
		finish.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();
	}

	@Test
	void theWizardsAreOnFileNew() {
		for (String id : List.of(HelixUI.NEW_MODEL_WIZARD_ID, HelixUI.OPEN_EXAMPLE_WIZARD_ID)) {
			assertNotNull(PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(id), id);
			assertTrue(List.of(page().getNewWizardShortcuts()).contains(id), "shortcut in File > New: " + id);
		}
	}

	@Test
	void aNewModelMadeByTheWizardTakesAnActionAndSurvivesReopening() throws Exception {
		IProject project = project();
		IFile file = project.getFile("wizard-made.helix");
		if (file.exists()) {
			file.delete(true, null);
		}
		NewHelixModelWizard wizard = new NewHelixModelWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		NewHelixModelWizard.Page page = wizard.getPage();
		assertEquals(project.getFullPath(), page.getContainerFullPath(), "the selected project is the initial folder");
		page.setFileName("wizard-made");
		page.getTitleField().setText("Waterstofroutekaart Vlaanderen");
		processEvents();
		pressFinish(dialog);

		assertTrue(dialog.getShell() == null || dialog.getShell().isDisposed(), "Finish closed the dialog");
		assertTrue(file.exists(), "the .helix extension was added: " + wizard.getCreatedFile());
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, page().getActiveEditor());
		assertEquals("Waterstofroutekaart Vlaanderen", editor.getModel().getTitle());
		assertEquals("Waterstofroutekaart Vlaanderen", editor.getModel().getName(),
				"the title is also the name the tree and the Properties view's Name field show");
		assertTrue(editor.getModel().getProgrammes().isEmpty(), "an empty model");
		assertFalse(editor.isDirty());

		// add a programme and a priority action through the editor's command stack, then save
		Programme programme = ProgrammeFactory.eINSTANCE.createProgramme();
		programme.setName("Routekaart 2030");
		assertTrue(Edits.add(editor.getEditingDomain(), editor.getModel(), CorePackage.Literals.HELIX_MODEL__PROGRAMMES, programme));
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setName("Waterstofbackbone aanleggen");
		assertTrue(Edits.add(editor.getEditingDomain(), programme, ProgrammePackage.Literals.PROGRAMME__ACTIONS, action));
		assertTrue(editor.isDirty());
		editor.doSave(null);
		processEvents();
		assertFalse(editor.isDirty());
		page().closeEditor(editor, false);
		processEvents();

		IEditorPart reopened = IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
		processEvents();
		HelixModelEditor again = assertInstanceOf(HelixModelEditor.class, reopened);
		assertEquals("Waterstofroutekaart Vlaanderen", again.getModel().getTitle());
		assertEquals(1, again.getModel().getProgrammes().size());
		List<PriorityAction> actions = again.getModel().getProgrammes().get(0).getActions();
		assertEquals(1, actions.size());
		assertEquals("Waterstofbackbone aanleggen", actions.get(0).getName());
		assertNotNull(actions.get(0).getId(), "saving gave the action an id");
	}

	@Test
	void openExampleCopiesTheChosenExamplesAndOpensTheFirst() throws Exception {
		project();
		String name = "helix-example-wizard";
		OpenExampleWizard wizard = new OpenExampleWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(shell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		OpenExampleWizard.Page page = wizard.getPage();
		assertEquals(Example.values().length, page.getViewer().getTable().getItemCount(), "one line per example");
		assertTrue(page.getViewer().getTable().getItem(0).getText().startsWith(Example.KLIMAATSPRONG.label()));
		page.setChosen(List.of());
		assertFalse(page.isPageComplete(), "nothing chosen");
		page.setChosen(List.of(contribution(Example.RAW_MATERIALS), contribution(Example.STRATEGIC_CHOICES)));
		page.setProjectName(name);
		processEvents();
		pressFinish(dialog);

		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		assertTrue(project.getFile(Example.RAW_MATERIALS.fileName()).exists());
		assertTrue(project.getFile(Example.RAW_MATERIALS.diagramsFileName()).exists(), "with its laid-out diagrams");
		assertTrue(project.getFile(Example.STRATEGIC_CHOICES.fileName()).exists());
		assertFalse(project.getFile(Example.KLIMAATSPRONG.fileName()).exists(), "only the chosen ones");
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, page().getActiveEditor());
		assertEquals(project.getFile(Example.RAW_MATERIALS.fileName()), editor.getEditorInput().getAdapter(IFile.class));
		assertNotNull(editor.getModel());
	}

	@Test
	void theShippedExamplesAreContributedThroughTheExtensionPoint() throws Exception {
		// org.helix.examples contributes its models to org.helix.ui.examples (the UI does not depend on it): every
		// shipped model, under its label, byte for byte the file the Example enum names, Klimaatsprong opened first
		List<ExampleModel> contributed = ExampleModel.contributed();
		assertEquals(Arrays.stream(Example.values()).map(Example::fileName).toList(),
				contributed.stream().map(ExampleModel::fileName).toList());
		for (Example example : Example.values()) {
			ExampleModel model = contribution(example);
			assertEquals(example.label(), model.label());
			try (InputStream shipped = example.open(); InputStream contributedFile = model.open()) {
				assertArrayEquals(shipped.readAllBytes(), contributedFile.readAllBytes(), example.fileName());
			}
			assertEquals(example.diagramsUrl() != null, model.diagramsUrl() != null, example.diagramsFileName());
		}
		assertEquals(Example.KLIMAATSPRONG.fileName(), ExampleModel.openedOnFirstStart(contributed).fileName());
	}

	private static ExampleModel contribution(Example example) {
		return ExampleModel.contributed().stream().filter(model -> model.fileName().equals(example.fileName())).findFirst()
				.orElseThrow(() -> new AssertionError(example.fileName() + " is not contributed to " + ExampleModel.EXTENSION_POINT));
	}
}
