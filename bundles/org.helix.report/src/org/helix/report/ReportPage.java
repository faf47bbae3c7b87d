package org.helix.report;

/**
 * A page of its own in the report: in the HTML site the file {@code fileName} beside index.html, in the PDF a chapter
 * after the sections. {@code body} is well-formed XHTML (see {@link Html}); {@code group} names the chapter the PDF
 * and the table of contents put it under ("Actions", "Governance bodies").
 */
public record ReportPage(String fileName, String title, String group, String body) {
}
