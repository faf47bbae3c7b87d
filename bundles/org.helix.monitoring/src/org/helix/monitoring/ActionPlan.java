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
 * <li>progress: the share of its deliverables delivered and milestones achieved (cancelled deliverables do not count);
 * 1 for a COMPLETED or DELIVERED action, 0 for one not started.</li>
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

	/** Progress between 0 and 1, or null when nothing in the action says how far it is. */
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
		for (Deliverable deliverable : action.getDeliverables()) {
			if (deliverable.getStatus() == DeliverableStatus.CANCELLED) {
				continue;
			}
			total++;
			if (isDone(deliverable)) {
				done++;
			}
		}
		for (Milestone milestone : action.getMilestones()) {
			total++;
			if (Boolean.TRUE.equals(milestone.getAchieved())) {
				done++;
			}
		}
		if (total > 0) {
			return done / (double) total;
		}
		if (status == ActionStatus.NOT_STARTED || status == ActionStatus.PLANNED || status == ActionStatus.PROPOSED) {
			return 0.0;
		}
		return null;
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
