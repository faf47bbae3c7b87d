package org.helix.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.EnumSet;

import org.helix.network.EcosystemNetwork;
import org.helix.network.EdgeListReader;
import org.helix.network.NetworkInputException;
import org.helix.network.TieKind;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** Edge lists: columns in any order, weights, merged duplicates, and bad input reported with its line. */
class EdgeListReaderTest {

	static EcosystemNetwork read(String csv) throws NetworkInputException {
		return EdgeListReader.read(new StringReader(csv), "test.csv");
	}

	static String error(String csv) {
		return assertThrows(NetworkInputException.class, () -> read(csv)).getMessage();
	}

	@Test
	void readsWeightsInAnyColumnOrderAndMergesDuplicates() throws Exception {
		EcosystemNetwork network = read("Weight,Target,Source,note\n2.5,VITO,VLAIO,x\n,VITO,UGent,\n1,VLAIO,VITO,y\n\n");
		assertEquals(java.util.List.of("VLAIO", "VITO", "UGent"), network.nodes().stream().map(node -> node.id()).toList());
		Graph<String, DefaultWeightedEdge> undirected = network.graph(false, EnumSet.of(TieKind.EDGE));
		assertEquals(3.5, undirected.getEdgeWeight(undirected.getEdge("VLAIO", "VITO")), 1e-12);
		assertEquals(1.0, undirected.getEdgeWeight(undirected.getEdge("UGent", "VITO")), 1e-12);
		Graph<String, DefaultWeightedEdge> directed = network.graph(true, EnumSet.of(TieKind.EDGE));
		assertEquals(2.5, directed.getEdgeWeight(directed.getEdge("VLAIO", "VITO")), 1e-12);
		assertEquals(1.0, directed.getEdgeWeight(directed.getEdge("VITO", "VLAIO")), 1e-12);
	}

	@Test
	void selfLoopsAreLeftOutAndCounted() throws Exception {
		EcosystemNetwork network = read("source,target\na,b\nb,b\n");
		assertEquals(1, network.ties().size());
		assertEquals(1, network.selfLoops());
	}

	@Test
	void badInputNamesTheLine() {
		assertEquals("test.csv, line 1: an edge list needs the columns source,target (and optionally weight); the header has: from,to",
				error("from,to\na,b\n"));
		assertEquals("test.csv, line 3: weight 'heavy' is not a number", error("source,target,weight\na,b,1\nb,c,heavy\n"));
		assertEquals("test.csv, line 2: weight must be a positive number, got -1", error("source,target,weight\na,b,-1\n"));
		assertEquals("test.csv, line 4: target is empty", error("source,target\na,b\n\nc,\n"));
		assertEquals("test.csv, line 2: the row has 1 field(s), no target", error("source,target\na\n"));
	}
}
