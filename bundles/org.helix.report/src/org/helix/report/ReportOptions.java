package org.helix.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What to report: the as-of date (a calendar date), the programme (its id or name; null: the one running at the
 * as-of date, else the latest), the plan baseline to compare with (its name; null: the programme's latest), and the
 * sections (their ids; null: all contributed sections).
 */
public record ReportOptions(LocalDate asOf, String programme, String baseline, List<String> sections) {

	public static ReportOptions asOf(LocalDate asOf) {
		return new ReportOptions(asOf, null, null, null);
	}

	public ReportOptions withBaseline(String name) {
		return new ReportOptions(asOf, programme, name, sections);
	}

	public ReportOptions withProgramme(String idOrName) {
		return new ReportOptions(asOf, idOrName, baseline, sections);
	}

	public ReportOptions withSections(List<String> ids) {
		return new ReportOptions(asOf, programme, baseline, ids);
	}
}
