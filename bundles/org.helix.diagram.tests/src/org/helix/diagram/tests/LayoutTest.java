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
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.viewpoint.ViewpointRegistry;
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
	@EnumSource(value = LayoutConfiguration.class, names = { "LAYERED", "LAYERED_FAST", "STRESS" })
	void layoutKeepsPinnedNodesWhereTheyAre(LayoutConfiguration configuration) {
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
		if (configuration != LayoutConfiguration.STRESS) { // stress places by edge length and may touch; it is not gap-based
			assertNoOverlaps();
		}
	}

	@Test
	void layoutIsOneUndoableStep() {
		Node node = diagram.getNodes().get(0);
		layout(LayoutConfiguration.LAYERED);
		double x = node.getX();
		double y = node.getY();
		assertTrue(x != 0 || y != 0 || diagram.getNodes().get(1).getX() != 0);
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
		assertEquals(diagram.getNodes().size(), job.result().bounds().size());
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
}
