package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.sync.DiagramTools;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynchronizerTest {

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Programme programme;
	private DiagramDescription description;
	private Diagram diagram;
	private CommandStack stack;

	@BeforeEach
	void openProgrammeDiagram() throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		description = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		diagram = fixture.session.createDiagram(description, programme, "Klimaatsprong");
		stack = fixture.domain.getCommandStack();
		stack.flush(); // start each test from a clean undo history
	}

	/** A tool of a description by its id (the palette order may change). */
	private static Tool tool(DiagramDescription description, String id) {
		return description.getLayers().stream().flatMap(layer -> layer.getTools().stream()).filter(t -> id.equals(t.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + id));
	}

	private Node node(EObject semantic) {
		return diagram.getNodes().stream().filter(n -> n.getSemanticElement() == semantic).findFirst().orElse(null);
	}

	@Test
	void showsDimensionsObjectivesAndActionsWithTheirLinks() {
		assertTrue(fixture.session.synchronizer(diagram).problems().isEmpty(), fixture.session.synchronizer(diagram).problems().toString());
		int expected = programme.getDimensions().size() + programme.getObjectives().size() + programme.getActions().size();
		assertTrue(expected > 20, "the example has a real programme: " + expected);
		assertEquals(expected, diagram.getNodes().size());
		long links = programme.getActions().stream().mapToLong(a -> a.getObjectives().size() + a.getDimensions().size() + a.getDependsOn().size()).sum()
				+ programme.getObjectives().stream().mapToLong(o -> o.getContributesTo().size()).sum();
		assertEquals(links, diagram.getEdges().size());
		PriorityAction first = programme.getActions().get(0);
		assertEquals(java.util.Objects.toString(first.getCode(), "") + " " + first.getName(), node(first).getLabel(), "null code shows as empty");
	}

	@Test
	void aModelChangeShowsInTheDiagramAndOneUndoRestoresBoth() {
		PriorityAction action = programme.getActions().get(0);
		Node node = node(action);
		ActionStatus before = action.getStatus();
		String styleBefore = node.getStyleKey();
		assertTrue(before != ActionStatus.DELAYED);

		stack.execute(SetCommand.create(fixture.domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__STATUS, ActionStatus.DELAYED));
		assertEquals("conditional:0", node.getStyleKey(), "a delayed action is drawn red");
		assertEquals("#f8d0d0", ((NodeStyle) node.getAppliedStyle()).getFillColor());

		stack.execute(SetCommand.create(fixture.domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__STATUS, ActionStatus.COMPLETED));
		assertEquals("conditional:1", node.getStyleKey());

		stack.undo();
		assertEquals(ActionStatus.DELAYED, action.getStatus());
		assertEquals("conditional:0", node.getStyleKey());
		stack.undo();
		assertEquals(before, action.getStatus());
		assertEquals(styleBefore, node.getStyleKey());
		stack.redo();
		assertEquals("conditional:0", node.getStyleKey());
	}

	@Test
	void addingAndRemovingElementsAddsAndRemovesNodesAndEdges() {
		int nodes = diagram.getNodes().size();
		NodeCreationTool create = (NodeCreationTool) tool(description, "prog.createAction");
		DiagramTools tools = new DiagramTools(fixture.session);
		Command creation = tools.createNode(create, diagram, null);
		stack.execute(creation);
		assertEquals(nodes + 1, diagram.getNodes().size());
		PriorityAction created = programme.getActions().get(programme.getActions().size() - 1);
		assertEquals("New action", created.getName());
		assertEquals(List.of(created), List.copyOf(creation.getResult()), "the command's result is the created element");
		Node node = node(created);
		assertNotNull(node);
		assertFalse(node.isPlaced(), "new nodes wait for the incremental layout");

		int edges = diagram.getEdges().size();
		stack.execute(new org.eclipse.emf.edit.command.AddCommand(fixture.domain, created,
				ProgrammePackage.Literals.PRIORITY_ACTION__OBJECTIVES, programme.getObjectives().get(0)));
		assertEquals(edges + 1, diagram.getEdges().size());
		Edge edge = diagram.getEdges().get(diagram.getEdges().size() - 1);
		assertSame(node, edge.getSource());
		assertSame(node(programme.getObjectives().get(0)), edge.getTarget());

		stack.undo();
		stack.undo();
		assertEquals(nodes, diagram.getNodes().size());
		assertEquals(edges, diagram.getEdges().size());
		assertFalse(programme.getActions().contains(created));
	}

	@Test
	void anEdgeToolConnectsTwoOrganisationsButNeverAnOrganisationToItself() {
		DiagramDescription ecosystem = ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network");
		Diagram network = fixture.session.createDiagram(ecosystem, fixture.model, "Actor network");
		EdgeCreationTool relate = (EdgeCreationTool) tool(ecosystem, "eco.relate");
		List<Node> organisations = network.getNodes().stream().filter(n -> n.getSemanticElement() instanceof Organisation).toList();
		Node fluxys = organisations.stream().filter(n -> ((Organisation) n.getSemanticElement()).getName().startsWith("Fluxys")).findFirst()
				.orElseThrow(() -> new AssertionError("the example's ecosystem shows Fluxys"));
		Node other = organisations.stream().filter(n -> n != fluxys).findFirst().orElseThrow();
		DiagramTools tools = new DiagramTools(fixture.session);

		assertFalse(tools.createEdge(relate, network, fluxys, fluxys).canExecute(), "no Fluxys -> Fluxys");
		int relationships = fixture.model.getRelationships().size();
		stack.execute(tools.createEdge(relate, network, fluxys, other));
		assertEquals(relationships + 1, fixture.model.getRelationships().size());
		Relationship created = fixture.model.getRelationships().get(relationships);
		assertSame(fluxys.getSemanticElement(), created.getSource());
		assertSame(other.getSemanticElement(), created.getTarget());
		stack.undo();
		assertEquals(relationships, fixture.model.getRelationships().size());
	}

	@Test
	void deletingANodeWithItsToolDeletesTheElementAndUndoBringsBothBack() {
		PriorityAction action = programme.getActions().get(1);
		Node node = node(action);
		int edges = diagram.getEdges().size();
		long actionEdges = diagram.getEdges().stream().filter(e -> e.getSource() == node || e.getTarget() == node).count();
		DeleteTool delete = (DeleteTool) tool(description, "prog.delete");

		Command command = new DiagramTools(fixture.session).delete(delete, node);
		assertTrue(command.canExecute());
		stack.execute(command);
		assertFalse(programme.getActions().contains(action), "the model element is gone");
		assertNull(node(action));
		assertEquals(edges - actionEdges, diagram.getEdges().size());

		stack.undo();
		assertTrue(programme.getActions().contains(action));
		assertSame(node, node(action), "undo brings back the same node, position and all");
		assertEquals(edges, diagram.getEdges().size());
	}

	@Test
	void directEditRenamesTheElement() {
		PriorityAction action = programme.getActions().get(0);
		DirectEditTool rename = (DirectEditTool) tool(description, "prog.rename");
		stack.execute(new DiagramTools(fixture.session).directEdit(rename, node(action), "Warmte"));
		assertEquals("Warmte", action.getName());
		assertEquals(java.util.Objects.toString(action.getCode(), "") + " Warmte", node(action).getLabel());
	}

	@Test
	void changesOutsideTheCommandStackAreRefreshedOnRequest() {
		PriorityAction action = programme.getActions().get(0);
		action.setStatus(ActionStatus.STOPPED);
		assertTrue(fixture.session.synchronizer(diagram).isDirty());
		fixture.session.refreshIfDirty();
		assertEquals("conditional:0", node(action).getStyleKey());
	}

	@Test
	void filtersLayersAndUnsynchronizedDiagrams() {
		long done = programme.getActions().stream().filter(a -> a.getStatus() == ActionStatus.COMPLETED || a.getStatus() == ActionStatus.DELIVERED).count();
		diagram.getActiveFilters().add("prog.hideDone");
		diagram.getActiveLayers().add("prog.leads");
		fixture.session.refresh(diagram);
		long hidden = diagram.getNodes().stream().filter(n -> !n.isVisible()).count();
		assertEquals(done, hidden);
		assertTrue(diagram.getNodes().stream().anyMatch(n -> n.getMappingId().equals("prog.lead")), "optional layer shows leads");

		// an unsynchronized diagram only shows what was put there, but drops deleted elements
		Diagram blank = fixture.session.createDiagram(description, programme, "blank");
		blank.setSynchronized(false);
		blank.getNodes().clear();
		PriorityAction action = programme.getActions().get(0);
		fixture.session.synchronizer(blank).show((org.helix.diagram.model.description.NodeMapping) fixture.session.synchronizer(blank).mapping("prog.action"), action);
		fixture.session.refresh(blank);
		assertEquals(1, blank.getNodes().size());
		stack.execute(new org.eclipse.emf.edit.command.RemoveCommand(fixture.domain, programme,
				ProgrammePackage.Literals.PROGRAMME__ACTIONS, List.of(programme.getActions().get(1))));
		assertEquals(1, blank.getNodes().size(), "other actions do not appear");
		stack.execute(new org.eclipse.emf.edit.command.RemoveCommand(fixture.domain, programme,
				ProgrammePackage.Literals.PROGRAMME__ACTIONS, List.of(action)));
		assertEquals(0, blank.getNodes().size());
	}

	@Test
	void diagramsAreSavedBesideTheModelAndReopen() throws Exception {
		PriorityAction action = programme.getActions().get(0);
		node(action).setX(123);
		node(action).setPinned(true);
		HelixPersistence.save(fixture.model, folder.resolve("klimaatsprong.helix"));
		fixture.session.save();
		assertTrue(java.nio.file.Files.exists(folder.resolve("klimaatsprong.helix-diagrams")));

		var resourceSet = HelixPersistence.newResourceSet();
		var domain = DiagramSession.createEditingDomain(resourceSet);
		var model = HelixPersistence.load(resourceSet, folder.resolve("klimaatsprong.helix"));
		DiagramSession reopened = DiagramSession.open(domain, model.eResource(), ViewpointRegistry.getDefault()::diagram);
		Diagram loaded = reopened.diagrams().get(0);
		assertEquals(diagram.getNodes().size(), loaded.getNodes().size());
		Node first = loaded.getNodes().stream().filter(n -> n.getSemanticElement() == model.getProgrammes().get(fixture.model.getProgrammes().indexOf(programme)).getActions().get(0)).findFirst().orElseThrow();
		assertEquals(123, first.getX());
		assertTrue(first.isPinned());
		assertEquals(diagram.getEdges().size(), loaded.getEdges().size());
		String text = java.nio.file.Files.readString(folder.resolve("klimaatsprong.helix-diagrams"));
		// cross-document references are written as <semanticElement href="klimaatsprong.helix#ID"/>, as in the shipped
		// examples/models/*.helix-diagrams: relative to the diagram file, by id
		assertTrue(text.contains("href=\"klimaatsprong.helix#"), "relative references by id");
		assertFalse(text.contains("file:"), "no absolute references");
	}
}
