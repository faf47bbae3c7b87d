package org.helix.scoring.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.WeightedScorer;
import org.helix.scoring.sensitivity.MonteCarlo;

/**
 * {@code scoring-benchmark}: Monte Carlo weight sensitivity with TOPSIS (weights uniform on the simplex, rank
 * acceptability and central weights included) on a random problem, seed 2026; prints the median, fastest and slowest
 * of the timed runs after warm-up. The numpy counterpart is releng/benchmarks/mc_topsis_numpy.py.
 */
public class ScoringBenchmarkCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		int samples = 10_000, alternatives = 50, criteria = 10, runs = 20, warmup = 10;
		boolean parallel = true;
		for (int i = 0; i < arguments.size(); i++) {
			String option = arguments.get(i);
			if (option.equals("--sequential")) {
				parallel = false;
				continue;
			}
			if (i + 1 >= arguments.size()) {
				throw CommandException.usage("option " + option + " needs a value");
			}
			int value = parse(option, arguments.get(++i));
			switch (option) {
			case "--samples" -> samples = value;
			case "--alternatives" -> alternatives = value;
			case "--criteria" -> criteria = value;
			case "--runs" -> runs = value;
			case "--warmup" -> warmup = value;
			default -> throw CommandException.usage("unknown option " + option
					+ "; known: --samples, --alternatives, --criteria, --runs, --warmup, --sequential");
			}
		}
		if (alternatives < 2 || criteria < 1 || runs < 1 || warmup < 0 || samples < 1) {
			throw CommandException.usage("need at least 2 alternatives, 1 criterion, 1 sample and 1 run");
		}
		ScoringMethod topsis = ScoringMethodRegistry.fromExtensions(context.err()).get("topsis");
		if (topsis == null) {
			throw new CommandException(USAGE_OR_IO_ERROR, "the topsis method is not contributed");
		}
		DecisionProblem problem;
		WeightedScorer scorer;
		try {
			problem = randomProblem(alternatives, criteria, 2026);
			scorer = topsis.prepare(problem);
		} catch (ScoringException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
		}
		List<String> criterionNames = problem.criteria().stream().map(Criterion::name).toList();
		MonteCarlo.Options options = new MonteCarlo.Options(samples, 7, MonteCarlo.DEFAULT_SPREAD, parallel);
		long[] times = new long[runs];
		MonteCarlo.Result last = null;
		for (int i = 0; i < warmup + runs; i++) {
			long start = System.nanoTime();
			// prepare included: the normalised matrix is part of the work
			WeightedScorer prepared;
			try {
				prepared = topsis.prepare(problem);
			} catch (ScoringException e) {
				throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
			}
			last = MonteCarlo.run(prepared, null, problem.alternatives(), criterionNames, options);
			if (i >= warmup) {
				times[i - warmup] = System.nanoTime() - start;
			}
		}
		Arrays.sort(times);
		context.out().printf(Locale.ROOT, "Helix scoring benchmark: Java %s, %d processors, %s, %d warm-up + %d timed runs%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), parallel ? "parallel" : "sequential", warmup, runs);
		context.out().printf(Locale.ROOT, "Monte Carlo TOPSIS, %d samples x %d alternatives x %d criteria, rank acceptability: median %.1f ms, min %.1f ms, max %.1f ms%n",
				samples, alternatives, criteria, times[runs / 2] / 1e6, times[0] / 1e6, times[runs - 1] / 1e6);
		context.out().printf(Locale.ROOT, "(check: %s ranks first in %.1f %% of the samples; %d alternatives scored)%n", last.baseRanking().get(0),
				100 * last.acceptability(last.baseRanking().get(0))[0], scorer.alternativeCount());
		return OK;
	}

	private static int parse(String option, String text) throws CommandException {
		try {
			return Integer.parseInt(text.replace("_", "").replace(",", ""));
		} catch (NumberFormatException e) {
			throw CommandException.usage(option + " expects a whole number, got '" + text + "'");
		}
	}

	/** Values uniform in [1, 100), every third criterion a cost, no weights (they are drawn). */
	static DecisionProblem randomProblem(int n, int m, long seed) throws ScoringException {
		SplittableRandom random = new SplittableRandom(seed);
		List<String> alternatives = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			alternatives.add("A" + (i + 1));
		}
		List<Criterion> criteria = new ArrayList<>();
		for (int j = 0; j < m; j++) {
			criteria.add(new Criterion("C" + (j + 1), j % 3 == 2 ? Direction.MIN : Direction.MAX, null));
		}
		double[][] matrix = new double[n][m];
		for (double[] row : matrix) {
			for (int j = 0; j < m; j++) {
				row[j] = 1 + 99 * random.nextDouble();
			}
		}
		return DecisionProblem.of(alternatives, criteria, matrix, null, null);
	}
}
