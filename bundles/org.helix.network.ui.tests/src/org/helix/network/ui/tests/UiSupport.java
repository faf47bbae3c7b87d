package org.helix.network.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

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
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/** Waiting on conditions (never on sleeps or a number of event-loop passes), user events, screenshots. */
final class UiSupport {

	private static final long TIMEOUT_MS = 60_000;

	private UiSupport() {
	}

	/** Runs the event loop until {@code condition} holds; fails after a generous time-out naming what it waited for. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		settle();
	}

	/** Until no event is pending and the job manager is idle (whatever an action started has shown its result). */
	static void settle() {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (true) {
			while (display.readAndDispatch()) {
				// drain
			}
			if (Job.getJobManager().isIdle() && !display.readAndDispatch()) {
				return;
			}
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("the workbench did not settle within " + TIMEOUT_MS / 1000 + " s");
			}
			display.timerExec(10, () -> { });
			display.sleep();
		}
	}

	/** What SWT sends when the user selects in a widget. */
	static void select(Widget widget) {
		widget.notifyListeners(SWT.Selection, new Event());
	}

	/** The workbench window at the size of the README screenshots, 1600×1000 (set early: the X server resizes late). */
	static void windowSize() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
	}

	/** The workbench window, sized 1600×1000, into {@code helix.screenshots.dir}/NAME when that property is set. */
	static void screenshot(String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		if (property.equals("none") || !Files.isDirectory(Path.of(property))) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		windowSize();
		waitUntil("the window at 1600×1000", () -> shell.getBounds().width == 1600 && shell.getBounds().height == 1000);
		Rectangle bounds = shell.getBounds();
		Image image = new Image(Display.getCurrent(), bounds.width, bounds.height);
		GC gc = new GC(Display.getCurrent());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(property).resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
