package org.helix.ui.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.PlatformUI;

/**
 * What the UI tests of Helix share: waiting on conditions (never on sleeps or a number of event-loop passes), user
 * events, the workbench window at the README's 1600×1000 and screenshots of it. Only test bundles require this bundle.
 */
public final class UiSupport {

	private static final long TIMEOUT_MS = 60_000;
	private static final Point README_SIZE = new Point(1600, 1000);

	private UiSupport() {
	}

	/** Runs the event loop until {@code condition} holds; fails after a generous time-out naming what it waited for. */
	public static void waitUntil(String what, BooleanSupplier condition) {
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
	public static void settle() {
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
	public static void select(Widget widget) {
		widget.notifyListeners(SWT.Selection, new Event());
	}

	/** The workbench window at the size of the README screenshots, 1600×1000 (set early: the X server resizes late). */
	public static void windowSize() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, README_SIZE.x, README_SIZE.y);
	}

	/**
	 * The workbench window, 1600×1000 on the screen, into {@code helix.screenshots.dir}/NAME when that property is set.
	 * Without a window manager (Xvfb) SWT takes a frame it expects off the bounds, so the window would come out short;
	 * the bounds are grown by what is missing until what shows on the screen is 1600×1000.
	 */
	public static void screenshot(String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		if (property.equals("none") || !Files.isDirectory(Path.of(property))) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		windowSize();
		waitUntil("the window's bounds", () -> shell.getBounds().width == README_SIZE.x && shell.getBounds().height == README_SIZE.y);
		Point shown = onScreen(shell);
		shell.setBounds(0, 0, 2 * README_SIZE.x - shown.x, 2 * README_SIZE.y - shown.y);
		waitUntil("the window at 1600×1000 on the screen", () -> onScreen(shell).equals(README_SIZE));
		// SWT knows the new bounds at once, the X server applies them later: until then the screen's black background
		// shows at the bottom of the picture
		waitUntil("the X server to show the window down to its bottom corners", () -> !black(0, README_SIZE.y - 1)
				&& !black(README_SIZE.x - 1, README_SIZE.y - 1));
		Image image = new Image(Display.getCurrent(), README_SIZE.x, README_SIZE.y);
		GC gc = new GC(Display.getCurrent());
		try {
			gc.copyArea(image, 0, 0);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(Path.of(property).resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Whether the screen's pixel at (x, y) is pure black (the background of Xvfb's root window). */
	private static boolean black(int x, int y) {
		Display display = Display.getCurrent();
		Image pixel = new Image(display, 1, 1);
		GC gc = new GC(display);
		try {
			gc.copyArea(pixel, x, y);
			ImageData data = pixel.getImageData();
			org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(0, 0));
			return rgb.red == 0 && rgb.green == 0 && rgb.blue == 0;
		} finally {
			gc.dispose();
			pixel.dispose();
		}
	}

	/** How far the window reaches on the screen from (0, 0): its client area, with the menu bar above it. */
	private static Point onScreen(Shell shell) {
		Rectangle client = shell.getClientArea();
		Point origin = shell.getDisplay().map(shell, null, 0, 0);
		return new Point(origin.x + client.width, origin.y + client.height);
	}
}
