package org.helix.scoring;

/**
 * Scores that are linear in the weights: score_i = Σ_j w_j u[i][j]. The weighted sum, the logarithm of the weighted
 * product, PROMETHEE II's net flow and AHP's synthesis all have this form.
 */
public final class LinearScorer implements WeightedScorer {

	private final double[][] u;

	/** @param u coefficients, alternatives × criteria (kept, not copied) */
	public LinearScorer(double[][] u) {
		this.u = u;
	}

	@Override
	public int alternativeCount() {
		return u.length;
	}

	@Override
	public int criterionCount() {
		return u.length == 0 ? 0 : u[0].length;
	}

	@Override
	public void score(double[] weights, double[] scores) {
		for (int i = 0; i < u.length; i++) {
			double[] row = u[i];
			double s = 0;
			for (int j = 0; j < row.length; j++) {
				s += weights[j] * row[j];
			}
			scores[i] = s;
		}
	}

	@Override
	public double[][] linearCoefficients() {
		return u;
	}

	@Override
	public WeightedScorer copy() {
		return this; // no scratch space
	}
}
