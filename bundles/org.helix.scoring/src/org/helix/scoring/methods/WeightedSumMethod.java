package org.helix.scoring.methods;

import org.helix.scoring.DecisionProblem;
import org.helix.scoring.LinearScorer;
import org.helix.scoring.Normalisation;
import org.helix.scoring.NormalisedMatrix;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.WeightedScorer;

/**
 * Weighted sum (WSM): Σ_j w_j r_ij over the normalised values r. A min criterion whose normalisation did not turn it
 * round (none, vector, sum) counts negatively: −w_j r_ij. Default normalisation: {@code max}.
 */
public class WeightedSumMethod implements ScoringMethod {

	@Override
	public String id() {
		return "wsm";
	}

	@Override
	public String label() {
		return "Weighted sum";
	}

	@Override
	public Normalisation defaultNormalisation() {
		return Normalisation.MAX;
	}

	@Override
	public ScoringResult solve(DecisionProblem problem) throws ScoringException {
		NormalisedMatrix matrix = NormalisedMatrix.of(problem, defaultNormalisation());
		LinearScorer scorer = scorer(matrix);
		double[] weights = problem.weights();
		double[] scores = new double[matrix.size()];
		scorer.score(weights, scores);
		return Results.of(id(), problem, matrix, weights, scores, null);
	}

	@Override
	public WeightedScorer prepare(DecisionProblem problem) throws ScoringException {
		return scorer(NormalisedMatrix.of(problem, defaultNormalisation()));
	}

	private static LinearScorer scorer(NormalisedMatrix matrix) {
		int n = matrix.size(), m = matrix.criterionCount();
		double[][] u = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				u[i][j] = matrix.sign(j) * matrix.get(i, j);
			}
		}
		return new LinearScorer(u);
	}
}
