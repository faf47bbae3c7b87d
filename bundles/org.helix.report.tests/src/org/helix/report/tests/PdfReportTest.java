package org.helix.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.helix.report.Report;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PDF of the Klimaatsprong report renders: its text, extracted with PDFBox, has the as-of date and "Page n of m"
 * on every page, and a table of contents naming every section with the page it starts on.
 */
class PdfReportTest {

	@Test
	void asOfDateOnEveryPageAndATableOfContents(@TempDir Path folder) throws Exception {
		Report report = ReportGenerator.fromExtensions(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
				.generate(new ReportFixture().model, ReportOptions.asOf(ReportFixture.AS_OF), null);
		Path pdf = ReportPdf.write(report, folder.resolve("report.pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int pages = document.getNumberOfPages();
			// a title page with the contents, 9 sections and 18 + bodies pages, each on a page of its own at least
			assertTrue(pages >= 1 + 9 + report.pages().size(), "pages: " + pages);
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pages; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document);
				assertTrue(text.contains("As of 2026-10-01"), "as-of date on page " + page);
				assertTrue(text.contains("Page " + page + " of " + pages), "page number on page " + page);
			}
			stripper.setStartPage(1);
			stripper.setEndPage(2);
			String contents = stripper.getText(document);
			assertTrue(contents.contains("Contents"));
			for (Report.Section section : report.sections()) {
				assertTrue(contents.contains(section.title() + " ... page "), "the contents name " + section.title() + ":\n" + contents);
			}
			// the summary starts on the page its entry gives
			java.util.regex.Matcher entry = java.util.regex.Pattern.compile("Summary \\.\\.\\. page (\\d+)").matcher(contents);
			assertTrue(entry.find());
			int summaryPage = Integer.parseInt(entry.group(1));
			stripper.setStartPage(summaryPage);
			stripper.setEndPage(summaryPage);
			assertTrue(stripper.getText(document).contains("Programme status: RED"), "the summary is on page " + summaryPage);
			assertEquals(pages, document.getNumberOfPages());
			sample(report, document, summaryPage);
		}
	}

	/**
	 * The KPI trend charts are in the PDF, drawn as vector graphics from the inline SVG (SimpleSvgDrawer, no Batik): the
	 * chart's legend is text on the page of the fixture's KPI "Uitstoot industrie (test)", and the page, rendered to an
	 * image, has the actuals' orange line (#c25e00, a colour nothing else in the report uses) in it.
	 */
	@Test
	void kpiTrendChartsAreDrawnInThePdf(@TempDir Path folder) throws Exception {
		Report report = ReportGenerator.fromExtensions(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
				.generate(new ReportFixture().model, ReportOptions.asOf(ReportFixture.AS_OF), null);
		Path pdf = ReportPdf.write(report, folder.resolve("report.pdf"));
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			int chartPage = pageWith(document, "actual (Mt CO2e)");
			assertTrue(chartPage > 0, "no page has the chart legend of the fixture KPI");
			java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(chartPage - 1, 72);
			int orange = 0;
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					int rgb = image.getRGB(x, y);
					if (Math.abs(((rgb >> 16) & 0xff) - 0xc2) <= 8 && Math.abs(((rgb >> 8) & 0xff) - 0x5e) <= 8 && Math.abs((rgb & 0xff) - 0x00) <= 8) {
						orange++;
					}
				}
			}
			// two measurements: a line of about 100 px and two dots of 8 px at 72 dpi; far more than the legend's dot alone
			assertTrue(orange > 60, "orange pixels of the actuals line on page " + chartPage + ": " + orange);
		}
	}

	/** The first page (1-based) whose text contains {@code text}; 0 when none does. */
	static int pageWith(PDDocument document, String text) throws java.io.IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			if (stripper.getText(document).contains(text)) {
				return page;
			}
		}
		return 0;
	}

	/**
	 * With -Dhelix.screenshots.dir=DIR (as for the UI tests' screenshots): the PDF's summary page as
	 * DIR/report-summary.png, and the fixture saved as a model file with the example's shipped diagrams beside it, in
	 * DIR/../../target/sample-model/ (not committed), from which the sample report of docs/ is made with the product, so
	 * that it has every installed section, the diagrams too (docs/reports.md):
	 * {@code ./helix cli report target/sample-model/klimaatsprong.helix --as-of 2026-10-01 --out docs/sample-report --pdf}.
	 */
	private static void sample(Report report, PDDocument document, int summaryPage) throws java.io.IOException {
		String screenshots = System.getProperty("helix.screenshots.dir", "none");
		if ("none".equals(screenshots) || screenshots.isBlank()) {
			return;
		}
		Path shots = Path.of(screenshots).toAbsolutePath();
		java.awt.image.BufferedImage image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(summaryPage - 1, 110);
		javax.imageio.ImageIO.write(image, "png", shots.resolve("report-summary.png").toFile());
		Path model = shots.getParent().resolveSibling("target").resolve("sample-model");
		java.nio.file.Files.createDirectories(model);
		org.helix.core.persistence.HelixPersistence.save(new ReportFixture().model, model.resolve("klimaatsprong.helix"));
		try (java.io.InputStream in = org.helix.examples.Example.KLIMAATSPRONG.diagramsUrl().openStream()) {
			java.nio.file.Files.copy(in, model.resolve(org.helix.examples.Example.KLIMAATSPRONG.diagramsFileName()),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
