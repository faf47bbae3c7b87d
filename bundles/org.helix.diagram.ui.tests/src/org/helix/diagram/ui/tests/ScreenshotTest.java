package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.examples.Example;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the shipped viewpoints on the seed examples; with {@code -Dhelix.screenshots.dir=docs/screenshots} the
 * images are written there for the documentation.
 */
class ScreenshotTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@CsvSource({ "KLIMAATSPRONG, org.helix.viewpoint.governance, diagram-governance.png",
			"KLIMAATSPRONG, org.helix.viewpoint.programme, diagram-programme.png",
			"RAW_MATERIALS, org.helix.viewpoint.valuechain, diagram-value-chain.png",
			"KLIMAATSPRONG, org.helix.viewpoint.ecosystem, diagram-ecosystem.png" })
	void rendersTheViewpointOnTheExample(String example, String viewpoint, String fileName) throws Exception {
		DiagramExports.Opened opened = Fixtures.open(Example.valueOf(example), viewpoint, folder);
		ImageData image;
		try {
			image = PngExport.render(Fixtures.display(), SceneBuilder.build(opened.diagram()), 1.0);
		} finally {
			opened.dispose();
		}
		assertTrue(image.width > 100 && image.height > 100, viewpoint + " on " + example);
		String dir = System.getProperty("helix.screenshots.dir", "none");
		if (!dir.isBlank() && !dir.equals("none")) {
			Files.createDirectories(Path.of(dir));
			PngExport.write(image, Path.of(dir).resolve(fileName));
		}
	}
}
