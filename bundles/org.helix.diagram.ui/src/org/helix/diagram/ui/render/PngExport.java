package org.helix.diagram.ui.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.helix.diagram.ui.scene.Scene;

/** Renders a whole scene into an offscreen image, the same painter as the editor, and writes it as PNG. */
public final class PngExport {

	public static final int MARGIN = 20;
	/** Larger diagrams are scaled down: an image this wide already takes about 1 GB as 32-bit pixels at this height. */
	public static final int MAX_SIDE = 16000;

	private PngExport() {
	}

	/**
	 * The scene as {@link #render(Device, Scene, double)} draws it, with the legend to its right (top-aligned) when
	 * {@code legend} is not empty, as the editor shows it.
	 */
	public static ImageData render(Device device, Scene scene, double scale, java.util.List<org.helix.diagram.viewpoint.Legend.Entry> legend) {
		ImageData drawing = render(device, scene, scale);
		if (legend.isEmpty()) {
			return drawing;
		}
		Image measure = new Image(device, 1, 1);
		GC probe = new GC(measure);
		org.eclipse.swt.graphics.Point size;
		try {
			size = LegendPainter.size(probe, legend);
		} finally {
			probe.dispose();
			measure.dispose();
		}
		int width = drawing.width + size.x + MARGIN, height = Math.max(drawing.height, size.y + 2 * MARGIN);
		Image image = new Image(device, width, height);
		Image part = new Image(device, drawing);
		GC gc = new GC(image);
		try {
			gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			gc.drawImage(part, 0, 0);
			LegendPainter.paint(gc, legend, drawing.width, MARGIN);
		} finally {
			gc.dispose();
			part.dispose();
		}
		try {
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	/** The scene at {@code scale} (1 = 100 %) on white, with a margin; must run on the device's thread. */
	public static ImageData render(Device device, Scene scene, double scale) {
		double s = Math.min(scale, MAX_SIDE / Math.max(1, Math.max(scene.width(), scene.height()) + 2.0 * MARGIN));
		int width = Math.max(1, (int) Math.ceil((scene.width() + 2 * MARGIN) * s));
		int height = Math.max(1, (int) Math.ceil((scene.height() + 2 * MARGIN) * s));
		Image image = new Image(device, width, height);
		GC gc = new GC(image);
		DiagramRenderer renderer = new DiagramRenderer(device);
		try {
			gc.setBackground(device.getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, width, height);
			renderer.paint(gc, scene, scene.minX() - MARGIN, scene.minY() - MARGIN, s, new Rectangle(0, 0, width, height), Set.of());
		} finally {
			gc.dispose();
			renderer.dispose();
		}
		try {
			return image.getImageData();
		} finally {
			image.dispose();
		}
	}

	public static void write(ImageData data, Path file) throws IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		try (OutputStream out = Files.newOutputStream(file)) {
			loader.save(out, SWT.IMAGE_PNG);
		}
	}
}
