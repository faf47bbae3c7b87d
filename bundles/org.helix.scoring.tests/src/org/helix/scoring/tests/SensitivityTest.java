package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.Normalisation;
import org.helix.scoring.WeightedScorer;
import org.helix.scoring.sensitivity.MonteCarlo;
import org.helix.scoring.sensitivity.WeightSweep;
import org.helix.scoring.sensitivity.WeightSweep.CriterionSweep;
import org.helix.scoring.sensitivity.WeightSweep.Interval;
import org.junit.jupiter.api.Test;

/**
 * A case small enough to solve by hand: A = (1, 0), B = (0, 1), C = (0.6, 0.6) on two benefit criteria, no
 * normalisation, weights (t, 1 − t). Weighted sum: A = t, B = 1 − t, C = 0.6. TOPSIS (ideal (1, 1), anti-ideal
 * (0, 0)): d⁺_A = 1 − t, d⁻_A = t, so closeness A = t; likewise B = 1 − t; C's distances are 0.4 and 0.6 times the same
 * norm, so C = 0.6. Both methods: B > C > A below t = 0.4, C > B > A up to 0.5, C > A > B up to 0.6, A > C > B above.
 */
class SensitivityTest {

	private static final List<String> NAMES = List.of("A", "B", "C");

	private static DecisionProblem problem(Double w1, Double w2) throws Exception {
		return DecisionProblem.of(NAMES, List.of(new Criterion("C1", Direction.MAX, w1), new Criterion("C2", Direction.MAX, w2)),
				new double[][] { { 1, 0 }, { 0, 1 }, { 0.6, 0.6 } }, Normalisation.NONE, null);
	}

	private static CriterionSweep sweepFirst(String method) throws Exception {
		DecisionProblem problem = problem(0.5, 0.5);
		WeightedScorer scorer = Problems.method(method).prepare(problem);
		return WeightSweep.run(scorer, problem.weights(), NAMES, List.of("C1", "C2")).get(0);
	}

	@Test
	void weightedSumBreakpointsAreExact() throws Exception {
		CriterionSweep sweep = sweepFirst("wsm");
		assertArrayEquals(new double[] { 0.4, 0.5, 0.6 }, sweep.breakpoints().stream().mapToDouble(Double::doubleValue).toArray(), 1e-15);
		assertEquals(List.of(List.of("B", "C", "A"), List.of("C", "B", "A"), List.of("C", "A", "B"), List.of("A", "C", "B")),
				sweep.intervals().stream().map(Interval::ranking).toList());
		assertEquals(0.0, sweep.intervals().get(0).from());
		assertEquals(1.0, sweep.intervals().get(3).to());
		// the base weight 0.5 is itself a breakpoint (A and B tie there); the tornado bar is the interval holding it
		assertEquals(0.5, sweep.weight());
	}

	@Test
	void topsisBreakpointsByBisection() throws Exception {
		CriterionSweep sweep = sweepFirst("topsis");
		assertArrayEquals(new double[] { 0.4, 0.5, 0.6 }, sweep.breakpoints().stream().mapToDouble(Double::doubleValue).toArray(), 2e-9);
		assertEquals(List.of(List.of("B", "C", "A"), List.of("C", "B", "A"), List.of("C", "A", "B"), List.of("A", "C", "B")),
				sweep.intervals().stream().map(Interval::ranking).toList());
	}

	/**
	 * Weights uniform on the simplex: w1 = t is uniform on [0, 1]. C is first for 0.4 &lt; t &lt; 0.6 (share 0.2), A
	 * above 0.6 (0.4), B below 0.4 (0.4). A is second for 0.5 &lt; t &lt; 0.6 (0.1), third below 0.5. Central weights:
	 * the mean of t over each range: A (0.8, 0.2), B (0.2, 0.8), C (0.5, 0.5). With 200,000 samples the standard
	 * error of a share is at most 0.0012; the tolerance is 0.006.
	 */
	@Test
	void monteCarloOnTheSimplexMatchesExactShares() throws Exception {
		DecisionProblem problem = problem(null, null);
		WeightedScorer scorer = Problems.method("wsm").prepare(problem);
		MonteCarlo.Result result = MonteCarlo.run(scorer, null, NAMES, List.of("C1", "C2"), new MonteCarlo.Options(200_000, 42));
		assertArrayEquals(new double[] { 0.4, 0.1, 0.5 }, result.acceptability("A"), 0.006);
		assertArrayEquals(new double[] { 0.4, 0.1, 0.5 }, result.acceptability("B"), 0.006);
		assertArrayEquals(new double[] { 0.2, 0.8, 0.0 }, result.acceptability("C"), 0.006);
		assertArrayEquals(new double[] { 0.8, 0.2 }, result.centralWeights()[0], 0.006);
		assertArrayEquals(new double[] { 0.2, 0.8 }, result.centralWeights()[1], 0.006);
		assertArrayEquals(new double[] { 0.5, 0.5 }, result.centralWeights()[2], 0.006);
		assertEquals(true, result.uniformWeights());
		// base ranking with equal weights: C (0.6), then A and B tie at 0.5 (problem order)
		assertEquals(List.of("C", "A", "B"), result.baseRanking());
		assertEquals("unstable", result.verdict());
	}

	/**
	 * Perturbing (0.5, 0.5) by ±20 % keeps t = (1 + 0.2a) / (2 + 0.2a + 0.2b) inside (0.4, 0.6): C always first, A
	 * and B second in half of the samples each.
	 */
	@Test
	void monteCarloAroundGivenWeights() throws Exception {
		DecisionProblem problem = problem(0.5, 0.5);
		WeightedScorer scorer = Problems.method("topsis").prepare(problem);
		MonteCarlo.Result result = MonteCarlo.run(scorer, problem.weights(), NAMES, List.of("C1", "C2"), new MonteCarlo.Options(20_000, 7));
		assertArrayEquals(new double[] { 0, 0, 1 }, new double[] { result.acceptability("A")[0], result.acceptability("B")[0], result.acceptability("C")[0] });
		assertEquals(0.5, result.acceptability("A")[1], 0.02);
		assertEquals(1.0, result.acceptability("A")[1] + result.acceptability("B")[1], 1e-12);
		assertEquals("stable", result.verdict());
		assertEquals(false, result.uniformWeights());
	}

	/** The same seed gives the same numbers, on one thread or several; another seed gives other numbers. */
	@Test
	void monteCarloIsReproducibleFromTheSeed() throws Exception {
		DecisionProblem problem = Problems.fighterAircraft();
		WeightedScorer scorer = Problems.method("topsis").prepare(problem);
		List<String> criteria = problem.criteria().stream().map(Criterion::name).toList();
		MonteCarlo.Result parallel = MonteCarlo.run(scorer, null, problem.alternatives(), criteria, new MonteCarlo.Options(12_345, 99, 0.2, true));
		MonteCarlo.Result sequential = MonteCarlo.run(scorer, null, problem.alternatives(), criteria, new MonteCarlo.Options(12_345, 99, 0.2, false));
		MonteCarlo.Result other = MonteCarlo.run(scorer, null, problem.alternatives(), criteria, new MonteCarlo.Options(12_345, 100, 0.2, true));
		for (int i = 0; i < 4; i++) {
			assertArrayEquals(sequential.rankAcceptability()[i], parallel.rankAcceptability()[i], 0.0);
			assertArrayEquals(sequential.centralWeights()[i], parallel.centralWeights()[i], 0.0);
			assertEquals(1.0, java.util.Arrays.stream(parallel.rankAcceptability()[i]).sum(), 1e-12);
		}
		assertEquals(false, java.util.Arrays.deepEquals(parallel.rankAcceptability(), other.rankAcceptability()));
	}

	/**
	 * Hwang &amp; Yoon's fighter aircraft, sweeping the weight of maximum payload (0.1): A3 overtakes A1 at
	 * 0.434286922 (computed independently with SciPy's brentq on the same formulas, reference/published_examples.py),
	 * and nothing else changes.
	 */
	@Test
	void topsisSweepOnFighterAircraft() throws Exception {
		DecisionProblem problem = Problems.fighterAircraft();
		WeightedScorer scorer = Problems.method("topsis").prepare(problem);
		CriterionSweep payload = WeightSweep.sweep(scorer, problem.weights(), 2, problem.alternatives(), "Maximum payload");
		assertEquals(1, payload.breakpoints().size());
		assertEquals(0.434286922, payload.breakpoints().get(0), 2e-9);
		assertEquals(List.of("A1", "A3", "A4", "A2"), payload.intervals().get(0).ranking());
		assertEquals(List.of("A3", "A1", "A4", "A2"), payload.intervals().get(1).ranking());
	}
}
