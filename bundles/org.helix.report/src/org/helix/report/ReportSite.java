package org.helix.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as a static site: {@code index.html} (the sections) and one file per page beside it, each file
 * self-contained (its style sheet inline, charts as inline SVG, links relative), so the folder works offline, from a
 * USB stick, and on a phone. Each file is written to a temporary file first and then moved into place.
 */
public final class ReportSite {

	public static final String INDEX = "index.html";

	private ReportSite() {
	}

	/** Writes the site into {@code folder} (made if needed) and returns the files written, index first. */
	public static List<Path> write(Report report, Path folder) throws IOException {
		Files.createDirectories(folder);
		List<Path> written = new ArrayList<>();
		written.add(writeFile(folder.resolve(INDEX), index(report)));
		for (ReportPage page : report.pages()) {
			written.add(writeFile(folder.resolve(page.fileName()), page(report, page)));
		}
		return written;
	}

	static String index(Report report) {
		Html html = new Html();
		head(html, report.title(), report);
		html.open("header", "class", "report").element("h1", report.title()).open("p", "class", "meta").text(meta(report)).close("p").close("header");
		html.open("nav", "class", "toc", "aria-label", "Contents").element("strong", "Contents").open("ol");
		for (Report.Section section : report.sections()) {
			html.open("li").link("#" + Report.anchor(section.id()), section.title()).close("li");
		}
		html.close("ol").close("nav");
		for (Report.Section section : report.sections()) {
			html.open("section", "class", "report-section", "id", Report.anchor(section.id())).element("h2", section.title()).raw(section.body())
					.close("section");
		}
		return foot(html, report);
	}

	static String page(Report report, ReportPage page) {
		Html html = new Html();
		head(html, page.title() + " - " + report.title(), report);
		html.open("header", "class", "report").open("p").link(INDEX, "Back to the report: " + report.programme()).close("p")
				.element("h1", page.title()).open("p", "class", "meta").text(page.group() + " - " + meta(report)).close("p").close("header");
		html.raw(page.body());
		return foot(html, report);
	}

	static String meta(Report report) {
		return "As of " + report.asOf() + (report.baseline() == null ? "" : " - changes since the plan baseline '" + report.baseline() + "'");
	}

	private static void head(Html html, String title, Report report) {
		html.raw("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>")
				.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>").element("title", title)
				.open("style").raw(ReportStyle.COMMON).raw(ReportStyle.SCREEN).close("style").raw("</head><body>");
	}

	private static String foot(Html html, Report report) {
		html.open("footer").text("Progress report of " + report.programme() + " as of " + report.asOf()
				+ ", made with Helix from the programme model and its analyses; figures the model does not hold are shown as unknown.")
				.close("footer").raw("</body></html>\n");
		return html.toString();
	}

	private static Path writeFile(Path file, String content) throws IOException {
		// a fixed temporary name beside the file: no random name to make per file (a report writes a thousand)
		Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
		try {
			Files.writeString(temporary, content, StandardCharsets.UTF_8);
			return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** The page files by name (for the PDF's link rewriting). */
	static Map<String, ReportPage> pagesByFile(Report report) {
		Map<String, ReportPage> pages = new LinkedHashMap<>();
		report.pages().forEach(p -> pages.put(p.fileName(), p));
		return pages;
	}
}
