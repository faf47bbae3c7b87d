package org.helix.network.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.network.EcosystemNetwork;
import org.helix.network.EdgeListReader;
import org.helix.network.ModelNetworkBuilder;
import org.helix.network.NetworkInputException;
import org.helix.network.NetworkMetrics;
import org.helix.network.TieKind;

/**
 * {@code network FILE [--directed] [--format json|csv] [--ties KIND,...] [--seed N]}: the network metrics of a model's
 * ecosystem or of an edge list. The JSON shape is a public interface (docs/network.md). Options are parsed here, not
 * by {@code Arguments}, because --directed takes no value.
 */
public class NetworkCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		List<String> files = new ArrayList<>();
		boolean directed = false;
		String format = "json";
		Set<TieKind> kinds = EcosystemNetwork.allKinds();
		long seed = NetworkMetrics.DEFAULT_SEED;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				files.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.equals("directed")) {
				if (value != null) {
					throw CommandException.usage("--directed takes no value");
				}
				directed = true;
				continue;
			}
			if (!List.of("format", "ties", "seed").contains(name)) {
				throw CommandException.usage("unknown option --" + name + "; known options: --directed, --format, --ties, --seed");
			}
			if (value == null) {
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw CommandException.usage("option --" + name + " needs a value");
				}
				value = arguments.get(++i);
			}
			switch (name) {
			case "format" -> format = value;
			case "ties" -> kinds = kinds(value);
			default -> seed = seed(value);
			}
		}
		if (!format.equals("json") && !format.equals("csv")) {
			throw CommandException.usage("--format must be json or csv, got '" + format + "'");
		}
		if (files.size() != 1) {
			throw CommandException.usage(files.isEmpty() ? "no model or edge-list file given" : "one file expected, got " + files.size());
		}
		String file = files.get(0);
		EcosystemNetwork network;
		if (file.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			Path path = context.resolve(file);
			if (!Files.isRegularFile(path)) {
				throw CommandException.usage("no such file: " + path);
			}
			try {
				network = EdgeListReader.read(path);
			} catch (NetworkInputException e) {
				throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
			}
			if (network.selfLoops() > 0) {
				context.err().println(file + ": " + network.selfLoops() + " row(s) tie a node to itself and are left out");
			}
		} else {
			network = ModelNetworkBuilder.build(context.loadModel(file));
		}
		NetworkMetrics metrics = NetworkMetrics.compute(network.graph(directed, kinds), id -> network.node(id).group(), seed,
				new NullProgressMonitor());
		if (format.equals("json")) {
			NetworkWriter.json(context.resolve(file).getFileName().toString(), network, kinds, metrics, context.out());
		} else {
			NetworkWriter.csv(network, metrics, context.out());
			context.err().printf(Locale.ROOT, "%d nodes, %d edges, %d communities, modularity %.6f, %d components%n", metrics.nodeCount(),
					metrics.edgeCount(), metrics.communityCount(), metrics.modularity(), metrics.componentCount());
		}
		context.out().flush();
		return OK;
	}

	private static Set<TieKind> kinds(String value) throws CommandException {
		Set<TieKind> kinds = EnumSet.noneOf(TieKind.class);
		for (String id : value.split(",")) {
			TieKind kind = TieKind.byId(id.trim());
			if (kind == null) {
				throw CommandException.usage("unknown tie kind '" + id.trim() + "'; known: "
						+ String.join(", ", EcosystemNetwork.allKinds().stream().map(TieKind::id).toList()));
			}
			kinds.add(kind);
		}
		return kinds;
	}

	private static long seed(String value) throws CommandException {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw CommandException.usage("--seed expects a whole number, got '" + value + "'");
		}
	}
}
