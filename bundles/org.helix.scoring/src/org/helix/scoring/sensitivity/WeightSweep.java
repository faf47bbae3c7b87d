package org.helix.scoring.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.helix.scoring.Ranking;
import org.helix.scoring.WeightedScorer;

/**
 * One-at-a-time weight sensitivity: the weight of criterion k runs from 0 to 1 while the others keep their proportions
 * (w_j(t) = w_j (1 − t) / (1 − w_k); shared equally when w_k = 1); reports the weights t where the ranking changes
 * and the ranking between them (tornado data).
 * <p>
 * When the method's score is linear in the weights ({@link WeightedScorer#linearCoefficients()}: weighted sum and
 * product, PROMETHEE II, AHP), each alternative's score is a straight line in t and the breakpoints are the crossings
 * of these lines, exact. Otherwise (TOPSIS) the score of each pair of alternatives is compared on a grid of
 * {@link #GRID} steps, and every change of sign is narrowed down by bisection to {@link #TOLERANCE}; two crossings of
 * the same pair within one grid step (1/400 of the weight range) would go unseen.
 */
public final class WeightSweep {

	public static final int GRID = 400;
	public static final double TOLERANCE = 1e-9;

	/** A range of the swept weight, [from, to], over which the ranking stays the same. */
	public record Interval(double from, double to, List<String> ranking) {
	}

	/**
	 * @param weight the criterion's weight in the base weights
	 * @param breakpoints the weights where the ranking changes, ascending, strictly between 0 and 1
	 * @param intervals consecutive, from 0 to 1, with the ranking in each
	 */
	public record CriterionSweep(String criterion, double weight, List<Double> breakpoints, List<Interval> intervals) {

		/** The interval that holds the base weight: how far the weight can move before the ranking changes. */
		public Interval current() {
			for (Interval interval : intervals) {
				if (weight >= interval.from() && weight <= interval.to()) {
					return interval;
				}
			}
			return intervals.get(intervals.size() - 1);
		}
	}

	private WeightSweep() {
	}

	/** Sweeps every criterion in turn. */
	public static List<CriterionSweep> run(WeightedScorer scorer, double[] baseWeights, List<String> alternatives, List<String> criteria) {
		List<CriterionSweep> sweeps = new ArrayList<>();
		for (int k = 0; k < criteria.size(); k++) {
			sweeps.add(sweep(scorer, baseWeights, k, alternatives, criteria.get(k)));
		}
		return sweeps;
	}

	/** The weights when criterion k has weight t and the others keep their proportions. */
	public static double[] weightsAt(double[] base, int k, double t, double[] out) {
		int m = base.length;
		double rest = 1 - base[k];
		for (int j = 0; j < m; j++) {
			if (m == 1) {
				out[j] = 1; // a single criterion always has all the weight
			} else if (j == k) {
				out[j] = t;
			} else if (rest > 1e-15) {
				out[j] = base[j] * (1 - t) / rest;
			} else {
				out[j] = (1 - t) / (m - 1);
			}
		}
		return out;
	}

	public static CriterionSweep sweep(WeightedScorer scorer, double[] base, int k, List<String> alternatives, String criterion) {
		List<Double> candidates = scorer.linearCoefficients() != null ? linearCrossings(scorer, base, k) : bracketedCrossings(scorer, base, k);
		java.util.Collections.sort(candidates);
		// the ranking on each side of every candidate; a candidate where nothing changes is dropped
		List<Double> bounds = new ArrayList<>();
		bounds.add(0.0);
		for (double t : candidates) {
			if (t - bounds.get(bounds.size() - 1) > TOLERANCE && 1 - t > TOLERANCE) {
				bounds.add(t);
			}
		}
		bounds.add(1.0);
		double[] weights = new double[base.length];
		double[] scores = new double[scorer.alternativeCount()];
		List<Interval> intervals = new ArrayList<>();
		List<Double> breakpoints = new ArrayList<>();
		for (int b = 0; b + 1 < bounds.size(); b++) {
			double from = bounds.get(b), to = bounds.get(b + 1);
			scorer.score(weightsAt(base, k, (from + to) / 2, weights), scores);
			List<String> ranking = Ranking.names(scores, alternatives);
			Interval previous = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
			if (previous != null && previous.ranking().equals(ranking)) {
				intervals.set(intervals.size() - 1, new Interval(previous.from(), to, ranking));
			} else {
				if (previous != null) {
					breakpoints.add(from);
				}
				intervals.add(new Interval(from, to, ranking));
			}
		}
		return new CriterionSweep(criterion, base[k], List.copyOf(breakpoints), List.copyOf(intervals));
	}

	/** Scores are a + b t: a from t = 0, a + b from t = 1; pairs cross at t = (a_j − a_i) / (b_i − b_j). */
	private static List<Double> linearCrossings(WeightedScorer scorer, double[] base, int k) {
		int n = scorer.alternativeCount();
		double[] weights = new double[base.length];
		double[] at0 = new double[n], at1 = new double[n];
		scorer.score(weightsAt(base, k, 0, weights), at0);
		scorer.score(weightsAt(base, k, 1, weights), at1);
		List<Double> crossings = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double slope = (at1[i] - at0[i]) - (at1[j] - at0[j]);
				if (slope != 0) {
					double t = (at0[j] - at0[i]) / slope;
					if (t > 0 && t < 1) {
						crossings.add(t);
					}
				}
			}
		}
		return crossings;
	}

	private static List<Double> bracketedCrossings(WeightedScorer scorer, double[] base, int k) {
		int n = scorer.alternativeCount();
		double[][] grid = new double[GRID + 1][n];
		double[] weights = new double[base.length];
		for (int g = 0; g <= GRID; g++) {
			scorer.score(weightsAt(base, k, (double) g / GRID, weights), grid[g]);
		}
		double[] scores = new double[n];
		List<Double> crossings = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				int lastSign = 0;
				double lastT = 0;
				for (int g = 0; g <= GRID; g++) {
					double difference = grid[g][i] - grid[g][j];
					int sign = difference > 0 ? 1 : difference < 0 ? -1 : 0;
					if (sign == 0) {
						continue;
					}
					double t = (double) g / GRID;
					if (lastSign != 0 && sign != lastSign) {
						crossings.add(bisect(scorer, base, k, i, j, lastT, t, lastSign, weights, scores));
					}
					lastSign = sign;
					lastT = t;
				}
			}
		}
		return crossings;
	}

	/** Narrows [low, high], where score_i − score_j has sign {@code lowSign} at low and the other at high. */
	private static double bisect(WeightedScorer scorer, double[] base, int k, int i, int j, double low, double high, int lowSign, double[] weights,
			double[] scores) {
		while (high - low > TOLERANCE) {
			double middle = (low + high) / 2;
			scorer.score(weightsAt(base, k, middle, weights), scores);
			double difference = scores[i] - scores[j];
			if (difference == 0) {
				return middle;
			}
			if ((difference > 0 ? 1 : -1) == lowSign) {
				low = middle;
			} else {
				high = middle;
			}
		}
		return (low + high) / 2;
	}
}
