package org.helix.scoring;

import java.util.List;
import java.util.Map;

/**
 * The AHP part of a decision problem: criteria weights from one pairwise matrix ({@code criteria}) or from several
 * judges' matrices aggregated by their element-wise geometric mean ({@code judges}); optionally, per criterion name, a
 * pairwise matrix of the alternatives.
 */
public record AhpInput(PairwiseMatrix criteria, List<PairwiseMatrix> judges, Map<String, PairwiseMatrix> alternatives) {

	public AhpInput {
		judges = judges == null ? List.of() : List.copyOf(judges);
		alternatives = alternatives == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternatives));
	}

	/**
	 * When both {@code criteria} and {@code judges} are given they must say the same: every entry of the criteria matrix
	 * within {@link PairwiseMatrix#RECIPROCAL_TOLERANCE} (5 %) of the judges' element-wise geometric mean, the precision
	 * at which judgements are typed (0.333 for 1/3). The criteria matrix is then the group's judgement written out
	 * (as in the example, one judge and the same matrix) and the weights come from it. When they differ the
	 * input is refused, naming the first entry that differs: there is no silent precedence.
	 */
	public void checkCriteriaAgreeWithJudges() throws ScoringException {
		if (criteria == null || judges.isEmpty()) {
			return;
		}
		PairwiseMatrix mean = PairwiseMatrix.geometricMean(judges, "ahp.judges");
		for (int i = 0; i < criteria.size(); i++) {
			for (int j = 0; j < criteria.size(); j++) {
				double given = criteria.get(i, j);
				double aggregated = mean.get(i, j);
				if (Math.abs(given / aggregated - 1) > PairwiseMatrix.RECIPROCAL_TOLERANCE) {
					throw new ScoringException("ahp.criteria[" + i + "][" + j + "]", String.format(java.util.Locale.ROOT,
							"%.4g, but the judges' geometric mean (ahp.judges) gives %.4g there: give one of ahp.criteria and ahp.judges, "
									+ "or make them agree (within 5 %%)", given, aggregated));
				}
			}
		}
	}

	/** The matrix the criteria weights come from (the judges' geometric mean when judges are given), or null. */
	public PairwiseMatrix criteriaMatrix() throws ScoringException {
		if (criteria != null) {
			return criteria;
		}
		return judges.isEmpty() ? null : PairwiseMatrix.geometricMean(judges, "ahp.judges");
	}
}
