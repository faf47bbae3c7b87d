package org.helix.scoring.io;

import org.helix.scoring.DecisionProblem;

/**
 * A decision problem as read from a file: the method's id, the problem, and the sensitivity analyses asked for.
 *
 * @param monteCarloSamples 0 when no Monte Carlo analysis is asked for
 * @param monteCarloSpread relative perturbation of given weights
 */
public record ProblemFile(String method, DecisionProblem problem, boolean oat, int monteCarloSamples, long monteCarloSeed, double monteCarloSpread) {
}
