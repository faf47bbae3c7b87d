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

	/** The matrix the criteria weights come from (the judges' geometric mean when judges are given), or null. */
	public PairwiseMatrix criteriaMatrix() throws ScoringException {
		if (criteria != null) {
			return criteria;
		}
		return judges.isEmpty() ? null : PairwiseMatrix.geometricMean(judges, "ahp.judges");
	}
}
