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
final class UiTestSupport {

	static final String PROJECT = "helix-ui-tests";

	private UiTestSupport() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Runs the event loop until {@code condition} holds; the UI thread must not block, or jobs could not finish. */
	static void waitUntil(String what, BooleanSupplier condition) {
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

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** The first-start job copies the examples; tests wait for it so they do not race with it. */
	static void waitForExampleInstallation() {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
	}

	/** A fresh copy of a shipped example in the test project. */
	static IFile copyOfExample(Example example, String name) throws Exception {
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
