package org.helix.monitoring;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.helix.model.core.Milestone;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * Reads the plan of an action from the metamodel, in one place. The coordinator's tracking fields win when set
 * (plannedStart, plannedEnd, percentComplete); the seeds give none of them, so each falls back to a derivation:
 * <ul>
 * <li>start: 1 January of the first priority year, else of the programme's start year;</li>
 * <li>end: the latest due date of its deliverables and dates of its milestones, else 31 December of the last priority
 * year, else of the programme's end year;</li>
 * <li>progress: the share of its deliverables delivered and milestones achieved (cancelled deliverables do not count),
 * once the state of at least one of them is recorded; 1 for a COMPLETED or DELIVERED action, 0 for one not started;
 * else unknown (null), never 0.</li>
 * </ul>
 */
public final class ActionPlan {

	/** Statuses in which a deliverable counts as done. */
	public static final Set<DeliverableStatus> DONE = EnumSet.of(DeliverableStatus.DELIVERED, DeliverableStatus.RATIFIED,
			DeliverableStatus.SUBMITTED, DeliverableStatus.ACCEPTED);

	private ActionPlan() {
	}

	public static LocalDate start(PriorityAction action) {
		if (action.getPlannedStart() != null) {
			return action.getPlannedStart();
		}
		Integer year = action.getPriorityYears().stream().filter(y -> y != null).min(Integer::compare).orElse(null);
		if (year == null && action.eContainer() instanceof Programme programme) {
			year = programme.getStartYear();
		}
		return year == null ? null : LocalDate.of(year, 1, 1);
	}

	/** Where {@link #start} comes from: "entered", "the priority years", "the programme's years", or null. */
	public static String startSource(PriorityAction action) {
		if (action.getPlannedStart() != null) {
			return ENTERED;
		}
		if (action.getPriorityYears().stream().anyMatch(y -> y != null)) {
			return "the priority years";
		}
		return action.eContainer() instanceof Programme programme && programme.getStartYear() != null ? "the programme's years" : null;
	}

	public static LocalDate end(PriorityAction action) {
		if (action.getPlannedEnd() != null) {
			return action.getPlannedEnd();
		}
		LocalDate latest = null;
		for (Deliverable deliverable : action.getDeliverables()) {
			latest = later(latest, deliverable.getDueDate());
		}
		for (Milestone milestone : action.getMilestones()) {
			latest = later(latest, milestone.getDate());
		}
		if (latest != null) {
			return latest;
		}
		Integer year = action.getPriorityYears().stream().filter(y -> y != null).max(Integer::compare).orElse(null);
		if (year == null && action.eContainer() instanceof Programme programme) {
			year = programme.getEndYear();
		}
		return year == null ? null : LocalDate.of(year, 12, 31);
	}

	/** Where {@link #end} comes from: "entered", "the deliverables", "the milestones", ..., or null. */
	public static String endSource(PriorityAction action) {
		if (action.getPlannedEnd() != null) {
			return ENTERED;
		}
		boolean deliverables = action.getDeliverables().stream().anyMatch(d -> d.getDueDate() != null);
		boolean milestones = action.getMilestones().stream().anyMatch(m -> m.getDate() != null);
		if (deliverables || milestones) {
			return deliverables && milestones ? "the deliverables and milestones" : deliverables ? "the deliverables" : "the milestones";
		}
		if (action.getPriorityYears().stream().anyMatch(y -> y != null)) {
			return "the priority years";
		}
		return action.eContainer() instanceof Programme programme && programme.getEndYear() != null ? "the programme's years" : null;
	}

	private static final String ENTERED = "entered";

	/**
	 * The plan the rating measures against, saying what was derived and from what, e.g. "derived from the deliverables:
	 * 2026-01-01 to 2026-10-01" or "derived: start 2026-01-01 from the priority years, end 2026-10-01 from the
	 * deliverables"; "planned 2026-01-01 to 2026-06-30" when the coordinator entered both; null without a plan.
	 */
	public static String describe(PriorityAction action) {
		LocalDate start = start(action);
		LocalDate end = end(action);
		if (start == null || end == null) {
			return null;
		}
		String from = startSource(action);
		String to = endSource(action);
		if (ENTERED.equals(from) && ENTERED.equals(to)) {
			return "planned " + start + " to " + end;
		}
		if (from.equals(to)) {
			return "derived from " + from + ": " + start + " to " + end;
		}
		if (!ENTERED.equals(from) && !ENTERED.equals(to)) {
			return "derived start " + start + " from " + from + ", end " + end + " from " + to;
		}
		return (ENTERED.equals(from) ? "planned start " + start : "derived start " + start + " from " + from) + ", "
				+ (ENTERED.equals(to) ? "planned end " + end : "derived end " + end + " from " + to);
	}

	/**
	 * Progress between 0 and 1, or null when nothing in the action says how far it is: unknown is not zero. A
	 * deliverable without a status or delivery date and a milestone without a result say nothing, so an action whose
	 * deliverables and milestones all lack them has no progress data (unless its status says it has not started, is
	 * completed or delivered). Once at least one of them is recorded, the others count as not done yet.
	 */
	public static Double progress(PriorityAction action) {
		if (hasValidPercentComplete(action)) {
			return action.getPercentComplete() / 100;
		}
		ActionStatus status = action.getStatus();
		if (status == ActionStatus.COMPLETED || status == ActionStatus.DELIVERED) {
			return 1.0;
		}
		int total = 0;
		int done = 0;
		int recorded = 0;
		for (Deliverable deliverable : action.getDeliverables()) {
			if (deliverable.getStatus() == DeliverableStatus.CANCELLED) {
				continue;
			}
			total++;
			if (isRecorded(deliverable)) {
				recorded++;
			}
			if (isDone(deliverable)) {
				done++;
			}
		}
		for (Milestone milestone : action.getMilestones()) {
			total++;
			if (milestone.getAchieved() != null) {
				recorded++;
			}
			if (Boolean.TRUE.equals(milestone.getAchieved())) {
				done++;
			}
		}
		if (recorded > 0) {
			return done / (double) total;
		}
		if (status == ActionStatus.NOT_STARTED || status == ActionStatus.PLANNED || status == ActionStatus.PROPOSED) {
			return 0.0;
		}
		return null;
	}

	/** Whether a deliverable's state was recorded: a status other than unspecified, or a delivery date. */
	public static boolean isRecorded(Deliverable deliverable) {
		return deliverable.getDeliveredOn() != null
				|| (deliverable.getStatus() != null && deliverable.getStatus() != DeliverableStatus.UNSPECIFIED);
	}

	/** Whether the coordinator reported a percentage between 0 and 100; any other value is ignored (and reported). */
	public static boolean hasValidPercentComplete(PriorityAction action) {
		Double percent = action.getPercentComplete();
		return percent != null && percent >= 0 && percent <= 100;
	}

	public static boolean isDone(Deliverable deliverable) {
		return deliverable.getDeliveredOn() != null || DONE.contains(deliverable.getStatus());
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}
}
