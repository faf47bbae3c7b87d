package org.helix.report.sections;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * Planned, committed and spent per programme, dimension and action, from the budget-variance analysis. An unknown
 * amount stays unknown: a total is given only when every amount is known, else the sum of the known ones and how
 * many are unknown (never adding the unknown ones as 0).
 */
public class BudgetSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		if (!context.ran(ReportContext.BUDGET_VARIANCE)) {
			html.note("No budget overview: the monitoring analyses (org.helix.monitoring) are not installed.");
			return;
		}
		html.note("Amounts the model does not hold are shown as unknown, never as 0. A total with unknown amounts gives the sum of the known ones and counts the unknown ones.");
		List<List<String>> rows = new ArrayList<>();
		row(rows, "Programme", context.finding(ReportContext.BUDGET_VARIANCE, context.programme(), "programme.budget"));
		for (Dimension dimension : context.programme().getDimensions()) {
			row(rows, ReportContext.label(dimension), context.finding(ReportContext.BUDGET_VARIANCE, dimension, "dimension.budget"));
		}
		html.table(List.of("Total of", "Planned", "Committed", "Spent"), rows, "budget-totals");
		html.element("h3", "Per action");
		rows = new ArrayList<>();
		for (PriorityAction action : context.programme().getActions()) {
			Finding finding = context.finding(ReportContext.BUDGET_VARIANCE, action, "action.budget");
			rows.add(List.of(context.linkTo(action), cell(action.getBudgetPlanned()), cell(action.getBudgetCommitted()), cell(action.getBudgetSpent()),
					Html.esc(finding == null ? "" : finding.getSeverity().getName() + ": " + finding.getMessage())));
		}
		html.table(List.of("Action", "Planned", "Committed", "Spent", "Assessment"), rows, "budget-actions");
	}

	private static void row(List<List<String>> rows, String label, Finding finding) {
		if (finding == null) {
			return; // a dimension without actions
		}
		rows.add(List.of(Html.esc(label), total(finding, "planned"), total(finding, "committed"), total(finding, "spent")));
	}

	private static String total(Finding finding, String name) {
		BigDecimal total = ReportContext.number(finding, name);
		if (total != null) {
			return Html.esc(ReportContext.money(total));
		}
		BigDecimal known = ReportContext.number(finding, name + "Known");
		BigDecimal unknown = ReportContext.number(finding, name + "Unknown");
		String count = unknown == null ? "some" : ReportContext.number(unknown);
		return "<span class=\"unknown\">unknown</span>" + (known == null || known.signum() == 0 ? " (" + count + " unknown)"
				: Html.esc(" (" + ReportContext.money(known) + " known, " + count + " unknown)"));
	}

	private static String cell(BigDecimal amount) {
		return amount == null ? "<span class=\"unknown\">unknown</span>" : Html.esc(ReportContext.money(amount));
	}
}
