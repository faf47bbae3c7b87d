package org.helix.scoring;

import java.util.List;

/**
 * The values of the complete alternatives (no missing values), normalised per criterion, and for each criterion
 * whether more is better after normalisation ({@link #sign}): +1 for max criteria and for min criteria that the
 * normalisation turned round, -1 for min criteria left as they are.
 */
public final class NormalisedMatrix {

	private final int[] rows;
	private final double[][] values;
	private final int[] sign;
	private final List<String> names;

	private NormalisedMatrix(int[] rows, double[][] values, int[] sign, List<String> names) {
		this.rows = rows;
		this.values = values;
		this.sign = sign;
		this.names = names;
	}

	/**
	 * @param normalisation the problem's normalisation, or null for {@code fallback}
	 * @throws ScoringException when there is no matrix, no complete alternative, or a column cannot be normalised
	 */
	public static NormalisedMatrix of(DecisionProblem problem, Normalisation fallback) throws ScoringException {
		if (problem.matrix() == null) {
			throw new ScoringException("matrix", "this method needs a matrix of values (rows alternatives, columns criteria)");
		}
		Normalisation normalisation = problem.normalisation() == null ? fallback : problem.normalisation();
		int[] rows = problem.completeAlternatives();
		if (rows.length == 0) {
			throw new ScoringException("matrix", "every alternative has missing values; nothing can be scored");
		}
		int m = problem.criterionCount();
		double[][] values = new double[rows.length][m];
		int[] sign = new int[m];
		double[] column = new double[rows.length];
		for (int j = 0; j < m; j++) {
			Criterion criterion = problem.criteria().get(j);
			for (int r = 0; r < rows.length; r++) {
				column[r] = problem.value(rows[r], j);
			}
			double[] normalised = normalisation.apply(column, criterion.direction(), "matrix column " + j + " (" + criterion.name() + ")");
			for (int r = 0; r < rows.length; r++) {
				values[r][j] = normalised[r];
			}
			sign[j] = criterion.direction() == Direction.MAX || normalisation.reversesMin() ? 1 : -1;
		}
		List<String> names = java.util.Arrays.stream(rows).mapToObj(problem.alternatives()::get).toList();
		return new NormalisedMatrix(rows, values, sign, names);
	}

	/** Number of alternatives (rows). */
	public int size() {
		return rows.length;
	}

	/** Number of criteria (columns). */
	public int criterionCount() {
		return sign.length;
	}

	/** Indices into the problem's alternatives. */
	public int[] rows() {
		return rows.clone();
	}

	/** Names of the alternatives, in row order. */
	public List<String> names() {
		return names;
	}

	public double get(int row, int criterion) {
		return values[row][criterion];
	}

	/** +1 when more is better for this criterion after normalisation, -1 when less is. */
	public int sign(int criterion) {
		return sign[criterion];
	}
}
