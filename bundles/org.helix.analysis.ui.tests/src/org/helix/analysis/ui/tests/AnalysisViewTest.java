package org.helix.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.Finding;
import org.helix.analysis.ui.AnalysisView;
import org.helix.examples.Example;
import org.helix.model.core.Identifiable;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Analysis view in the real Helix workbench, on the Klimaatsprong example, driven through its widgets. */
class AnalysisViewTest {

	@TempDir
	Path temp;

	/**
	 * Issue 11: Model > Validate said "no problems" while the Analysis view listed 19 errors. Validate now says that it
	 * checked the structure, and the Overview offers to run the analyses: that link's command shows the Analysis view
	 * and runs it on the model, which finds the errors Validate does not look for.
	 */
	@Test
	void validateSaysWhatItChecksAndTheOverviewRunsTheAnalyses() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		// a file of its own: copyOfKlimaatsprong() replaces the file another test's editor may still show
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong("validate.helix"), HelixUI.EDITOR_ID);
		org.eclipse.ui.handlers.IHandlerService handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand(HelixUI.VALIDATE_COMMAND_ID, null);
		waitUntil("the validation summary", () -> !editor.overviewValidation().startsWith("Not validated"));
		assertTrue(editor.overviewValidation().contains("structural"), editor.overviewValidation());

		AnalysisView before = (AnalysisView) page.findView(AnalysisView.ID);
		AnalysisRun previous = before == null ? null : before.getLastRun();
		page.activate(editor);
		handlers.executeCommand(org.helix.analysis.ui.RunAnalysesHandler.COMMAND_ID, null);
		AnalysisView view = (AnalysisView) page.findView(AnalysisView.ID);
		assertNotNull(view, "the command shows the Analysis view");
		waitUntil("the analyses' results", () -> view.getLastRun() != null && view.getLastRun() != previous
				&& view.getResultViewer().getTree().getItemCount() > 0);
		long errors = view.getLastRun().getResults().stream().flatMap(r -> r.getFindings().stream())
				.filter(f -> f.getSeverity() == org.helix.analysis.results.Severity.ERROR).count();
		assertTrue(errors > 0, "the example has errors the analyses find (overdue deliverables, governance) and Validate does not check");
		page.closeEditor(editor, false);
	}

	@Test
	void runsTheAnalyzersShowsFindingsAndDoubleClickSelectsTheElement() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong(), HelixUI.EDITOR_ID);
		AnalysisView view = (AnalysisView) page.showView(AnalysisView.ID);

		// every contributed analyzer is offered, checked
		int offered = view.getAnalyzerViewer().getTable().getItemCount();
		assertTrue(offered >= 11, "the 11 built-in analyzers are offered, got " + offered);
		assertEquals(offered, view.checkedAnalyzers().size());

		Job job = view.runAnalysis(editor, view.checkedAnalyzers(), LocalDate.of(2026, 6, 30));
		waitUntil("the analysis job and its results", () -> job.getResult() != null && view.getLastRun() != null);

		Tree tree = view.getResultViewer().getTree();
		view.getResultViewer().expandAll();
		processEvents();
		List<String> roots = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			roots.add(item.getText());
		}
		assertTrue(roots.stream().anyMatch(label -> label.startsWith("WARNING (")), "severity groups: " + roots);
		// severity groups, worst first, one for each severity the run found, each holding category groups
		List<String> found = java.util.stream.Stream.of(org.helix.analysis.results.Severity.ERROR, org.helix.analysis.results.Severity.WARNING,
				org.helix.analysis.results.Severity.INFO)
				.filter(severity -> view.getLastRun().getResults().stream().flatMap(r -> r.getFindings().stream()).anyMatch(f -> f.getSeverity() == severity))
				.map(org.helix.analysis.results.Severity::getLiteral).toList();
		assertEquals(found, roots.stream().map(label -> label.substring(0, label.indexOf(" ("))).toList(), "worst first: " + roots);
		assertTrue(tree.getItems()[0].getItems()[0].getText().matches(".+ \\(\\d+\\)"), "category group under a severity");

		// double-click a finding about an element: the editor selects that element
		TreeItem findingItem = null;
		String id = null;
		for (TreeItem item : allItems(tree.getItems())) {
			if (item.getData() instanceof AnalysisView.Row row) {
				Finding finding = row.finding();
				if (!finding.getTargetIds().isEmpty() && !finding.getTargetIds().get(0).isEmpty()) {
					findingItem = item;
					id = finding.getTargetIds().get(0);
					break;
				}
			}
		}
		assertNotNull(findingItem, "a finding with a target");
		tree.setSelection(findingItem);
		Event event = new Event();
		event.item = findingItem;
		tree.notifyListeners(SWT.DefaultSelection, event); // what a double-click sends
		processEvents();
		Object selected = editor.getViewer().getStructuredSelection().getFirstElement();
		assertTrue(selected instanceof Identifiable identifiable && id.equals(identifiable.getId()),
				"the editor selects element " + id + ", got " + selected);

		// CSV export: a header and one line per finding
		Path csv = temp.resolve("findings.csv");
		AnalysisView.exportCsv(view.getLastRun(), csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		long findings = view.getLastRun().getResults().stream().mapToLong(result -> result.getFindings().size()).sum();
		assertEquals("severity,category,analyzer,code,targetIds,targets,message", lines.get(0));
		assertEquals(findings + 1, lines.size());

		page.activate(view);
		String dir = System.getProperty("helix.screenshots.dir", "none");
		screenshot((dir.equals("none") || !Files.isDirectory(Path.of(dir)) ? Path.of("target", "screenshots") : Path.of(dir))
				.resolve("analysis-view.png"));
	}

	private static IFile copyOfKlimaatsprong() throws Exception {
		return copyOfKlimaatsprong("klimaatsprong.helix");
	}

	private static IFile copyOfKlimaatsprong(String name) throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-analysis-ui-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			file.create(in, true, null);
		}
		return file;
	}

	/** The workbench window as a PNG (for docs/screenshots); the test does not depend on it. */
	static void screenshot(Path file) throws Exception {
		// label decorations of items just revealed are computed in jobs: settling waits for them
		processEvents();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(Display.getCurrent(), bounds.width, bounds.height);
		GC gc = new GC(Display.getCurrent());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(file.getParent());
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Runs the event loop until {@code condition} holds; the UI thread must not block, or jobs could not finish. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		processEvents();
	}

	/**
	 * Lets the workbench settle: runs the event loop until no event is pending and the job manager is idle (no job
	 * running or waiting), so whatever an action started in the background (decorations, validation, refreshes posted
	 * with asyncExec) has shown its result. It waits on that condition, never on a number of passes, and fails after
	 * a generous time-out naming the jobs that were still busy.
	 */
	static void processEvents() {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + SETTLE_TIMEOUT_MS;
		while (true) {
			while (display.readAndDispatch()) {
				// drain
			}
			if (Job.getJobManager().isIdle()) {
				// a job that just ended may have posted its result: settled once that is shown too
				if (!display.readAndDispatch()) {
					return;
				}
				continue;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the workbench did not settle within " + SETTLE_TIMEOUT_MS / 1000 + " s; busy jobs: "
						+ java.util.Arrays.stream(Job.getJobManager().find(null))
								.filter(job -> job.getState() == Job.RUNNING || job.getState() == Job.WAITING)
								.map(Job::getName).toList());
			}
			display.timerExec(10, () -> { });
			display.sleep();
		}
	}

	private static final long SETTLE_TIMEOUT_MS = 60_000;

	static List<TreeItem> allItems(TreeItem[] roots) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : roots) {
			items.add(item);
			items.addAll(allItems(item.getItems()));
		}
		return items;
	}
}
