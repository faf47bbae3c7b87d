package org.helix.report.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.helix.analysis.results.Finding;
import org.helix.model.core.Indicator;
import org.helix.model.core.Milestone;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportPage;
import org.helix.report.ReportSection;

/**
 * RAG per dimension and per action with the reason (the action-status analysis's finding), and a page per action:
 * its fiche, status, plan, budget, deliverables, milestones, KPIs and the findings about it.
 */
public class RagSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		html.note("The RAG compares each action's progress with the progress expected by the as-of date (docs/analysis.md); "
				+ "an action whose progress is not recorded has no data, which is not red. A dimension takes the worst of its rated actions.");
		html.element("h3", "Per dimension");
		List<List<String>> rows = new ArrayList<>();
		for (Dimension dimension : context.programme().getDimensions()) {
			rows.add(List.of(Html.esc(ReportContext.label(dimension)) + context.cite(dimension),
					ReportContext.ragBadge(Facts.rag(context, dimension, "dimension.rag")),
					Html.esc(Facts.reason(context, dimension, "dimension.rag", "dimension.unrated"))));
		}
		html.table(List.of("Dimension", "RAG", "Reason"), rows, "rag-dimensions");
		html.element("h3", "Per action");
		rows = new ArrayList<>();
		for (PriorityAction action : context.programme().getActions()) {
			rows.add(List.of(Html.esc(action.getCode()), context.linkTo(action),
					Html.esc(action.getDimensions().stream().map(ReportContext::label).collect(Collectors.joining(", "))),
					ReportContext.ragBadge(Facts.rag(context, action, "action.rag")),
					Html.esc(Facts.reason(context, action, "action.rag", "action.unrated"))));
		}
		html.table(List.of("Code", "Action", "Dimension", "RAG", "Reason"), rows, "rag-actions");
	}

	@Override
	public List<ReportPage> pages(ReportContext context) {
		List<ReportPage> pages = new ArrayList<>();
		for (PriorityAction action : context.programme().getActions()) {
			pages.add(new ReportPage(context.page(action), (action.getCode() == null ? "" : action.getCode() + " ") + ReportContext.label(action),
					"Actions", page(context, action)));
		}
		return pages;
	}

	private static String page(ReportContext context, PriorityAction action) {
		Html html = new Html();
		html.open("p").element("strong", "Status: ").raw(ReportContext.ragBadge(Facts.rag(context, action, "action.rag"))).text(" ")
				.text(Facts.reason(context, action, "action.rag", "action.unrated")).raw(context.cite(action)).close("p");
		List<List<String>> facts = new ArrayList<>();
		fact(facts, "Dimensions", action.getDimensions().stream().map(ReportContext::label).collect(Collectors.joining(", ")));
		fact(facts, "Status (recorded)", action.getStatus() == null ? null : Facts.words(action.getStatus().getName()));
		fact(facts, "Lead", action.getLead() == null ? null : ReportContext.label(action.getLead()));
		fact(facts, "Project leader", action.getProjectLeader() == null ? null : ReportContext.label(action.getProjectLeader()));
		fact(facts, "Working group", action.getGroup() == null ? null : ReportContext.label(action.getGroup()));
		fact(facts, "Timing", action.getTiming());
		fact(facts, "Planned", (action.getPlannedStart() == null ? "?" : action.getPlannedStart()) + " to "
				+ (action.getPlannedEnd() == null ? "?" : action.getPlannedEnd()));
		fact(facts, "Percent complete", action.getPercentComplete() == null ? "unknown" : ReportContext.number(java.math.BigDecimal.valueOf(action.getPercentComplete())) + " %");
		fact(facts, "Budget planned", ReportContext.money(action.getBudgetPlanned()));
		fact(facts, "Budget committed", ReportContext.money(action.getBudgetCommitted()));
		fact(facts, "Budget spent", ReportContext.money(action.getBudgetSpent()));
		fact(facts, "Scope", action.getScope());
		fact(facts, "Plan of approach", action.getPlanOfApproach());
		html.table(List.of("Field", "Value"), facts, "fiche");
		if (!action.getDeliverables().isEmpty()) {
			html.element("h3", "Deliverables");
			List<List<String>> rows = new ArrayList<>();
			for (Deliverable deliverable : action.getDeliverables()) {
				rows.add(List.of(Html.esc(ReportContext.label(deliverable)), Html.esc(deliverable.getDueDate() == null ? "no date" : deliverable.getDueDate().toString()),
						Html.esc(deliverable.getStatus() == null ? "" : Facts.words(deliverable.getStatus().getName())), Html.esc(deadline(context, deliverable))));
			}
			html.table(List.of("Deliverable", "Due", "Status", "Deadline"), rows, "deliverables");
		}
		if (!action.getMilestones().isEmpty()) {
			html.element("h3", "Milestones");
			List<List<String>> rows = new ArrayList<>();
			for (Milestone milestone : action.getMilestones()) {
				rows.add(List.of(Html.esc(ReportContext.label(milestone)),
						Html.esc(milestone.getDate() != null ? milestone.getDate().toString() : milestone.getDateText() != null ? milestone.getDateText() : "no date"),
						Html.esc(milestone.getAchieved() == null ? "not recorded" : milestone.getAchieved() ? "achieved" : "missed"),
						Html.esc(deadline(context, milestone))));
			}
			html.table(List.of("Milestone", "Date", "Result", "Deadline"), rows, "milestones");
		}
		if (!action.getKpis().isEmpty()) {
			html.element("h3", "KPIs");
			html.open("ul");
			for (Indicator kpi : action.getKpis()) {
				html.open("li").link("index.html#" + KpiSection.anchor(kpi), ReportContext.label(kpi)).close("li");
			}
			html.close("ul");
		}
		html.element("h3", "Findings of the analyses");
		List<List<String>> rows = new ArrayList<>();
		for (Finding finding : context.findingsAbout(action)) {
			rows.add(List.of(Html.esc(finding.getSeverity().getName()), Html.esc(finding.getCode()), Html.esc(finding.getMessage())));
		}
		if (rows.isEmpty()) {
			html.note("No findings about this action.");
		} else {
			html.table(List.of("Severity", "Code", "Finding"), rows, "findings");
		}
		return html.toString();
	}

	private static String deadline(ReportContext context, org.eclipse.emf.ecore.EObject element) {
		Finding finding = context.finding(ReportContext.DEADLINES, element, "deliverable.overdue", "milestone.overdue", "deliverable.dueSoon",
				"milestone.dueSoon");
		return finding == null ? "" : finding.getMessage();
	}

	private static void fact(List<List<String>> facts, String field, String value) {
		if (value != null && !value.isBlank()) {
			facts.add(List.of(Html.esc(field), Html.esc(value)));
		}
	}
}
