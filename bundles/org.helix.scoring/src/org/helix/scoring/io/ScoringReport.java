package org.helix.scoring.io;

import java.util.ArrayList;
import java.util.List;

import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.WeightedScorer;
import org.helix.scoring.sensitivity.MonteCarlo;
import org.helix.scoring.sensitivity.WeightSweep;
import org.helix.scoring.sensitivity.WeightSweep.CriterionSweep;

/**
 * A scoring with the sensitivity analyses asked for.
 *
 * @param oat the one-at-a-time weight sweeps, one per criterion; null when not asked for
 * @param monteCarlo null when not asked for
 * @param warnings the result's warnings and why an analysis could not run
 */
public record ScoringReport(ScoringResult result, List<CriterionSweep> oat, MonteCarlo.Result monteCarlo, List<String> warnings) {

	public static ScoringReport compute(ScoringMethod method, ProblemFile file) throws ScoringException {
		DecisionProblem problem = file.problem();
		ScoringResult result = method.solve(problem);
		List<String> warnings = new ArrayList<>(result.warnings());
		List<CriterionSweep> oat = null;
		MonteCarlo.Result monteCarlo = null;
		if (file.oat() || file.monteCarloSamples() > 0) {
			if (result.ranking().size() < 2) {
				warnings.add("no sensitivity analysis: fewer than two alternatives are ranked");
			} else {
				WeightedScorer scorer = method.prepare(problem);
				double[] weights = result.weights();
				List<String> criteria = problem.criteria().stream().map(Criterion::name).toList();
				if (file.oat()) {
					oat = WeightSweep.run(scorer, weights, result.alternatives(), criteria);
				}
				if (file.monteCarloSamples() > 0) {
					// weights the problem gives (directly or by AHP judgements) are perturbed; otherwise uniform on the simplex
					boolean given = problem.hasWeights() || method.derivesWeights(problem);
					monteCarlo = MonteCarlo.run(scorer, given ? weights : null, result.alternatives(), criteria,
							new MonteCarlo.Options(file.monteCarloSamples(), file.monteCarloSeed(), file.monteCarloSpread(), true));
				}
			}
		}
		return new ScoringReport(result, oat, monteCarlo, List.copyOf(warnings));
	}
}
