package org.helix.scoring.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.scoring.AhpInput;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.ScoringException;
import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.PairwiseJudgements;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringsFactory;

/**
 * The AHP judgements saved in a {@link Scoring} ({@link PairwiseJudgements}) as the engine's {@link AhpInput}: a
 * criteria matrix without a judge is {@code ahp.criteria}, criteria matrices with a judge are {@code ahp.judges}
 * (aggregated by their element-wise geometric mean), a matrix with a criterion is {@code ahp.alternatives} for that
 * criterion. The same rules as the {@code mcda} input apply (a matrix without a judge and judges' matrices must agree).
 */
public final class Judgements {

	private Judgements() {
	}

	/** The scoring's judgements as AHP input, or null when it has none. */
	public static AhpInput ahpInput(Scoring scoring, List<String> alternativeLabels) throws ScoringException {
		if (scoring.getJudgements().isEmpty()) {
			return null;
		}
		List<String> criteria = scoring.getCriteria().stream().map(CriterionDefinition::getName).toList();
		PairwiseMatrix single = null;
		List<PairwiseMatrix> judges = new ArrayList<>();
		Map<String, PairwiseMatrix> alternatives = new LinkedHashMap<>();
		for (int k = 0; k < scoring.getJudgements().size(); k++) {
			PairwiseJudgements judgements = scoring.getJudgements().get(k);
			String where = "scoring '" + scoring.getName() + "': judgements[" + k + "]"
					+ (judgements.getJudge() == null ? "" : " (judge " + judgements.getJudge() + ")")
					+ (judgements.getCriterion() == null ? "" : " (alternatives on " + judgements.getCriterion() + ")");
			if (judgements.getCriterion() == null) {
				PairwiseMatrix matrix = matrix(judgements, criteria, "criteria", where);
				if (judgements.getJudge() != null) {
					judges.add(matrix);
				} else if (single != null) {
					throw new ScoringException(where, "a second criteria matrix without a judge: name the judges");
				} else {
					single = matrix;
				}
			} else {
				if (!criteria.contains(judgements.getCriterion())) {
					throw new ScoringException(where, "no criterion is named '" + judgements.getCriterion() + "'");
				}
				alternatives.put(judgements.getCriterion(), matrix(judgements, alternativeLabels, "alternatives", where));
			}
		}
		AhpInput input = new AhpInput(single, judges, alternatives);
		input.checkCriteriaAgreeWithJudges();
		return input;
	}

	/** The saved matrix, checked to compare exactly {@code expected} in that order. */
	private static PairwiseMatrix matrix(PairwiseJudgements judgements, List<String> expected, String what, String where) throws ScoringException {
		if (!judgements.getItems().equals(expected)) {
			throw new ScoringException(where + ".items", "compares " + judgements.getItems() + ", but the scoring's " + what + " are " + expected);
		}
		int n = expected.size();
		if (judgements.getValues().size() != n * n) {
			throw new ScoringException(where + ".values", judgements.getValues().size() + " values, a " + n + "×" + n + " matrix needs " + n * n);
		}
		double[][] values = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				values[i][j] = judgements.getValues().get(i * n + j);
			}
		}
		return PairwiseMatrix.of(values, where);
	}

	/** The criteria matrix (judge and criterion unset), or null. */
	public static PairwiseJudgements criteriaMatrix(Scoring scoring) {
		return scoring.getJudgements().stream().filter(j -> j.getCriterion() == null && j.getJudge() == null).findFirst().orElse(null);
	}

	/** The priorities of a saved matrix (checked as the engine checks it). */
	public static PairwiseMatrix.AhpPriorities priorities(PairwiseJudgements judgements) throws ScoringException {
		List<String> items = List.copyOf(judgements.getItems());
		return matrix(judgements, items, "items", "judgements").priorities();
	}

	/** A new matrix of {@code items} with every judgement 1 (equal importance). */
	public static PairwiseJudgements equalJudgements(List<String> items, String source) {
		PairwiseJudgements judgements = ScoringsFactory.eINSTANCE.createPairwiseJudgements();
		judgements.getItems().addAll(items);
		judgements.setSource(source);
		for (int k = 0; k < items.size() * items.size(); k++) {
			judgements.getValues().add(1.0);
		}
		return judgements;
	}

	/**
	 * The values of {@code judgements} with item i judged {@code value} times as important as item j (and the
	 * reciprocal at [j][i]), as a new row-by-row list.
	 */
	public static List<Double> withJudgement(PairwiseJudgements judgements, int i, int j, double value) {
		int n = judgements.getItems().size();
		List<Double> values = new ArrayList<>(judgements.getValues());
		values.set(i * n + j, value);
		values.set(j * n + i, 1 / value);
		return values;
	}
}
