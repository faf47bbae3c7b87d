package org.helix.scoring.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.scoring.AhpInput;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.LinearScorer;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.PairwiseMatrix.AhpPriorities;
import org.helix.scoring.Ranking;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.WeightedScorer;

/**
 * The Analytic Hierarchy Process (Saaty 1980): criteria weights are the principal eigenvector of a pairwise matrix
 * (or of the judges' element-wise geometric mean), with λmax, CI = (λmax − n)/(n − 1) and CR = CI / RI; the
 * alternatives' local priorities per criterion come from their own pairwise matrices, and the global priority
 * Σ_j w_j l_ij is the score (distributive synthesis). Without alternative matrices only the weights and their
 * consistency are computed. The criteria weights of the problem are used when no criteria judgements are given.
 */
public class AhpMethod implements ScoringMethod {

	@Override
	public String id() {
		return "ahp";
	}

	@Override
	public String label() {
		return "AHP";
	}

	@Override
	public Normalisation defaultNormalisation() {
		return Normalisation.NONE;
	}

	@Override
	public double[] weights(DecisionProblem problem) throws ScoringException {
		AhpPriorities priorities = criteriaPriorities(problem);
		return priorities == null ? problem.weights() : priorities.weights();
	}

	@Override
	public boolean derivesWeights(DecisionProblem problem) {
		return problem.ahp() != null && (problem.ahp().criteria() != null || !problem.ahp().judges().isEmpty());
	}

	private static AhpPriorities criteriaPriorities(DecisionProblem problem) throws ScoringException {
		AhpInput ahp = problem.ahp();
		if (ahp == null) {
			throw new ScoringException("ahp", "AHP needs pairwise matrices (ahp.criteria or ahp.judges, and ahp.alternatives)");
		}
		PairwiseMatrix criteria = ahp.criteriaMatrix();
		if (criteria == null && !problem.hasWeights()) {
			throw new ScoringException("ahp", "no criteria judgements (ahp.criteria or ahp.judges) and no criteria weights");
		}
		return criteria == null ? null : criteria.priorities();
	}

	@Override
	public ScoringResult solve(DecisionProblem problem) throws ScoringException {
		AhpPriorities criteria = criteriaPriorities(problem);
		double[] weights = criteria == null ? problem.weights() : criteria.weights();
		List<String> names = problem.criteria().stream().map(Criterion::name).toList();
		List<String> warnings = new ArrayList<>();
		if (criteria != null && criteria.inconsistent()) {
			warnings.add(inconsistency("the criteria judgements", criteria, names));
		}
		Map<String, AhpPriorities> local = new LinkedHashMap<>();
		if (problem.ahp().alternatives().isEmpty()) {
			return new ScoringResult(id(), List.of(), names, weights, new double[0], List.of(), Map.of(), criteria, Map.of(), Map.of(), warnings);
		}
		double[][] u = localPriorities(problem, local);
		local.forEach((criterion, priorities) -> {
			if (priorities.inconsistent()) {
				warnings.add(inconsistency("the judgements of the alternatives on " + criterion, priorities, problem.alternatives()));
			}
		});
		double[] scores = new double[problem.alternativeCount()];
		new LinearScorer(u).score(weights, scores);
		return new ScoringResult(id(), problem.alternatives(), names, weights, scores, Ranking.names(scores, problem.alternatives()), Map.of(),
				criteria, local, Map.of(), warnings);
	}

	@Override
	public WeightedScorer prepare(DecisionProblem problem) throws ScoringException {
		criteriaPriorities(problem);
		return new LinearScorer(localPriorities(problem, new LinkedHashMap<>()));
	}

	/** Alternatives × criteria local priorities; fills {@code consistency} per criterion. */
	private static double[][] localPriorities(DecisionProblem problem, Map<String, AhpPriorities> consistency) throws ScoringException {
		int n = problem.alternativeCount(), m = problem.criterionCount();
		Map<String, PairwiseMatrix> matrices = problem.ahp().alternatives();
		double[][] u = new double[n][m];
		for (int j = 0; j < m; j++) {
			String criterion = problem.criteria().get(j).name();
			PairwiseMatrix matrix = matrices.get(criterion);
			if (matrix == null) {
				throw new ScoringException("ahp.alternatives", "no pairwise matrix of the alternatives for criterion '" + criterion + "'");
			}
			AhpPriorities priorities = matrix.priorities();
			consistency.put(criterion, priorities);
			for (int i = 0; i < n; i++) {
				u[i][j] = priorities.weights()[i];
			}
		}
		return u;
	}

	private static String inconsistency(String what, AhpPriorities priorities, List<String> items) {
		String hint = priorities.mostInconsistentRow() < 0 ? ""
				: "; the judgement furthest from the priorities is " + items.get(priorities.mostInconsistentRow()) + " vs "
						+ items.get(priorities.mostInconsistentColumn());
		return String.format(java.util.Locale.ROOT, "%s are inconsistent: CR = %.3f > %.2f%s", what, priorities.consistencyRatio(),
				PairwiseMatrix.CR_LIMIT, hint);
	}
}
