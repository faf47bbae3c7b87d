package org.helix.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.helix.benchmarks.SyntheticModelGenerator;
import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.core.summary.HelixSummary;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's shape and the benchmark command's plumbing; no timing assertions. */
class BenchmarkTest {

	@TempDir
	Path folder;

	@Test
	void generatorBuildsAValidModelOfTheRequestedSize() {
		HelixModel model = SyntheticModelGenerator.generate(5_000, 1);
		HelixSummary summary = HelixSummary.of(model);
		assertTrue(summary.total() >= 5_000 && summary.total() < 5_050, "objects: " + summary.total());
		assertTrue(summary.countsByType().get("PriorityAction") > 400, summary.countsByType().toString());
		assertTrue(summary.countsByType().get("Measurement") > 300, summary.countsByType().toString());
		assertTrue(summary.countsByType().get("Membership") >= 24, summary.countsByType().toString());
		assertEquals(4, summary.programmes().get(0).actionsByDimension().size());
		List<HelixProblem> problems = HelixValidation.validate(model);
		assertEquals(List.of(), problems.stream().filter(HelixProblem::isError).toList());
	}

	@Test
	void benchmarkCommandPrintsOneRowPerSize() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = HelixCli.run(new String[] { "benchmark", "--sizes", "1000,2000", "--runs", "1", "--warmup", "0" },
				new PrintStream(out, true, StandardCharsets.UTF_8), errStream, folder, CommandRegistry.commands(errStream));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, text + err);
		assertTrue(text.contains("load ms") && text.contains("save ms"), text);
		assertTrue(text.lines().anyMatch(line -> line.trim().startsWith("100")), text);
		assertTrue(text.lines().anyMatch(line -> line.trim().startsWith("200")), text);
	}

	@Test
	void networkBenchmarkPrintsTheMedians() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
		int code = HelixCli.run(new String[] { "benchmark", "--network", "300,450", "--runs", "1", "--warmup", "0" },
				new PrintStream(out, true, StandardCharsets.UTF_8), errStream, folder, CommandRegistry.commands(errStream));
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, code, text + err);
		assertTrue(text.contains("300 nodes"), text);
		assertTrue(text.contains("all metrics: median") && text.contains("model -> network -> graph -> metrics: median"), text);
		assertEquals(2, HelixCli.run(new String[] { "benchmark", "--network", "300" }, new PrintStream(out, true, StandardCharsets.UTF_8),
				errStream, folder, CommandRegistry.commands(errStream)));
	}
}
