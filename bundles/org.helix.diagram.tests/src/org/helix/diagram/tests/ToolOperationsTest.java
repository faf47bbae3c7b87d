package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.OperationAction;
import org.helix.diagram.model.description.ReconnectEdgeTool;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramTools;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.Indicator;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.ReportingLine;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools with model operations and reconnect tools (issue 16, item 5) through {@link DiagramTools}, with the shipped
 * programme and governance viewpoints on the Klimaatsprong example: the creation tool's operations, a context-menu
 * action creating a KPI, a delete tool whose operations replace the deletion, reconnecting a reporting line (declared
 * operations) and a "set up by" line (the default move of the reference), each one command that one Undo takes back.
 */
class ToolOperationsTest {

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private CommandStack stack;
	private DiagramTools tools;

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		stack = fixture.domain.getCommandStack();
		tools = new DiagramTools(fixture.session);
	}

	private Programme programme() {
		return fixture.model.getProgrammes().stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
	}

	private Diagram diagram(String descriptionId, EObject root) {
		Diagram diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram(descriptionId), root, "test");
		stack.flush();
		return diagram;
	}

	private static Tool tool(String descriptionId, String id) {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(descriptionId);
		return description.getLayers().stream().flatMap(layer -> layer.getTools().stream()).filter(t -> id.equals(t.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + id));
	}

	private static Node node(Diagram diagram, EObject semantic) {
		return diagram.getNodes().stream().filter(n -> n.getSemanticElement() == semantic).findFirst().orElseThrow();
	}

	@Test
	void theActionCreationToolMarksTheNewActionAProposalInTheSameCommand() {
		Programme programme = programme();
		Diagram diagram = diagram("org.helix.programme.structure", programme);
		int actions = programme.getActions().size();
		Command create = tools.createNode((NodeCreationTool) tool("org.helix.programme.structure", "prog.createAction"), diagram, null);
		stack.execute(create);
		PriorityAction created = programme.getActions().get(actions);
		assertEquals(List.of(created), List.copyOf(create.getResult()), "the result is still the created element");
		assertEquals("New action", created.getName());
		assertEquals(ActionStatus.PROPOSED, created.getStatus());
		assertEquals(Boolean.TRUE, created.getNewAction());
		assertNotNull(node(diagram, created));
		stack.undo();
		assertEquals(actions, programme.getActions().size());
		assertFalse(stack.canUndo(), "creation and operations were one command");
	}

	@Test
	void theAddKpiActionCreatesAnIndicatorLinkedToTheActionAsOneCommand() {
		Programme programme = programme();
		Diagram diagram = diagram("org.helix.programme.structure", programme);
		PriorityAction action = programme.getActions().get(0);
		Node node = node(diagram, action);
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		List<String> offered = DiagramTools.operationActions(description, diagram, node).stream().map(Tool::getLabel).toList();
		assertTrue(offered.contains("Add KPI"), offered.toString());
		Node objective = node(diagram, programme.getObjectives().get(0));
		assertEquals(List.of(), DiagramTools.operationActions(description, diagram, objective), "only on actions");

		int indicators = programme.getIndicators().size();
		int kpis = action.getKpis().size();
		stack.execute(tools.run((OperationAction) tool("org.helix.programme.structure", "prog.addKpi"), node));
		assertEquals(indicators + 1, programme.getIndicators().size());
		Indicator kpi = programme.getIndicators().get(indicators);
		assertEquals("KPI of " + ((action.getCode() == null ? "" : action.getCode()) + " " + action.getName()).strip(), kpi.getName());
		assertEquals(Boolean.TRUE, kpi.getKpi());
		assertEquals(kpis + 1, action.getKpis().size());
		assertSame(kpi, action.getKpis().get(kpis));

		stack.undo();
		assertEquals(indicators, programme.getIndicators().size());
		assertEquals(kpis, action.getKpis().size());
		assertFalse(stack.canUndo());
		stack.redo();
		assertSame(kpi, action.getKpis().get(kpis));
	}

	@Test
	void markAsStartedIsOfferedOnlyWhereItsPreconditionHolds() {
		Programme programme = programme();
		Diagram diagram = diagram("org.helix.programme.structure", programme);
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		PriorityAction action = programme.getActions().get(0);
		stack.execute(SetCommand.create(fixture.domain, action, action.eClass().getEStructuralFeature("status"), ActionStatus.PLANNED));
		OperationAction start = (OperationAction) tool("org.helix.programme.structure", "prog.start");
		assertTrue(DiagramTools.operationActions(description, diagram, node(diagram, action)).contains(start));
		stack.execute(tools.run(start, node(diagram, action)));
		assertEquals(ActionStatus.STARTED, action.getStatus());
		assertFalse(DiagramTools.operationActions(description, diagram, node(diagram, action)).contains(start), "started already");
		assertFalse(tools.run(start, node(diagram, action)).canExecute());
	}

	@Test
	void aDeleteToolWithOperationsRunsThemInsteadOfDeleting() {
		Programme programme = programme();
		Diagram diagram = diagram("org.helix.programme.structure", programme);
		PriorityAction action = programme.getActions().get(1);
		DeleteTool stop = DescriptionFactory.eINSTANCE.createDeleteTool();
		stop.setLabel("Stop instead of deleting");
		stop.getMappings().add((NodeMapping) fixture.session.synchronizer(diagram).mapping("prog.action"));
		SetValue set = DescriptionFactory.eINSTANCE.createSetValue();
		set.setFeatureName("status");
		set.setValueExpression("'STOPPED'");
		stop.getOperations().add(set);
		stack.execute(tools.delete(stop, node(diagram, action)));
		assertSame(programme, action.eContainer(), "not deleted");
		assertEquals(ActionStatus.STOPPED, action.getStatus());
		assertEquals("#f8d0d0", ((org.helix.diagram.model.description.NodeStyle) node(diagram, action).getAppliedStyle()).getFillColor(),
				"the diagram follows: a stopped action is drawn red");
	}

	@Test
	void aReportingLineIsReconnectedToAnotherBodyAsOneCommand() {
		Diagram diagram = diagram("org.helix.governance.bodies", fixture.model);
		Edge edge = diagram.getEdges().stream().filter(e -> "gov.reporting".equals(e.getMappingId())).findFirst().orElseThrow();
		ReportingLine line = (ReportingLine) edge.getSemanticElement();
		GovernanceBody from = (GovernanceBody) line.eContainer();
		GovernanceBody oldTarget = line.getTarget();
		GovernanceBody newTarget = fixture.model.getGovernanceBodies().stream()
				.filter(b -> b != from && b != oldTarget && b.getStatus() != BodyStatus.DISSOLVED).findFirst().orElseThrow();
		ReconnectEdgeTool reconnect = (ReconnectEdgeTool) tool("org.helix.governance.bodies", "gov.reconnectReporting");
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies");
		assertEquals(List.of(reconnect), DiagramTools.reconnectTools(description, diagram, edge));

		assertFalse(tools.reconnect(reconnect, diagram, edge, false, node(diagram, from)).canExecute(), "never onto its own source");
		assertFalse(tools.reconnect(reconnect, diagram, edge, true, node(diagram, newTarget)).canExecute(), "the tool moves targets only");
		Node member = diagram.getNodes().stream().flatMap(n -> n.getChildren().stream()).findFirst().orElseThrow();
		assertFalse(tools.reconnect(reconnect, diagram, edge, false, member).canExecute(), "only onto a body");

		stack.execute(tools.reconnect(reconnect, diagram, edge, false, node(diagram, newTarget)));
		assertSame(newTarget, line.getTarget());
		assertTrue(diagram.getEdges().stream().anyMatch(e -> e.getSemanticElement() == line && e.getTarget() == node(diagram, newTarget)
				&& e.getSource() == node(diagram, from)), "the diagram shows the line to its new body");
		stack.undo();
		assertSame(oldTarget, line.getTarget());
		assertFalse(stack.canUndo(), "one command");

		// the precondition: not to a dissolved body
		stack.execute(SetCommand.create(fixture.domain, newTarget, GovernancePackage.Literals.GOVERNANCE_BODY__STATUS, BodyStatus.DISSOLVED));
		Edge again = diagram.getEdges().stream().filter(e -> e.getSemanticElement() == line).findFirst().orElseThrow();
		assertFalse(tools.reconnect(reconnect, diagram, again, false, node(diagram, newTarget)).canExecute());
	}

	@Test
	void aSetUpByLineIsReconnectedByTheDefaultMoveOfTheReference() {
		Diagram diagram = diagram("org.helix.governance.bodies", fixture.model);
		Edge edge = diagram.getEdges().stream().filter(e -> "gov.setUpBy".equals(e.getMappingId())).findFirst().orElseThrow();
		GovernanceBody body = (GovernanceBody) edge.getSemanticElement();
		GovernanceBody oldSetter = body.getSetUpBy();
		GovernanceBody newSetter = fixture.model.getGovernanceBodies().stream().filter(b -> b != body && b != oldSetter).findFirst().orElseThrow();
		ReconnectEdgeTool reconnect = (ReconnectEdgeTool) tool("org.helix.governance.bodies", "gov.reconnectSetUp");
		assertTrue(reconnect.getOperations().isEmpty(), "the shipped tool relies on the default");
		stack.execute(tools.reconnect(reconnect, diagram, edge, false, node(diagram, newSetter)));
		assertSame(newSetter, body.getSetUpBy());
		stack.undo();
		assertSame(oldSetter, body.getSetUpBy());
	}
}
