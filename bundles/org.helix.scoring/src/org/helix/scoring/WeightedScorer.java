package org.helix.scoring;

/**
 * A method prepared for one decision problem, scoring it again and again for other weights: what sensitivity analysis
 * runs thousands of times. Everything that does not depend on the weights (normalised values, pairwise preferences,
 * local priorities) is computed once in {@link ScoringMethod#prepare}. Not thread-safe: each thread uses its own
 * {@link #copy()}.
 */
public interface WeightedScorer {

	/** The alternatives scored: those of the problem without missing values, in the problem's order. */
	int alternativeCount();

	int criterionCount();

	/**
	 * Scores for the given weights (non-negative, summing to 1), higher is better; writes one score per alternative
	 * into {@code scores}. Must not allocate: it runs per Monte Carlo sample.
	 */
	void score(double[] weights, double[] scores);

	/**
	 * When the score, or a strictly increasing function of it, is linear in the weights (Σ_j w_j u[i][j]): the
	 * coefficients u (alternatives × criteria), which lets sensitivity analysis find the weights where the ranking
	 * changes exactly. Null when the method is not linear in the weights (TOPSIS).
	 */
	default double[][] linearCoefficients() {
		return null;
	}

	/** An independent scorer for another thread (its own scratch space, the shared read-only data). */
	WeightedScorer copy();
}
