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
