package org.helix.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.network.EcosystemNetwork;
import org.helix.network.NetworkMetrics;
import org.helix.network.NetworkNode;
import org.helix.network.NodeMetrics;
import org.helix.network.NodeMetrics.Brokerage;
import org.helix.network.Tie;
import org.helix.network.TieKind;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.junit.jupiter.api.Test;

/** Directed graphs, disconnected graphs and brokerage roles. */
class DirectedAndBrokerageTest {

	/**
	 * data/directed.csv: eight nodes with a cycle, a reciprocal pair (b, f), a source (g) and a sink (h, dangling for
	 * PageRank). Expected values from networkx 3.6.1 (betweenness_centrality, closeness_centrality, which uses incoming
	 * distances, pagerank with tol 1e-13, eigenvector_centrality with tol 1e-12, constraint) on the same DiGraph.
	 */
	@Test
	void directedGraphMatchesNetworkx() throws Exception {
		NetworkMetrics metrics = PublishedValuesTest.metrics("directed.csv", true);
		List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h");
		assertEquals(11, metrics.edgeCount());
		int[] in = { 2, 2, 2, 1, 2, 1, 0, 1 };
		int[] out = { 2, 2, 2, 1, 2, 1, 1, 0 };
		for (int i = 0; i < ids.size(); i++) {
			NodeMetrics node = metrics.node(ids.get(i));
			assertEquals(in[i], node.inDegree(), "in-degree of " + ids.get(i));
			assertEquals(out[i], node.outDegree(), "out-degree of " + ids.get(i));
			assertEquals(in[i] + out[i], node.degree());
		}
		PublishedValuesTest.assertVector("betweenness",
				new double[] { 0.3571428571, 0.2857142857, 0.4047619048, 0.0714285714, 0.2857142857, 0.0, 0.0, 0.0 }, metrics, ids,
				NodeMetrics::betweenness);
		PublishedValuesTest.assertVector("closeness",
				new double[] { 0.4285714286, 0.3956043956, 0.4675324675, 0.3428571429, 0.3956043956, 0.2857142857, 0.0, 0.35 }, metrics, ids,
				NodeMetrics::closeness);
		PublishedValuesTest.assertVector("pagerank",
				new double[] { 0.1307711915, 0.1733809064, 0.1778868093, 0.1054231359, 0.1750086638, 0.1035081272, 0.0298212419, 0.1041999241 },
				metrics, ids, NodeMetrics::pagerank);
		PublishedValuesTest.assertVector("eigenvector",
				new double[] { 0.3430214405, 0.3798323467, 0.5312589198, 0.3430214405, 0.4429618187, 0.2452488492, 0.0, 0.2860100706 }, metrics,
				ids, NodeMetrics::eigenvector);
		PublishedValuesTest.assertVector("constraint", new double[] { 0.3984375, 0.4453125, 0.52734375, 0.78125, 0.44921875, 1.0, 1.0, 1.0 },
				metrics, ids, NodeMetrics::constraint);
	}

	/** The kite plus a separate pair: networkx 3.6.1's Wasserman–Faust closeness and normalised betweenness. */
	@Test
	void disconnectedGraphUsesWassermanFaustCloseness() throws Exception {
		EcosystemNetwork network = org.helix.network.EdgeListReader.read(java.nio.file.Path.of("data", "kite.csv"));
		network.addNode(new NetworkNode("Kim", "Kim", "node", null));
		network.addNode(new NetworkNode("Lou", "Lou", "node", null));
		network.addTie(new Tie("Kim", "Lou", TieKind.EDGE, false, 1, null));
		NetworkMetrics metrics = NetworkMetrics.compute(network.graph(false, EcosystemNetwork.allKinds()), id -> null, new NullProgressMonitor());
		List<String> ids = List.of("Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane", "Kim", "Lou");
		PublishedValuesTest.assertVector("closeness", new double[] { 0.4331550802, 0.4331550802, 0.4090909091, 0.4909090909, 0.4090909091,
				0.525974026, 0.525974026, 0.4909090909, 0.3506493506, 0.2539184953, 0.0909090909, 0.0909090909 }, metrics, ids, NodeMetrics::closeness);
		PublishedValuesTest.assertVector("betweenness", new double[] { 0.0151515152, 0.0151515152, 0.0, 0.0666666667, 0.0, 0.1515151515,
				0.1515151515, 0.2545454545, 0.1454545455, 0.0, 0.0, 0.0 }, metrics, ids, NodeMetrics::betweenness);
		assertEquals(2, metrics.componentCount());
		assertEquals(0, metrics.node("Heather").component());
		assertEquals(1, metrics.node("Kim").component());
		assertEquals(metrics.node("Kim").component(), metrics.node("Lou").component());
	}

	/** Our Brandes agrees with JGraphT's (unnormalised there: networkx's value times (n-1)(n-2)/2 for undirected graphs). */
	@Test
	void betweennessAgreesWithJGraphT() throws Exception {
		var graph = PublishedValuesTest.graph("karate.csv");
		Map<String, Double> jgrapht = new BetweennessCentrality<>(graph).getScores();
		NetworkMetrics metrics = NetworkMetrics.compute(graph, id -> null, new NullProgressMonitor());
		double pairs = 33.0 * 32.0 / 2;
		for (NodeMetrics node : metrics.nodes()) {
			assertEquals(jgrapht.get(node.id()), node.betweenness() * pairs, 1e-9, node.id());
		}
	}

	/**
	 * Gould and Fernandez's five roles, counted by hand. Broker B is in group X. In-neighbours A1 (X) and C1 (Y);
	 * out-neighbours A2 (X), C2 (Y) and D (Z). The six two-paths through B: A1-A2 coordinator, A1-C2 and A1-D
	 * representative (B's group to the outside), C1-A2 gatekeeper (from outside into B's group), C1-C2 itinerant, C1-D
	 * liaison. Adding the arc A1 → A2 closes the first path, so the coordinator count drops to 0; nodes without a
	 * group are left out.
	 */
	@Test
	void brokerageRolesFollowGouldAndFernandez() {
		Map<String, String> groups = Map.of("A1", "X", "A2", "X", "B", "X", "C1", "Y", "C2", "Y", "D", "Z");
		EcosystemNetwork network = new EcosystemNetwork();
		for (String id : List.of("A1", "A2", "B", "C1", "C2", "D", "U")) {
			network.addNode(new NetworkNode(id, id, "node", groups.get(id)));
		}
		for (String[] arc : new String[][] { { "A1", "B" }, { "C1", "B" }, { "U", "B" }, { "B", "A2" }, { "B", "C2" }, { "B", "D" } }) {
			network.addTie(new Tie(arc[0], arc[1], TieKind.EDGE, true, 1, null));
		}
		NetworkMetrics open = NetworkMetrics.compute(network.graph(true, EcosystemNetwork.allKinds()), groups::get, new NullProgressMonitor());
		assertEquals(new Brokerage(1, 1, 2, 1, 1), open.node("B").brokerage());
		assertEquals(6, open.node("B").brokerage().total());
		assertEquals(new Brokerage(0, 0, 0, 0, 0), open.node("A1").brokerage());

		network.addTie(new Tie("A1", "A2", TieKind.EDGE, true, 1, null));
		NetworkMetrics closed = NetworkMetrics.compute(network.graph(true, EcosystemNetwork.allKinds()), groups::get, new NullProgressMonitor());
		assertEquals(new Brokerage(0, 1, 2, 1, 1), closed.node("B").brokerage());

		// undirected: every path counts both ways, so representative and gatekeeper are equal
		NetworkMetrics undirected = NetworkMetrics.compute(network.graph(false, EcosystemNetwork.allKinds()), groups::get,
				new NullProgressMonitor());
		Brokerage b = undirected.node("B").brokerage();
		assertEquals(b.representative(), b.gatekeeper());
	}
}
