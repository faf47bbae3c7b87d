package org.helix.scoring;

import java.util.List;
import java.util.Map;

import org.helix.scoring.PairwiseMatrix.AhpPriorities;

/**
 * What a method made of a problem.
 *
 * @param alternatives the alternatives scored (those without missing values), in the problem's order
 * @param weights the criteria weights used, summing to 1
 * @param scores per scored alternative, the method's score (higher is better)
 * @param ranking names, best first (ties keep the problem's order)
 * @param details further per-alternative numbers by name, e.g. {@code netFlow} or {@code distanceToIdeal}, each
 *        parallel to {@code alternatives}
 * @param ahpCriteria consistency of the criteria judgements (AHP only), else null
 * @param ahpAlternatives per criterion, consistency of the alternatives' judgements (AHP only), else empty
 * @param missing per left-out alternative, the criteria without a value
 * @param warnings what a person should know about the result (inconsistent judgements, for example)
 */
public record ScoringResult(String method, List<String> alternatives, List<String> criteria, double[] weights, double[] scores, List<String> ranking,
		Map<String, double[]> details, AhpPriorities ahpCriteria, Map<String, AhpPriorities> ahpAlternatives, Map<String, List<String>> missing,
		List<String> warnings) {

	/** The score of the named alternative; NaN when it was not scored. */
	public double score(String alternative) {
		int index = alternatives.indexOf(alternative);
		return index < 0 ? Double.NaN : scores[index];
	}

	/** A per-alternative detail of the named alternative; NaN when absent. */
	public double detail(String name, String alternative) {
		double[] values = details.get(name);
		int index = alternatives.indexOf(alternative);
		return values == null || index < 0 ? Double.NaN : values[index];
	}
}
