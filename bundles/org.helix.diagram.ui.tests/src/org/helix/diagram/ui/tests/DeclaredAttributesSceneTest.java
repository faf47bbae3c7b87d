package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.scene.Shapes;

import org.helix.diagram.model.notation.Point;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the scene (screen, PNG and SVG) draws the attributes of issue 16, item 4. */
class DeclaredAttributesSceneTest {

	@TempDir
	Path folder;

	/**
	 * The governance diagram's reporting lines are routed orthogonally: the scene draws each as the route the layout
	 * gave, point for point, so every segment on screen and in SVG is horizontal or vertical.
	 */
	@Test
	void orthogonalEdgesAreDrawnAsRouted() throws Exception {
		DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", folder);
		try {
			Scene scene = SceneBuilder.build(opened.diagram());
			List<SceneEdge> reporting = scene.edges().stream().filter(e -> e.edge().getMappingId().equals("gov.reporting")).toList();
			assertTrue(reporting.size() >= 5, "reporting lines: " + reporting.size());
			for (SceneEdge edge : reporting) {
				List<Point> route = edge.edge().getBendPoints();
				double[] points = edge.points();
				assertEquals(route.size() * 2, points.length, "drawn through the route's points, no more");
				for (int i = 0; i < route.size(); i++) {
					assertEquals(route.get(i).getX(), points[2 * i], 1e-9);
					assertEquals(route.get(i).getY(), points[2 * i + 1], 1e-9);
				}
				for (int i = 0; i + 3 < points.length; i += 2) {
					assertTrue(Math.abs(points[i] - points[i + 2]) < 0.5 || Math.abs(points[i + 1] - points[i + 3]) < 0.5,
							edge.label() + ": segment " + i / 2 + " is neither horizontal nor vertical");
				}
			}
		} finally {
			opened.dispose();
		}
	}

	/**
	 * A mapping's icon (here a red 16 × 16 PNG beside a workspace copy of the governance viewpoint, named relative to
	 * the file) is drawn at each of its nodes' top-left corner, on screen and in PNG; a missing icon is left out with
	 * one warning in the log, however often it is painted.
	 */
	@Test
	void mappingIconsAreDrawnAtTheTopLeftAndAMissingOneIsLoggedOnce() throws Exception {
		Display display = Fixtures.display();
		Path specs = Files.createDirectories(folder.resolve("specs"));
		ImageData red = new ImageData(16, 16, 24, new PaletteData(0xff0000, 0xff00, 0xff));
		for (int x = 0; x < 16; x++) {
			for (int y = 0; y < 16; y++) {
				red.setPixel(x, y, 0xff0000);
			}
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { red };
		loader.save(specs.resolve("body.png").toString(), SWT.IMAGE_PNG);

		DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", folder);
		try {
			Viewpoint copy = EcoreUtil.copy((Viewpoint) opened.description().eContainer());
			Resource file = new ResourceSetImpl().createResource(URI.createFileURI(specs.resolve("mine.helix-viewpoint").toString()));
			file.getContents().add(copy);
			DiagramDescription description = copy.getDiagrams().get(0);
			NodeMapping body = description.getLayers().get(0).getNodeMappings().get(0);
			body.setIcon("body.png");
			Scene scene = SceneBuilder.build(opened.diagram(), description);
			SceneNode node = scene.nodes().stream().filter(n -> n.depth() == 0).findFirst().orElseThrow();
			assertTrue(node.icon().endsWith("/specs/body.png"), node.icon());
			ImageData png = PngExport.render(display, scene, 1);
			int px = (int) Math.round(node.x() - scene.minX()) + PngExport.MARGIN + (int) Shapes.LABEL_PADDING + 8;
			int py = (int) Math.round(node.y() - scene.minY()) + PngExport.MARGIN + (int) Shapes.LABEL_PADDING + 8;
			RGB rgb = png.palette.getRGB(png.getPixel(px, py));
			assertEquals(new RGB(255, 0, 0), rgb, "the icon at the top-left of " + node.label());

			body.setIcon("missing.png");
			List<IStatus> logged = new ArrayList<>();
			ILogListener listener = (status, plugin) -> {
				if (status.getMessage().contains("missing.png")) {
					logged.add(status);
				}
			};
			Platform.addLogListener(listener);
			try {
				Scene missing = SceneBuilder.build(opened.diagram(), description);
				PngExport.render(display, missing, 1);
				PngExport.render(display, missing, 1);
			} finally {
				Platform.removeLogListener(listener);
			}
			assertEquals(1, logged.size(), "one log entry for the missing icon: " + logged);
			assertEquals(IStatus.WARNING, logged.get(0).getSeverity(), "a warning, not an error");
		} finally {
			opened.dispose();
		}
	}
}
