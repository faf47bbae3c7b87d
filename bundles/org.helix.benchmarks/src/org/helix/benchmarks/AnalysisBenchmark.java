package org.helix.benchmarks;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.cli.CommandContext;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;

/**
 * {@code benchmark --analyze OBJECTS}: all contributed analyzers together on a generated model, median of the timed
 * runs after warm-up (so the JIT has compiled the analyzers), and the slowest analyzer of the last run.
 */
final class AnalysisBenchmark {

	private AnalysisBenchmark() {
	}

	static int run(CommandContext context, int objects, int runs, int warmup) {
		HelixModel model = SyntheticModelGenerator.generate(objects, 2026);
		long actions = model.getProgrammes().stream().mapToLong(p -> p.getActions().size()).sum();
		int[] count = { 1 };
		model.eAllContents().forEachRemaining(object -> count[0]++);
		List<Analyzer> analyzers = AnalyzerRegistry.fromExtensions(context.err()).all();
		AnalysisRunner runner = new AnalysisRunner().asOf(LocalDate.of(2028, 6, 30));
		long[] times = new long[runs];
		AnalysisRun last = null;
		for (int i = 0; i < warmup + runs; i++) {
			long start = System.nanoTime();
			last = runner.run(model, analyzers);
			if (i >= warmup) {
				times[i - warmup] = System.nanoTime() - start;
			}
		}
		Arrays.sort(times);
		long findings = last.getResults().stream().mapToLong(r -> r.getFindings().size()).sum();
		AnalyzerResult slowest = last.getResults().stream().max((a, b) -> Long.compare(a.getDurationMillis(), b.getDurationMillis())).orElseThrow();
		context.out().printf("Helix analysis benchmark: Java %s, %d processors, %d warm-up + %d timed runs%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), warmup, runs);
		context.out().printf("%d objects, %d actions, %d analyzers, %d findings: median %.0f ms, min %.0f ms, max %.0f ms; slowest %s %d ms%n",
				count[0], actions, analyzers.size(), findings, times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6,
				slowest.getAnalyzerId(), slowest.getDurationMillis());
		return HelixCommand.OK;
	}
}
