package org.helix.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;

/**
 * Measures load and save of synthetic models: for each size, a warm-up (so the JIT has compiled the XMI code), then
 * several timed runs, of which the median is shown. Save includes what every save does (temporary file, fsync,
 * backup, atomic rename). Heap is the retained size of a loaded model: used heap after a GC with the model, minus
 * used heap after a GC without it.
 */
public class BenchmarkCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("sizes", "runs", "warmup", "keep", "analyze", "network"));
		if (!parsed.positional().isEmpty()) {
			throw CommandException.usage("no positional arguments expected");
		}
		if (parsed.option("analyze") != null) {
			return AnalysisBenchmark.run(context, parseCount(parsed.option("analyze").replace("_", ""), 0, "analyze"),
					parseCount(parsed.option("runs"), 20, "runs"), parseCount(parsed.option("warmup"), 10, "warmup"));
		}
		if (parsed.option("network") != null) {
			String[] counts = parsed.option("network").replace("_", "").split(",");
			if (counts.length != 2) {
				throw CommandException.usage("--network expects NODES,EDGES, e.g. 2000,3000");
			}
			return NetworkBenchmark.run(context, parseCount(counts[0], 0, "network"), parseCount(counts[1], 0, "network"),
					parseCount(parsed.option("runs"), 20, "runs"), parseCount(parsed.option("warmup"), 10, "warmup"));
		}
		int[] sizes = parseSizes(parsed.option("sizes"));
		int runs = parseCount(parsed.option("runs"), 5, "runs");
		int warmup = parseCount(parsed.option("warmup"), 3, "warmup");
		PrintStream out = context.out();
		out.printf("Helix load/save benchmark: Java %s (%s), %d processors, max heap %d MB, %d warm-up + %d timed runs%n",
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, warmup, runs);
		out.printf("%10s %10s %10s %12s %12s %10s%n", "objects", "file MB", "gen ms", "load ms", "save ms", "heap MB");
		String keep = parsed.option("keep");
		Path folder;
		try {
			folder = keep != null ? Files.createDirectories(context.resolve(keep)) : Files.createTempDirectory("helix-benchmark");
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot create a temporary folder: " + e.getMessage(), e);
		}
		try {
			for (int size : sizes) {
				out.println(measure(size, runs, warmup, folder));
				out.flush();
			}
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "benchmark failed: " + e.getMessage(), e);
		} finally {
			if (keep == null) {
				deleteQuietly(folder);
			}
		}
		return OK;
	}

	private static String measure(int size, int runs, int warmup, Path folder) throws IOException {
		long start = System.nanoTime();
		HelixModel generated = SyntheticModelGenerator.generate(size, 2026);
		long generation = System.nanoTime() - start;
		int objects = countObjects(generated);
		Path file = folder.resolve("synthetic-" + size + ".helix");
		HelixPersistence.save(generated, file);
		long fileSize = Files.size(file);

		long[] loads = new long[runs];
		long[] saves = new long[runs];
		HelixModel loaded = null;
		for (int i = 0; i < warmup + runs; i++) {
			long t0 = System.nanoTime();
			loaded = HelixPersistence.load(file);
			long t1 = System.nanoTime();
			HelixPersistence.save(loaded, file);
			long t2 = System.nanoTime();
			if (i >= warmup) {
				loads[i - warmup] = t1 - t0;
				saves[i - warmup] = t2 - t1;
			}
		}
		generated = null; // let the measurement below see only the freshly loaded model
		loaded = null;
		long without = usedAfterGc();
		loaded = HelixPersistence.load(file);
		long with = usedAfterGc();
		if (loaded.getFormatVersion() == null) {
			throw new IllegalStateException("format version missing after load");
		}
		return String.format("%10d %10.1f %10d %12.0f %12.0f %10.1f", objects, fileSize / 1e6, generation / 1_000_000,
				median(loads) / 1e6, median(saves) / 1e6, (with - without) / (double) (1 << 20));
	}

	private static int countObjects(HelixModel model) {
		int[] count = { 1 };
		model.eAllContents().forEachRemaining(object -> count[0]++);
		return count[0];
	}

	private static long usedAfterGc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
	}

	private static int[] parseSizes(String text) throws CommandException {
		if (text == null) {
			return new int[] { 10_000, 100_000 };
		}
		List<Integer> sizes = new ArrayList<>();
		for (String part : text.split(",")) {
			sizes.add(parseCount(part.trim().replace("_", ""), 0, "sizes"));
		}
		return sizes.stream().mapToInt(Integer::intValue).toArray();
	}

	static int parseCount(String text, int fallback, String option) throws CommandException {
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < (option.equals("warmup") ? 0 : 1)) {
				throw CommandException.usage("--" + option + " must be positive, got " + text);
			}
			return value;
		} catch (NumberFormatException e) {
			throw CommandException.usage("--" + option + " expects a whole number, got '" + text + "'");
		}
	}

	private static void deleteQuietly(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// a leftover in the temporary folder is harmless
		}
	}
}
