package org.helix.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code ./helix cli scoring-benchmark}. Not a timed test: it asserts nothing about time. The small run checks that
 * the harness works; the full one (10,000 samples × 50 alternatives × 10 criteria) measures only with
 * {@code -Dhelix.benchmark=true} ({@code ./mvnw -o -B verify -pl bundles/org.helix.scoring.tests -am
 * -Dhelix.benchmark=true -Dtest=ScoringBenchmarkTest}) and prints the timings (docs/benchmarks.md).
 */
class ScoringBenchmarkTest {

	private static String run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = HelixCli.run(args, o, e, Path.of("."), CommandRegistry.commands(e));
			assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void harnessRuns() {
		String out = run("scoring-benchmark", "--samples", "600", "--alternatives", "5", "--criteria", "3", "--runs", "1", "--warmup", "0");
		assertTrue(out.contains("Monte Carlo TOPSIS, 600 samples x 5 alternatives x 3 criteria, rank acceptability: median"), out);
	}

	@Test
	void monteCarloTopsis10000x50x10() {
		Assumptions.assumeTrue(Boolean.getBoolean("helix.benchmark"), "run with -Dhelix.benchmark=true");
		System.out.print(run("scoring-benchmark", "--runs", "20", "--warmup", "10"));
		System.out.print(run("scoring-benchmark", "--runs", "20", "--warmup", "10", "--sequential"));
	}
}
