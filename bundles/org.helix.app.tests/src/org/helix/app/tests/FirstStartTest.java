package org.helix.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.helix.app.StartView;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.Test;

/** Issue 11, item 7: the Start view's links work; Help Contents without a browser says what to install. */
class FirstStartTest {

	/** Runs the event loop until the condition holds (30 s at most); never sleeps a fixed time. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
		while (!condition.getAsBoolean() || !Job.getJobManager().isIdle()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}

	/** Activates a hyperlink as the keyboard does (Enter on the focused link). */
	private static void activate(Hyperlink link) {
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		link.notifyListeners(SWT.KeyDown, enter);
	}

	@Test
	void startViewLinksOpenTheExampleTheFicheTableAndTheDiagram() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		StartView start = (StartView) page.showView(StartView.ID);
		assertEquals(List.of(StartView.OPEN_EXAMPLE, StartView.OPEN_FICHES, StartView.OPEN_DIAGRAM, StartView.RUN_ANALYSES, StartView.NEW_MODEL),
				List.copyOf(start.links().keySet()), "every first step, with the diagram and analysis bundles installed");
		page.closeAllEditors(false);
		waitUntil("no editor", () -> page.getEditorReferences().length == 0);

		activate(start.links().get(StartView.OPEN_FICHES));
		waitUntil("the fiche table on the example", () -> page.findView(HelixUI.FICHE_TABLE_ID) != null
				&& page.getActiveEditor() instanceof HelixModelEditor);
		HelixModelEditor editor = (HelixModelEditor) page.getActiveEditor();
		assertEquals("klimaatsprong.helix", editor.getEditorInput().getName(), "with no model open it opens the example");
		assertEquals(HelixModelEditor.OVERVIEW_PAGE, editor.getActivePage(), "on its Overview");

		activate(start.links().get(StartView.OPEN_DIAGRAM));
		waitUntil("the governance diagram", () -> page.getActiveEditor() != null
				&& "org.helix.diagram.ui.editor".equals(page.getActiveEditor().getSite().getId()));

		activate(start.links().get(StartView.RUN_ANALYSES));
		waitUntil("the Analysis view", () -> page.findView("org.helix.analysis.ui.analysisView") != null);
		page.closeAllEditors(false);
	}

	/** The window on first start: the example on its Overview page, the Start view in front. */
	@Test
	void firstStartShowsTheOverviewAndTheStartView() throws Exception {
		waitUntil("the example installation", () -> Job.getJobManager().find(org.helix.ui.ExampleProject.JOB_FAMILY).length == 0);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.helix.app.perspective.modelling"));
		page.resetPerspective();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1600, 1000);
		org.eclipse.ui.IEditorPart editor = org.helix.ui.ExampleProject.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(),
				org.helix.ui.ExampleProject.firstStartFile());
		HelixModelEditor model = (HelixModelEditor) editor;
		waitUntil("the example on its Overview", () -> model.getActivePage() == HelixModelEditor.OVERVIEW_PAGE);
		// as on first start (HelixWorkbenchAdvisor.postStartup): the Start view on top of the explorer
		page.activate(model);
		StartView start = (StartView) page.showView(StartView.ID);
		waitUntil("the Start view", () -> page.isPartVisible(start) && start.links().get(StartView.OPEN_EXAMPLE).isVisible());
		// Under Xvfb without a window manager the window may keep a smaller size than asked (1434x871 seen): the
		// README's 1600x1000 picture of first start is taken of the product by releng/scripts/screenshot.sh, so the
		// window's size is not waited for here; this picture is of the test's workbench.
		screenshot(shell, "first-start-test.png");
		page.closeAllEditors(false);
	}

	/** The window into {@code helix.screenshots.dir}/NAME when that property names a folder; else nothing. */
	static void screenshot(Shell shell, String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		java.nio.file.Path dir = java.nio.file.Path.of(property);
		if (property.equals("none") || !java.nio.file.Files.isDirectory(dir)) {
			return;
		}
		waitUntil("a settled workbench", () -> true);
		shell.update();
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	@Test
	void newModelLinkOpensTheWizard() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		StartView start = (StartView) page.showView(StartView.ID);
		AtomicReference<String> title = new AtomicReference<>();
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell wizard = activeDialog(display);
			if (wizard == null) {
				display.timerExec(50, poll[0]);
				return;
			}
			title.set(wizard.getText());
			wizard.close();
		};
		display.timerExec(50, poll[0]);
		activate(start.links().get(StartView.NEW_MODEL));
		waitUntil("the wizard", () -> title.get() != null);
		assertTrue(title.get().contains("Helix Model") || title.get().startsWith("New"), title.get());
	}

	@Test
	void helpWithoutABrowserSaysWhatToInstallAndWhereTheGuideIs() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AtomicReference<String> message = new AtomicReference<>();
		AtomicReference<List<String>> buttons = new AtomicReference<>();
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			Shell dialog = activeDialog(display);
			if (dialog == null || !HelpContentsActionAccess.TITLE.equals(dialog.getText())) {
				display.timerExec(50, poll[0]);
				return;
			}
			List<Control> controls = controls(dialog);
			message.set(controls.stream().filter(c -> c instanceof Label l && l.getText().length() > 40).map(c -> ((Label) c).getText())
					.findFirst().orElse(""));
			buttons.set(controls.stream().filter(Button.class::isInstance).map(c -> ((Button) c).getText()).toList());
			controls.stream().filter(c -> c instanceof Button b && b.getText().equals("Close")).findFirst()
					.ifPresent(c -> c.notifyListeners(SWT.Selection, new Event()));
		};
		display.timerExec(50, poll[0]);
		new HelpContentsActionAccess(PlatformUI.getWorkbench().getActiveWorkbenchWindow()).runWithoutBrowser();
		assertNotNull(message.get(), "the dialog was shown");
		assertTrue(message.get().contains("WebKitGTK") && message.get().contains("Firefox"), message.get());
		assertTrue(message.get().contains("getting-started.html"), message.get());
		assertTrue(!message.get().contains("{0}"), message.get());
		assertTrue(buttons.get().contains("Open the guide's folder"), buttons.get().toString());
		File folder = HelpContentsActionAccess.guideFolder();
		assertTrue(new File(folder, "getting-started.html").isFile(), folder + " holds the guide");
		assertTrue(message.get().contains(folder.getAbsolutePath()), message.get());
		assertNotNull(shell);
	}

	private static Shell activeDialog(Display display) {
		for (Shell shell : display.getShells()) {
			for (Shell child : shell.getShells()) {
				if (child.isVisible()) {
					return child;
				}
			}
		}
		return null;
	}

	private static List<Control> controls(Control control) {
		List<Control> all = new java.util.ArrayList<>(List.of(control));
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(controls(child));
			}
		}
		return all;
	}
}
