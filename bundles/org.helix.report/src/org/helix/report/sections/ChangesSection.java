package org.helix.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.results.Finding;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * Changes since the chosen plan baseline: a baseline is a {@code PlanBaseline} frozen in the model (status, planned
 * end and budgets of each action at a date), chosen by name with {@code --baseline}; without one, the programme's
 * latest. The plan-against-baseline analysis does the comparison.
 */
public class ChangesSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		if (context.baseline() == null) {
			html.note("The programme records no plan baseline, so there is nothing to compare with. A baseline freezes each action's status, planned end "
					+ "and budgets at a date (docs/reports.md).");
			return;
		}
		html.p("Compared with the plan baseline '" + ReportContext.label(context.baseline()) + "'"
				+ (context.baseline().getDate() == null ? "" : " of " + context.baseline().getDate()) + " (" + context.baseline().getEntries().size()
				+ " actions frozen). The baseline holds status, planned end and budgets; KPI targets and deliverables are not frozen, so their changes are not listed.");
		List<List<String>> rows = new ArrayList<>();
		Programme programme = context.programme();
		for (Finding finding : context.findings(ReportContext.BASELINE_DIFF)) {
			EObject target = finding.getTargets().isEmpty() ? null : finding.getTargets().get(0);
			boolean ofProgramme = target == programme || (target instanceof PriorityAction action && action.eContainer() == programme);
			if (ofProgramme) {
				rows.add(List.of(target == programme ? Html.esc("programme") : context.linkTo(target), Html.esc(finding.getCode().replace("action.", "")),
						Html.esc(finding.getMessage())));
			}
		}
		if (rows.isEmpty()) {
			html.note("No changes since the baseline.");
		} else {
			html.table(List.of("Action", "Change", "Detail"), rows, "changes");
		}
	}
}
