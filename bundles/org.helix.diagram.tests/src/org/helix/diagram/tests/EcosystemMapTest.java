package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.helix.core.ecosystem.ActorTie;
import org.helix.core.ecosystem.ActorTieKind;
import org.helix.core.ecosystem.EcosystemTies;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSynchronizer;
import org.helix.diagram.sync.DiagramTools;
import org.helix.diagram.sync.Neighbourhood;
import org.helix.diagram.sync.RecordingCommand;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.diagram.viewpoints.MetricSizeStyleProvider;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.Organisation;
import org.helix.network.ModelNetworkBuilder;
import org.helix.network.ModelNetworkMetrics;
import org.helix.network.TieKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ecosystem map of Klimaatsprong: the ties the model implies (org.helix.core's EcosystemTies, which the network
 * analysis uses too) as layers, nodes sized by betweenness and coloured by community, the n-hop focus, and a map built
 * from scratch with the palette's tools. The counts per kind are worked out from the example by hand (docs/network.md,
 * "The network of a model").
 */
class EcosystemMapTest {

	private static final String ECOSYSTEM = "org.helix.ecosystem.network";

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private DiagramDescription description;
	private Diagram map;
	private DiagramSynchronizer synchronizer;
	private CommandStack stack;

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		description = ViewpointRegistry.getDefault().diagram(ECOSYSTEM);
		map = fixture.session.createDiagram(description, fixture.model, "Ecosystem map");
		synchronizer = fixture.session.synchronizer(map);
		stack = fixture.domain.getCommandStack();
	}

	private Organisation organisation(HelixModel model, String name) {
		return model.getActors().stream().filter(a -> a instanceof Organisation && name.equals(a.getName())).map(Organisation.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("no organisation " + name));
	}

	private Node node(Diagram diagram, EObject element) {
		return diagram.getNodes().stream().filter(n -> n.getSemanticElement() == element).findFirst()
				.orElseThrow(() -> new AssertionError("no node for " + element));
	}

	private List<Edge> edges(String mappingId) {
		return map.getEdges().stream().filter(e -> mappingId.equals(e.getMappingId())).toList();
	}

	private void setLayer(String id, boolean active) {
		stack.execute(new RecordingCommand("layer", List.of(map.eResource()), () -> {
			if (active) {
				map.getActiveLayers().add(id);
			} else {
				map.getActiveLayers().remove(id);
			}
			synchronizer.markDirty();
			synchronizer.refresh();
		}));
	}

	@Test
	void theModelImpliesTheseTiesPerKindAndTheNetworkAnalysisCountsTheSame() {
		EcosystemTies ties = EcosystemTies.derive(fixture.model);
		assertEquals(74, ties.actors().size(), "every organisation, and no person without one");
		Map<ActorTieKind, Integer> expected = new EnumMap<>(ActorTieKind.class);
		// 13 distinct members of the permanent overlegorgaan: 78 pairs; Vlaams Industrieforum 5: 10 pairs; Vlaanderen
		// Circulair's werkagenda (VLAIO, Vlaanderen Circulair) and the stuurgroep Energiestudie (VEKA, VLAIO): 1 each
		expected.put(ActorTieKind.BODY_MEMBERSHIP, 78 + 10 + 1 + 1);
		// the companies of the 41 Table 2 projects, pairwise per project (Antwerp@C's seven alone give 21)
		expected.put(ActorTieKind.PROJECT_PARTNER, 79);
		// SERV's advice to the Vlaamse Regering
		expected.put(ActorTieKind.ADVICE, 1);
		// actions with two or more of lead and involved actors: {VLAIO, VEKA}, {VLAIO, WEWIS, VEKA}, {PMV, VEB}, {VLAIO, VEKA}
		expected.put(ActorTieKind.ACTION, 1 + 3 + 1 + 1);
		// Vlaanderen Circulair, part of OVAM
		expected.put(ActorTieKind.AFFILIATION, 1);
		// no clusters, value chains or funding managers in this example; its relationships start at recommendations
		assertEquals(expected, ties.counts());

		Map<TieKind, Integer> network = ModelNetworkBuilder.build(fixture.model).tieCounts();
		expected.forEach((kind, count) -> assertEquals(count, network.get(TieKind.of(kind)), kind.id()));
		assertEquals(expected.size(), network.size(), "the network analysis derives the same kinds, no more");
	}

	@Test
	void eachKindOfTieIsALayerDrawingEveryTiedPairOnce() {
		assertEquals(List.of(), synchronizer.problems());
		EcosystemTies ties = EcosystemTies.of(fixture.model);
		Map<String, ActorTieKind> layers = Map.of("eco.tie.body", ActorTieKind.BODY_MEMBERSHIP, "eco.tie.project",
				ActorTieKind.PROJECT_PARTNER, "eco.tie.advice", ActorTieKind.ADVICE, "eco.tie.action", ActorTieKind.ACTION,
				"eco.tie.affiliation", ActorTieKind.AFFILIATION);
		layers.forEach((mapping, kind) -> {
			Set<Set<EObject>> pairs = new HashSet<>();
			for (ActorTie tie : ties.ties()) {
				if (tie.kind() == kind) {
					pairs.add(Set.of(tie.source(), tie.target()));
				}
			}
			Set<Set<EObject>> drawn = new HashSet<>();
			for (Edge edge : edges(mapping)) {
				assertTrue(drawn.add(Set.of(edge.getSource().getSemanticElement(), edge.getTarget().getSemanticElement())),
						"one edge per pair in " + mapping);
			}
			assertEquals(pairs, drawn, mapping);
		});
		// the Vlaamse Regering and essenscia sit together in the council and the forum, VLAIO and VEKA in the council and
		// the stuurgroep Energiestudie: two ties each, one edge each
		Organisation regering = organisation(fixture.model, "Vlaamse Regering");
		Organisation essenscia = organisation(fixture.model, "essenscia");
		assertEquals(2, ties.ties(regering, ActorTieKind.BODY_MEMBERSHIP).stream()
				.filter(t -> t.source() == essenscia || t.target() == essenscia).count());
		Organisation vlaio = organisation(fixture.model, "Agentschap Innoveren en Ondernemen");
		Organisation veka = organisation(fixture.model, "Vlaams Energie- en Klimaatagentschap");
		assertEquals(2, ties.ties(vlaio, ActorTieKind.BODY_MEMBERSHIP).stream().filter(t -> t.source() == veka || t.target() == veka).count());
		assertEquals(78 + 10 + 1 + 1 - 2, edges("eco.tie.body").size());
		// advice is directed: from SERV to the Vlaamse Regering
		Edge advice = edges("eco.tie.advice").get(0);
		assertEquals("Sociaaleconomische Raad van Vlaanderen", ((Actor) advice.getSource().getSemanticElement()).getName());
		assertSame(regering, advice.getTarget().getSemanticElement());
		// relationships from recommendations are on request: the actor network shows no recommendation
		assertTrue(map.getNodes().stream().allMatch(n -> n.getSemanticElement() instanceof Organisation));

		int all = map.getEdges().size();
		int projects = edges("eco.tie.project").size();
		setLayer("eco.ties.project", false);
		assertEquals(0, edges("eco.tie.project").size());
		assertEquals(all - projects, map.getEdges().size());
		assertFalse(map.getActiveLayers().contains("eco.ties.project"), "the layer's state is in the diagram, saved with it");
		stack.undo();
		assertEquals(projects, edges("eco.tie.project").size());
	}

	@Test
	void nodesAreSizedByBetweennessAndColouredByCommunity() {
		Organisation port = organisation(fixture.model, "Port of Antwerp-Bruges");
		Organisation parlement = organisation(fixture.model, "Vlaams Parlement");
		// the port has the highest betweenness of the example (0.30, docs/network.md): the largest size
		Node portNode = node(map, port);
		NodeStyle largest = MetricSizeStyleProvider.size(MetricSizeStyleProvider.STEPS - 1);
		assertEquals(largest.getWidth(), portNode.getWidth());
		assertEquals(largest.getHeight(), portNode.getHeight());
		// no tie at all: betweenness 0, the smallest size
		assertEquals(MetricSizeStyleProvider.size(0).getWidth(), node(map, parlement).getWidth());
		Node fluxys = node(map, organisation(fixture.model, "Fluxys"));
		assertTrue(fluxys.getWidth() > MetricSizeStyleProvider.size(0).getWidth() && fluxys.getWidth() < portNode.getWidth(),
				"Fluxys brokers less than the port: " + fluxys.getWidth());

		// colour: nodes of one community share a fill, the three largest communities differ
		Map<Integer, String> fills = new java.util.HashMap<>();
		for (Node node : map.getNodes()) {
			int community = ModelNetworkMetrics.node(node.getSemanticElement()).community();
			String fill = ((NodeStyle) node.getAppliedStyle()).getFillColor();
			String known = fills.putIfAbsent(community, fill);
			assertTrue(known == null || known.equals(fill) || community >= 8, "community " + community);
		}
		assertEquals(3, Set.of(fills.get(0), fills.get(1), fills.get(2)).size());

		// style options off: the mapping's size, and the helix colours (the Vlaams Parlement is GOVERNMENT)
		setLayer("eco.size.betweenness", false);
		setLayer("eco.colour.community", false);
		assertEquals(140, portNode.getWidth());
		assertEquals("#e3d7f2", ((NodeStyle) node(map, parlement).getAppliedStyle()).getFillColor());
		// size by degree instead: the port has the most neighbours (27)
		setLayer("eco.size.degree", true);
		assertEquals(largest.getWidth(), portNode.getWidth());
		assertTrue(node(map, organisation(fixture.model, "Agoria")).getWidth() < largest.getWidth());
	}

	@Test
	void focusOnANeighbourhoodHidesTheRestAndUndoShowsItAgain() {
		Organisation agoria = organisation(fixture.model, "Agoria");
		Node agoriaNode = node(map, agoria);
		// Agoria's only ties: the Vlaams Industrieforum with the Vlaamse Regering, essenscia, Fedustria and Fevia
		Set<EObject> one = Neighbourhood.elements(map, agoriaNode, 1);
		Set<EObject> expected = new HashSet<>();
		expected.add(agoria);
		for (String name : List.of("Vlaamse Regering", "essenscia", "Fedustria", "Fevia")) {
			expected.add(organisation(fixture.model, name));
		}
		assertEquals(expected, one);
		Set<EObject> two = Neighbourhood.elements(map, agoriaNode, 2);
		assertTrue(two.containsAll(one) && two.contains(organisation(fixture.model, "Sociaaleconomische Raad van Vlaanderen")),
				"two steps reach the council through the Vlaamse Regering");

		stack.execute(synchronizer.focusCommand(one));
		assertEquals(5, map.getNodes().stream().filter(Node::isVisible).count());
		assertTrue(map.getEdges().stream().filter(Edge::isVisible)
				.allMatch(e -> one.contains(e.getSource().getSemanticElement()) && one.contains(e.getTarget().getSemanticElement())));
		assertEquals(4 + 6, map.getEdges().stream().filter(Edge::isVisible).count(), "Agoria's 4 edges and those among the other 4");
		stack.undo();
		assertNull(synchronizer.focus());
		assertTrue(map.getNodes().stream().allMatch(Node::isVisible));
		stack.redo();
		assertEquals(5, map.getNodes().stream().filter(Node::isVisible).count());
		stack.execute(synchronizer.focusCommand(null));
		assertTrue(map.getNodes().stream().allMatch(Node::isVisible));
	}

	@Test
	void aModellerDrawsAMapFromScratch() throws Exception {
		HelixModel empty = CoreFactory.eINSTANCE.createHelixModel();
		empty.setName("Haven");
		DiagramFixture scratch = new DiagramFixture(folder, empty, "haven.helix");
		Diagram diagram = scratch.session.createDiagram(description, empty, "Ecosystem map");
		CommandStack commands = scratch.domain.getCommandStack();
		DiagramTools tools = new DiagramTools(scratch.session);
		commands.execute(tools.createNode((NodeCreationTool) tool("eco.createOrganisation"), diagram, null));
		commands.execute(tools.createNode((NodeCreationTool) tool("eco.createOrganisation"), diagram, null));
		commands.execute(tools.createNode((NodeCreationTool) tool("eco.createCluster"), diagram, null));
		assertEquals(2, empty.getActors().size());
		assertEquals(1, empty.getClusters().size());
		Cluster cluster = empty.getClusters().get(0);
		Node clusterNode = node(diagram, cluster);
		for (Actor organisation : empty.getActors()) {
			commands.execute(tools.createEdge((EdgeCreationTool) tool("eco.addMember"), diagram, clusterNode, node(diagram, organisation)));
		}
		assertEquals(empty.getActors(), cluster.getMembers());
		// two members of one cluster: one derived cluster tie, drawn in its layer, next to the two member edges
		assertEquals(2, diagram.getEdges().stream().filter(e -> "eco.clusterMember".equals(e.getMappingId())).count());
		assertEquals(1, diagram.getEdges().stream().filter(e -> "eco.tie.cluster".equals(e.getMappingId())).count());
		commands.execute(tools.createEdge((EdgeCreationTool) tool("eco.relate"), diagram, node(diagram, empty.getActors().get(0)),
				node(diagram, empty.getActors().get(1))));
		assertEquals(1, empty.getRelationships().size());
		assertEquals(1, diagram.getEdges().stream().filter(e -> "eco.relationship".equals(e.getMappingId())).count());
		assertEquals(List.of(), scratch.session.synchronizer(diagram).problems());
	}

	@Test
	void theStressLayoutOfTheMapLeavesNoBoxOverOther() {
		LayoutResult result = LayoutEngine.compute(map, LayoutConfiguration.of(description.getLayout()), description, new NullProgressMonitor());
		stack.execute(LayoutEngine.applyCommand(map, result));
		List<Node> nodes = map.getNodes();
		for (int i = 0; i < nodes.size(); i++) {
			Node a = nodes.get(i);
			for (int j = i + 1; j < nodes.size(); j++) {
				Node b = nodes.get(j);
				boolean overlap = a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
						&& b.getY() < a.getY() + a.getHeight();
				assertFalse(overlap, a.getLabel() + " overlaps " + b.getLabel());
			}
		}
		// the connected part is drawn as a network, not a row: the port's neighbours lie around it
		Node port = node(map, organisation(fixture.model, "Port of Antwerp-Bruges"));
		long above = edges("eco.tie.project").stream().filter(e -> e.getSource() == port || e.getTarget() == port)
				.map(e -> e.getSource() == port ? e.getTarget() : e.getSource()).filter(n -> n.getY() + n.getHeight() < port.getY()).count();
		long below = edges("eco.tie.project").stream().filter(e -> e.getSource() == port || e.getTarget() == port)
				.map(e -> e.getSource() == port ? e.getTarget() : e.getSource()).filter(n -> n.getY() > port.getY() + port.getHeight()).count();
		assertTrue(above > 0 && below > 0, "partners above (" + above + ") and below (" + below + ") the port");
	}

	private Tool tool(String id) {
		return description.getLayers().stream().flatMap(layer -> layer.getTools().stream()).filter(t -> id.equals(t.getId())).findFirst()
				.orElseThrow(() -> new AssertionError("no tool " + id));
	}
}
