package org.helix.report;

import java.time.LocalDate;
import java.util.List;

/**
 * A report made by {@link ReportGenerator}: its sections' markup and its pages, ready to be written as a site
 * ({@link ReportSite}) and as a PDF ({@link ReportPdf}). It holds text only, no model objects.
 */
public record Report(String title, String programme, LocalDate asOf, String baseline, List<Section> sections, List<ReportPage> pages) {

	/** A written section: its id (the anchor in index.html), heading and body markup. */
	public record Section(String id, String title, String body) {
	}

	/** The id of a section as an HTML anchor. */
	public static String anchor(String sectionId) {
		return sectionId.replaceAll("[^A-Za-z0-9_-]", "-");
	}
}
