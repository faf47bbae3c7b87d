package org.helix.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.helix.network.EcosystemNetwork;
import org.helix.network.NetworkMetrics;
import org.helix.network.NetworkNode;
import org.helix.network.Tie;
import org.helix.network.TieKind;
import org.junit.jupiter.api.Test;

/**
 * The metrics report progress and stop when cancelled, on a 20,000-node, 60,000-edge ecosystem. That the whole run
 * completes on this size is measured by the benchmark ({@code ./helix cli benchmark --network 20000,60000}, see
 * docs/benchmarks.md), not here: it takes seconds to minutes depending on the machine's load.
 */
class CancellationTest {

	/** Organisations in clusters of 50, 90 % of the ties inside a cluster (the recipe of the diagram benchmark). */
	static EcosystemNetwork ecosystem(int nodes, int edges, long seed) {
		Random random = new Random(seed);
		EcosystemNetwork network = new EcosystemNetwork();
		String[] helix = { "GOVERNMENT", "INDUSTRY", "KNOWLEDGE", "CIVIL_SOCIETY" };
		for (int i = 0; i < nodes; i++) {
			network.addNode(new NetworkNode("o" + i, "organisation " + i, "Organisation", helix[random.nextInt(4)]));
		}
		for (int i = 0; i < edges; i++) {
			int source = random.nextInt(nodes);
			int target = random.nextDouble() < 0.9 ? Math.min(nodes - 1, source / 50 * 50 + random.nextInt(50)) : random.nextInt(nodes);
			if (target == source) {
				target = (source + 1) % nodes;
			}
			network.addTie(new Tie("o" + source, "o" + target, TieKind.RELATIONSHIP, true, 1, null));
		}
		return network;
	}

	/** Counts the work reported and cancels itself once a given amount has been reported. */
	static final class CancellingMonitor extends NullProgressMonitor {
		final AtomicInteger worked = new AtomicInteger();
		final AtomicInteger calls = new AtomicInteger();
		int total;
		final int cancelAfter;

		CancellingMonitor(int cancelAfter) {
			this.cancelAfter = cancelAfter;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void internalWorked(double work) {
			calls.incrementAndGet();
			worked.addAndGet((int) Math.ceil(work));
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public boolean isCanceled() {
			return worked.get() >= cancelAfter;
		}
	}

	@Test
	void largeEcosystemReportsProgressAndCanBeCancelled() {
		EcosystemNetwork network = ecosystem(20_000, 60_000, 2026);
		var graph = network.graph(false, EcosystemNetwork.allKinds());
		assertEquals(20_000, graph.vertexSet().size());
		// SubMonitor reports to the root monitor in 1,000 units; cancel 3 % of the way, inside betweenness
		CancellingMonitor monitor = new CancellingMonitor(30);
		long start = System.nanoTime();
		assertThrows(OperationCanceledException.class,
				() -> NetworkMetrics.compute(graph, id -> network.node(id).group(), monitor));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertTrue(monitor.total > 0, "a task was begun");
		assertTrue(monitor.worked.get() >= 30 && monitor.worked.get() < 100, "stopped early: " + monitor.worked + " of " + monitor.total);
		// not a timing assertion: only reported, to see that cancelling stops the work soon
		System.out.println("cancelled after " + monitor.worked + " of " + monitor.total + " units, " + millis + " ms");
	}

	@Test
	void benchmarkEcosystemCompletesWithProgress() {
		EcosystemNetwork network = ecosystem(2_000, 3_000, 2026);
		CancellingMonitor monitor = new CancellingMonitor(Integer.MAX_VALUE);
		long start = System.nanoTime();
		NetworkMetrics metrics = NetworkMetrics.compute(network.graph(false, EcosystemNetwork.allKinds()), id -> network.node(id).group(), monitor);
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertEquals(2_000, metrics.nodeCount());
		assertTrue(monitor.total >= 1000 && monitor.worked.get() >= monitor.total * 0.99, "progress reported: " + monitor.worked + " of " + monitor.total);
		// step by step (a block of 128 sources is about 3 % of the work here), not all at the end
		assertTrue(monitor.calls.get() >= 20, "progress steps: " + monitor.calls);
		assertTrue(metrics.modularity() > 0.5, "clusters of 50 are found: " + metrics.modularity());
		System.out.println("2,000 nodes, " + metrics.edgeCount() + " edges: all metrics in " + millis + " ms, " + metrics.communityCount()
				+ " communities, modularity " + metrics.modularity() + ", eigenvector iterations " + metrics.eigenvectorIterations());
	}
}
