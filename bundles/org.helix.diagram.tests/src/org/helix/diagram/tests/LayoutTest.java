package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.command.AddCommand;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutJob;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LayoutTest {

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Programme programme;
	private Diagram diagram;

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.programme.structure"),
				programme, "Klimaatsprong");
	}

	private void layout(LayoutConfiguration configuration) {
		LayoutResult result = LayoutEngine.compute(diagram, configuration, new NullProgressMonitor());
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, result));
	}

	private static boolean overlap(Node a, Node b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
				&& b.getY() < a.getY() + a.getHeight();
	}

	private void assertNoOverlaps() {
		List<Node> nodes = diagram.getNodes();
		for (int i = 0; i < nodes.size(); i++) {
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getLabel() + " overlaps " + nodes.get(j).getLabel());
			}
		}
	}

	@ParameterizedTest
	@EnumSource(value = LayoutConfiguration.class, names = { "LAYERED", "LAYERED_RIGHT", "LAYERED_FAST", "CLUSTERED", "STRESS" })
	void layoutKeepsPinnedNodesWhereTheyAre(LayoutConfiguration configuration) {
		layoutWithAPinnedNode(configuration);
	}

	/** The gap-based layouts also leave no overlaps around the pinned node (stress places by edge length and may touch). */
	@ParameterizedTest
	@EnumSource(value = LayoutConfiguration.class, names = { "LAYERED", "LAYERED_RIGHT", "LAYERED_FAST", "CLUSTERED" })
	void gapBasedLayoutsLeaveNoOverlapsAroundAPinnedNode(LayoutConfiguration configuration) {
		layoutWithAPinnedNode(configuration);
		assertNoOverlaps();
	}

	private void layoutWithAPinnedNode(LayoutConfiguration configuration) {
		layout(LayoutConfiguration.LAYERED);
		Node pinned = diagram.getNodes().get(3);
		fixture.domain.getCommandStack().execute(new org.helix.diagram.sync.RecordingCommand("pin", List.of(diagram.eResource()), () -> {
			pinned.setX(-500);
			pinned.setY(-400);
			pinned.setPinned(true);
		}));
		layout(configuration);
		assertEquals(-500, pinned.getX());
		assertEquals(-400, pinned.getY());
		assertTrue(diagram.getNodes().stream().allMatch(Node::isPlaced));
	}

	@Test
	void layoutIsOneUndoableStep() {
		Node node = diagram.getNodes().get(0);
		layout(LayoutConfiguration.LAYERED);
		double x = node.getX();
		double y = node.getY();
		assertNoOverlaps(); // the layered layout placed every node apart, so the undo below has a layout to restore
		layout(LayoutConfiguration.STRESS);
		fixture.domain.getCommandStack().undo();
		assertEquals(x, node.getX());
		assertEquals(y, node.getY());
	}

	@Test
	void incrementalLayoutPlacesOnlyNewNodesNextToTheirNeighbours() {
		layout(LayoutConfiguration.LAYERED);
		double[] before = diagram.getNodes().stream().flatMapToDouble(n -> java.util.stream.DoubleStream.of(n.getX(), n.getY())).toArray();
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setName("Nieuw");
		action.getObjectives().add(programme.getObjectives().get(0));
		fixture.domain.getCommandStack().execute(new AddCommand(fixture.domain, programme, ProgrammePackage.Literals.PROGRAMME__ACTIONS, action));
		Node added = diagram.getNodes().stream().filter(n -> n.getSemanticElement() == action).findFirst().orElseThrow();
		assertFalse(added.isPlaced());

		LayoutResult result = LayoutEngine.placeNew(diagram);
		assertEquals(1, result.bounds().size(), "only the new node moves");
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, result));
		assertTrue(added.isPlaced());
		Node objective = diagram.getNodes().stream().filter(n -> n.getSemanticElement() == programme.getObjectives().get(0)).findFirst().orElseThrow();
		assertTrue(added.getX() > objective.getX(), "placed beside its neighbour");
		double[] after = diagram.getNodes().stream().filter(n -> n != added).flatMapToDouble(n -> java.util.stream.DoubleStream.of(n.getX(), n.getY())).toArray();
		assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(after));
		assertNoOverlaps();
	}

	@Test
	void layoutRunsAsAJob() throws Exception {
		LayoutJob job = new LayoutJob(diagram, LayoutConfiguration.LAYERED_FAST);
		job.schedule();
		job.join();
		assertTrue(job.getResult().isOK());
		assertNotNull(job.result());
		// every node, and the border nodes on them (the programme's deliverables)
		int borderNodes = diagram.getNodes().stream().mapToInt(n -> n.getBorderedNodes().size()).sum();
		assertEquals(diagram.getNodes().size() + borderNodes, job.result().bounds().size());
	}

	@Test
	void theSameNotationInAnotherOrderGetsTheSameLayout() {
		LayoutResult first = LayoutEngine.compute(diagram, LayoutConfiguration.LAYERED, new NullProgressMonitor());
		// reverse the notation's node and edge order (as another refresh history might leave it)
		fixture.domain.getCommandStack().execute(new org.helix.diagram.sync.RecordingCommand("reverse",
				List.of(diagram.eResource()), () -> {
					for (int i = diagram.getNodes().size() - 1; i > 0; i--) {
						diagram.getNodes().move(0, i);
					}
					for (int i = diagram.getEdges().size() - 1; i > 0; i--) {
						diagram.getEdges().move(0, i);
					}
				}));
		LayoutResult second = LayoutEngine.compute(diagram, LayoutConfiguration.LAYERED, new NullProgressMonitor());
		for (Node node : diagram.getNodes()) {
			assertTrue(java.util.Arrays.equals(first.bounds().get(node), second.bounds().get(node)), node.getLabel());
		}
	}

	private Diagram governance() {
		return fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies"), fixture.model,
				"Governance");
	}

	@Test
	void reportingLinesPointUpSoThePermanentCouncilIsOnTop() {
		Diagram governance = governance();
		LayoutResult result = LayoutEngine.compute(governance, LayoutConfiguration.LAYERED, new NullProgressMonitor());
		fixture.domain.getCommandStack().execute(LayoutEngine.applyCommand(governance, result));
		Node council = governance.getNodes().stream()
				.filter(n -> n.getSemanticElement() instanceof GovernanceBody body && body.getKind() == BodyKind.PERMANENT_COUNCIL)
				.findFirst().orElseThrow();
		int reportingToCouncil = 0;
		for (Edge edge : governance.getEdges()) {
			if (edge.getMappingId().equals("gov.reporting")) {
				Node other = edge.getSource() == council ? edge.getTarget() : edge.getTarget() == council ? edge.getSource() : null;
				if (other != null) {
					assertTrue(other.getY() >= council.getY() + council.getHeight(), other.getLabel() + " is below the council");
				}
				if (edge.getTarget() == council) {
					reportingToCouncil++;
					// ELK routed it from the council down; turned back, the route starts at the reporting body
					List<org.helix.diagram.model.notation.Point> points = edge.getBendPoints();
					Node body = edge.getSource();
					assertTrue(points.isEmpty() || (points.get(0).getX() >= body.getX() && points.get(0).getX() <= body.getX() + body.getWidth()),
							edge.getLabel() + " from " + body.getLabel());
				}
			}
		}
		assertTrue(reportingToCouncil >= 5, "the example has bodies reporting to the council: " + reportingToCouncil);
	}

	@Test
	void longListsWrapIntoColumnsAndStagesIntoRows() throws Exception {
		DiagramFixture rawMaterials = new DiagramFixture(folder, org.helix.examples.Example.RAW_MATERIALS);
		Diagram chain = rawMaterials.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.valuechain.stages"),
				rawMaterials.model, "Value chain");
		LayoutResult result = LayoutEngine.compute(chain, LayoutConfiguration.LAYERED, new NullProgressMonitor());
		rawMaterials.domain.getCommandStack().execute(LayoutEngine.applyCommand(chain, result));
		Node longest = chain.getNodes().stream().max(java.util.Comparator.comparingInt(n -> n.getChildren().size())).orElseThrow();
		int entries = longest.getChildren().size();
		assertTrue(entries > 24, "the refining stage lists most activities: " + entries);
		long columns = longest.getChildren().stream().mapToDouble(Node::getX).distinct().count();
		assertEquals((entries + 11) / 12, columns, "at most twelve entries a column");
		for (Node entry : longest.getChildren()) {
			assertTrue(entry.getX() + entry.getWidth() <= longest.getWidth() && entry.getY() + entry.getHeight() <= longest.getHeight(),
					entry.getLabel() + " lies inside its stage");
		}
		double right = chain.getNodes().stream().mapToDouble(n -> n.getX() + n.getWidth()).max().orElseThrow();
		double bottom = chain.getNodes().stream().mapToDouble(n -> n.getY() + n.getHeight()).max().orElseThrow();
		assertTrue(right <= 1440 && bottom <= 900, "fits a 1440 x 900 screen at 100 %: " + right + " x " + bottom);
		// the stages keep their order, reading like text
		List<Node> stages = chain.getNodes();
		for (int i = 1; i < stages.size(); i++) {
			Node before = stages.get(i - 1), after = stages.get(i);
			assertTrue(after.getY() > before.getY() || (after.getY() == before.getY() && after.getX() > before.getX()),
					after.getLabel() + " comes after " + before.getLabel());
		}
	}

	/** A network of {@code size} organisations in groups of 25, most relationships inside a group. */
	private static org.helix.model.core.HelixModel network(int size) {
		java.util.Random random = new java.util.Random(5);
		org.helix.model.core.HelixModel model = org.helix.model.core.CoreFactory.eINSTANCE.createHelixModel();
		for (int i = 0; i < size; i++) {
			Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
			organisation.setName("organisation " + i);
			model.getActors().add(organisation);
		}
		for (int i = 0; i < size * 3 / 2; i++) {
			int source = random.nextInt(size);
			int target = random.nextDouble() < 0.9 ? Math.min(size - 1, source / 25 * 25 + random.nextInt(25)) : random.nextInt(size);
			if (target != source) {
				Relationship relationship = EcosystemFactory.eINSTANCE.createRelationship();
				relationship.setSource(model.getActors().get(source));
				relationship.setTarget(model.getActors().get(target));
				model.getRelationships().add(relationship);
			}
		}
		return model;
	}

	@Test
	void largeNetworksGetTheClusteredLayoutWithoutOverlapsAndKeepPins() throws Exception {
		DiagramFixture large = new DiagramFixture(folder, network(600), "network.helix");
		Diagram network = large.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network"),
				large.model, "Network");
		assertEquals(600, network.getNodes().size());
		assertEquals(LayoutConfiguration.CLUSTERED, LayoutConfiguration.STRESS.forSize(network.getNodes().size()));
		assertEquals(LayoutConfiguration.STRESS, LayoutConfiguration.STRESS.forSize(LayoutConfiguration.LARGE_DIAGRAM));
		Node pinned = network.getNodes().get(10);
		large.domain.getCommandStack().execute(new org.helix.diagram.sync.RecordingCommand("pin", List.of(network.eResource()), () -> {
			pinned.setX(-300);
			pinned.setY(-200);
			pinned.setPinned(true);
		}));
		LayoutResult result = LayoutEngine.compute(network, LayoutConfiguration.STRESS, new NullProgressMonitor());
		large.domain.getCommandStack().execute(LayoutEngine.applyCommand(network, result));
		assertEquals(-300, pinned.getX());
		assertEquals(-200, pinned.getY());
		List<Node> nodes = network.getNodes();
		for (int i = 0; i < nodes.size(); i++) {
			assertTrue(nodes.get(i).isPlaced() || nodes.get(i).isPinned());
			for (int j = i + 1; j < nodes.size(); j++) {
				assertFalse(overlap(nodes.get(i), nodes.get(j)), nodes.get(i).getLabel() + " overlaps " + nodes.get(j).getLabel());
			}
		}
		// edges between clusters are straight (no bend points left from an earlier layout); those inside are routed
		assertTrue(network.getEdges().stream().anyMatch(edge -> !edge.getBendPoints().isEmpty()), "edges inside clusters are routed");
		LayoutResult again = LayoutEngine.compute(network, LayoutConfiguration.STRESS, new NullProgressMonitor());
		assertEquals(network.getEdges().stream().filter(e -> e.isVisible() && !e.getSource().isPinned() && !e.getTarget().isPinned()).count(),
				again.bendPoints().size(), "every edge between laid-out nodes gets its route, straight ones too");
		// screen-shaped rather than one long strip
		double width = nodes.stream().mapToDouble(n -> n.getX() + n.getWidth()).max().orElseThrow()
				- nodes.stream().mapToDouble(Node::getX).min().orElseThrow();
		double height = nodes.stream().mapToDouble(n -> n.getY() + n.getHeight()).max().orElseThrow()
				- nodes.stream().mapToDouble(Node::getY).min().orElseThrow();
		assertTrue(width / height > 0.5 && width / height < 4, width + " x " + height);
	}
}
