package org.helix.scoring;

import java.util.List;

/**
 * An AHP pairwise comparison matrix: a[i][j] says how much more important (or preferred) i is than j, on Saaty's 1–9
 * scale. Checked on creation: square, positive, 1 on the diagonal and reciprocal (a[i][j]·a[j][i] = 1 within
 * {@link #RECIPROCAL_TOLERANCE}, so that judgements typed as 0.333 or 0.14 are accepted).
 */
public final class PairwiseMatrix {

	/** How far a[i][j]·a[j][i] may be from 1: 0.14 for 1/7 is off by 2 %, 0.11 for 1/9 by 1 %. */
	public static final double RECIPROCAL_TOLERANCE = 0.05;

	/** Saaty's (1980) random consistency index for n = 1..10. */
	private static final double[] RANDOM_INDEX = { 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49 };

	/** Consistency ratios above this are flagged (Saaty). */
	public static final double CR_LIMIT = 0.10;

	private final double[][] values;

	private PairwiseMatrix(double[][] values) {
		this.values = values;
	}

	/**
	 * Checks and wraps a matrix (copied).
	 *
	 * @param where names the matrix in messages, e.g. {@code ahp.criteria}
	 */
	public static PairwiseMatrix of(double[][] values, String where) throws ScoringException {
		int n = values.length;
		if (n == 0) {
			throw new ScoringException(where, "the pairwise matrix is empty");
		}
		double[][] copy = new double[n][];
		for (int i = 0; i < n; i++) {
			if (values[i] == null || values[i].length != n) {
				throw new ScoringException(where + "[" + i + "]", "row has " + (values[i] == null ? 0 : values[i].length)
						+ " values, a " + n + "×" + n + " pairwise matrix needs " + n);
			}
			copy[i] = values[i].clone();
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double a = copy[i][j];
				if (!(a > 0) || Double.isInfinite(a)) {
					throw new ScoringException(where + "[" + i + "][" + j + "]", "judgements must be positive numbers, got " + a);
				}
			}
			if (Math.abs(copy[i][i] - 1) > 1e-9) {
				throw new ScoringException(where + "[" + i + "][" + i + "]", "the diagonal must be 1, got " + copy[i][i]);
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double product = copy[i][j] * copy[j][i];
				if (Math.abs(product - 1) > RECIPROCAL_TOLERANCE) {
					throw new ScoringException(where + "[" + i + "][" + j + "]", "not reciprocal: " + copy[i][j] + " and [" + j + "][" + i + "] = "
							+ copy[j][i] + " (their product is " + product + ", expected 1)");
				}
				// a rounded reciprocal (0.333 for 1/3) is replaced by the exact one, taking both entries into account
				double exact = Math.sqrt(copy[i][j] / copy[j][i]);
				copy[i][j] = exact;
				copy[j][i] = 1 / exact;
			}
		}
		return new PairwiseMatrix(copy);
	}

	/**
	 * The group judgement: element-wise geometric mean of the judges' matrices (Aczél &amp; Saaty 1983), which keeps it
	 * reciprocal.
	 */
	public static PairwiseMatrix geometricMean(List<PairwiseMatrix> judges, String where) throws ScoringException {
		if (judges.isEmpty()) {
			throw new ScoringException(where, "no judges");
		}
		int n = judges.get(0).size();
		double[][] mean = new double[n][n];
		for (int k = 0; k < judges.size(); k++) {
			if (judges.get(k).size() != n) {
				throw new ScoringException(where + "[" + k + "]", "judge " + k + " compares " + judges.get(k).size() + " items, judge 0 compares " + n);
			}
		}
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double logSum = 0;
				for (PairwiseMatrix judge : judges) {
					logSum += Math.log(judge.values[i][j]);
				}
				mean[i][j] = Math.exp(logSum / judges.size());
			}
		}
		return new PairwiseMatrix(mean);
	}

	public int size() {
		return values.length;
	}

	public double get(int i, int j) {
		return values[i][j];
	}

	/** Saaty's random index for n items; NaN above 10, for which Saaty (1980) gives none. */
	public static double randomIndex(int n) {
		return n >= 1 && n <= RANDOM_INDEX.length ? RANDOM_INDEX[n - 1] : Double.NaN;
	}

	/**
	 * The priorities: the principal right eigenvector normalised to sum 1, found by power iteration (the matrix is
	 * positive, so Perron–Frobenius guarantees a unique positive eigenvector and convergence), with λmax, CI and CR.
	 */
	public AhpPriorities priorities() {
		int n = values.length;
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1.0 / n);
		double[] next = new double[n];
		for (int iteration = 0; iteration < 10_000; iteration++) {
			double sum = 0;
			for (int i = 0; i < n; i++) {
				double s = 0;
				for (int j = 0; j < n; j++) {
					s += values[i][j] * w[j];
				}
				next[i] = s;
				sum += s;
			}
			double change = 0;
			for (int i = 0; i < n; i++) {
				next[i] /= sum;
				change = Math.max(change, Math.abs(next[i] - w[i]));
			}
			double[] swap = w;
			w = next;
			next = swap;
			if (change < 1e-15) {
				break;
			}
		}
		// λmax = mean of (Aw)_i / w_i; for the exact eigenvector every ratio is λmax
		double lambda = 0;
		for (int i = 0; i < n; i++) {
			double s = 0;
			for (int j = 0; j < n; j++) {
				s += values[i][j] * w[j];
			}
			lambda += s / w[i];
		}
		lambda /= n;
		double ci = n <= 1 ? 0 : Math.max(0, (lambda - n) / (n - 1));
		double ri = randomIndex(n);
		double cr = n <= 2 ? 0 : ci / ri;
		// the judgement furthest from what the priorities imply: a[i][j] against w[i]/w[j], on a log scale
		int worstI = -1, worstJ = -1;
		double worst = 1e-9;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				double deviation = Math.abs(Math.log(values[i][j] * w[j] / w[i]));
				if (deviation > worst) {
					worst = deviation;
					worstI = i;
					worstJ = j;
				}
			}
		}
		return new AhpPriorities(w, lambda, ci, cr, worstI, worstJ);
	}

	/**
	 * @param weights the principal eigenvector, summing to 1
	 * @param consistencyRatio CI / RI; 0 for n ≤ 2; NaN for n &gt; 10
	 * @param mostInconsistentRow row of the judgement furthest from the priorities' ratio, or -1 when consistent
	 */
	public record AhpPriorities(double[] weights, double lambdaMax, double consistencyIndex, double consistencyRatio, int mostInconsistentRow,
			int mostInconsistentColumn) {

		/** CR above {@link PairwiseMatrix#CR_LIMIT}. */
		public boolean inconsistent() {
			return consistencyRatio > CR_LIMIT;
		}
	}
}
