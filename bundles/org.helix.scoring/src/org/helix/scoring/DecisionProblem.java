package org.helix.scoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Alternatives × criteria: the input of every scoring method. Immutable and checked on creation; a missing value is
 * {@link Double#NaN} in the matrix and is never taken as 0: alternatives with missing values are reported by
 * {@link #missingValues()} and left out of the scoring.
 *
 * @param matrix rows are alternatives, columns criteria; may be null for an AHP problem given by pairwise matrices only
 * @param normalisation null for the method's default
 * @param ahp null unless the method is AHP
 */
public record DecisionProblem(List<String> alternatives, List<Criterion> criteria, double[][] matrix, Normalisation normalisation, AhpInput ahp) {

	public DecisionProblem {
		alternatives = List.copyOf(alternatives);
		criteria = List.copyOf(criteria);
		if (matrix != null) {
			double[][] copy = new double[matrix.length][];
			for (int i = 0; i < matrix.length; i++) {
				copy[i] = matrix[i] == null ? null : matrix[i].clone();
			}
			matrix = copy;
		}
	}

	/** Checks names, weights and the shape of the matrix. */
	public static DecisionProblem of(List<String> alternatives, List<Criterion> criteria, double[][] matrix, Normalisation normalisation, AhpInput ahp)
			throws ScoringException {
		DecisionProblem problem = new DecisionProblem(alternatives, criteria, matrix, normalisation, ahp);
		problem.check();
		return problem;
	}

	private void check() throws ScoringException {
		if (alternatives.isEmpty()) {
			throw new ScoringException("alternatives", "no alternatives");
		}
		unique(alternatives, "alternatives");
		if (criteria.isEmpty()) {
			throw new ScoringException("criteria", "no criteria");
		}
		unique(criteria.stream().map(Criterion::name).toList(), "criteria");
		int given = 0;
		for (int j = 0; j < criteria.size(); j++) {
			Criterion criterion = criteria.get(j);
			String where = "criteria[" + j + "] (" + criterion.name() + ")";
			if (criterion.direction() == null) {
				throw new ScoringException(where, "no direction (max or min)");
			}
			if (criterion.weight() != null) {
				given++;
				double weight = criterion.weight();
				if (!(weight >= 0) || Double.isInfinite(weight)) {
					throw new ScoringException(where + ".weight", "weights must be numbers ≥ 0, got " + weight);
				}
			}
			criterion.preference().check(where + ".preference");
		}
		if (given != 0 && given != criteria.size()) {
			throw new ScoringException("criteria", "weights are given for " + given + " of " + criteria.size() + " criteria: give all or none");
		}
		if (given != 0 && criteria.stream().mapToDouble(Criterion::weight).sum() == 0) {
			throw new ScoringException("criteria", "all weights are 0");
		}
		if (matrix != null) {
			if (matrix.length != alternatives.size()) {
				throw new ScoringException("matrix", count(matrix.length, "row") + ", but there are " + count(alternatives.size(), "alternative") + " (one row each)");
			}
			for (int i = 0; i < matrix.length; i++) {
				int length = matrix[i] == null ? 0 : matrix[i].length;
				if (length != criteria.size()) {
					throw new ScoringException("matrix[" + i + "] (" + alternatives.get(i) + ")",
							count(length, "value") + ", but there are " + count(criteria.size(), "criterion") + " (one value each)");
				}
				for (int j = 0; j < length; j++) {
					if (Double.isInfinite(matrix[i][j])) {
						throw new ScoringException("matrix[" + i + "][" + j + "]", "not a finite number");
					}
				}
			}
		}
		if (ahp != null) {
			int n = criteria.size();
			if (ahp.criteria() != null && ahp.criteria().size() != n) {
				throw new ScoringException("ahp.criteria", "compares " + ahp.criteria().size() + " criteria, but there are " + n);
			}
			for (int k = 0; k < ahp.judges().size(); k++) {
				if (ahp.judges().get(k).size() != n) {
					throw new ScoringException("ahp.judges[" + k + "]", "compares " + ahp.judges().get(k).size() + " criteria, but there are " + n);
				}
			}
			if (ahp.criteria() != null && !ahp.judges().isEmpty()) {
				ahp.checkCriteriaAgreeWithJudges();
			}
			Set<String> names = new HashSet<>(criteria.stream().map(Criterion::name).toList());
			for (Map.Entry<String, PairwiseMatrix> entry : ahp.alternatives().entrySet()) {
				String where = "ahp.alternatives." + entry.getKey();
				if (!names.contains(entry.getKey())) {
					throw new ScoringException(where, "no criterion is named '" + entry.getKey() + "'");
				}
				if (entry.getValue().size() != alternatives.size()) {
					throw new ScoringException(where, "compares " + entry.getValue().size() + " alternatives, but there are " + alternatives.size());
				}
			}
		}
	}

	private static String count(int n, String noun) {
		String plural = noun.equals("criterion") ? "criteria" : noun + "s";
		return n + " " + (n == 1 ? noun : plural);
	}

	private static void unique(List<String> names, String where) throws ScoringException {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			if (name == null || name.isBlank()) {
				throw new ScoringException(where + "[" + i + "]", "a name is needed");
			}
			if (!seen.add(name)) {
				throw new ScoringException(where + "[" + i + "]", "'" + name + "' appears twice");
			}
		}
	}

	public int alternativeCount() {
		return alternatives.size();
	}

	public int criterionCount() {
		return criteria.size();
	}

	/** True when the criteria carry weights. */
	public boolean hasWeights() {
		return !criteria.isEmpty() && criteria.get(0).weight() != null;
	}

	/** The weights normalised to sum 1; equal weights when none are given. */
	public double[] weights() {
		int m = criteria.size();
		double[] weights = new double[m];
		if (!hasWeights()) {
			java.util.Arrays.fill(weights, 1.0 / m);
			return weights;
		}
		double sum = 0;
		for (Criterion criterion : criteria) {
			sum += criterion.weight();
		}
		for (int j = 0; j < m; j++) {
			weights[j] = criteria.get(j).weight() / sum;
		}
		return weights;
	}

	/** Per alternative with missing values, the criteria whose value is missing (in the order of the problem). */
	public Map<String, List<String>> missingValues() {
		Map<String, List<String>> missing = new LinkedHashMap<>();
		if (matrix == null) {
			return missing;
		}
		for (int i = 0; i < matrix.length; i++) {
			for (int j = 0; j < criteria.size(); j++) {
				if (Double.isNaN(matrix[i][j])) {
					missing.computeIfAbsent(alternatives.get(i), key -> new ArrayList<>()).add(criteria.get(j).name());
				}
			}
		}
		missing.replaceAll((key, value) -> Collections.unmodifiableList(value));
		return missing;
	}

	/** Indices of the alternatives with a value for every criterion. */
	public int[] completeAlternatives() {
		if (matrix == null) {
			return java.util.stream.IntStream.range(0, alternatives.size()).toArray();
		}
		return java.util.stream.IntStream.range(0, alternatives.size())
				.filter(i -> java.util.Arrays.stream(matrix[i]).noneMatch(Double::isNaN)).toArray();
	}

	public double value(int alternative, int criterion) {
		return matrix[alternative][criterion];
	}
}
