package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.scene.Labels;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SvgWriter;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgExportTest {

	@TempDir
	Path folder;

	private static long visible(java.util.List<Node> nodes) {
		long count = 0;
		for (Node node : nodes) {
			if (node.isVisible()) {
				count += 1 + (node.isCollapsed() ? 0 : visible(node.getChildren()));
			}
		}
		return count;
	}

	@Test
	void governanceSvgIsWellFormedWithOneGroupPerNodeAndEdge() throws Exception {
		DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, "org.helix.viewpoint.governance", folder);
		try {
			Scene scene = SceneBuilder.build(opened.diagram());
			// bodies list their members as child nodes: count the visible nodes at every level
			long visible = visible(opened.diagram().getNodes());
			assertEquals(visible, scene.nodes().size());
			assertTrue(scene.nodes().size() > 20, "the governance diagram shows bodies and members: " + scene.nodes().size());
			String svg = SvgWriter.write(scene, "Governance & <bodies>");
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
			var xpath = XPathFactory.newInstance().newXPath();
			assertEquals("svg", document.getDocumentElement().getLocalName());
			assertEquals((double) scene.nodes().size(), xpath.evaluate("count(//*[@class='node'])", document, XPathConstants.NUMBER));
			assertEquals((double) scene.edges().size(), xpath.evaluate("count(//*[@class='edge'])", document, XPathConstants.NUMBER));
			assertEquals("Governance & <bodies>", xpath.evaluate("/*/*[local-name()='title']", document));
		} finally {
			opened.dispose();
		}
	}

	@Test
	void everyNodeIsPlacedAndNoTwoNodesOverlapAfterTheFirstLayout() throws Exception {
		for (String viewpoint : new String[] { "org.helix.viewpoint.governance", "org.helix.viewpoint.programme" }) {
			DiagramExports.Opened opened = Fixtures.open(Example.KLIMAATSPRONG, viewpoint, folder);
			try {
				Scene scene = SceneBuilder.build(opened.diagram());
				for (int i = 0; i < scene.nodes().size(); i++) {
					var a = scene.nodes().get(i);
					assertTrue(a.node().isPlaced(), viewpoint + ": " + a.label());
					for (int j = i + 1; j < scene.nodes().size(); j++) {
						var b = scene.nodes().get(j);
						if (a.depth() == b.depth()) {
							assertTrue(!a.intersects(b.x() + 1, b.y() + 1, b.width() - 2, b.height() - 2),
									viewpoint + ": " + a.label() + " overlaps " + b.label());
						}
					}
				}
			} finally {
				opened.dispose();
			}
		}
	}

	@Test
	void labelsWrapIntoTheWidthAndEndWithAnEllipsisWhenCut() {
		var lines = Labels.wrap("Het opmaken van een roadmap voor de logistieke keten van de toekomst", 100, 2,
				text -> text.length() * 7.0);
		assertEquals(2, lines.size());
		lines.forEach(line -> assertTrue(line.length() * 7.0 <= 100, line));
		assertTrue(lines.get(1).endsWith("…"), lines.toString());
		assertEquals(java.util.List.of("kort"), Labels.wrap("kort", 100, 3, text -> text.length() * 7.0));
	}
}
