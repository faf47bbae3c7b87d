package org.helix.report.sections;

import java.util.ArrayList;
import java.util.List;

import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * Deliverables and milestones of the programme's actions that are overdue at the as-of date, and those due within
 * {@value ReportContext#DUE_WITHIN_DAYS} days after it (the deadlines analysis; done, cancelled and achieved ones are left out).
 */
public class DeliverablesSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		if (!context.ran(ReportContext.DEADLINES)) {
			html.note("No deadlines: the monitoring analyses (org.helix.monitoring) are not installed.");
			return;
		}
		table(context, html, "Overdue", Facts.deadlines(context, true));
		table(context, html, "Due within " + ReportContext.DUE_WITHIN_DAYS + " days", Facts.deadlines(context, false));
	}

	private static void table(ReportContext context, Html html, String title, List<Facts.Deadline> deadlines) {
		html.element("h3", title + " (" + deadlines.size() + ")");
		if (deadlines.isEmpty()) {
			html.note("None.");
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		for (Facts.Deadline d : deadlines) {
			rows.add(List.of(Html.esc(ReportContext.label(d.element())), Html.esc(d.element().eClass().getName().equals("Milestone") ? "milestone" : "deliverable"),
					context.linkTo(d.action()), Html.esc(d.due() == null ? "" : d.due().toString()), Html.esc(d.finding().getMessage())));
		}
		html.table(List.of("Deliverable or milestone", "Kind", "Action", "Due", "Assessment"), rows, "deadlines");
	}
}
