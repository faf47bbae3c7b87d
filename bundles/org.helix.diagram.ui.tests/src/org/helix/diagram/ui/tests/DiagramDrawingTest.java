package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolItem;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drawing in the ecosystem diagram of the seed example (Klimaatsprong: its organisations such as Fluxys and VOKA)
 * with mouse events at the positions of scene nodes. The pointer moves are posted to the display (Display.post, as
 * the user's mouse would) and the test waits until the canvas has received them. Presses and releases are sent to the
 * canvas as events carrying their coordinates: under Xvfb (no window manager) a posted button event reaches the
 * canvas at the screen origin instead of the pointer (a press posted at screen (649, 409) arrived at canvas
 * (-285, -128)), which would test Xvfb rather than the editor.
 */
class DiagramDrawingTest {

	static final String ECOSYSTEM = "org.helix.ecosystem.network";

	private DiagramEditor editor;
	private DiagramCanvas canvas;
	private HelixModel model;
	private Shell shell;
	private Rectangle shellBounds;
	/** Mouse events the canvas received, to wait until a posted event has arrived. */
	private int moved;

	@BeforeEach
	void openEcosystemDiagram() throws Exception {
		editor = DiagramEditor.open(page(), new DiagramEditorInput(copyOfExample(Example.KLIMAATSPRONG, "drawing.helix"), ECOSYSTEM));
		waitUntil("the layout of the ecosystem diagram", () -> editor.canvas().scene() != null
				&& !editor.canvas().scene().nodes().isEmpty() && editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
		canvas = editor.canvas();
		model = (HelixModel) editor.diagram().getSemanticRoot();
		// the posted events go to whatever is on the screen there: the workbench window must be on it, in front
		shell = canvas.getShell();
		shellBounds = shell.getBounds();
		shell.setBounds(Display.getCurrent().getClientArea());
		shell.forceActive();
		processEvents();
		canvas.fit(); // the diagram opens at 100 % on its top-left corner; these gestures want the whole network in view
		processEvents();
		canvas.addListener(SWT.MouseMove, e -> moved++);
	}

	@AfterEach
	void close() {
		shell.setBounds(shellBounds);
		page().closeAllEditors(false);
		processEvents();
	}

	@Test
	void draggingFromOneOrganisationToAnotherCreatesOneUndoableRelationship() {
		SceneNode[] pair = twoNearbyOrganisations();
		Organisation source = (Organisation) pair[0].node().getSemanticElement();
		Organisation target = (Organisation) pair[1].node().getSemanticElement();
		int relationships = model.getRelationships().size();
		arm("→ Relationship");

		press(pair[0]);
		moveTo(between(pair[0], pair[1]));
		moveTo(centre(pair[1]));
		waitUntil("the target answers the dragged connection", () -> canvas.targetFeedback() == DiagramCanvas.TargetFeedback.ACCEPTED);
		release(centre(pair[1]));
		waitUntil("the relationship", () -> model.getRelationships().size() == relationships + 1);

		Relationship created = model.getRelationships().get(model.getRelationships().size() - 1);
		assertSame(source, created.getSource());
		assertSame(target, created.getTarget());
		assertEquals(1, editor.diagram().getEdges().stream().filter(e -> e.getSemanticElement() == created).count(),
				"the diagram shows the relationship once");
		assertEquals(DiagramCanvas.Mode.SELECT, canvas.mode(), "the tool is used once, then the canvas selects again");

		CommandStack stack = editor.getEditingDomain().getCommandStack();
		stack.undo();
		processEvents();
		assertEquals(relationships, model.getRelationships().size(), "one undo takes the relationship back");
		assertTrue(editor.diagram().getEdges().stream().noneMatch(e -> e.getSemanticElement() == created));
	}

	@Test
	void releasingOnTheSourceIsRefusedAndCreatesNothing() {
		SceneNode[] pair = twoNearbyOrganisations();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Object lastCommand = stack.getUndoCommand();
		int relationships = model.getRelationships().size();
		arm("→ Relationship");

		press(pair[0]);
		moveTo(between(pair[0], pair[1]));
		moveTo(new Point(centre(pair[0]).x + 5, centre(pair[0]).y)); // back onto the source
		waitUntil("the source refuses to be its own target", () -> canvas.targetFeedback() == DiagramCanvas.TargetFeedback.REFUSED);
		release(new Point(centre(pair[0]).x + 5, centre(pair[0]).y));
		processEvents();

		assertEquals(relationships, model.getRelationships().size(), "no self-relationship");
		assertSame(lastCommand, stack.getUndoCommand(), "nothing was executed");
		assertEquals(DiagramCanvas.TargetFeedback.NONE, canvas.targetFeedback(), "the feedback ends with the drag");
	}

	@Test
	void aClickWithTheEdgeToolCreatesNothing() {
		SceneNode[] pair = twoNearbyOrganisations();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Object lastCommand = stack.getUndoCommand();
		int relationships = model.getRelationships().size();
		arm("→ Relationship");

		press(pair[0]);
		release(centre(pair[0]));
		// today's mistake was a second click making Fluxys -> Fluxys: click again on the same node
		press(pair[0]);
		release(centre(pair[0]));
		processEvents();

		assertEquals(relationships, model.getRelationships().size(), "clicks connect nothing");
		assertSame(lastCommand, stack.getUndoCommand(), "nothing was executed");
	}

	@Test
	void oneClickWithTheOrganisationToolCreatesExactlyOneOrganisation() {
		int actors = model.getActors().size();
		int nodes = editor.diagram().getNodes().size();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Object lastCommand = stack.getUndoCommand();
		Point empty = emptyCanvasPoint();
		arm("+ Organisation");

		click(empty);
		waitUntil("the organisation", () -> model.getActors().size() > actors);
		processEvents();

		assertEquals(actors + 1, model.getActors().size(), "one click, one organisation");
		Organisation created = (Organisation) model.getActors().get(model.getActors().size() - 1);
		assertEquals("New organisation", created.getName());
		List<Node> shown = editor.diagram().getNodes().stream().filter(n -> n.getSemanticElement() == created).toList();
		assertEquals(1, shown.size(), "one node for it, no hidden duplicate");
		assertEquals(nodes + 1, editor.diagram().getNodes().size());
		SceneNode scene = canvas.scene().byNode().get(shown.get(0));
		double[] view = canvas.viewport();
		double x = view[0] + empty.x / canvas.zoom(), y = view[1] + empty.y / canvas.zoom();
		assertTrue(scene.x() <= x && x <= scene.x() + scene.width() && scene.y() <= y && y <= scene.y() + scene.height(),
				"the node is where the user clicked");
		assertEquals(DiagramCanvas.Mode.SELECT, canvas.mode());

		stack.undo(); // issue 11: one step, not the element and then its position
		processEvents();
		assertSame(lastCommand, stack.getUndoCommand(), "one Undo takes the whole creation back");
		assertEquals(actors, model.getActors().size());
		assertEquals(nodes, editor.diagram().getNodes().size());
	}

	// ---- gestures

	private void arm(String label) {
		ToolItem item = Arrays.stream(editor.palette().getItems()).filter(i -> label.equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no palette tool " + label));
		for (ToolItem other : editor.palette().getItems()) {
			if ((other.getStyle() & SWT.RADIO) != 0) {
				other.setSelection(other == item);
			}
		}
		item.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private void press(SceneNode node) {
		Point at = centre(node);
		moveTo(at);
		button(SWT.MouseDown, at);
	}

	/** A press or release of the left button at a canvas point, as the canvas receives it from SWT. */
	private void button(int type, Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = 1;
		event.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
		event.count = 1;
		canvas.notifyListeners(type, event);
	}

	private void moveTo(Point at) {
		int before = moved;
		Point screen = canvas.toDisplay(at);
		if (screen.equals(Display.getCurrent().getCursorLocation())) {
			return; // already there: the display reports no motion
		}
		post(SWT.MouseMove, screen.x, screen.y, 0);
		waitUntil("the move to " + at, () -> moved > before);
	}

	private void release(Point at) {
		moveTo(at);
		button(SWT.MouseUp, at);
		processEvents();
	}

	private void click(Point at) {
		moveTo(at);
		button(SWT.MouseDown, at);
		button(SWT.MouseUp, at);
		processEvents();
	}

	private static void post(int type, int x, int y, int button) {
		Event event = new Event();
		event.type = type;
		event.x = x;
		event.y = y;
		event.button = button;
		assertTrue(Display.getCurrent().post(event), "the display accepts the posted mouse event");
	}

	// ---- where things are

	/** Two organisations close to each other, both shown whole on the part of the canvas that is on the screen. */
	private SceneNode[] twoNearbyOrganisations() {
		List<SceneNode> organisations = canvas.scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof Organisation).toList();
		assertTrue(organisations.size() >= 2, "the example has organisations");
		SceneNode source = organisations.get(0);
		SceneNode target = organisations.stream().filter(n -> n != source)
				.min(Comparator.comparingDouble(n -> Math.hypot(n.centerX() - source.centerX(), n.centerY() - source.centerY()))).orElseThrow();
		canvas.centerOn((source.centerX() + target.centerX()) / 2, (source.centerY() + target.centerY()) / 2);
		processEvents();
		for (SceneNode node : List.of(source, target)) {
			Point screen = canvas.toDisplay(centre(node));
			assertTrue(visibleArea().contains(screen), "node " + node.label() + " at " + screen + " is on the screen " + visibleArea());
		}
		return new SceneNode[] { source, target };
	}

	/** The part of the canvas that is on the screen, in display coordinates. */
	private Rectangle visibleArea() {
		Rectangle area = canvas.getClientArea();
		Point origin = canvas.toDisplay(0, 0);
		return new Rectangle(origin.x, origin.y, area.width, area.height).intersection(Display.getCurrent().getClientArea());
	}

	/** A canvas point with no node or edge near it, on the screen. */
	private Point emptyCanvasPoint() {
		Rectangle visible = visibleArea();
		Point origin = canvas.toDisplay(0, 0);
		double[] view = canvas.viewport();
		double zoom = canvas.zoom();
		for (int y = visible.y + 30; y < visible.y + visible.height - 30; y += 10) {
			for (int x = visible.x + 30; x < visible.x + visible.width - 30; x += 10) {
				double dx = view[0] + (x - origin.x) / zoom, dy = view[1] + (y - origin.y) / zoom;
				boolean free = canvas.scene().nodes().stream().noneMatch(n -> n.x() - 100 <= dx && dx <= n.x() + n.width() + 100
						&& n.y() - 40 <= dy && dy <= n.y() + n.height() + 40) && canvas.scene().edgeAt(dx, dy, 10 / zoom) == null;
				if (free) {
					return new Point(x - origin.x, y - origin.y);
				}
			}
		}
		throw new AssertionError("no empty place on the visible canvas");
	}

	private Point centre(SceneNode node) {
		double[] view = canvas.viewport();
		return new Point((int) Math.round((node.centerX() - view[0]) * canvas.zoom()), (int) Math.round((node.centerY() - view[1]) * canvas.zoom()));
	}

	private Point between(SceneNode a, SceneNode b) {
		Point pa = centre(a), pb = centre(b);
		// off the source, whichever way the target lies
		return new Point((pa.x + pb.x) / 2, (pa.y + pb.y) / 2 + (int) Math.max(0, a.height() * canvas.zoom()));
	}
}
