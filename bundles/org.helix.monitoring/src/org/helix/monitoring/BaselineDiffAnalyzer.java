package org.helix.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * Compares the current plan of each programme with a baseline (by default its latest one, by date): planned ends that
 * moved (a later end is a WARNING), budgets that changed (a higher planned budget is a WARNING), status changes, and
 * actions added or removed since. KPI targets are not part of an ActionSnapshot, so they are not compared.
 */
public class BaselineDiffAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.baselineDiff";

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
		return "Plan against baseline";
	}

	@Override
	public String category() {
		return "Monitoring";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PLAN_BASELINE, ProgrammePackage.Literals.PRIORITY_ACTION);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("baseline", ParameterType.TEXT, "", "name of the baseline to compare with; empty: the latest by date"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		String wanted = context.text("baseline");
		for (Programme programme : context.model().getProgrammes()) {
			PlanBaseline baseline = programme.getBaselines().stream()
					.filter(b -> wanted.isBlank() || wanted.equals(b.getName()))
					.max(Comparator.comparing(b -> b.getDate() == null ? LocalDate.MIN : b.getDate())).orElse(null);
			if (baseline == null) {
				if (!wanted.isBlank()) {
					context.report(Severity.WARNING, "baseline.missing", "Programme has no baseline named '" + wanted + "'", programme);
				}
				continue;
			}
			diff(context, programme, baseline);
		}
	}

	private static void diff(AnalysisContext context, Programme programme, PlanBaseline baseline) {
		Set<PriorityAction> seen = new HashSet<>();
		String against = " since baseline '" + baseline.getName() + "'";
		for (ActionSnapshot snapshot : baseline.getEntries()) {
			PriorityAction action = snapshot.getAction();
			if (action == null || action.eIsProxy() || action.eContainer() != programme) {
				context.report(Severity.WARNING, "action.removed", "Action " + snapshot.getComment() + " removed" + against, programme, baseline);
				continue;
			}
			seen.add(action);
			LocalDate before = snapshot.getPlannedEnd();
			LocalDate now = ActionPlan.end(action);
			if (!Objects.equals(before, now)) {
				long days = before == null || now == null ? 0 : ChronoUnit.DAYS.between(before, now);
				context.report(days > 0 ? Severity.WARNING : Severity.INFO, "action.endMoved",
						"Planned end moved from " + before + " to " + now + (days != 0 ? " (" + (days > 0 ? "+" : "") + days + " days)" : "") + against,
						action).value("days", days);
			}
			budget(context, action, "planned", snapshot.getBudgetPlanned(), action.getBudgetPlanned(), against);
			budget(context, action, "committed", snapshot.getBudgetCommitted(), action.getBudgetCommitted(), against);
			budget(context, action, "spent", snapshot.getBudgetSpent(), action.getBudgetSpent(), against);
			if (snapshot.getStatus() != action.getStatus()) {
				context.report(Severity.INFO, "action.statusChanged", "Status changed from " + words(snapshot.getStatus()) + " to "
						+ words(action.getStatus()) + against, action);
			}
		}
		for (PriorityAction action : programme.getActions()) {
			if (!seen.contains(action)) {
				context.report(Severity.INFO, "action.added", "Action added" + against, action);
			}
		}
	}

	private static void budget(AnalysisContext context, PriorityAction action, String which, BigDecimal before, BigDecimal now, String against) {
		if (before == null ? now == null : now != null && before.compareTo(now) == 0) {
			return;
		}
		boolean raised = which.equals("planned") && before != null && now != null && now.compareTo(before) > 0;
		context.report(raised ? Severity.WARNING : Severity.INFO, "action.budgetChanged", "Budget " + which + " changed from "
				+ Money.format(before) + " to " + Money.format(now) + against, action).value("before", before).value("now", now);
	}

	/** An enum literal in words ("not started"), for people; null stays "unspecified". */
	private static String words(Object literal) {
		return literal == null ? "unspecified" : literal.toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
