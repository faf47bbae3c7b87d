package org.helix.diagram.ui.tests;

import java.io.InputStream;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.helix.examples.Example;
import org.helix.ui.ExampleProject;

/** Helpers for the editor tests, which run on the UI thread of the real Helix workbench. */
final class Workbench {

	static final String PROJECT = "helix-diagram-ui-tests";

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
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

	static void processEvents() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}

	/** A fresh copy of a shipped example in the test project (no diagrams file beside it). */
	static IFile copyOfExample(Example example, String name) throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		for (String file : new String[] { name, name + "-diagrams" }) {
			if (project.getFile(file).exists()) {
				project.getFile(file).delete(true, null);
			}
		}
		IFile file = project.getFile(name);
		try (InputStream in = example.open()) {
			file.create(in, true, null);
		}
		return file;
	}
}
