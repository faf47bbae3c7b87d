package org.helix.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.core.CorePackage;
import org.helix.model.core.Milestone;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * Deliverables and milestones of priority actions that are overdue (ERROR) or due within N days (WARNING) at the
 * as-of date. Done deliverables (delivered, ratified, submitted, accepted, or with a delivery date), cancelled ones and
 * achieved milestones are left out.
 */
public class DeadlinesAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.deadlines";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public String label() {
		return "Deadlines of deliverables and milestones";
	}

	@Override
	public String category() {
		return "Monitoring";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.DELIVERABLE, CorePackage.Literals.MILESTONE);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("dueWithinDays", ParameterType.INTEGER, "30", "warn about what is due within this many days after the as-of date"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		int within = context.integer("dueWithinDays");
		LocalDate asOf = context.asOf();
		for (Programme programme : context.model().getProgrammes()) {
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				for (Deliverable deliverable : action.getDeliverables()) {
					if (!ActionPlan.isDone(deliverable) && deliverable.getStatus() != DeliverableStatus.CANCELLED) {
						check(context, "deliverable", deliverable, deliverable.getDueDate(), action, asOf, within);
					}
				}
				for (Milestone milestone : action.getMilestones()) {
					if (!Boolean.TRUE.equals(milestone.getAchieved())) {
						check(context, "milestone", milestone, milestone.getDate(), action, asOf, within);
					}
				}
			}
		}
	}

	private static void check(AnalysisContext context, String kind, org.eclipse.emf.ecore.EObject element, LocalDate due,
			PriorityAction action, LocalDate asOf, int within) {
		if (due == null) {
			return;
		}
		long days = ChronoUnit.DAYS.between(asOf, due);
		if (days < 0) {
			context.report(Severity.ERROR, kind + ".overdue", "Overdue by " + -days + " days (due " + due + ")", element, action)
					.value("daysOverdue", -days);
		} else if (days <= within) {
			context.report(Severity.WARNING, kind + ".dueSoon", "Due in " + days + " days (" + due + ")", element, action)
					.value("daysLeft", days);
		}
	}
}
