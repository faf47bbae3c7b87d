package org.helix.scoring.methods;

import java.util.LinkedHashMap;
import java.util.Map;

import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Normalisation;
import org.helix.scoring.NormalisedMatrix;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.WeightedScorer;

/**
 * TOPSIS (Hwang &amp; Yoon 1981): weighted normalised values v_ij = w_j r_ij; the ideal takes the best v of each
 * criterion, the anti-ideal the worst; the score is the relative closeness d⁻ / (d⁺ + d⁻) with d⁺, d⁻ the Euclidean
 * distances to the ideal and the anti-ideal. Default normalisation: {@code vector}.
 */
public class TopsisMethod implements ScoringMethod {

	public static final String DISTANCE_TO_IDEAL = "distanceToIdeal";
	public static final String DISTANCE_TO_ANTI_IDEAL = "distanceToAntiIdeal";

	@Override
	public String id() {
		return "topsis";
	}

	@Override
	public String label() {
		return "TOPSIS";
	}

	@Override
	public Normalisation defaultNormalisation() {
		return Normalisation.VECTOR;
	}

	@Override
	public ScoringResult solve(DecisionProblem problem) throws ScoringException {
		NormalisedMatrix matrix = NormalisedMatrix.of(problem, defaultNormalisation());
		Scorer scorer = new Scorer(matrix);
		double[] weights = problem.weights();
		int n = matrix.size();
		double[] scores = new double[n], ideal = new double[n], antiIdeal = new double[n];
		scorer.distances(weights, ideal, antiIdeal, scores);
		Map<String, double[]> details = new LinkedHashMap<>();
		details.put(DISTANCE_TO_IDEAL, ideal);
		details.put(DISTANCE_TO_ANTI_IDEAL, antiIdeal);
		return Results.of(id(), problem, matrix, weights, scores, details);
	}

	@Override
	public WeightedScorer prepare(DecisionProblem problem) throws ScoringException {
		return new Scorer(NormalisedMatrix.of(problem, defaultNormalisation()));
	}

	/**
	 * Since the weights are non-negative, the ideal of criterion j is w_j times the best normalised value, so
	 * (v_ij − v*_j)² = w_j² (r_ij − r*_j)²: the squared gaps to the ideal and the anti-ideal are computed once, and
	 * each set of weights costs two dot products per alternative with the squared weights. Stored row-major in flat
	 * arrays for locality.
	 */
	static final class Scorer implements WeightedScorer {

		private final int n, m;
		private final double[] gapToIdeal, gapToAntiIdeal;
		private final double[] squaredWeights;

		Scorer(NormalisedMatrix matrix) {
			n = matrix.size();
			m = matrix.criterionCount();
			gapToIdeal = new double[n * m];
			gapToAntiIdeal = new double[n * m];
			for (int j = 0; j < m; j++) {
				double best = Double.NEGATIVE_INFINITY, worst = Double.POSITIVE_INFINITY;
				for (int i = 0; i < n; i++) {
					double better = matrix.sign(j) * matrix.get(i, j);
					best = Math.max(best, better);
					worst = Math.min(worst, better);
				}
				for (int i = 0; i < n; i++) {
					double better = matrix.sign(j) * matrix.get(i, j);
					gapToIdeal[i * m + j] = (better - best) * (better - best);
					gapToAntiIdeal[i * m + j] = (better - worst) * (better - worst);
				}
			}
			squaredWeights = new double[m];
		}

		private Scorer(Scorer shared) {
			n = shared.n;
			m = shared.m;
			gapToIdeal = shared.gapToIdeal;
			gapToAntiIdeal = shared.gapToAntiIdeal;
			squaredWeights = new double[m];
		}

		@Override
		public int alternativeCount() {
			return n;
		}

		@Override
		public int criterionCount() {
			return m;
		}

		@Override
		public void score(double[] weights, double[] scores) {
			distances(weights, null, null, scores);
		}

		void distances(double[] weights, double[] toIdeal, double[] toAntiIdeal, double[] closeness) {
			double[] w2 = squaredWeights;
			for (int j = 0; j < m; j++) {
				w2[j] = weights[j] * weights[j];
			}
			for (int i = 0, at = 0; i < n; i++) {
				double plus = 0, minus = 0;
				for (int j = 0; j < m; j++, at++) {
					plus += w2[j] * gapToIdeal[at];
					minus += w2[j] * gapToAntiIdeal[at];
				}
				double dPlus = Math.sqrt(plus), dMinus = Math.sqrt(minus);
				// all alternatives equal on every weighted criterion: none is closer to the ideal than another
				closeness[i] = dPlus + dMinus == 0 ? 0.5 : dMinus / (dPlus + dMinus);
				if (toIdeal != null) {
					toIdeal[i] = dPlus;
					toAntiIdeal[i] = dMinus;
				}
			}
		}

		@Override
		public WeightedScorer copy() {
			return new Scorer(this);
		}
	}
}
