package org.helix.ui.tests;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.helix.examples.Example;
import org.helix.ui.ExampleProject;

/** Helpers for tests that run on the UI thread of the real Helix workbench. */
public final class UiTestSupport {

	static final String PROJECT = "helix-ui-tests";

	private UiTestSupport() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until {@code condition} holds; the UI thread must not block, or jobs could not finish. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 30_000;
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
	public static void processEvents() {
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

	/** The first-start job copies the examples; tests wait for it so they do not race with it. */
	static void waitForExampleInstallation() {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
	}

	/** Validation runs in jobs (the check, then the markers); waits until they are done and their UI updates shown. */
	static void waitForValidation() {
		waitUntil("the validation jobs", () -> Job.getJobManager().find(org.helix.ui.HelixUI.VALIDATION_JOB_FAMILY).length == 0);
	}

	/**
	 * Answers the next dialog titled {@code title}, once it is open: types {@code text} into its text field (when not
	 * null) and presses the button labelled {@code button}. Returns at once; the dialog opens later on the UI thread.
	 */
	static java.util.concurrent.atomic.AtomicBoolean answerDialog(String title, String text, String button) {
		java.util.concurrent.atomic.AtomicBoolean answered = new java.util.concurrent.atomic.AtomicBoolean();
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 30_000;
		poll[0] = () -> {
			for (org.eclipse.swt.widgets.Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					List<org.eclipse.swt.widgets.Control> controls = controls(shell);
					if (text != null) {
						controls.stream().filter(c -> c instanceof org.eclipse.swt.widgets.Text).findFirst()
								.ifPresent(c -> ((org.eclipse.swt.widgets.Text) c).setText(text));
					}
					controls.stream().filter(c -> c instanceof org.eclipse.swt.widgets.Button b && b.getText().replace("&", "").equals(button))
							.findFirst().ifPresent(c -> {
								answered.set(true);
								((org.eclipse.swt.widgets.Button) c).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
							});
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return answered;
	}

	static List<org.eclipse.swt.widgets.Control> controls(org.eclipse.swt.widgets.Control control) {
		List<org.eclipse.swt.widgets.Control> all = new ArrayList<>();
		all.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
				all.addAll(controls(child));
			}
		}
		return all;
	}

	/** A fresh copy of a shipped example in the test project. */
	public static IFile copyOfExample(Example example, String name) throws Exception {
		waitForExampleInstallation();
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		try (InputStream in = example.open()) {
			file.create(in, true, null);
		}
		return file;
	}

	static IFile fileWithContent(String name, byte[] content) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new java.io.ByteArrayInputStream(content), true, null);
		return file;
	}

	/**
	 * Saves what {@code control} shows on screen as NAME in the folder named by the system property
	 * {@code helix.screenshots.dir}; without it (the default, "none") nothing is written, so a test run leaves the
	 * tracked screenshots alone. {@code ./helix test -Dhelix.screenshots.dir=$PWD/docs/screenshots} renews them.
	 */
	static void screenshot(org.eclipse.swt.widgets.Control control, String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		java.nio.file.Path dir = java.nio.file.Path.of(property);
		if (property.equals("none") || !java.nio.file.Files.isDirectory(dir)) {
			return;
		}
		processEvents();
		control.update();
		Display display = control.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
		if (control instanceof org.eclipse.swt.widgets.Shell) {
			bounds = control.getBounds();
		}
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(dir.resolve(name).toString(), org.eclipse.swt.SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Gives the workbench window a fixed, screenshot-friendly size. */
	static void bigWindow() {
		org.eclipse.swt.widgets.Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 860); // xvfb-run's default screen is 1280x1024
		processEvents();
	}

	/** Every item of a tree, depth first (expanded items only). */
	static List<TreeItem> allItems(TreeItem[] roots) {
		List<TreeItem> items = new ArrayList<>();
		for (TreeItem item : roots) {
			items.add(item);
			items.addAll(allItems(item.getItems()));
		}
		return items;
	}
}
