package org.helix.scoring;

/**
 * A multi-criteria decision method, contributed through the extension point {@code org.helix.scoring.methods} (see
 * schema/methods.exsd). Implementations are stateless and thread-safe; a new one is made per registry.
 */
public interface ScoringMethod {

	/** What files and the command line call the method, e.g. {@code topsis}: lower case, no spaces. */
	String id();

	/** For people, e.g. "TOPSIS (Hwang & Yoon 1981)". */
	String label();

	/** The normalisation used when the problem names none. */
	Normalisation defaultNormalisation();

	/** Scores the problem with its own weights. */
	ScoringResult solve(DecisionProblem problem) throws ScoringException;

	/** Prepares the problem for scoring with other weights (sensitivity analysis). */
	WeightedScorer prepare(DecisionProblem problem) throws ScoringException;

	/** The weights {@link #solve} uses (AHP derives its own from pairwise judgements); normalised to sum 1. */
	default double[] weights(DecisionProblem problem) throws ScoringException {
		return problem.weights();
	}

	/** True when the method derives the weights from other input (AHP from pairwise judgements) instead of using the criteria's. */
	default boolean derivesWeights(DecisionProblem problem) {
		return false;
	}
}
