package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.ui.testsupport.UiSupport.settle;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.core.Indicator;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.ReportingLine;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tools with model operations in the real diagram editor on Klimaatsprong (issue 16, item 5): dragging the arrow end of
 * a governance reporting line onto another body reconnects it (the shipped reconnect tool), with feedback while
 * dragging and Escape cancelling; the programme diagram's context menu runs the shipped "Add KPI" action. Mouse events
 * are sent to the canvas with their coordinates, as SWT delivers them.
 */
class ToolOperationsUiTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		settle();
	}

	private static DiagramEditor open(IFile file, String descriptionId) throws Exception {
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, descriptionId));
		waitUntil("the layout of " + descriptionId, () -> editor.canvas().scene() != null && !editor.canvas().scene().nodes().isEmpty()
				&& editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
		editor.canvas().getShell().setSize(1600, 1000);
		settle();
		return editor;
	}

	private static void mouse(DiagramCanvas canvas, int type, Point at) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = type == SWT.MouseMove ? 0 : 1;
		event.stateMask = type == SWT.MouseDown ? 0 : SWT.BUTTON1;
		event.count = 1;
		canvas.notifyListeners(type, event);
	}

	/** A point in the body's title, above its list of members (canvas pixels). */
	private static Point title(DiagramCanvas canvas, SceneNode body) {
		double[] view = canvas.viewport();
		return new Point((int) Math.round((body.centerX() - view[0]) * canvas.zoom()), (int) Math.round((body.y() + 6 - view[1]) * canvas.zoom()));
	}

	@Test
	void draggingTheEndOfAReportingLineOntoAnotherBodyReconnectsItAsOneCommand() throws Exception {
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "reconnect.helix"), "org.helix.governance.bodies");
		DiagramCanvas canvas = editor.canvas();
		Edge edge = editor.diagram().getEdges().stream().filter(e -> "gov.reporting".equals(e.getMappingId())).findFirst().orElseThrow();
		ReportingLine line = (ReportingLine) edge.getSemanticElement();
		GovernanceBody oldTarget = line.getTarget();
		SceneNode from = canvas.scene().byNode().get(edge.getSource());
		SceneNode newTarget = canvas.scene().nodes().stream()
				.filter(n -> n.node().getSemanticElement() instanceof GovernanceBody b && b != oldTarget && b != line.eContainer()
						&& b.getStatus() != BodyStatus.DISSOLVED)
				.min(Comparator.comparingDouble(n -> Math.hypot(n.centerX() - from.centerX(), n.centerY() - from.centerY()))).orElseThrow();
		SceneNode member = canvas.scene().nodes().stream().filter(n -> n.node().eContainer() instanceof Node).findFirst().orElseThrow();
		canvas.centerOn((from.centerX() + newTarget.centerX()) / 2, (from.centerY() + newTarget.centerY()) / 2);
		canvas.select(Set.of(edge));
		settle();
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		Object lastCommand = stack.getUndoCommand();

		// a drag cancelled with Escape changes nothing
		Point end = canvas.endPoint(edge, false);
		assertNotNull(end, "the reporting line is shown");
		mouse(canvas, SWT.MouseDown, end);
		mouse(canvas, SWT.MouseMove, title(canvas, newTarget));
		waitUntil("the new body accepts the line", () -> canvas.targetFeedback() == DiagramCanvas.TargetFeedback.ACCEPTED);
		assertTrue(canvas.isReconnecting());
		Event escape = new Event();
		escape.character = SWT.ESC;
		escape.keyCode = SWT.ESC;
		canvas.notifyListeners(SWT.KeyDown, escape);
		assertFalse(canvas.isReconnecting(), "Escape cancels the drag");
		mouse(canvas, SWT.MouseUp, title(canvas, newTarget));
		settle();
		assertSame(oldTarget, line.getTarget());
		assertSame(lastCommand, stack.getUndoCommand(), "nothing was executed");
		assertEquals(Set.of(edge), canvas.selection(), "the line stays selected");

		// a member of a body is refused; the body itself accepts, and releasing there reconnects
		mouse(canvas, SWT.MouseDown, canvas.endPoint(edge, false));
		double[] view = canvas.viewport();
		canvas.centerOn(member.centerX(), member.centerY());
		settle();
		Point onMember = new Point((int) Math.round((member.centerX() - canvas.viewport()[0]) * canvas.zoom()),
				(int) Math.round((member.centerY() - canvas.viewport()[1]) * canvas.zoom()));
		mouse(canvas, SWT.MouseMove, onMember);
		waitUntil("a member refuses the line", () -> canvas.targetFeedback() == DiagramCanvas.TargetFeedback.REFUSED);
		canvas.centerOn(view[0] + canvas.viewport()[2] / 2, view[1] + canvas.viewport()[3] / 2);
		settle();
		mouse(canvas, SWT.MouseMove, title(canvas, newTarget));
		waitUntil("the new body accepts the line", () -> canvas.targetFeedback() == DiagramCanvas.TargetFeedback.ACCEPTED);
		org.helix.ui.testsupport.UiSupport.screenshot("reconnect-edge.png"); // the feedback while dragging, for docs/diagrams.md
		assertTrue(canvas.isReconnecting(), "still dragging after the screenshot");
		mouse(canvas, SWT.MouseUp, title(canvas, newTarget));
		waitUntil("the line reports to the new body", () -> line.getTarget() == newTarget.node().getSemanticElement());
		assertTrue(editor.diagram().getEdges().stream().anyMatch(e -> e.getSemanticElement() == line && e.getTarget() == newTarget.node()),
				"the diagram draws it to the new body");
		assertEquals(DiagramCanvas.TargetFeedback.NONE, canvas.targetFeedback(), "the feedback ends with the drag");

		stack.undo();
		settle();
		assertSame(oldTarget, line.getTarget(), "one Undo takes the reconnection back");
		assertSame(lastCommand, stack.getUndoCommand());
	}

	@Test
	void theContextMenuOfAnActionRunsAddKpi() throws Exception {
		DiagramEditor editor = open(copyOfExample(Example.KLIMAATSPRONG, "actions.helix"), "org.helix.programme.structure");
		DiagramCanvas canvas = editor.canvas();
		Programme programme = (Programme) editor.diagram().getSemanticRoot();
		Node node = editor.diagram().getNodes().stream().filter(n -> n.getSemanticElement() instanceof PriorityAction).findFirst().orElseThrow();
		PriorityAction action = (PriorityAction) node.getSemanticElement();
		canvas.select(Set.of(node));
		settle();
		int indicators = programme.getIndicators().size();

		Menu menu = canvas.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem addKpi = Arrays.stream(menu.getItems()).filter(i -> "Add KPI".equals(i.getText())).findFirst()
				.orElseThrow(() -> new AssertionError("no Add KPI in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		assertTrue(addKpi.isEnabled());
		addKpi.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		waitUntil("the KPI", () -> programme.getIndicators().size() == indicators + 1);
		Indicator kpi = programme.getIndicators().get(indicators);
		assertEquals(Boolean.TRUE, kpi.getKpi());
		assertTrue(kpi.getName().startsWith("KPI of ") && kpi.getName().endsWith(action.getName()), kpi.getName());
		assertTrue(action.getKpis().contains(kpi));

		editor.getEditingDomain().getCommandStack().undo();
		settle();
		assertEquals(indicators, programme.getIndicators().size(), "one Undo");
		assertFalse(action.getKpis().contains(kpi));

		// not offered on an objective
		Node objective = editor.diagram().getNodes().stream().filter(n -> "prog.objective".equals(n.getMappingId())).findFirst().orElseThrow();
		canvas.select(Set.of(objective));
		settle();
		menu.notifyListeners(SWT.Show, new Event());
		assertTrue(Arrays.stream(menu.getItems()).noneMatch(i -> "Add KPI".equals(i.getText())));
		menu.notifyListeners(SWT.Hide, new Event());
	}
}
