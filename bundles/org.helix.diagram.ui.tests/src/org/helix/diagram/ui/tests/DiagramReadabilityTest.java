package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditor.ArrangeChoice;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.editor.NodeMoves;
import org.helix.diagram.ui.scene.Labels;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SceneEdge;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.governance.GovernanceBody;
import org.helix.ui.properties.HelixPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "diagrams are hard to read", on the shipped Klimaatsprong governance diagram in the real workbench: it
 * opens at 100 % on its top-left corner, edge labels read "Reports to" and never overprint, the legend comes from the
 * viewpoint, "Arrange all" asks what to do with pinned nodes (one undo either way), and selecting a body shows the
 * tabbed Properties of the model tree.
 */
class DiagramReadabilityTest {

	static final String GOVERNANCE = "org.helix.governance.bodies";

	private DiagramEditor editor;
	private Shell shell;
	private Rectangle shellBounds;

	@BeforeEach
	void openShippedGovernanceDiagram() throws Exception {
		shell = page().getWorkbenchWindow().getShell();
		shellBounds = shell.getBounds();
		shell.setBounds(0, 0, 1600, 1000); // the window size of the walk-through
		IFile file = copyOfExample(Example.KLIMAATSPRONG, Example.KLIMAATSPRONG.fileName());
		// with the shipped, laid-out (pinned) diagrams beside it, as first start installs them
		IFile diagrams = file.getProject().getFile(Example.KLIMAATSPRONG.diagramsFileName());
		try (InputStream in = Example.KLIMAATSPRONG.diagramsUrl().openStream()) {
			diagrams.create(in, true, null);
		}
		editor = DiagramEditor.open(page(), new DiagramEditorInput(file, GOVERNANCE));
		waitUntil("the governance diagram at its opening view", () -> editor.canvas().scene() != null
				&& !editor.canvas().scene().nodes().isEmpty() && editor.canvas().zoom() == DiagramCanvas.OPENING_ZOOM);
	}

	@AfterEach
	void close() {
		page().closeAllEditors(false);
		shell.setBounds(shellBounds);
		processEvents();
	}

	@Test
	void opensAtOneHundredPercentOnTheTopLeftCorner() throws Exception {
		DiagramCanvas canvas = editor.canvas();
		assertTrue(editor.diagram().getNodes().stream().allMatch(Node::isPlaced), "the shipped diagram is laid out");
		assertEquals(1.0, canvas.zoom(), 1e-9, "100 %: a 9 pt label is 12 px, not the ~6 px of Fit");
		assertTrue(canvas.zoom() * Labels.pixels(SceneBuilder.DEFAULT_FONT_SIZE) >= 12);
		double[] view = canvas.viewport();
		assertEquals(canvas.scene().minX() - 20, view[0], 0.5, "the content's left edge, with a margin");
		assertEquals(canvas.scene().minY() - 20, view[1], 0.5, "the content's top edge, with a margin");
		SceneNode council = canvas.scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof GovernanceBody body
				&& body.getKind().getName().equals("PERMANENT_COUNCIL")).findFirst().orElseThrow();
		assertTrue(council.y() < view[1] + view[3], "the permanent council, on top, is in view");
		// the screenshot shows the council selected, with the tabbed Properties of the model tree below
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(editor);
		canvas.select(Set.of(council.node()));
		waitUntil("the council's Properties", () -> sheet.getCurrentPage() instanceof HelixPropertySheetPage tabs && tabs.getCurrentTab() != null);
		screenshot();

		canvas.fit(); // Fit stays available, and shows the whole (larger) diagram smaller
		assertTrue(canvas.zoom() < 1.0, "the shipped diagram is larger than the window: " + canvas.zoom());
	}

	@Test
	void edgeLabelsReadAsEmfEditNamesThemAndNeverOverprint() {
		List<SceneEdge> labelled = editor.canvas().scene().edges().stream().filter(e -> e.label() != null).toList();
		List<String> labels = labelled.stream().map(SceneEdge::label).distinct().sorted().toList();
		assertTrue(labels.containsAll(List.of("Feedback", "Reports to", "Status report")), labels.toString());
		assertTrue(labels.stream().noneMatch(l -> l.contains("_")), "no raw enum names: " + labels);
		// the sounding board's three lines to the same body (Reports to, Status report, Feedback) run side by side
		Map<String, Integer> pairs = new HashMap<>();
		labelled.forEach(e -> pairs.merge(e.edge().getSource().hashCode() + "-" + e.edge().getTarget().hashCode(), 1, Integer::sum));
		assertTrue(pairs.values().stream().anyMatch(count -> count >= 2), "some bodies are joined by several labelled lines");

		List<String> overlaps = new ArrayList<>();
		for (int i = 0; i < labelled.size(); i++) {
			double[] a = labelled.get(i).labelBox();
			assertNotNull(a, labelled.get(i).label());
			for (int j = i + 1; j < labelled.size(); j++) {
				if (intersects(a, labelled.get(j).labelBox())) {
					overlaps.add(labelled.get(i).label() + " / " + labelled.get(j).label());
				}
			}
			for (SceneNode node : editor.canvas().scene().nodes()) {
				if (node.depth() == 0 && intersects(a, new double[] { node.x(), node.y(), node.width(), node.height() })) {
					overlaps.add(labelled.get(i).label() + " on " + node.label());
				}
			}
		}
		assertEquals(List.of(), overlaps, "no label rectangle meets another label or a body");
	}

	@Test
	void legendIsShownFromTheViewpointAndCanBeHidden() throws Exception {
		DiagramCanvas canvas = editor.canvas();
		List<String> texts = canvas.legend().stream().map(e -> e.text()).toList();
		assertTrue(texts.contains("Body: kind is Permanent council"), texts.toString());
		assertTrue(texts.contains("Reporting line"), texts.toString());
		canvas.redraw();
		canvas.update();
		assertNotNull(canvas.legendBounds(), "painted in the corner");
		Rectangle legend = canvas.legendBounds();
		assertTrue(legend.x + legend.width <= canvas.getClientArea().width && legend.y + legend.height <= canvas.getClientArea().height,
				"inside the canvas, bottom right");

		Path svg = Files.createTempFile("governance", ".svg");
		editor.exportTo(svg, "svg");
		assertTrue(Files.readString(svg).contains("<g class=\"legend\""), "the SVG export carries the legend");

		canvas.setLegendShown(false);
		canvas.update();
		assertNull(canvas.legendBounds(), "toggled off");
		editor.exportTo(svg, "svg");
		assertFalse(Files.readString(svg).contains("class=\"legend\""), "and then not exported");
		Files.delete(svg);
	}

	@Test
	void arrangeAllAsksWhetherToKeepPinnedNodes() {
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		// a body the user dragged aside on the shipped diagram: dragging pins it there
		Node body = editor.diagram().getNodes().get(0);
		double[] laidOut = { body.getX(), body.getY() };
		double[] aside = { body.getX() + 400, body.getY() + 300 };
		stack.execute(NodeMoves.move(editor.diagram(), Map.of(body, aside), true));
		processEvents();
		Map<Node, double[]> before = positions();
		List<Boolean> asked = new ArrayList<>();

		editor.setArrangeQuestion(shell -> {
			asked.add(true);
			return ArrangeChoice.CANCEL;
		});
		Command last = stack.getUndoCommand();
		editor.arrangeAll();
		processEvents();
		assertEquals(1, asked.size(), "pinned nodes: the user is asked");
		assertSame(last, stack.getUndoCommand(), "cancel changes nothing");

		editor.setArrangeQuestion(shell -> ArrangeChoice.KEEP_PINNED);
		editor.arrangeAll();
		waitUntil("the layout keeping pins", () -> stack.getUndoCommand() != last);
		assertEquals(aside[0], body.getX(), 1e-9, "the pinned body stays where the user put it");
		assertEquals(aside[1], body.getY(), 1e-9);
		assertTrue(body.isPinned());
		stack.undo();
		processEvents();

		editor.setArrangeQuestion(shell -> ArrangeChoice.ARRANGE_EVERYTHING);
		editor.arrangeAll();
		waitUntil("the full layout", () -> stack.getUndoCommand() != last);
		assertTrue(allNodes().stream().noneMatch(Node::isPinned), "arranging everything unpins");
		assertFalse(body.getX() == aside[0] && body.getY() == aside[1], "the dragged body is laid out again");
		assertTrue(Math.hypot(body.getX() - laidOut[0], body.getY() - laidOut[1]) < Math.hypot(aside[0] - laidOut[0], aside[1] - laidOut[1]),
				"back near its place in the layout");
		stack.undo();
		processEvents();
		assertSame(last, stack.getUndoCommand(), "one command");
		assertPositions(before, "one undo restores every position");
		assertTrue(body.isPinned(), "and the pin");
	}

	@Test
	void selectingABodyShowsTheTabbedPropertiesOfTheTree() throws Exception {
		PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
		page().activate(editor);
		SceneNode body = editor.canvas().scene().nodes().stream().filter(SceneNode::container).findFirst().orElseThrow();
		editor.canvas().select(Set.of(body.node()));
		waitUntil("the tabbed Properties of the body", () -> sheet.getCurrentPage() instanceof HelixPropertySheetPage tabs
				&& tabs.getCurrentTab() != null);
		HelixPropertySheetPage tabs = (HelixPropertySheetPage) sheet.getCurrentPage();
		List<String> labels = java.util.Arrays.stream(tabs.getActiveTabs()).map(t -> t.getLabel()).toList();
		assertTrue(labels.containsAll(List.of("General", "Relations")), "the model tree's tabs: " + labels);
		assertEquals(HelixPropertySheetPage.CONTRIBUTOR_ID, editor.getContributorId());
	}

	private List<Node> allNodes() {
		List<Node> nodes = new ArrayList<>();
		editor.diagram().eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				nodes.add(node);
			}
		});
		return nodes;
	}

	private Map<Node, double[]> positions() {
		Map<Node, double[]> positions = new HashMap<>();
		editor.diagram().eAllContents().forEachRemaining(o -> {
			if (o instanceof Node node) {
				positions.put(node, new double[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() });
			}
		});
		return positions;
	}

	private void assertPositions(Map<Node, double[]> expected, String message) {
		expected.forEach((node, bounds) -> assertTrue(java.util.Arrays.equals(bounds,
				new double[] { node.getX(), node.getY(), node.getWidth(), node.getHeight() }), message + ": " + node.getLabel()));
	}

	private static boolean intersects(double[] a, double[] b) {
		return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
	}

	/** With -Dhelix.screenshots.dir: the window (1600x1000) with the governance diagram at its opening zoom. */
	private void screenshot() throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		if (dir.equals("none") || dir.isBlank()) {
			return;
		}
		shell.forceActive();
		editor.canvas().redraw();
		editor.canvas().update();
		processEvents();
		Rectangle area = shell.getDisplay().map(shell, null, shell.getClientArea());
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(Path.of(dir));
			loader.save(Path.of(dir, "governance-diagram.png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
