package org.helix.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.network.EcosystemNetwork;
import org.helix.network.ModelNetworkBuilder;
import org.helix.network.NetworkMetrics;
import org.helix.network.NetworkNode;
import org.helix.network.Tie;
import org.helix.network.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The network derived from the shipped Klimaatsprong model (seed 001 and the SERV advice 000). The expected facts
 * were counted by hand in klimaatsprong.helix: 74 organisations (the three people all belong to one); the permanent
 * overlegorgaan (001 L3365-3386) has memberships of 13 distinct organisations (VLAIO four times: member, chair's
 * seat, secretariat), the Vlaams Industrieforum 5; 19 of the 41 projects of Table 2 have two or more companies,
 * making 79 partner pairs (Antwerp@C alone 21); the SERV advice goes from SERV (and its two signatories) to the
 * minister-president, i.e. the Vlaamse Regering; Vlaanderen Circulair's parent is OVAM.
 */
class KlimaatsprongNetworkTest {

	@TempDir
	static Path folder;

	static EcosystemNetwork network;

	@BeforeAll
	static void load() throws Exception {
		Path file = folder.resolve("klimaatsprong.helix");
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			Files.copy(in, file);
		}
		HelixModel model = HelixPersistence.load(file);
		network = ModelNetworkBuilder.build(model);
	}

	static NetworkNode node(String label) {
		return network.nodes().stream().filter(node -> node.label().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + label));
	}

	@Test
	void everyOrganisationIsANodeAndEachKindOfTieIsCounted() {
		assertEquals(74, network.nodes().size());
		assertTrue(network.nodes().stream().allMatch(node -> node.type().equals("Organisation")));
		Map<TieKind, Integer> counts = network.tieCounts();
		// 13 distinct members of the permanent overlegorgaan: 78 pairs; Vlaams Industrieforum 5: 10 pairs;
		// Vlaanderen Circulair's werkagenda (VLAIO, Vlaanderen Circulair) and the stuurgroep Energiestudie (VEKA, VLAIO): 1 each
		assertEquals(78 + 10 + 1 + 1, counts.get(TieKind.BODY_MEMBERSHIP));
		assertEquals(79, counts.get(TieKind.PROJECT_PARTNER));
		assertEquals(1, counts.get(TieKind.ADVICE));
		assertEquals(1, counts.get(TieKind.AFFILIATION));
		// actions with two or more of lead and involved actors: {VLAIO, VEKA}, {VLAIO, WEWIS, VEKA}, {PMV, VEB}, {VLAIO, VEKA}
		assertEquals(1 + 3 + 1 + 1, counts.get(TieKind.ACTION));
		// the seed's relationships run from recommendations to elements, not between actors
		assertEquals(null, counts.get(TieKind.RELATIONSHIP));
	}

	@Test
	void thePermanentCouncilTiesItsMembersPairwise() {
		Set<String> members = network.ties().stream().filter(tie -> "permanent overlegorgaan".equals(tie.via()))
				.flatMap(tie -> java.util.stream.Stream.of(tie.source(), tie.target())).map(id -> network.node(id).label())
				.collect(Collectors.toSet());
		assertEquals(13, members.size(), members.toString());
		assertTrue(members.containsAll(List.of("Agentschap Innoveren en Ondernemen", "Vlaams Energie- en Klimaatagentschap",
				"Sociaaleconomische Raad van Vlaanderen", "Vlaamse Regering")), members.toString());
		Graph<String, DefaultWeightedEdge> bodies = network.graph(false, EnumSet.of(TieKind.BODY_MEMBERSHIP));
		for (String a : members) {
			for (String b : members) {
				if (!a.equals(b)) {
					assertNotNull(bodies.getEdge(node(a).id(), node(b).id()), a + " – " + b);
				}
			}
		}
	}

	@Test
	void theIndustryForumBridgesToTheCouncilThroughItsSharedMembers() {
		Graph<String, DefaultWeightedEdge> bodies = network.graph(false, EnumSet.of(TieKind.BODY_MEMBERSHIP));
		String agoria = node("Agoria").id();
		Set<String> neighbours = Graphs.neighborSetOf(bodies, agoria).stream().map(id -> network.node(id).label()).collect(Collectors.toSet());
		assertEquals(Set.of("Vlaamse Regering", "essenscia", "Fedustria", "Fevia"), neighbours);
		NetworkMetrics metrics = NetworkMetrics.compute(bodies, id -> network.node(id).group(), new NullProgressMonitor());
		// Agoria reaches the council only through the Vlaamse Regering or essenscia, members of both bodies
		assertTrue(metrics.node(node("essenscia").id()).betweenness() > 0);
		assertEquals(0.0, metrics.node(agoria).betweenness(), 1e-15);
		assertEquals(metrics.node(node("Vlaamse Regering").id()).betweenness(), metrics.node(node("essenscia").id()).betweenness(), 1e-12);
	}

	@Test
	void theWholeNetworkHasMetricsForEveryNode() {
		NetworkMetrics metrics = NetworkMetrics.compute(network.graph(false, EcosystemNetwork.allKinds()), id -> network.node(id).group(),
				new NullProgressMonitor());
		assertEquals(74, metrics.nodeCount());
		assertTrue(metrics.modularity() > 0.3, "modularity " + metrics.modularity());
		// Antwerp@C's seven partners and Power to Methanol's four share Fluxys and PoAB: one component holds them all
		int component = metrics.node(node("Fluxys").id()).component();
		for (String company : List.of("Air Liquide", "BASF", "Borealis", "ExxonMobil", "INEOS", "Total", "Engie", "Indaver")) {
			assertEquals(component, metrics.node(node(company).id()).component(), company);
		}
		// VLAIO sits in the council, the klankbordgroep, two working groups, the stuurgroep and the actions: a broker
		String vlaio = node("Agentschap Innoveren en Ondernemen").id();
		assertTrue(metrics.node(vlaio).betweenness() > 0);
		Tie advice = network.ties().stream().filter(tie -> tie.kind() == TieKind.ADVICE).findFirst().orElseThrow();
		assertEquals("Sociaaleconomische Raad van Vlaanderen", network.node(advice.source()).label());
		assertEquals("Vlaamse Regering", network.node(advice.target()).label());
	}
}
