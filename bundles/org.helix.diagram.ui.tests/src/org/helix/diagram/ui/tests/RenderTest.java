package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.helix.diagram.ui.editor.NodeMoves;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.render.DiagramRenderer;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rendering against golden images. Text rendering differs a little between machines (fonts, hinting), so images
 * are compared by the share of pixels that differ noticeably; run with {@code -Dhelix.golden.write=true} to rewrite
 * the golden files after an intended change, and look at them before committing.
 */
class RenderTest {

	/** At most this share of pixels may differ by more than {@link #CHANNEL_TOLERANCE} in some colour channel. */
	static final double MAX_DIFFERENT = 0.02;
	static final int CHANNEL_TOLERANCE = 48;

	@TempDir
	Path folder;

	@Test
	void governanceDiagramMatchesItsGoldenImage() throws Exception {
		compareWithGolden(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", "governance.png");
	}

	@Test
	void programmeDiagramMatchesItsGoldenImage() throws Exception {
		compareWithGolden(Example.KLIMAATSPRONG, "org.helix.viewpoint.programme", "programme.png");
	}

	@Test
	void onlyWhatIntersectsTheViewportIsPainted() throws Exception {
		Display display = Fixtures.display();
		DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", folder);
		Image image = new Image(display, 400, 300);
		GC gc = new GC(image);
		DiagramRenderer renderer = new DiagramRenderer(display);
		try {
			Scene scene = SceneBuilder.build(opened.diagram());
			renderer.paint(gc, scene, scene.minX(), scene.minY(), 1, new Rectangle(0, 0, 400, 300), Set.of());
			int partial = renderer.lastPainted();
			renderer.paint(gc, scene, scene.minX(), scene.minY(), 0.01, new Rectangle(0, 0, 400, 300), Set.of());
			int all = renderer.lastPainted();
			assertEquals(scene.nodes().size() + scene.edges().size(), all);
			assertTrue(partial > 0 && partial < all, partial + " of " + all);
		} finally {
			gc.dispose();
			image.dispose();
			renderer.dispose();
			opened.dispose();
		}
	}

	private void compareWithGolden(Example example, String viewpoint, String goldenName) throws IOException {
		DiagramExports.Opened opened = Fixtures.open(example, viewpoint, folder);
		ImageData actual;
		try {
			gridLayout(opened);
			actual = PngExport.render(Fixtures.display(), SceneBuilder.build(opened.diagram()), 1.0);
		} finally {
			opened.dispose();
		}
		Path goldenDir = Path.of(System.getProperty("helix.golden.dir", "golden"));
		if (Boolean.getBoolean("helix.golden.write")) {
			Files.createDirectories(goldenDir);
			PngExport.write(actual, goldenDir.resolve(goldenName));
		}
		ImageData golden;
		try (InputStream in = RenderTest.class.getResourceAsStream("/golden/" + goldenName)) {
			assertTrue(in != null, "no golden image golden/" + goldenName + ": run with -Dhelix.golden.write=true");
			golden = new ImageData(in);
		}
		PngExport.write(actual, folder.resolve("actual-" + goldenName));
		double ratio = differentRatio(golden, actual);
		assertTrue(ratio <= MAX_DIFFERENT, String.format("%s differs from golden/%s in %.2f %% of its pixels (allowed %.0f %%)",
				viewpoint, goldenName, 100 * ratio, 100 * MAX_DIFFERENT));
	}

	/**
	 * ELK's result depends on the order nodes come in, which can vary between runs; golden images test the painting,
	 * so the nodes go into a grid ordered by label and size instead.
	 */
	private static void gridLayout(DiagramExports.Opened opened) {
		java.util.List<org.helix.diagram.model.notation.Node> nodes = new java.util.ArrayList<>(opened.diagram().getNodes());
		nodes.sort(java.util.Comparator.comparing((org.helix.diagram.model.notation.Node n) -> String.valueOf(n.getLabel()))
				.thenComparing(n -> n.getMappingId()));
		java.util.Map<org.helix.diagram.model.notation.Node, double[]> positions = new java.util.LinkedHashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			positions.put(nodes.get(i), new double[] { (i % 6) * 240, (i / 6) * 110 });
		}
		opened.session().domain().getCommandStack().execute(NodeMoves.move(opened.diagram(), positions, false));
	}

	/** The share of pixels that differ noticeably; a different size counts as all different. */
	static double differentRatio(ImageData a, ImageData b) {
		if (a.width != b.width || a.height != b.height) {
			return 1;
		}
		PaletteData pa = a.palette, pb = b.palette;
		long different = 0;
		for (int y = 0; y < a.height; y++) {
			for (int x = 0; x < a.width; x++) {
				RGB ca = pa.getRGB(a.getPixel(x, y)), cb = pb.getRGB(b.getPixel(x, y));
				if (Math.abs(ca.red - cb.red) > CHANNEL_TOLERANCE || Math.abs(ca.green - cb.green) > CHANNEL_TOLERANCE
						|| Math.abs(ca.blue - cb.blue) > CHANNEL_TOLERANCE) {
					different++;
				}
			}
		}
		return different / (double) (a.width * a.height);
	}
}
