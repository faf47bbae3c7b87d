package org.helix.report.diagrams.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.GovernanceBody;
import org.helix.report.Report;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportPdf;
import org.helix.report.ReportSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The "Diagrams" section of the progress report, contributed from the diagram layer: the report of the shipped
 * Klimaatsprong example (klimaatsprong.helix with its klimaatsprong.helix-diagrams, read from a folder as the command
 * line reads them) shows its stored governance, programme and value-chain diagrams as SVG in the site, and draws them
 * in the PDF.
 */
class DiagramsSectionTest {

	private static final String SECTION = "org.helix.report.diagrams";
	private static final String SVG = "http://www.w3.org/2000/svg";

	@TempDir
	Path folder;
	HelixModel model;
	Report report;

	@BeforeEach
	void reportOfTheShippedExample() throws Exception {
		Path file = folder.resolve("klimaatsprong.helix");
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			Files.copy(in, file);
		}
		try (InputStream in = Example.KLIMAATSPRONG.diagramsUrl().openStream()) {
			Files.copy(in, folder.resolve(Example.KLIMAATSPRONG.diagramsFileName()));
		}
		model = HelixPersistence.load(HelixPersistence.newResourceSet(), file);
		report = ReportGenerator.fromExtensions(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
				.generate(model, ReportOptions.asOf(LocalDate.of(2026, 10, 1)), null);
	}

	@Test
	void theSiteShowsTheStoredDiagramsAsSvg() throws Exception {
		Report.Section section = report.sections().stream().filter(s -> s.id().equals(SECTION)).findFirst().orElseThrow();
		assertEquals("Diagrams", section.title());
		// after governance health (600), before the changes (700)
		List<String> ids = report.sections().stream().map(Report.Section::id).toList();
		assertEquals(ids.indexOf("org.helix.report.governance") + 1, ids.indexOf(SECTION), ids.toString());

		Path site = Path.of("target", "diagrams-site");
		ReportSite.write(report, site);
		// the index is well-formed XML with the diagrams inline in the SVG namespace: nothing to fetch, works offline
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		String index = Files.readString(site.resolve("index.html"));
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(index.replaceFirst("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
		List<String> headings = new ArrayList<>();
		Element governance = null;
		NodeList figures = document.getElementsByTagName("figure");
		for (int i = 0; i < figures.getLength(); i++) {
			Element figure = (Element) figures.item(i);
			String heading = figure.getElementsByTagName("h3").item(0).getTextContent();
			headings.add(heading);
			assertEquals(1, figure.getElementsByTagNameNS(SVG, "svg").getLength(), heading);
			if (heading.equals("Governance bodies")) {
				governance = (Element) figure.getElementsByTagNameNS(SVG, "svg").item(0);
			}
		}
		// the two diagrams shipped in klimaatsprong.helix-diagrams, in their order there, then the ecosystem map, which the
		// file does not hold: made for the report (the example's map has fewer than 120 elements)
		assertEquals(List.of("Governance bodies", "Programme structure", "Ecosystem map"), headings, headings.toString());
		assertTrue(index.contains("not stored beside the model: made and laid out for this report"));
		assertFalse(index.contains("src=\"http") || index.contains("href=\"http"), "no external resource");

		// the governance diagram names every body of the model
		List<String> lines = new ArrayList<>();
		NodeList textElements = governance.getElementsByTagNameNS(SVG, "text");
		for (int i = 0; i < textElements.getLength(); i++) {
			lines.add(textElements.item(i).getTextContent());
		}
		assertTrue(governance.getElementsByTagNameNS(SVG, "g").getLength() > model.getGovernanceBodies().size());
		assertFalse(model.getGovernanceBodies().isEmpty());
		for (GovernanceBody body : model.getGovernanceBodies()) {
			assertTrue(shows(String.join(" ", lines), body.getName()), body.getName() + " in the governance diagram: " + lines);
		}
	}

	/**
	 * True when a diagram's text shows {@code name}: whole (its lines joined; a label may wrap), or cut short with an
	 * ellipsis where the node is too narrow ("Vlaanderen Circulair – Werkagenda Chemie…"), at least 20 characters of it.
	 */
	static boolean shows(String text, String name) {
		if (text.contains(name)) {
			return true;
		}
		for (int end = name.length() - 1; end >= 20; end--) {
			if (text.contains(name.substring(0, end).strip() + "\u2026")) {
				return true;
			}
		}
		return false;
	}

	@Test
	void thePdfDrawsTheDiagrams() throws Exception {
		Path pdf = ReportPdf.write(report, folder.resolve("report.pdf"));
		// kept for a look (target/ is not committed)
		Files.createDirectories(Path.of("target"));
		Files.copy(pdf, Path.of("target", "diagrams-report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper stripper = new PDFTextStripper();
			String governancePage = null;
			for (int page = 1; page <= document.getNumberOfPages() && governancePage == null; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(document).replaceAll("\\s+", " ");
				if (text.contains("Governance bodies") && text.contains("as stored beside the model")) {
					governancePage = text;
				}
			}
			assertTrue(governancePage != null, "no page with the governance diagram");
			// the bodies' names on that page come from the diagram's SVG text, drawn as PDF text (the heading and the
			// caption name none); PDFBox may break a line where the diagram wrapped the label, so spaces are normalized
			for (GovernanceBody body : model.getGovernanceBodies()) {
				assertTrue(shows(governancePage, body.getName().replaceAll("\\s+", " ")), body.getName() + " drawn in the PDF:\n" + governancePage);
			}
		}
	}
}
