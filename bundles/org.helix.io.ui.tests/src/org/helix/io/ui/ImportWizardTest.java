package org.helix.io.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.MaterialList;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard with real widgets in the Helix workbench, on the raw-materials example open in the model editor
 * and the EU-criticality-shaped table (fixtures/README.md): the guessed mapping, the mapping edited with the combos and
 * a value for every row, the preview, the plan with its counts and rejected rows, Finish as one command that one Undo
 * takes back, and the mapping kept beside the model for next time. Then Export writes a kind as XLSX, and importing
 * that file leaves every row unchanged. (In the wizard's package, so the test reaches the pages' widgets.)
 */
class ImportWizardTest {

	static final String LIST = "EU criticality assessment 2023 (table)";

	@TempDir
	Path folder;

	private WizardDialog dialog;

	@AfterEach
	void closeDialog() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void mappingPreviewPlanAndFinishAsOneUndoableCommand() throws Exception {
		HelixModelEditor editor = openExample(Example.RAW_MATERIALS, "grondstoffen.helix");
		HelixModel model = editor.getModel();
		HelixModel before = EcoreUtil.copy(model);
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Path modelFile = Editors.modelFile(model);
		assertNotNull(modelFile);
		Path csv = fixture("eu-criticality-2023-shape.csv");

		ImportWizard wizard = open(new ImportWizard(model, stack, modelFile));
		assertFalse(wizard.filePage.isPageComplete(), "no file chosen yet");
		wizard.filePage.file.setText(csv.toString());
		wizard.filePage.kinds.select(kindIndex("material-assessments"));
		wizard.filePage.validate();
		assertTrue(wizard.filePage.isPageComplete());

		press("Next >");
		waitUntil("the mapping page", () -> dialog.getCurrentPage() == wizard.mappingPage && !wizard.mappingPage.columnOf.isEmpty());
		ImportWizard.MappingPage mapping = wizard.mappingPage;
		assertTrue(mapping.source.getText().startsWith("12 rows of eu-criticality-2023-shape.csv as material-assessments; mapping guessed"),
				mapping.source.getText());
		// the guess: "Raw material" is a known synonym; "Supply risk (SR)" and "Economic importance (EI)" are not
		assertEquals("Raw material", mapping.columnOf.get("material").getText());
		assertEquals(ImportWizard.NO_COLUMN, mapping.columnOf.get("supplyRisk").getText());
		assertEquals(List.of("row", "material"), headers());
		assertEquals(List.of("2", "Antimony"), previewRow(0));

		select(mapping.columnOf.get("supplyRisk"), "Supply risk (SR)");
		select(mapping.columnOf.get("economicImportance"), "Economic importance (EI)");
		type(mapping.valueOf.get("list"), LIST);
		type(mapping.valueOf.get("year"), "2023");
		assertEquals(List.of("row", "material", "supplyRisk", "economicImportance", "list", "year"), headers());
		assertEquals(List.of("5", "Coking coal", "0.9", "", LIST, "2023"), previewRow(3));
		assertEquals(12, mapping.preview.getItemCount(), "all 12 rows (fewer than the preview's 20)");
		// one column for two fields is refused before anything is read
		select(mapping.columnOf.get("rationale"), "Raw material");
		assertEquals("column 'Raw material' is chosen for both material and rationale", mapping.getErrorMessage());
		assertFalse(mapping.isPageComplete());
		select(mapping.columnOf.get("rationale"), ImportWizard.NO_COLUMN);
		assertNull(mapping.getErrorMessage());
		screenshot("import-wizard-mapping.png");

		press("Next >");
		waitUntil("the plan page", () -> dialog.getCurrentPage() == wizard.planPage);
		ImportWizard.PlanPage plan = wizard.planPage;
		assertEquals("12 rows: 8 to create, 0 to update, 0 unchanged, 4 rejected.", plan.counts.getText());
		assertEquals(12, plan.rows.getItemCount());
		TableItem first = plan.rows.getItem(0);
		assertEquals("5", first.getText(0));
		assertEquals("rejected", first.getText(1));
		assertEquals("no material matches 'Coking coal'", first.getText(3));
		assertEquals("create", plan.rows.getItem(4).getText(1));
		assertEquals("2", plan.rows.getItem(4).getText(0));
		assertFalse(wizard.canFinish(), "rejected rows: nothing is imported unless the user skips them");
		assertTrue(EcoreUtil.equals(before, model), "the plan changes nothing");
		assertEquals("4 rows are rejected: nothing is imported unless you skip them (or correct the table).", plan.getMessage());
		screenshot("import-wizard-plan.png");
		click(plan.skip);
		assertTrue(wizard.canFinish());

		press("Finish");
		waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
		MaterialList list = model.getMaterialLists().stream().filter(l -> LIST.equals(l.getName())).findFirst().orElseThrow();
		assertEquals(8, list.getEntries().size());
		assertEquals(Integer.valueOf(2023), list.getYear());
		assertSame(wizard.applied, stack.getMostRecentCommand());
		assertTrue(editor.isDirty());
		Path saved = modelFile.resolveSibling("grondstoffen.helix-mapping-material-assessments.json");
		assertTrue(Files.isRegularFile(saved), "the mapping is kept beside the model for next time");

		stack.undo(); // one Undo takes the whole import back
		assertTrue(EcoreUtil.equals(before, model), "one undo restores the model");
		assertFalse(stack.canUndo());

		// next time: the saved mapping, and the same plan
		ImportWizard again = open(new ImportWizard(model, stack, modelFile));
		again.filePage.file.setText(csv.toString());
		again.filePage.kinds.select(kindIndex("material-assessments"));
		again.filePage.validate();
		press("Next >");
		waitUntil("the mapping page", () -> dialog.getCurrentPage() == again.mappingPage && !again.mappingPage.columnOf.isEmpty());
		assertTrue(again.mappingPage.source.getText().endsWith("mapping as saved for this model (grondstoffen.helix-mapping-material-assessments.json)."),
				again.mappingPage.source.getText());
		assertEquals("Supply risk (SR)", again.mappingPage.columnOf.get("supplyRisk").getText());
		assertEquals(LIST, again.mappingPage.valueOf.get("list").getText());
		press("Next >");
		waitUntil("the plan page", () -> dialog.getCurrentPage() == again.planPage);
		assertEquals("12 rows: 8 to create, 0 to update, 0 unchanged, 4 rejected.", again.planPage.counts.getText());
		press("Cancel");
		assertTrue(EcoreUtil.equals(before, model), "cancel changes nothing");
	}

	@Test
	void exportedTableImportsBackUnchanged() throws Exception {
		HelixModelEditor editor = openExample(Example.KLIMAATSPRONG, "klimaatsprong.helix");
		HelixModel model = editor.getModel();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Path modelFile = Editors.modelFile(model);

		ExportWizard export = open(new ExportWizard(model, modelFile));
		export.page.kinds.select(kindIndex("organisations"));
		export.page.kinds.notifyListeners(SWT.Selection, new Event());
		assertEquals(modelFile.resolveSibling("klimaatsprong-organisations.xlsx").toString(), export.page.file.getText(),
				"beside the model, as the command line writes it");
		Path xlsx = folder.resolve("organisations.xlsx");
		export.page.file.setText(xlsx.toString());
		press("Finish");
		waitUntil("the export job", () -> export.job != null && export.job.getResult() != null);
		assertTrue(export.job.getResult().isOK(), export.job.getResult().toString());

		ImportWizard wizard = open(new ImportWizard(model, stack, modelFile));
		wizard.filePage.file.setText(xlsx.toString());
		wizard.filePage.kinds.select(kindIndex("organisations"));
		wizard.filePage.validate();
		press("Next >");
		waitUntil("the mapping page", () -> dialog.getCurrentPage() == wizard.mappingPage && !wizard.mappingPage.columnOf.isEmpty());
		assertEquals("name", wizard.mappingPage.columnOf.get("name").getText(), "an exported table maps itself");
		press("Next >");
		waitUntil("the plan page", () -> dialog.getCurrentPage() == wizard.planPage);
		int organisations = wizard.planPage.plan.rows().size();
		assertTrue(organisations > 10, "the example's organisations: " + organisations);
		assertEquals(organisations + " rows: 0 to create, 0 to update, " + organisations + " unchanged, 0 rejected.",
				wizard.planPage.counts.getText());
		assertTrue(wizard.canFinish());
		press("Finish");
		waitUntil("the wizard to close", () -> dialog.getShell() == null || dialog.getShell().isDisposed());
		assertNull(wizard.applied, "nothing to change: no command");
		assertFalse(stack.canUndo());
	}

	// ---- helpers

	private <W extends IWizard> W open(W wizard) {
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	private static int kindIndex(String id) {
		return org.helix.io.TableImport.kinds().stream().map(org.helix.io.TableKind::id).toList().indexOf(id);
	}

	/** Presses the dialog's button with this label, as a click does. */
	private void press(String label) {
		Button button = controls(dialog.getShell()).stream()
				.filter(c -> c instanceof Button b && b.getText().replace("&", "").equals(label)).map(Button.class::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + label));
		assertTrue(button.isEnabled(), label + " is enabled");
		click(button);
	}

	private static void click(Button button) {
		if ((button.getStyle() & SWT.CHECK) != 0) {
			button.setSelection(!button.getSelection());
		}
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static void select(org.eclipse.swt.widgets.Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(index >= 0, item + " is offered");
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void type(org.eclipse.swt.widgets.Text text, String value) {
		text.setText(value); // fires Modify
	}

	private List<String> headers() {
		return java.util.Arrays.stream(dialogPreview().getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList();
	}

	private List<String> previewRow(int index) {
		org.eclipse.swt.widgets.Table table = dialogPreview();
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < table.getColumnCount(); c++) {
			cells.add(table.getItem(index).getText(c));
		}
		return cells;
	}

	private org.eclipse.swt.widgets.Table dialogPreview() {
		return ((ImportWizard) dialog.getCurrentPage().getWizard()).mappingPage.preview;
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

	private Path fixture(String name) throws Exception {
		try (InputStream in = ImportWizardTest.class.getResourceAsStream("/fixtures/" + name)) {
			assertNotNull(in, name);
			Path target = folder.resolve(name);
			Files.copy(in, target);
			return target;
		}
	}

	/** A fresh copy of an example in a workspace project, open in the model editor. */
	private static HelixModelEditor openExample(Example example, String name) throws Exception {
		waitUntil("the example installation", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-io-ui-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		for (String kind : List.of("material-assessments", "organisations")) {
			Files.deleteIfExists(project.getLocation().toPath().resolve(name.replace(".helix", ".helix-mapping-") + kind + ".json"));
		}
		try (InputStream in = example.open()) {
			file.create(in, true, null);
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, file, HelixUI.EDITOR_ID);
		waitUntil("the model to load", () -> editor.getModel() != null);
		return editor;
	}

	/** Writes what the dialog shows when the property helix.screenshots.dir names a folder (docs/screenshots). */
	private void screenshot(String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		if (property.equals("none") || !Files.isDirectory(Path.of(property))) {
			return;
		}
		Shell shell = dialog.getShell();
		// copy what the screen shows once the page has painted itself again after a full redraw (a screen copy, since
		// Control.print draws the wizard's hidden pages too); waits on the paint, never on time
		Control page = dialog.getCurrentPage().getControl();
		boolean[] painted = new boolean[1];
		org.eclipse.swt.widgets.Listener paint = event -> painted[0] = true;
		page.addListener(SWT.Paint, paint);
		org.eclipse.swt.graphics.Point size = shell.getSize();
		shell.redraw(0, 0, size.x, size.y, true);
		waitUntil("the page to paint", () -> painted[0]);
		page.removeListener(SWT.Paint, paint);
		shell.update();
		Display display = shell.getDisplay();
		org.eclipse.swt.graphics.Rectangle area = display.map(shell, null, shell.getClientArea());
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, area.width, area.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(Path.of(property).resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Runs the event loop until the condition holds, with a generous time-out; never a fixed number of passes. */
	private static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 120_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}
}
