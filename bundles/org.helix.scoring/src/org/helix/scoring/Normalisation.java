package org.helix.scoring;

/**
 * How the values of one criterion are made comparable. {@link #MINMAX} and {@link #MAX} also turn min criteria round
 * (afterwards more is better for every criterion); {@link #VECTOR}, {@link #SUM} and {@link #NONE} keep the direction,
 * and the methods account for it themselves.
 */
public enum Normalisation {
	/** The values as given. */
	NONE("none", false),
	/** x / √Σx² */
	VECTOR("vector", false),
	/** (x − min) / (max − min); (max − x) / (max − min) for min criteria. */
	MINMAX("minmax", true),
	/** x / max; min / x for min criteria. */
	MAX("max", true),
	/** x / Σx */
	SUM("sum", false);

	private final String id;
	private final boolean reversesMin;

	Normalisation(String id, boolean reversesMin) {
		this.id = id;
		this.reversesMin = reversesMin;
	}

	public String id() {
		return id;
	}

	/** True when min criteria come out reversed, so that more is better for every criterion. */
	public boolean reversesMin() {
		return reversesMin;
	}

	public static Normalisation of(String id) {
		for (Normalisation normalisation : values()) {
			if (normalisation.id.equals(id)) {
				return normalisation;
			}
		}
		return null;
	}

	/**
	 * Normalises one column (no missing values in it).
	 *
	 * @param where names the column in messages
	 * @throws ScoringException when the column cannot be normalised this way (a division by zero)
	 */
	public double[] apply(double[] column, Direction direction, String where) throws ScoringException {
		int n = column.length;
		double[] out = new double[n];
		switch (this) {
		case NONE -> System.arraycopy(column, 0, out, 0, n);
		case VECTOR -> {
			double sumOfSquares = 0;
			for (double x : column) {
				sumOfSquares += x * x;
			}
			if (sumOfSquares == 0) {
				throw new ScoringException(where, "all values are 0, vector normalisation divides by 0");
			}
			double norm = Math.sqrt(sumOfSquares);
			for (int i = 0; i < n; i++) {
				out[i] = column[i] / norm;
			}
		}
		case SUM -> {
			double sum = 0;
			for (double x : column) {
				sum += x;
			}
			if (sum == 0) {
				throw new ScoringException(where, "the values add up to 0, sum normalisation divides by 0");
			}
			for (int i = 0; i < n; i++) {
				out[i] = column[i] / sum;
			}
		}
		case MINMAX -> {
			double min = min(column), max = max(column);
			for (int i = 0; i < n; i++) {
				// a column without spread cannot tell alternatives apart: every alternative gets the best value
				out[i] = max == min ? 1 : direction == Direction.MAX ? (column[i] - min) / (max - min) : (max - column[i]) / (max - min);
			}
		}
		case MAX -> {
			if (direction == Direction.MAX) {
				double max = max(column);
				if (max <= 0) {
					throw new ScoringException(where, "max normalisation needs a positive largest value, got " + max);
				}
				for (int i = 0; i < n; i++) {
					out[i] = column[i] / max;
				}
			} else {
				double min = min(column);
				if (min <= 0) {
					throw new ScoringException(where, "max normalisation of a min criterion (min/x) needs positive values, got " + min);
				}
				for (int i = 0; i < n; i++) {
					out[i] = min / column[i];
				}
			}
		}
		default -> throw new IllegalStateException(id);
		}
		return out;
	}

	private static double min(double[] values) {
		double min = Double.POSITIVE_INFINITY;
		for (double x : values) {
			min = Math.min(min, x);
		}
		return min;
	}

	private static double max(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double x : values) {
			max = Math.max(max, x);
		}
		return max;
	}
}
