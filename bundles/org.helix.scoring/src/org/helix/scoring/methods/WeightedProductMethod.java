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
 * Weighted product (WPM): Π_j r_ij^w_j, with −w_j for min criteria (unless the normalisation turned them round). The
 * ratio of two scores is Bridgman's / Miller &amp; Starr's P(A/B). Values must be positive. Default normalisation:
 * {@code none} (the ranking does not depend on the scale of a criterion). For sensitivity analysis the scorer gives
 * the logarithm of the score, which is linear in the weights and ranks the same.
 */
public class WeightedProductMethod implements ScoringMethod {

	@Override
	public String id() {
		return "wpm";
	}

	@Override
	public String label() {
		return "Weighted product";
	}

	@Override
	public Normalisation defaultNormalisation() {
		return Normalisation.NONE;
	}

	@Override
	public ScoringResult solve(DecisionProblem problem) throws ScoringException {
		NormalisedMatrix matrix = NormalisedMatrix.of(problem, defaultNormalisation());
		double[] weights = problem.weights();
		double[] scores = new double[matrix.size()];
		logScorer(matrix).score(weights, scores);
		for (int i = 0; i < scores.length; i++) {
			scores[i] = Math.exp(scores[i]);
		}
		return Results.of(id(), problem, matrix, weights, scores, null);
	}

	@Override
	public WeightedScorer prepare(DecisionProblem problem) throws ScoringException {
		return logScorer(NormalisedMatrix.of(problem, defaultNormalisation()));
	}

	private static LinearScorer logScorer(NormalisedMatrix matrix) throws ScoringException {
		int n = matrix.size(), m = matrix.criterionCount();
		double[][] u = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				double r = matrix.get(i, j);
				if (!(r > 0)) {
					throw new ScoringException("matrix[" + matrix.rows()[i] + "][" + j + "]",
							"the weighted product needs positive values, got " + r + " (after normalisation)");
				}
				u[i][j] = matrix.sign(j) * Math.log(r);
			}
		}
		return new LinearScorer(u);
	}
}
