package org.helix.report.sections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.results.Finding;
import org.helix.model.core.Indicator;
import org.helix.model.core.Milestone;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Uptake;
import org.helix.report.ReportContext;

/** What several built-in sections read from the findings and the model, computed one way. */
final class Facts {

	private Facts() {
	}

	/** An action's RAG in effect ("GREEN", "AMBER", "RED"), or null when the analysis could not rate it (no data). */
	static String rag(ReportContext context, EObject element, String ratedCode) {
		return ReportContext.text(context.finding(ReportContext.ACTION_STATUS, element, ratedCode), "rag");
	}

	/** Why: the finding of the action-status analyzer about the element (rated or not), or a note when there is none. */
	static String reason(ReportContext context, EObject element, String ratedCode, String unratedCode) {
		Finding finding = context.finding(ReportContext.ACTION_STATUS, element, ratedCode, unratedCode);
		if (finding != null) {
			return finding.getMessage();
		}
		return context.ran(ReportContext.ACTION_STATUS) ? "not rated by the action-status analysis"
				: "no RAG: the monitoring analyses (org.helix.monitoring) are not installed";
	}

	/** A deadline finding: a deliverable or milestone of an action of the programme, due or overdue. */
	record Deadline(EObject element, PriorityAction action, LocalDate due, boolean overdue, Finding finding) {
	}

	/** The programme's deliverables and milestones overdue ({@code overdue}) or due within the window, by due date. */
	static List<Deadline> deadlines(ReportContext context, boolean overdue) {
		List<Deadline> result = new ArrayList<>();
		Programme programme = context.programme();
		for (Finding finding : context.findings(ReportContext.DEADLINES)) {
			boolean isOverdue = finding.getCode().endsWith(".overdue");
			if (isOverdue != overdue || !(finding.getCode().endsWith(".overdue") || finding.getCode().endsWith(".dueSoon"))) {
				continue;
			}
			// targets: the deliverable or milestone, then its action
			if (finding.getTargets().size() < 2 || !(finding.getTargets().get(1) instanceof PriorityAction action) || action.eContainer() != programme) {
				continue;
			}
			EObject element = finding.getTargets().get(0);
			LocalDate due = element instanceof Deliverable d ? d.getDueDate() : element instanceof Milestone m ? m.getDate() : null;
			result.add(new Deadline(element, action, due, overdue, finding));
		}
		result.sort(java.util.Comparator.comparing((Deadline d) -> d.due() == null ? LocalDate.MAX : d.due()));
		return result;
	}

	/** The programme's KPIs by the KPI status analyzer's rule: marked kpi, used as an action's KPI, or with a target. */
	static List<Indicator> kpis(Programme programme) {
		Set<Indicator> kpis = new LinkedHashSet<>();
		for (PriorityAction action : programme.getActions()) {
			kpis.addAll(action.getKpis());
		}
		for (Indicator indicator : programme.getIndicators()) {
			if (Boolean.TRUE.equals(indicator.getKpi()) || !indicator.getTargets().isEmpty()) {
				kpis.add(indicator);
			}
		}
		return new ArrayList<>(kpis);
	}

	/** The recommendations addressed to the programme: its own, and the model's (advisory councils' advice). */
	static List<Recommendation> recommendations(ReportContext context) {
		Set<Recommendation> all = new LinkedHashSet<>(context.programme().getRecommendations());
		all.addAll(context.model().getRecommendations());
		return new ArrayList<>(all);
	}

	enum Take {
		TAKEN_UP("taken up"), ANSWERED("answered: not retained or out of scope"), OPEN("open");

		final String label;

		Take(String label) {
			this.label = label;
		}
	}

	/** The traceability analyzer's rule: linked to an action or given an uptake is taken up; NOT_RETAINED / OUT_OF_SCOPE answered. */
	static Take take(Recommendation recommendation) {
		Uptake uptake = recommendation.getUptake();
		if (uptake == Uptake.NOT_RETAINED || uptake == Uptake.OUT_OF_SCOPE) {
			return Take.ANSWERED;
		}
		if (!recommendation.getActions().isEmpty() || (uptake != null && uptake != Uptake.UNSPECIFIED)) {
			return Take.TAKEN_UP;
		}
		return Take.OPEN;
	}

	static String words(String literal) {
		return literal == null ? "" : literal.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
