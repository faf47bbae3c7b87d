package org.helix.monitoring;

import java.time.LocalDate;

import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;

/** Freezes the current plan of a programme as a PlanBaseline, to compare later plans against. */
public final class PlanBaselines {

	private PlanBaselines() {
	}

	/**
	 * Adds a baseline to the programme with one snapshot per action: status, planned end (as {@link ActionPlan#end}
	 * derives it) and budgets. The snapshot's comment records the action's code and name, because ActionSnapshot has no
	 * field for them and a removed action must still be named in a diff.
	 */
	public static PlanBaseline take(Programme programme, String name, LocalDate date) {
		PlanBaseline baseline = ProgrammeFactory.eINSTANCE.createPlanBaseline();
		baseline.setName(name);
		baseline.setDate(date);
		for (PriorityAction action : programme.getActions()) {
			ActionSnapshot snapshot = ProgrammeFactory.eINSTANCE.createActionSnapshot();
			snapshot.setAction(action);
			snapshot.setStatus(action.getStatus());
			snapshot.setPlannedEnd(ActionPlan.end(action));
			snapshot.setBudgetPlanned(action.getBudgetPlanned());
			snapshot.setBudgetCommitted(action.getBudgetCommitted());
			snapshot.setBudgetSpent(action.getBudgetSpent());
			snapshot.setComment(describe(action));
			baseline.getEntries().add(snapshot);
		}
		programme.getBaselines().add(baseline);
		return baseline;
	}

	static String describe(PriorityAction action) {
		return action.getCode() == null ? String.valueOf(action.getName()) : action.getCode() + " " + action.getName();
	}
}
