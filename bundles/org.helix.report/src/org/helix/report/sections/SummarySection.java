package org.helix.report.sections;

import java.math.BigDecimal;
import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/** The programme at a glance: its RAG with the reason, actions by RAG, budget, deadlines, KPIs, advice taken up. */
public class SummarySection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		Programme programme = context.programme();
		String goal = programme.getOverallGoal() != null ? programme.getOverallGoal() : programme.getDescription();
		if (goal != null) {
			html.open("p").element("strong", "Goal: ").text(goal).raw(context.cite(programme)).close("p");
		}
		String rag = Facts.rag(context, programme, "programme.rag");
		html.open("p").element("strong", "Programme status: ").raw(ReportContext.ragBadge(rag)).text(" ")
				.text(Facts.reason(context, programme, "programme.rag", "programme.unrated")).close("p");
		int[] counts = new int[4];
		for (PriorityAction action : programme.getActions()) {
			String actionRag = Facts.rag(context, action, "action.rag");
			counts[actionRag == null ? 3 : switch (actionRag) {
			case "GREEN" -> 0;
			case "AMBER" -> 1;
			default -> 2;
			}]++;
		}
		html.open("div", "class", "figures");
		figure(html, Integer.toString(programme.getActions().size()), "actions");
		figure(html, Integer.toString(counts[0]), "green");
		figure(html, Integer.toString(counts[1]), "amber");
		figure(html, Integer.toString(counts[2]), "red");
		figure(html, Integer.toString(counts[3]), "no data");
		Finding budget = context.finding(ReportContext.BUDGET_VARIANCE, programme, "programme.budget");
		figure(html, amount(budget, "planned"), "budget planned");
		figure(html, amount(budget, "spent"), "budget spent");
		figure(html, Integer.toString(Facts.deadlines(context, true).size()), "deliverables and milestones overdue");
		figure(html, Integer.toString(Facts.deadlines(context, false).size()), "due within " + ReportContext.DUE_WITHIN_DAYS + " days");
		List<org.helix.model.core.Indicator> kpis = Facts.kpis(programme);
		long kpisGreen = kpis.stream().filter(k -> "GREEN".equals(ReportContext.text(context.finding(ReportContext.KPI_STATUS, k, "kpi.rag"), "rag"))).count();
		figure(html, kpisGreen + " of " + kpis.size(), "KPIs on track");
		List<org.helix.model.programme.Recommendation> recommendations = Facts.recommendations(context);
		long takenUp = recommendations.stream().filter(r -> Facts.take(r) == Facts.Take.TAKEN_UP).count();
		figure(html, takenUp + " of " + recommendations.size(), "recommendations taken up");
		html.open("div", "class", "clear").close("div").close("div");
		if (budget != null) {
			html.p(budget.getMessage() + ".");
		}
		if (programme.getStartYear() != null || programme.getEndYear() != null) {
			html.p("Programme period: " + (programme.getStartYear() == null ? "?" : programme.getStartYear()) + " - "
					+ (programme.getEndYear() == null ? "?" : programme.getEndYear()) + "; " + programme.getDimensions().size() + " dimensions; "
					+ context.bodies().size() + " governance bodies.");
		}
	}

	/** The total of the known amounts, or "unknown", with how many actions' amounts are unknown. */
	static String amount(Finding budget, String name) {
		if (budget == null) {
			return "unknown";
		}
		BigDecimal total = ReportContext.number(budget, name);
		if (total != null) {
			return ReportContext.money(total);
		}
		BigDecimal known = ReportContext.number(budget, name + "Known");
		BigDecimal unknown = ReportContext.number(budget, name + "Unknown");
		return known == null || known.signum() == 0 ? "unknown"
				: ReportContext.money(known) + " known + " + (unknown == null ? "?" : ReportContext.number(unknown)) + " unknown";
	}

	private static void figure(Html html, String value, String label) {
		html.open("div", "class", "figure").element("b", value).text(label).close("div");
	}
}
