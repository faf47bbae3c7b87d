package org.helix.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helix.report.internal.SimpleSvgDrawer;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Writes a report as one PDF with openhtmltopdf: a title page, a table of contents with page numbers, the sections,
 * then the pages (actions, governance bodies), each starting on a new page. Every page carries the programme and the
 * as-of date in its top margin and "Page n of m" at the bottom (CSS paged-media margin boxes). Links between pages
 * become links inside the document. The inline SVG (trend charts, diagrams of contributed sections) is drawn as
 * vector graphics by {@link SimpleSvgDrawer} (no Batik).
 */
public final class ReportPdf {

	public static final String FILE = "report.pdf";
	private static final Pattern PAGE_LINK = Pattern.compile("href=\"([A-Za-z0-9_.-]+)\\.html(#[^\"]*)?\"");

	private ReportPdf() {
	}

	/** The XHTML document the PDF is rendered from. */
	public static String document(Report report) {
		Html html = new Html();
		html.raw("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"utf-8\"/>").element("title", report.title())
				.open("style").raw(ReportStyle.COMMON).raw(ReportStyle.print(report.title(), report.asOf().toString())).close("style")
				.raw("</head><body>");
		html.open("div", "class", "cover", "id", "top").element("h1", report.title()).open("p", "class", "meta").text(ReportSite.meta(report))
				.close("p").close("div");
		html.open("nav", "class", "toc").element("h2", "Contents").open("ol");
		for (Report.Section section : report.sections()) {
			html.open("li").link("#" + Report.anchor(section.id()), section.title()).close("li");
		}
		Map<String, List<ReportPage>> groups = new LinkedHashMap<>();
		report.pages().forEach(p -> groups.computeIfAbsent(p.group(), g -> new java.util.ArrayList<>()).add(p));
		groups.forEach((group, pages) -> {
			html.open("li").element("a", group, "href", "#" + pageAnchor(pages.get(0).fileName())).open("ol");
			for (ReportPage page : pages) {
				html.open("li").link("#" + pageAnchor(page.fileName()), page.title()).close("li");
			}
			html.close("ol").close("li");
		});
		html.close("ol").close("nav");
		for (Report.Section section : report.sections()) {
			html.open("section", "class", "report-section", "id", Report.anchor(section.id())).element("h2", section.title())
					.raw(internalLinks(sizedByViewBox(section.body()))).close("section");
		}
		for (ReportPage page : report.pages()) {
			html.open("div", "class", "page", "id", pageAnchor(page.fileName())).element("h2", page.title())
					.open("p", "class", "meta").text(page.group()).close("p").raw(internalLinks(sizedByViewBox(page.body()))).close("div");
		}
		return html.raw("</body></html>").toString();
	}

	/** Renders the report into {@code file} (through a temporary file, so a failure leaves no half-written PDF). */
	public static Path write(Report report, Path file) throws IOException {
		XRLog.setLoggingEnabled(false); // the renderer logs every font and CSS note through java.util.logging
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				PdfRendererBuilder builder = new PdfRendererBuilder();
				builder.useFastMode();
				builder.useSVGDrawer(new SimpleSvgDrawer());
				builder.withHtmlContent(document(report), folder.toUri().toString());
				builder.toStream(out);
				builder.run();
			} catch (RuntimeException e) {
				throw new IOException("cannot render the PDF: " + e.getMessage(), e);
			}
			return Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	static String pageAnchor(String fileName) {
		return "page-" + fileName.replaceAll("\\.html$", "").replaceAll("[^A-Za-z0-9_-]", "-");
	}

	private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");
	private static final Pattern SIZE_ATTRIBUTE = Pattern.compile("\\s(?:width|height)=\"[^\"]*\"");

	/**
	 * SVG start tags with a viewBox, without their width and height: the renderer would lay a picture out at the size
	 * those give (a diagram of 3,000 px), while {@link SimpleSvgDrawer} scales it down to fit the page; without them it
	 * takes the drawer's size.
	 */
	static String sizedByViewBox(String markup) {
		if (!markup.contains("<svg")) {
			return markup;
		}
		Matcher matcher = SVG_TAG.matcher(markup);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String tag = matcher.group();
			matcher.appendReplacement(result, Matcher.quoteReplacement(tag.contains("viewBox=") ? SIZE_ATTRIBUTE.matcher(tag).replaceAll("") : tag));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	/** Links to the site's files made links into the document: index.html#x to #x, action-1.html to its page. */
	static String internalLinks(String markup) {
		Matcher matcher = PAGE_LINK.matcher(markup);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String target = matcher.group(1).equals("index") ? (matcher.group(2) == null ? "#top" : matcher.group(2)) : "#" + pageAnchor(matcher.group(1) + ".html");
			matcher.appendReplacement(result, Matcher.quoteReplacement("href=\"" + target + "\""));
		}
		matcher.appendTail(result);
		return result.toString();
	}
}
