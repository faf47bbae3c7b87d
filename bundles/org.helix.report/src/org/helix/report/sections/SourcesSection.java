package org.helix.report.sections;

import org.helix.model.core.SourceCitation;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/** The sources the other sections and pages cited, numbered as their references: document, lines and quote. */
public class SourcesSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		if (context.citations().isEmpty()) {
			html.note("Nothing in the report cites a source.");
			return;
		}
		html.open("ol", "class", "sources");
		for (ReportContext.Citation numbered : context.citations()) {
			SourceCitation c = numbered.citation();
			String document = c.getDocumentTitle() != null ? c.getDocumentTitle()
					: c.getDocument() != null ? ReportContext.label(c.getDocument()) : c.getDocumentId();
			html.open("li", "id", "source-" + numbered.number(), "value", Integer.toString(numbered.number())).text(document == null ? "(unnamed source)" : document);
			if (c.getFromLine() != null) {
				html.text(", line" + (c.getToLine() != null && !c.getToLine().equals(c.getFromLine()) ? "s " + c.getFromLine() + "-" + c.getToLine() : " " + c.getFromLine()));
			}
			if (c.getQuote() != null && !c.getQuote().isBlank()) {
				html.text(": \"" + c.getQuote() + "\"");
			}
			html.close("li");
		}
		html.close("ol");
	}

	@Override
	public boolean writesLast() {
		return true;
	}
}
