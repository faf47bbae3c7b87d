package org.helix.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.cli.CommandContext;
import org.helix.cli.HelixCommand;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Relationship;
import org.helix.network.EcosystemNetwork;
import org.helix.network.ModelNetworkBuilder;
import org.helix.network.NetworkMetrics;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * {@code benchmark --network NODES,EDGES}: all network metrics (degree, betweenness, closeness, eigenvector,
 * PageRank, constraint, brokerage, Louvain, components) on a generated ecosystem, median of the timed runs after
 * warm-up; also the whole path from the model (derive the network, build the graph, compute). The ecosystem is the
 * diagram benchmark's: organisations with a random helix in clusters of 50, 90 % of the relationships inside a
 * cluster, seed 2026.
 */
final class NetworkBenchmark {

	private NetworkBenchmark() {
	}

	/** Organisations in clusters of 50; 90 % of the relationships stay inside a cluster (as the diagram benchmark). */
	static HelixModel ecosystem(int nodes, int edges, long seed) {
		Random random = new Random(seed);
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		model.setName("Generated ecosystem");
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
			organisation.setName("organisation " + i);
			organisation.setHelix(HelixKind.values()[random.nextInt(HelixKind.values().length)]);
			organisations.add(organisation);
			model.getActors().add(organisation);
		}
		for (int i = 0; i < edges; i++) {
			int source = random.nextInt(nodes);
			int target = random.nextDouble() < 0.9 ? Math.min(nodes - 1, source / 50 * 50 + random.nextInt(50)) : random.nextInt(nodes);
			if (target == source) {
				target = (source + 1) % nodes;
			}
			Relationship relationship = EcosystemFactory.eINSTANCE.createRelationship();
			relationship.setSource(organisations.get(source));
			relationship.setTarget(organisations.get(target));
			model.getRelationships().add(relationship);
		}
		return model;
	}

	static int run(CommandContext context, int nodes, int edges, int runs, int warmup) {
		HelixModel model = ecosystem(nodes, edges, 2026);
		EcosystemNetwork network = ModelNetworkBuilder.build(model);
		Graph<String, DefaultWeightedEdge> graph = network.graph(false, EcosystemNetwork.allKinds());
		long[] metricsTimes = new long[runs];
		long[] totalTimes = new long[runs];
		NetworkMetrics last = null;
		for (int i = 0; i < warmup + runs; i++) {
			long start = System.nanoTime();
			// large graphs: show the progress of the first run on standard error, in tenths
			IProgressMonitor monitor = i == 0 && nodes >= 10_000 ? new Tenths(context.err()) : new NullProgressMonitor();
			last = NetworkMetrics.compute(graph, id -> network.node(id).group(), monitor);
			long metrics = System.nanoTime() - start;
			start = System.nanoTime();
			EcosystemNetwork derived = ModelNetworkBuilder.build(model);
			NetworkMetrics.compute(derived.graph(false, EcosystemNetwork.allKinds()), id -> derived.node(id).group(), new NullProgressMonitor());
			long total = System.nanoTime() - start;
			if (i >= warmup) {
				metricsTimes[i - warmup] = metrics;
				totalTimes[i - warmup] = total;
			}
		}
		java.util.Arrays.sort(metricsTimes);
		java.util.Arrays.sort(totalTimes);
		context.out().printf("Helix network benchmark: Java %s, %d processors, load average %.1f, %d warm-up + %d timed runs%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), warmup, runs);
		context.out().printf("%d nodes, %d edges (%d components, %d communities, modularity %.4f, eigenvector %d iterations)%n",
				last.nodeCount(), last.edgeCount(), last.componentCount(), last.communityCount(), last.modularity(), last.eigenvectorIterations());
		context.out().printf("all metrics: median %.0f ms, min %.0f ms, max %.0f ms%n", metricsTimes[runs / 2] / 1e6, metricsTimes[0] / 1e6,
				metricsTimes[runs - 1] / 1e6);
		context.out().printf("model -> network -> graph -> metrics: median %.0f ms, min %.0f ms, max %.0f ms%n", totalTimes[runs / 2] / 1e6,
				totalTimes[0] / 1e6, totalTimes[runs - 1] / 1e6);
		return HelixCommand.OK;
	}

	/** Prints "10 %", "20 %", ... with the sub-task and the time since the start. */
	private static final class Tenths extends NullProgressMonitor {
		private final java.io.PrintStream err;
		private final long start = System.nanoTime();
		private double total = 1;
		private double worked;
		private int printed;
		private String task = "";

		Tenths(java.io.PrintStream err) {
			this.err = err;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = Math.max(1, totalWork);
			err.println(name);
		}

		@Override
		public void subTask(String name) {
			task = name;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			worked += work;
			while (printed < 10 && worked >= (printed + 1) * total / 10) {
				printed++;
				err.printf("  %d %% (%s) after %.1f s%n", printed * 10, task, (System.nanoTime() - start) / 1e9);
			}
		}
	}
}
