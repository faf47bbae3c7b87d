package org.helix.monitoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * Budget variance (planned, committed, spent) per action, dimension and programme. An unknown amount (null) stays
 * unknown: a total is only given when every action's amount is known; otherwise the finding gives the sum of the
 * known amounts and how many are unknown. An action in two dimensions counts in both.
 */
public class BudgetVarianceAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.budgetVariance";

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
		return "Budget variance";
	}

	@Override
	public String category() {
		return "Monitoring";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PRIORITY_ACTION, ProgrammePackage.Literals.DIMENSION, ProgrammePackage.Literals.PROGRAMME);
	}

	@Override
	public void analyze(AnalysisContext context) {
		for (Programme programme : context.model().getProgrammes()) {
			Totals all = new Totals();
			Map<Dimension, Totals> dimensions = new LinkedHashMap<>();
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				action(context, action);
				all.add(action);
				for (Dimension dimension : action.getDimensions()) {
					dimensions.computeIfAbsent(dimension, d -> new Totals()).add(action);
				}
			}
			dimensions.forEach((dimension, totals) -> totals.report(context, "dimension.budget", dimension));
			all.report(context, "programme.budget", programme);
		}
	}

	private static void action(AnalysisContext context, PriorityAction action) {
		BigDecimal planned = action.getBudgetPlanned();
		BigDecimal committed = action.getBudgetCommitted();
		BigDecimal spent = action.getBudgetSpent();
		String amounts = "planned " + Money.format(planned) + ", committed " + Money.format(committed) + ", spent " + Money.format(spent);
		Severity severity = Severity.INFO;
		String message;
		if (planned == null && committed == null && spent == null) {
			message = "Budget unknown";
		} else if (planned != null && spent != null && spent.compareTo(planned) > 0) {
			severity = Severity.ERROR;
			message = "Spent more than planned by " + Money.format(spent.subtract(planned)) + ": " + amounts;
		} else if (planned != null && committed != null && committed.compareTo(planned) > 0) {
			severity = Severity.WARNING;
			message = "Committed more than planned by " + Money.format(committed.subtract(planned)) + ": " + amounts;
		} else {
			message = "Budget " + amounts;
		}
		context.report(severity, "action.budget", message, action).value("planned", planned).value("committed", committed)
				.value("spent", spent).value("variance", planned == null || spent == null ? null : planned.subtract(spent));
	}

	/** Sums of known amounts, and how many were unknown. */
	private static final class Totals {
		int actions;
		final BigDecimal[] known = { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		final int[] unknown = new int[3];

		void add(PriorityAction action) {
			actions++;
			BigDecimal[] amounts = { action.getBudgetPlanned(), action.getBudgetCommitted(), action.getBudgetSpent() };
			for (int i = 0; i < 3; i++) {
				if (amounts[i] == null) {
					unknown[i]++;
				} else {
					known[i] = known[i].add(amounts[i]);
				}
			}
		}

		void report(AnalysisContext context, String code, EObject target) {
			String[] names = { "planned", "committed", "spent" };
			StringBuilder message = new StringBuilder("Budget of " + actions + " actions:");
			for (int i = 0; i < 3; i++) {
				message.append(i == 0 ? " " : ", ").append(names[i]).append(' ');
				if (unknown[i] == 0) {
					message.append(Money.format(known[i]));
				} else if (unknown[i] == actions) {
					message.append("unknown");
				} else {
					message.append("unknown (").append(Money.format(known[i])).append(" known, ").append(unknown[i]).append(" unknown)");
				}
			}
			boolean overspent = unknown[0] == 0 && unknown[2] == 0 && known[2].compareTo(known[0]) > 0;
			var finding = context.report(overspent ? Severity.ERROR : Severity.INFO, code, message.toString(), target);
			for (int i = 0; i < 3; i++) {
				finding.value(names[i], unknown[i] == 0 ? known[i] : null).value(names[i] + "Known", known[i]).value(names[i] + "Unknown", unknown[i]);
			}
		}
	}
}
