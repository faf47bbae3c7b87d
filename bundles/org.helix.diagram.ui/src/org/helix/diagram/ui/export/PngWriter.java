package org.helix.diagram.ui.export;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.Scene;

/** The SWT side of the command-line PNG export: creates a Display when there is none on this thread. */
final class PngWriter {

	private PngWriter() {
	}

	static boolean displayAvailable() {
		String display = System.getenv("DISPLAY");
		String wayland = System.getenv("WAYLAND_DISPLAY");
		return (display != null && !display.isBlank()) || (wayland != null && !wayland.isBlank());
	}

	static void write(Scene scene, Path output) throws IOException {
		Display current = Display.getCurrent();
		Display display = current != null ? current : new Display();
		try {
			PngExport.write(PngExport.render(display, scene, 1.0), output);
		} finally {
			if (current == null) {
				display.dispose();
			}
		}
	}
}
