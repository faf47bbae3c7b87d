package org.helix.scoring.materials;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The criticality of one material from its supply risk and economic importance, with the reasoning in words.
 * A missing value is never taken as 0: when the known value alone settles it (missed by more than the margin) the
 * material is not critical; otherwise the verdict is MISSING and names what is missing.
 */
public record CriticalityAssessment(String material, BigDecimal supplyRisk, BigDecimal economicImportance,
		Verdict verdict, List<String> steps, List<String> missing) {

	public CriticalityAssessment {
		steps = List.copyOf(steps);
		missing = List.copyOf(missing);
	}

	public static CriticalityAssessment assess(String material, BigDecimal supplyRisk, BigDecimal economicImportance,
			CriticalityThresholds thresholds) {
		List<String> steps = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		State sr = state("supply risk", supplyRisk, thresholds.supplyRisk(), thresholds.margin(), steps, missing);
		State ei = state("economic importance", economicImportance, thresholds.economicImportance(),
				thresholds.margin(), steps, missing);
		Verdict verdict;
		if (sr == State.FAR_BELOW || ei == State.FAR_BELOW) {
			verdict = Verdict.NOT_CRITICAL;
		} else if (sr == State.UNKNOWN || ei == State.UNKNOWN) {
			verdict = Verdict.MISSING;
		} else if (sr == State.MET && ei == State.MET) {
			verdict = Verdict.CRITICAL;
		} else {
			verdict = Verdict.BORDERLINE;
		}
		steps.add(switch (verdict) {
		case CRITICAL -> "Both criteria are met: critical.";
		case BORDERLINE -> "Not critical, but within the margin of " + thresholds.margin().toPlainString()
				+ " on what it misses: a borderline case for expert judgement.";
		case NOT_CRITICAL -> "A criterion is missed by more than the margin: not critical.";
		case MISSING -> "Cannot be decided without " + String.join(" and ", missing) + ".";
		});
		return new CriticalityAssessment(material, supplyRisk, economicImportance, verdict, steps, missing);
	}

	private enum State {
		MET, WITHIN_MARGIN, FAR_BELOW, UNKNOWN
	}

	private static State state(String criterion, BigDecimal value, BigDecimal threshold, BigDecimal margin,
			List<String> steps, List<String> missing) {
		if (value == null) {
			missing.add(criterion);
			steps.add("The " + criterion + " is not given.");
			return State.UNKNOWN;
		}
		String compared = "The " + criterion + " is " + value.toPlainString();
		if (value.compareTo(threshold) >= 0) {
			steps.add(compared + ", at or above the threshold " + threshold.toPlainString() + ".");
			return State.MET;
		}
		if (threshold.subtract(value).compareTo(margin) <= 0) {
			steps.add(compared + ", below the threshold " + threshold.toPlainString() + " by "
					+ threshold.subtract(value).toPlainString() + ", within the margin " + margin.toPlainString()
					+ ".");
			return State.WITHIN_MARGIN;
		}
		steps.add(compared + ", below the threshold " + threshold.toPlainString() + " by more than the margin "
				+ margin.toPlainString() + ".");
		return State.FAR_BELOW;
	}
}
