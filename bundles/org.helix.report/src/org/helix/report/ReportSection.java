package org.helix.report;

import java.util.List;

/**
 * A section of the progress report, contributed through the extension point {@code org.helix.report.sections}
 * (schema/sections.exsd, docs/reports.md). The id, heading and place of a section are in its contribution.
 * Implementations must be stateless: one instance may write several reports, one after the other.
 */
public interface ReportSection {

	/**
	 * Writes the section's body into the index page, below its heading (which the report writes). Use
	 * {@link ReportContext} for the data: the programme, the analysis findings, links and citations.
	 */
	void write(ReportContext context, Html html);

	/** Pages of the section's own, such as a page per action; none by default. */
	default List<ReportPage> pages(ReportContext context) {
		return List.of();
	}

	/**
	 * True for a section that lists what the other sections gathered (the sources they cited): it is written after
	 * every other section and page, wherever its order places it in the report.
	 */
	default boolean writesLast() {
		return false;
	}
}
