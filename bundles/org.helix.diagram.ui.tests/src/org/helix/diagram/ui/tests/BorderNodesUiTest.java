package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.ide.IDE;
import org.helix.diagram.layout.BorderNodes;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.scene.SvgWriter;
import org.helix.examples.Example;
import org.helix.model.programme.Deliverable;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Border nodes (issue 16, item 5) in the real workbench on Klimaatsprong: the programme diagram's deliverables sit on
 * their actions' borders on screen, in PNG and in SVG, with their labels outside; a border node is hit before its
 * action; dragging it slides it along the border only, and dragging the action carries it. With
 * {@code -Dhelix.screenshots.dir=docs/screenshots} it writes docs/screenshots/border-nodes.png.
 */
class BorderNodesUiTest {

	private static final String PROGRAMME = "org.helix.programme.structure";
	private static final RGB DELIVERABLE_FILL = new RGB(0xff, 0xe0, 0x8a);

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		UiSupport.settle();
	}

	private static DiagramEditor openProgramme(String name) throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, name);
		assertInstanceOf(HelixModelEditor.class, IDE.openEditor(page(), file, HelixUI.EDITOR_ID));
		UiSupport.settle();
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, PROGRAMME));
		waitUntilLaidOut(editor);
		return editor;
	}

	private static void waitUntilLaidOut(DiagramEditor editor) {
		UiSupport.waitUntil("the layout of " + editor.getPartName(), () -> editor.canvas().scene() != null
				&& allNodes(editor).stream().allMatch(Node::isPlaced)
				&& editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
	}

	private static List<Node> allNodes(DiagramEditor editor) {
		List<Node> all = new ArrayList<>();
		editor.diagram().eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				all.add(node);
			}
		});
		return all;
	}

	private static List<SceneNode> borderNodes(Scene scene) {
		return scene.nodes().stream().filter(n -> n.borderSide() != null).toList();
	}

	/** Whether (x, y) is on the outline of the box (x0, y0, w, h), within a pixel. */
	private static boolean onOutline(double x, double y, double x0, double y0, double w, double h) {
		boolean within = x >= x0 - 1 && x <= x0 + w + 1 && y >= y0 - 1 && y <= y0 + h + 1;
		return within && (Math.abs(x - x0) <= 1 || Math.abs(x - x0 - w) <= 1 || Math.abs(y - y0) <= 1 || Math.abs(y - y0 - h) <= 1);
	}

	private static void assertOnParentsOutline(Scene scene, SceneNode border) {
		SceneNode parent = scene.byNode().get(BorderNodes.parent(border.node()));
		assertTrue(onOutline(border.centerX(), border.centerY(), parent.x(), parent.y(), parent.width(), parent.height()),
				border.label() + " centred at (" + border.centerX() + ", " + border.centerY() + ") on " + parent.label() + " at ("
						+ parent.x() + ", " + parent.y() + ", " + parent.width() + ", " + parent.height() + ")");
	}

	private static void mouse(DiagramCanvas canvas, int type, double diagramX, double diagramY, int button) {
		double[] view = canvas.viewport();
		Event event = new Event();
		event.x = (int) Math.round((diagramX - view[0]) * canvas.zoom());
		event.y = (int) Math.round((diagramY - view[1]) * canvas.zoom());
		event.button = button;
		event.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
		canvas.notifyListeners(type, event);
	}

	/** Drags the selected node from its centre by (dx, dy) in diagram coordinates, as a user's press, move and release. */
	private static void drag(DiagramCanvas canvas, SceneNode node, double dx, double dy) {
		canvas.select(Set.of(node.node()));
		mouse(canvas, SWT.MouseDown, node.centerX(), node.centerY(), 1);
		mouse(canvas, SWT.MouseMove, node.centerX() + dx, node.centerY() + dy, 0);
		mouse(canvas, SWT.MouseUp, node.centerX() + dx, node.centerY() + dy, 1);
		UiSupport.settle();
	}

	@Test
	void deliverablesAreDrawnOnTheirActionsBorderOnScreenInPngAndInSvg() throws Exception {
		DiagramEditor editor = openProgramme("border-render.helix");
		Scene scene = editor.canvas().scene();
		List<SceneNode> borders = borderNodes(scene);
		// Klimaatsprong: eight action fiches name a deliverable
		assertEquals(8, borders.size());
		for (SceneNode border : borders) {
			assertInstanceOf(Deliverable.class, border.node().getSemanticElement());
			assertOnParentsOutline(scene, border);
			assertEquals(14, border.width());
			// hit testing: the border node wins over the action it sits on
			assertEquals(border.node(), editor.canvas().scene().nodeAt(border.centerX(), border.centerY()).node());
			// its label is outside the action
			SceneNode.BorderLabel label = border.estimatedBorderLabel();
			SceneNode parent = scene.byNode().get(BorderNodes.parent(border.node()));
			boolean outside = label.x() >= parent.x() + parent.width() || label.x() + label.width() <= parent.x()
					|| label.y() >= parent.y() + parent.height() || label.y() + label.height() <= parent.y();
			assertTrue(outside, border.label() + ": label " + label + " outside " + parent.label());
		}

		// PNG: the deliverable's yellow at each border node's centre, the action's colour beside it inside the action
		ImageData png = PngExport.render(page().getWorkbenchWindow().getShell().getDisplay(), scene, 1);
		for (SceneNode border : borders) {
			assertEquals(DELIVERABLE_FILL, pixel(png, scene, border.centerX() + 3, border.centerY() + 3), border.label());
		}

		// SVG: every border node's box is centred on the outline of an action's box, its label outside
		String svg = SvgWriter.write(scene, "Programme");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		var xpath = XPathFactory.newInstance().newXPath();
		NodeList ports = (NodeList) xpath.evaluate("//*[local-name()='g'][@data-border]/*[local-name()='rect']", document, XPathConstants.NODESET);
		NodeList actions = (NodeList) xpath.evaluate("//*[local-name()='g'][@data-mapping='prog.action']/*[local-name()='rect']", document,
				XPathConstants.NODESET);
		assertEquals(8, ports.getLength());
		for (int i = 0; i < ports.getLength(); i++) {
			double[] port = box((Element) ports.item(i));
			boolean onSomeAction = false;
			for (int a = 0; a < actions.getLength(); a++) {
				double[] action = box((Element) actions.item(a));
				onSomeAction |= onOutline(port[0] + port[2] / 2, port[1] + port[3] / 2, action[0], action[1], action[2], action[3]);
			}
			assertTrue(onSomeAction, "SVG border node " + i + " at " + java.util.Arrays.toString(port));
		}
		assertTrue(svg.contains(">data-gedreven voortgangsrapport</text>"), "the label is written beside the port");
	}

	private static double[] box(Element rect) {
		return new double[] { Double.parseDouble(rect.getAttribute("x")), Double.parseDouble(rect.getAttribute("y")),
				Double.parseDouble(rect.getAttribute("width")), Double.parseDouble(rect.getAttribute("height")) };
	}

	private static RGB pixel(ImageData png, Scene scene, double x, double y) {
		int px = (int) Math.round(x - scene.minX()) + PngExport.MARGIN, py = (int) Math.round(y - scene.minY()) + PngExport.MARGIN;
		return png.palette.getRGB(png.getPixel(px, py));
	}

	@Test
	void draggingABorderNodeSlidesItAlongTheBorderAndDraggingTheActionCarriesIt() throws Exception {
		DiagramEditor editor = openProgramme("border-drag.helix");
		DiagramCanvas canvas = editor.canvas();
		SceneNode border = borderNodes(canvas.scene()).get(0);
		Node port = border.node();
		Node action = BorderNodes.parent(port);
		double actionX = action.getX(), actionY = action.getY();
		canvas.reveal(canvas.scene().byNode().get(action));
		UiSupport.settle();

		// towards the middle of the action and a little below: the port may not go inside, it goes to the nearest side
		double dx = action.getWidth() / 2 - (port.getX() + port.getWidth() / 2);
		double dy = action.getHeight() / 2 - (port.getY() + port.getHeight() / 2) + action.getHeight() * 0.4;
		drag(canvas, border, dx, dy);
		UiSupport.waitUntil("the move", () -> Math.abs(port.getY() + port.getHeight() / 2 - action.getHeight()) < 0.5);
		assertEquals(BorderNodes.Side.SOUTH, BorderNodes.side(port), "the port slid to the bottom side, the nearest to where it was dropped");
		assertEquals(action.getWidth() / 2, port.getX() + port.getWidth() / 2, 1.0, "along the side to under the pointer");
		assertEquals(actionX, action.getX(), "the action did not move");
		SceneNode moved = canvas.scene().byNode().get(port);
		assertOnParentsOutline(canvas.scene(), moved);

		// far outside the action: it stays on the border, clamped to the corner
		drag(canvas, moved, 400, -300);
		UiSupport.waitUntil("the second move", () -> port.getX() + port.getWidth() / 2 > action.getWidth() - 0.5);
		assertEquals(0, port.getY() + port.getHeight() / 2, 0.5, "at the top-right corner");
		assertOnParentsOutline(canvas.scene(), canvas.scene().byNode().get(port));

		// dragging the action carries its port along, at the same place on its border
		double relativeX = port.getX(), relativeY = port.getY();
		SceneNode before = canvas.scene().byNode().get(port);
		double absoluteX = before.x(), absoluteY = before.y();
		SceneNode actionNode = canvas.scene().byNode().get(action);
		// press inside the action, away from the port on its top-right corner
		canvas.select(Set.of(action));
		mouse(canvas, SWT.MouseDown, actionNode.x() + 20, actionNode.centerY(), 1);
		mouse(canvas, SWT.MouseMove, actionNode.x() + 20 + 50, actionNode.centerY() + 30, 0);
		mouse(canvas, SWT.MouseUp, actionNode.x() + 20 + 50, actionNode.centerY() + 30, 1);
		UiSupport.settle();
		UiSupport.waitUntil("the action's move", () -> Math.abs(action.getX() - actionX - 50) < 1.5);
		assertEquals(actionY + 30, action.getY(), 1.5);
		assertEquals(relativeX, port.getX(), "relative to the action, the port stays");
		assertEquals(relativeY, port.getY());
		SceneNode after = canvas.scene().byNode().get(port);
		assertEquals(absoluteX + 50, after.x(), 1.5);
		assertEquals(absoluteY + 30, after.y(), 1.5);

		// one undo per drag
		editor.getEditingDomain().getCommandStack().undo();
		editor.getEditingDomain().getCommandStack().undo();
		UiSupport.settle();
		assertEquals(actionX, action.getX(), 0.01);
		assertNotEquals(0, port.getY() + port.getHeight() / 2, 0.5);
	}

	@Test
	void addresseesConnectToTheDeliverablesPortsScreenshot() throws Exception {
		DiagramEditor editor = openProgramme("border-addressees.helix");
		UiSupport.windowSize();
		editor.setLayer("prog.addressees", true);
		UiSupport.settle();
		editor.setArrangeQuestion(shell -> DiagramEditor.ArrangeChoice.ARRANGE_EVERYTHING);
		editor.arrangeAll();
		UiSupport.waitUntil("the arrangement with the addressees", () -> {
			Scene scene = editor.canvas().scene();
			return scene != null && scene.nodes().stream().anyMatch(n -> "Vlaamse Regering".equals(n.label()))
					&& allNodes(editor).stream().allMatch(Node::isPlaced) && !editor.getEditingDomain().getCommandStack().getUndoCommand()
							.getLabel().startsWith("Show");
		});
		UiSupport.settle();
		Scene scene = editor.canvas().scene();
		List<SceneEdge> deliveredTo = scene.edges().stream().filter(e -> "prog.deliveredTo".equals(e.edge().getMappingId())).toList();
		// three of Klimaatsprong's deliverables are addressed to the Vlaamse Regering
		assertEquals(3, deliveredTo.size());
		for (SceneEdge edge : deliveredTo) {
			Edge notation = edge.edge();
			assertTrue(BorderNodes.isBorderNode(notation.getSource()));
			SceneNode port = scene.byNode().get(notation.getSource());
			assertOnParentsOutline(scene, port);
			// the drawn line starts on the port's outline, not on the action's
			double[] points = edge.points();
			assertTrue(onOutline(points[0], points[1], port.x(), port.y(), port.width(), port.height()),
					"the edge starts at (" + points[0] + ", " + points[1] + ") on the port " + port.label());
		}
		SceneNode government = scene.nodes().stream().filter(n -> "Vlaamse Regering".equals(n.label())).findFirst().orElseThrow();
		assertNotNull(government);

		// the screenshot: the diagram alone (editor maximized, no legend), at 100 %, around the ports with edges
		page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		editor.canvas().setLegendShown(false);
		UiSupport.settle();
		editor.canvas().zoomAt(1.0, 0, 0);
		// the middle of the ports, a little to the right where the edges leave for the addressee
		List<SceneNode> ports = borderNodes(scene);
		double x = ports.stream().mapToDouble(SceneNode::centerX).average().orElseThrow();
		double y = ports.stream().mapToDouble(SceneNode::centerY).average().orElseThrow();
		editor.canvas().centerOn(x + 150, y);
		UiSupport.settle();
		assertFalse(editor.diagram().getEdges().isEmpty());
		UiSupport.screenshot("border-nodes.png");
	}
}
