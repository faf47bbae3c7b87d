package org.helix.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.helix.model.core.NamedElement;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;

/**
 * The RAG of one action at a date: computed from its plan ({@link ActionPlan}), then overruled by the coordinator's
 * manual RAG when that has a justification. An override without a justification is ignored (and reported by
 * {@link ActionStatusAnalyzer}), so a bare colour can never hide the computed status.
 *
 * @param computed the RAG from the plan, or null when the action cannot be rated (see {@code unratedReason})
 * @param override the justified manual RAG, or null
 */
public record ActionRating(PriorityAction action, LocalDate start, LocalDate end, Double progress, double expected,
		double ratio, Rag computed, String unratedReason, Rag override, boolean unjustifiedOverride) {

	/** Rates with the default thresholds of {@link ActionStatusAnalyzer} (green 0.9, amber 0.7). */
	public static ActionRating of(PriorityAction action, LocalDate asOf) {
		return of(action, asOf, 0.9, 0.7);
	}

	public static ActionRating of(PriorityAction action, LocalDate asOf, double green, double amber) {
		Rag manual = Rag.of(action.getRagOverride());
		boolean justified = manual != null && !isBlank(action.getRagOverrideJustification());
		Rag override = justified ? manual : null;
		boolean unjustified = manual != null && !justified;
		if (action.getStatus() == ActionStatus.STOPPED) {
			return new ActionRating(action, null, null, null, 0, 0, null, "the action is stopped", override, unjustified);
		}
		LocalDate start = ActionPlan.start(action);
		LocalDate end = ActionPlan.end(action);
		Double progress = ActionPlan.progress(action);
		String reason = null;
		if (start == null || end == null) {
			reason = "no plan: enter a planned start and end (or due dates of deliverables, or priority years)";
		} else if (action.getPlannedStart() != null && action.getPlannedEnd() != null && start.isAfter(end)) {
			// only the coordinator's own dates can contradict each other; a derived plan whose deliverables fall
			// before its first priority year is rated as before (expected progress 0 or 1)
			reason = "planned start " + start + " is after planned end " + end;
		} else if (progress == null) {
			reason = "no progress recorded: enter the percent complete, or the status of a deliverable or the result of a milestone";
		}
		if (reason != null) {
			return new ActionRating(action, start, end, progress, 0, 0, null, reason, override, unjustified);
		}
		double expected = expected(start, end, asOf);
		// before the start nothing is expected yet; an action cannot be behind then
		double ratio = expected <= 0 ? 1 : progress / expected;
		Rag computed = ratio >= green ? Rag.GREEN : ratio >= amber ? Rag.AMBER : Rag.RED;
		return new ActionRating(action, start, end, progress, expected, ratio, computed, null, override, unjustified);
	}

	/** The RAG that counts: the justified override, else the computed one; null when neither exists. */
	public Rag effective() {
		return override != null ? override : computed;
	}

	public boolean overridden() {
		return override != null;
	}

	/** "overridden (computed: RED) — justification (by X, 2027-01-05)", for findings and tooltips. */
	public String overrideText() {
		if (override == null) {
			return "";
		}
		StringBuilder text = new StringBuilder("overridden (computed: ")
				.append(computed == null ? "unrated" : computed.name()).append(") \u2014 ")
				.append(action.getRagOverrideJustification().strip());
		String by = action.getRagOverrideBy() instanceof NamedElement named ? named.getName() : null;
		LocalDate date = action.getRagOverrideDate();
		if (by != null || date != null) {
			text.append(" (").append(by == null ? "" : "by " + by).append(by != null && date != null ? ", " : "")
					.append(date == null ? "" : date.toString()).append(')');
		}
		return text.toString();
	}

	/** The share of the time from start to end that has passed at {@code asOf}, between 0 and 1. */
	static double expected(LocalDate start, LocalDate end, LocalDate asOf) {
		long total = ChronoUnit.DAYS.between(start, end);
		if (total <= 0) {
			return asOf.isBefore(end) ? 0 : 1;
		}
		double passed = ChronoUnit.DAYS.between(start, asOf) / (double) total;
		return Math.max(0, Math.min(1, passed));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
