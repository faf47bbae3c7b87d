package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.helix.diagram.layout.BorderNodes;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.EdgeStyle;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.Routing;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.model.notation.Point;
import org.helix.diagram.sync.RecordingCommand;
import org.helix.diagram.viewpoint.Legend;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.diagram.viewpoint.ViewpointValidator;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Border nodes (Sirius's bordered node mappings, issue 16 item 5) on the shipped programme viewpoint and the
 * Klimaatsprong example: each action fiche's deliverables sit on the action's border (seed 001 lists a deliverable per
 * fiche, e.g. "beleidsadvies" addressed to the Vlaamse Regering), and the optional layer of addressees connects them.
 */
class BorderNodesTest {

	@TempDir
	Path folder;

	private static final String PROGRAMME = "org.helix.programme.structure";

	private DiagramFixture fixture;
	private Programme programme;

	private Diagram diagram(DiagramDescription description) throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream().max(Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		return fixture.session.createDiagram(description, programme, "Klimaatsprong");
	}

	private static Node actionNode(Diagram diagram, PriorityAction action) {
		return diagram.getNodes().stream().filter(n -> n.getSemanticElement() == action && "prog.action".equals(n.getMappingId()))
				.findFirst().orElseThrow(() -> new AssertionError("no node for " + action.getName()));
	}

	private static List<Node> borderNodes(Diagram diagram) {
		List<Node> all = new ArrayList<>();
		diagram.getNodes().forEach(node -> all.addAll(node.getBorderedNodes()));
		return all;
	}

	private void layout(Diagram diagram, DiagramDescription description) {
		LayoutResult result = LayoutEngine.compute(diagram, LayoutConfiguration.of(description.getLayout()), description,
				new NullProgressMonitor());
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, result));
	}

	/** The centre of a border node lies on its parent's outline (relative coordinates), within a pixel. */
	private static void assertOnBorder(Node border) {
		Node parent = BorderNodes.parent(border);
		double cx = border.getX() + border.getWidth() / 2, cy = border.getY() + border.getHeight() / 2;
		boolean onVertical = (Math.abs(cx) < 1 || Math.abs(cx - parent.getWidth()) < 1) && cy >= -1 && cy <= parent.getHeight() + 1;
		boolean onHorizontal = (Math.abs(cy) < 1 || Math.abs(cy - parent.getHeight()) < 1) && cx >= -1 && cx <= parent.getWidth() + 1;
		assertTrue(onVertical || onHorizontal, border.getLabel() + " at centre (" + cx + ", " + cy + ") of a " + parent.getWidth()
				+ " x " + parent.getHeight() + " parent");
	}

	private static double[] absolute(Node node) {
		double x = 0, y = 0;
		for (Object current = node; current instanceof Node n; current = n.eContainer()) {
			x += n.getX();
			y += n.getY();
		}
		return new double[] { x, y, node.getWidth(), node.getHeight() };
	}

	@Test
	void everyDeliverableIsABorderNodeOfItsActionAndFollowsTheModel() throws Exception {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		Diagram diagram = diagram(description);

		// Klimaatsprong: eight fiches name one deliverable each
		Set<String> expected = new TreeSet<>(), shown = new TreeSet<>();
		for (PriorityAction action : programme.getActions()) {
			action.getDeliverables().forEach(d -> expected.add(action.getName() + " / " + d.getName()));
			for (Node border : actionNode(diagram, action).getBorderedNodes()) {
				assertEquals("prog.deliverable", border.getMappingId());
				assertTrue(action.getDeliverables().contains(border.getSemanticElement()), border.getLabel());
				assertEquals(14, border.getWidth(), "the border node's size comes from its style");
				assertEquals(14, border.getHeight());
				shown.add(action.getName() + " / " + border.getLabel());
			}
			assertTrue(actionNode(diagram, action).getChildren().isEmpty(), "border nodes are not children");
		}
		assertEquals(8, expected.size());
		assertEquals(expected, shown);

		// a new deliverable gets a border node on its action; one undo takes both back
		CommandStack stack = fixture.domain.getCommandStack();
		PriorityAction action = programme.getActions().stream().filter(a -> a.getDeliverables().isEmpty()).findFirst().orElseThrow();
		Deliverable plan = ProgrammeFactory.eINSTANCE.createDeliverable();
		plan.setName("werkplan 2027");
		stack.execute(AddCommand.create(fixture.domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__DELIVERABLES, plan));
		List<Node> added = actionNode(diagram, action).getBorderedNodes();
		assertEquals(1, added.size());
		assertEquals("werkplan 2027", added.get(0).getLabel());
		assertEquals(9, borderNodes(diagram).size());

		// removing a deliverable removes its border node
		PriorityAction other = programme.getActions().stream().filter(a -> !a.getDeliverables().isEmpty()).findFirst().orElseThrow();
		stack.execute(RemoveCommand.create(fixture.domain, other, ProgrammePackage.Literals.PRIORITY_ACTION__DELIVERABLES,
				other.getDeliverables().get(0)));
		assertTrue(actionNode(diagram, other).getBorderedNodes().isEmpty());
		assertEquals(8, borderNodes(diagram).size());

		stack.undo();
		stack.undo();
		assertTrue(actionNode(diagram, action).getBorderedNodes().isEmpty());
		assertEquals(1, actionNode(diagram, other).getBorderedNodes().size());
	}

	@Test
	void theLayoutPutsEachBorderNodeOnItsActionsBorderAsAnElkPort() throws Exception {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		Diagram diagram = diagram(description);
		layout(diagram, description);
		List<Node> borders = borderNodes(diagram);
		assertEquals(8, borders.size());
		for (Node border : borders) {
			assertTrue(border.isPlaced());
			assertEquals(14, border.getWidth(), "ELK keeps the port's size");
			assertOnBorder(border);
		}

		// moving the action carries its deliverable: it stays on the same spot of the border
		Node border = borders.get(0);
		Node action = BorderNodes.parent(border);
		double[] before = absolute(border);
		double relativeX = border.getX(), relativeY = border.getY();
		fixture.domain.getCommandStack().execute(new RecordingCommand("move", List.of(diagram.eResource()), () -> {
			action.setX(action.getX() + 300);
			action.setY(action.getY() + 45);
		}));
		assertEquals(before[0] + 300, absolute(border)[0], 1e-9);
		assertEquals(before[1] + 45, absolute(border)[1], 1e-9);
		assertEquals(relativeX, border.getX());
		assertEquals(relativeY, border.getY());

		// a deliverable added after the layout is placed on the border by the incremental placement
		PriorityAction empty = programme.getActions().stream().filter(a -> a.getDeliverables().isEmpty()).findFirst().orElseThrow();
		Deliverable advice = ProgrammeFactory.eINSTANCE.createDeliverable();
		advice.setName("beleidsadvies 2027");
		fixture.domain.getCommandStack().execute(
				AddCommand.create(fixture.domain, empty, ProgrammePackage.Literals.PRIORITY_ACTION__DELIVERABLES, advice));
		Node fresh = actionNode(diagram, empty).getBorderedNodes().get(0);
		assertFalse(fresh.isPlaced());
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, LayoutEngine.placeNew(diagram, description)));
		assertTrue(fresh.isPlaced());
		assertOnBorder(fresh);
		assertEquals(BorderNodes.Side.EAST, BorderNodes.side(fresh));
	}

	@Test
	void edgesFromBorderNodesStartOnTheBorderNode() throws Exception {
		// the shipped description with its "Delivered to" edges routed orthogonally, so that the notation keeps the
		// whole route (from ELK's point on the source's outline) and the end can be checked without drawing
		Viewpoint copy = EcoreUtil.copy((Viewpoint) ViewpointRegistry.getDefault().diagram(PROGRAMME).eContainer());
		DiagramDescription description = copy.getDiagrams().get(0);
		var deliveredTo = description.getLayers().stream().flatMap(l -> l.getEdgeMappings().stream())
				.filter(m -> "prog.deliveredTo".equals(m.getId())).findFirst().orElseThrow();
		((EdgeStyle) deliveredTo.getStyle()).setRouting(Routing.ORTHOGONAL);
		Diagram diagram = diagram(description);
		fixture.domain.getCommandStack().execute(new RecordingCommand("layer", List.of(diagram.eResource()), () -> {
			diagram.getActiveLayers().add("prog.addressees");
			fixture.session.synchronizer(diagram).markDirty();
			fixture.session.synchronizer(diagram).refresh();
		}));
		List<Edge> edges = diagram.getEdges().stream().filter(e -> "prog.deliveredTo".equals(e.getMappingId())).toList();
		// three Klimaatsprong deliverables are addressed to the Vlaamse Regering
		assertEquals(3, edges.size(), edges.stream().map(Edge::getLabel).toList().toString());
		for (Edge edge : edges) {
			assertTrue(BorderNodes.isBorderNode(edge.getSource()), "the edge starts at the deliverable's border node");
			assertEquals("Vlaamse Regering", edge.getTarget().getLabel());
		}

		layout(diagram, description);
		for (Edge edge : edges) {
			Node port = edge.getSource();
			assertOnBorder(port);
			assertTrue(edge.getBendPoints().size() >= 2, "the whole route is kept");
			Point start = edge.getBendPoints().get(0);
			double[] b = absolute(port);
			boolean onOutline = start.getX() >= b[0] - 1 && start.getX() <= b[0] + b[2] + 1 && start.getY() >= b[1] - 1
					&& start.getY() <= b[1] + b[3] + 1;
			assertTrue(onOutline, "route of " + edge.getSource().getLabel() + " starts at (" + start.getX() + ", " + start.getY()
					+ "), the border node is at " + java.util.Arrays.toString(b));
			// the parent is not where it starts: the route leaves from the port, not from the action's box
			double[] parent = absolute(BorderNodes.parent(port));
			boolean insideParent = start.getX() > parent[0] + 1 && start.getX() < parent[0] + parent[2] - 1 && start.getY() > parent[1] + 1
					&& start.getY() < parent[1] + parent[3] - 1;
			assertFalse(insideParent);
		}
		// ELK chose the side from the edge's direction: left to right, the outgoing edges leave from the east side
		Map<BorderNodes.Side, Long> sides = edges.stream().collect(Collectors.groupingBy(e -> BorderNodes.side(e.getSource()), Collectors.counting()));
		assertEquals(Map.of(BorderNodes.Side.EAST, 3L), sides);
	}

	@Test
	void theValidatorChecksBorderedNodeMappingsLikeOtherNodeMappings() {
		Viewpoint copy = EcoreUtil.copy((Viewpoint) ViewpointRegistry.getDefault().diagram(PROGRAMME).eContainer());
		assertEquals(List.of(), ViewpointValidator.validate(copy, "programme"));
		NodeMapping deliverable = null;
		for (var all = copy.eAllContents(); all.hasNext();) {
			if (all.next() instanceof NodeMapping mapping && "prog.deliverable".equals(mapping.getId())) {
				deliverable = mapping;
			}
		}
		assertNotNull(deliverable);
		deliverable.setSemanticCandidates("deliverabels");
		deliverable.setLabelExpression("nmae");
		List<ViewpointProblem> problems = ViewpointValidator.validate(copy, "programme");
		assertEquals(List.of("semanticCandidates", "labelExpression"), problems.stream().map(ViewpointProblem::attribute).toList(),
				problems.toString());
		// candidates are checked on the parent's element (the action), labels on the border node's (the deliverable)
		assertTrue(problems.get(0).toString().contains("unknown feature 'deliverabels' on PriorityAction"), problems.get(0).toString());
		assertTrue(problems.get(1).toString().contains("unknown feature 'nmae' on Deliverable"), problems.get(1).toString());
		assertTrue(problems.get(1).toString().contains("NodeMapping 'Deliverable'"), problems.get(1).toString());
	}

	@Test
	void theLegendListsTheBorderNodeMapping() {
		List<String> texts = Legend.of(ViewpointRegistry.getDefault().diagram(PROGRAMME), List.of()).stream().map(Legend.Entry::text).toList();
		assertTrue(texts.contains("Deliverable"), texts.toString());
	}
}
