package org.helix.report;

/** The style sheets of the site (responsive, for screens down to a phone) and of the PDF (paged media). */
final class ReportStyle {

	private ReportStyle() {
	}

	/** Shared by both outputs. */
	static final String COMMON = """
			body { font-family: "DejaVu Sans", Helvetica, Arial, sans-serif; color: #1b1b1b; line-height: 1.45; }
			h1 { font-size: 1.6em; margin: 0.2em 0; }
			h2 { font-size: 1.3em; border-bottom: 2px solid #1d4e89; padding-bottom: 0.15em; margin-top: 1.6em; color: #1d4e89; }
			h3 { font-size: 1.08em; margin-top: 1.2em; }
			table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em 0; font-size: 0.9em; }
			th, td { border: 1px solid #c9ced6; padding: 0.3em 0.45em; text-align: left; vertical-align: top; }
			th { background: #eef2f7; }
			td.num, th.num { text-align: right; }
			.rag { display: inline-block; padding: 0.05em 0.5em; border-radius: 0.7em; font-size: 0.85em; font-weight: bold; color: #fff; white-space: nowrap; }
			.rag-green { background: #2e7d32; }
			.rag-amber { background: #b26a00; }
			.rag-red { background: #c62828; }
			.rag-none { background: #757575; }
			.note { color: #555; font-style: italic; }
			.unknown { color: #8a4b00; font-style: italic; }
			.cite { font-size: 0.75em; }
			.cite a { text-decoration: none; }
			.figures { margin: 0.6em 0; }
			.figure { float: left; border: 1px solid #c9ced6; border-radius: 6px; padding: 0.4em 0.7em; margin: 0 0.5em 0.5em 0;
			  width: 10.5em; min-height: 3.6em; }
			.clear { clear: both; }
			.figure b { display: block; font-size: 1.3em; }
			.meta { color: #444; }
			figure.diagram { margin: 1em 0 1.5em 0; }
			figure.diagram h3 { margin-bottom: 0.4em; }
			figure.diagram figcaption { font-size: 0.85em; color: #555; margin-top: 0.3em; }
			""";

	/** The site: readable on a phone (fluid width, scrolling tables, charts that shrink), no external resources. */
	static final String SCREEN = """
			body { margin: 0 auto; max-width: 60em; padding: 0.8em; font-size: 16px; }
			header.report { border-bottom: 3px solid #1d4e89; padding-bottom: 0.4em; }
			nav.toc { background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 6px; padding: 0.4em 0.9em; margin: 0.8em 0; }
			nav.toc ol { margin: 0.3em 0; padding-left: 1.3em; }
			.scroll { overflow-x: auto; -webkit-overflow-scrolling: touch; }
			.chart svg { width: 100%; max-width: 36em; height: auto; display: block; }
			.diagram-svg { border: 1px solid #dde3ea; border-radius: 6px; }
			.diagram-svg svg { width: 100%; height: auto; display: block; }
			a { color: #1d4e89; }
			footer { margin-top: 2em; border-top: 1px solid #c9ced6; padding-top: 0.4em; font-size: 0.85em; color: #555; }
			@media (max-width: 40em) {
			  body { font-size: 15px; padding: 0.5em; }
			  h1 { font-size: 1.3em; }
			  th, td { padding: 0.25em 0.3em; }
			}
			@media print { nav.toc { display: none; } }
			""";

	/**
	 * The PDF: A4 with the programme and the as-of date in the top margin of every page and the page number at the
	 * bottom (CSS paged media margin boxes), sections and pages starting on a new page, a table of contents with page
	 * numbers (target-counter). Inline SVG (charts, diagrams) is drawn by SimpleSvgDrawer and kept on one page.
	 */
	static String print(String header, String asOf) {
		return """
				@page { size: A4; margin: 22mm 16mm 20mm 16mm;
				  @top-left { content: "%s"; font-size: 8pt; color: #555; font-family: Helvetica, sans-serif; }
				  @top-right { content: "As of %s"; font-size: 8pt; color: #555; font-family: Helvetica, sans-serif; }
				  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; font-family: Helvetica, sans-serif; } }
				body { font-size: 9.5pt; font-family: Helvetica, sans-serif; }
				.chart, .diagram { page-break-inside: avoid; }
				/* the PDF renderer lays floats out one below the other here: figures as inline blocks sit side by side */
				.figure { float: none; display: inline-block; vertical-align: top; }
				section.report-section, div.page { page-break-before: always; }
				nav.toc a { text-decoration: none; color: #1b1b1b; }
				nav.toc a::after { content: " ... page " target-counter(attr(href), page); }
				nav.toc li { margin: 0.15em 0; }
				table { page-break-inside: auto; }
				tr { page-break-inside: avoid; }
				a { color: #1d4e89; }
				""".formatted(css(header), css(asOf));
	}

	/** Text for a CSS string. */
	private static String css(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]", " ");
	}
}
