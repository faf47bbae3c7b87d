package org.helix.diagram.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.sync.DiagramSynchronizer;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Relationship;

/**
 * Diagram benchmark: a generated ecosystem (organisations in clusters of 50, 90 % of the relationships inside a
 * cluster, like real ecosystems) shown with the shipped actor-network viewpoint. All timings are from one JVM: after
 * three warm-up rounds on a 300-node diagram, ELK layered with its defaults, LAYERED_FAST and CLUSTERED (the default
 * for a diagram this large) lay out the same diagram seven times each, alternating, and the medians are compared.
 */
public class DiagramBenchmarkCommand implements HelixCommand {

	private static final String NETWORK = "org.helix.ecosystem.network";
	/** Full layouts per configuration; the median is reported. */
	private static final int RUNS = 7;
	/** Unmeasured runs of each kind of change before the measured ones. */
	private static final int WARM_UP_RUNS = 5;

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("nodes", "edges", "add", "refresh", "runs"));
		int nodes = count(parsed.option("nodes"), 2000);
		int edges = count(parsed.option("edges"), 3000);
		int add = count(parsed.option("add"), 20);
		int runs = count(parsed.option("runs"), 21);
		String refresh = parsed.option("refresh") == null ? "both" : parsed.option("refresh");
		if (!List.of("both", "incremental", "full").contains(refresh)) {
			throw CommandException.usage("--refresh takes both, incremental or full: " + refresh);
		}
		PrintStream out = context.out();
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(NETWORK);
		if (description == null) {
			throw new CommandException(USAGE_OR_IO_ERROR, "the viewpoint " + NETWORK + " is not installed: "
					+ ViewpointRegistry.getDefault().problems());
		}
		out.printf("Helix diagram benchmark: %d organisations, %d relationships; Java %s, %d processors, load average %.2f%n", nodes,
				edges, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage());
		try {
			Path folder = Files.createTempDirectory("helix-diagram-benchmark");
			Path file = folder.resolve("ecosystem.helix");
			HelixPersistence.save(generate(nodes, edges, 2026), file);

			warmUp(description, folder);

			long t0 = System.nanoTime();
			ResourceSet resourceSet = HelixPersistence.newResourceSet();
			EditingDomain domain = DiagramSession.createEditingDomain(resourceSet);
			HelixModel model = HelixPersistence.load(resourceSet, file);
			long loaded = System.nanoTime();
			DiagramSession session = DiagramSession.open(domain, model.eResource(), ViewpointRegistry.getDefault()::diagram);
			Diagram diagram = session.createDiagram(description, model, "network");
			long synced = System.nanoTime();
			row(out, "load model (.helix)", loaded - t0);
			row(out, "open session + synchronize new diagram (" + diagram.getNodes().size() + " nodes, " + diagram.getEdges().size() + " edges)", synced - loaded);

			CommandStack stack = domain.getCommandStack();
			DiagramSynchronizer synchronizer = session.synchronizer(diagram);
			List<Boolean> modes = switch (refresh) {
			case "incremental" -> List.of(true);
			case "full" -> List.of(false);
			default -> List.of(true, false);
			};
			List<String> defaultLayers = List.copyOf(diagram.getActiveLayers());
			measureChanges(out, session, diagram, model, modes, runs,
					"the viewpoint's default layers (size by betweenness, colour by community, implied ties)");
			diagram.getActiveLayers().clear();
			diagram.getActiveLayers().add("eco.default");
			session.refresh(diagram);
			measureChanges(out, session, diagram, model, modes, runs, "layer 'Actors and relationships' only (no style option, no ties)");
			diagram.getActiveLayers().addAll(defaultLayers.stream().filter(id -> !id.equals("eco.default")).toList());
			session.refresh(diagram);
			synchronizer.setIncremental(!refresh.equals("full")); // the rest runs with the refresh asked for

			// full layouts: each configuration RUNS times on the same diagram, alternating, median reported
			LayoutConfiguration chosen = LayoutConfiguration.of(description.getLayout()).forSize(diagram.getNodes().size());
			List<LayoutConfiguration> configurations = List.of(LayoutConfiguration.ELK_LAYERED_DEFAULT,
					LayoutConfiguration.LAYERED_FAST, LayoutConfiguration.CLUSTERED);
			Map<LayoutConfiguration, List<Long>> times = new LinkedHashMap<>();
			LayoutResult fast = null;
			for (int run = 0; run < RUNS; run++) {
				for (LayoutConfiguration configuration : configurations) {
					long l0 = System.nanoTime();
					LayoutResult result = LayoutEngine.compute(diagram, configuration, description, null);
					times.computeIfAbsent(configuration, k -> new ArrayList<>()).add(System.nanoTime() - l0);
					if (configuration == chosen) {
						fast = result;
					}
				}
			}
			long reference = median(times.get(LayoutConfiguration.ELK_LAYERED_DEFAULT));
			for (LayoutConfiguration configuration : configurations) {
				long median = median(times.get(configuration));
				row(out, "full layout: " + configuration + (configuration == chosen ? " (the default at this size)" : "")
						+ String.format(", median of %d, %.1fx", RUNS, reference / (double) median), median);
			}
			stack.execute(LayoutEngine.applyCommand(diagram, fast));

			Random random = new Random(7);
			long a0 = System.nanoTime();
			for (int i = 0; i < add; i++) {
				Organisation organisation = organisation("added " + i, random);
				Relationship relationship = EcosystemFactory.eINSTANCE.createRelationship();
				relationship.setSource(organisation);
				relationship.setTarget(model.getActors().get(random.nextInt(model.getActors().size())));
				stack.execute(AddCommand.create(domain, model, CorePackage.Literals.HELIX_MODEL__ACTORS, organisation));
				stack.execute(AddCommand.create(domain, model, CorePackage.Literals.HELIX_MODEL__RELATIONSHIPS, relationship));
			}
			row(out, "add " + add + " organisations + relationships (" + 2 * add + " commands, each refreshing)", System.nanoTime() - a0);
			LayoutResult incremental = LayoutEngine.placeNew(diagram);
			long p0 = System.nanoTime();
			incremental = LayoutEngine.placeNew(diagram);
			long placeNanos = System.nanoTime() - p0;
			row(out, "incremental layout of the " + incremental.bounds().size() + " new nodes (others fixed)", placeNanos);
			out.printf("Speed-up over ELK layered default: %s %.1fx, incremental %.0fx%n", chosen,
					reference / (double) median(times.get(chosen)), reference / (double) Math.max(1, placeNanos));
			out.printf("Load average at the end: %.2f%n", loadAverage());
			session.dispose();
			return OK;
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "benchmark failed: " + e.getMessage(), e);
		}
	}

	/**
	 * One change through the command stack with its triggered refresh, per kind of change, {@code runs} times each,
	 * incremental and full refresh alternating (so load from other processes hits both alike); each change is undone
	 * (not measured) before the next, so every run starts from the same model. Median, min and max are printed.
	 */
	private static void measureChanges(PrintStream out, DiagramSession session, Diagram diagram, HelixModel model,
			List<Boolean> modes, int runs, String configuration) {
		EditingDomain domain = session.domain();
		CommandStack stack = domain.getCommandStack();
		DiagramSynchronizer synchronizer = session.synchronizer(diagram);
		out.printf("One change through the command stack with its triggered refresh, %s; %d runs each (median / min / max):%n",
				configuration, runs);
		Map<String, java.util.function.IntFunction<org.eclipse.emf.common.command.Command>> changes = new LinkedHashMap<>();
		List<org.helix.model.ecosystem.Actor> actors = model.getActors();
		changes.put("rename an organisation", run -> SetCommand.create(domain, actors.get(Math.floorMod(run * 37, actors.size())),
				org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "renamed " + run));
		changes.put("add a relationship", run -> {
			Relationship relationship = EcosystemFactory.eINSTANCE.createRelationship();
			relationship.setSource(actors.get(Math.floorMod(run * 37, actors.size())));
			relationship.setTarget(actors.get(Math.floorMod(run * 53 + 11, actors.size())));
			return AddCommand.create(domain, model, CorePackage.Literals.HELIX_MODEL__RELATIONSHIPS, relationship);
		});
		changes.put("change the helix of an organisation (drives a conditional style)", run -> {
			org.helix.model.ecosystem.Actor actor = actors.get(Math.floorMod(run * 41, actors.size()));
			HelixKind other = actor.getHelix() == HelixKind.KNOWLEDGE ? HelixKind.GOVERNMENT : HelixKind.KNOWLEDGE;
			return SetCommand.create(domain, actor, org.helix.model.ecosystem.EcosystemPackage.Literals.ACTOR__HELIX, other);
		});
		for (Map.Entry<String, java.util.function.IntFunction<org.eclipse.emf.common.command.Command>> change : changes.entrySet()) {
			Map<Boolean, List<Long>> times = new LinkedHashMap<>();
			Map<Boolean, List<Long>> refreshes = new LinkedHashMap<>();
			for (int run = -WARM_UP_RUNS; run < runs; run++) { // the first runs warm up this configuration's code paths
				boolean measured = run >= 0;
				for (boolean incremental : modes) {
					synchronizer.setIncremental(incremental);
					org.eclipse.emf.common.command.Command command = change.getValue().apply(run);
					long t0 = System.nanoTime();
					stack.execute(command);
					long nanos = System.nanoTime() - t0;
					if (measured) {
						times.computeIfAbsent(incremental, k -> new ArrayList<>()).add(nanos);
						refreshes.computeIfAbsent(incremental, k -> new ArrayList<>()).add(synchronizer.lastRefreshNanos());
					}
					stack.undo();
				}
			}
			for (boolean incremental : modes) {
				List<Long> sorted = new ArrayList<>(times.get(incremental));
				sorted.sort(null);
				List<Long> refresh = new ArrayList<>(refreshes.get(incremental));
				refresh.sort(null);
				out.printf("  %-68s %-11s command+refresh %7.2f / %6.2f / %6.2f ms; refresh alone %7.2f / %6.2f / %6.2f ms%n",
						change.getKey(), incremental ? "incremental" : "full", median(sorted) / 1e6, sorted.get(0) / 1e6,
						sorted.get(sorted.size() - 1) / 1e6, median(refresh) / 1e6, refresh.get(0) / 1e6,
						refresh.get(refresh.size() - 1) / 1e6);
			}
		}
		synchronizer.setIncremental(true);
		out.flush();
	}

	private static double loadAverage() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** JIT warm-up on a small model, so the measured run is not the first pass through EMF, the parser and ELK. */
	private static void warmUp(DiagramDescription description, Path folder) throws IOException {
		Path file = folder.resolve("warmup.helix");
		HelixPersistence.save(generate(300, 450, 1), file);
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		HelixModel model = HelixPersistence.load(resourceSet, file);
		DiagramSession session = DiagramSession.open(DiagramSession.createEditingDomain(resourceSet), model.eResource(),
				ViewpointRegistry.getDefault()::diagram);
		Diagram diagram = session.createDiagram(description, model, "warm-up");
		for (int i = 0; i < 3; i++) {
			LayoutEngine.compute(diagram, LayoutConfiguration.ELK_LAYERED_DEFAULT, description, null);
			LayoutEngine.compute(diagram, LayoutConfiguration.LAYERED_FAST, description, null);
			LayoutEngine.compute(diagram, LayoutConfiguration.CLUSTERED, description, null);
		}
		session.dispose();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}

	private static void row(PrintStream out, String what, long nanos) {
		out.printf("%-90s %8d ms%n", what, nanos / 1_000_000);
		out.flush();
	}

	/** Organisations in clusters of 50; 90 % of the relationships stay inside a cluster. */
	public static HelixModel generate(int nodes, int edges, long seed) {
		Random random = new Random(seed);
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		model.setName("Generated ecosystem");
		List<Organisation> organisations = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			Organisation organisation = organisation("organisation " + i, random);
			organisations.add(organisation);
			model.getActors().add(organisation);
		}
		int cluster = 50;
		for (int i = 0; i < edges; i++) {
			int source = random.nextInt(nodes);
			int target;
			if (random.nextDouble() < 0.9) {
				int base = source / cluster * cluster;
				target = Math.min(nodes - 1, base + random.nextInt(cluster));
			} else {
				target = random.nextInt(nodes);
			}
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

	private static Organisation organisation(String name, Random random) {
		Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		organisation.setHelix(HelixKind.values()[random.nextInt(HelixKind.values().length)]);
		return organisation;
	}

	private static int count(String value, int fallback) throws CommandException {
		if (value == null) {
			return fallback;
		}
		try {
			int parsed = Integer.parseInt(value);
			if (parsed < 1) {
				throw CommandException.usage("counts must be positive: " + value);
			}
			return parsed;
		} catch (NumberFormatException e) {
			throw CommandException.usage("not a number: " + value);
		}
	}
}
