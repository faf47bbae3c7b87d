package org.helix.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helix.report.Report;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress report of the Klimaatsprong example (seed 001) with the fixture's progress data, as of 2026-10-01 (the
 * programme reports to the Flemish Government in October). The figures are worked out by hand from the fixture and the
 * rules of docs/analysis.md.
 */
class KlimaatsprongReportTest {

	private static Report report;
	private static String index;
	private static ReportFixture fixture;

	@BeforeAll
	static void generate() throws Exception {
		fixture = new ReportFixture();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		report = ReportGenerator.fromExtensions(new PrintStream(err, true, StandardCharsets.UTF_8)).generate(fixture.model,
				ReportOptions.asOf(ReportFixture.AS_OF), null);
		assertEquals("", err.toString(StandardCharsets.UTF_8), "no problem with the contributed sections and analyzers");
		index = text(section("org.helix.report.summary"));
	}

	private static String section(String id) {
		return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no section " + id)).body();
	}

	/** The markup without tags, with runs of white space as one space: what a reader sees. */
	private static String text(String markup) {
		return markup.replaceAll("<[^>]+>", " ").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ");
	}

	@Test
	void hasEverySectionInOrder() {
		assertEquals(List.of("org.helix.report.summary", "org.helix.report.rag", "org.helix.report.kpis", "org.helix.report.budget",
				"org.helix.report.deliverables", "org.helix.report.governance", "org.helix.report.changes", "org.helix.report.uptake",
				"org.helix.report.sources"), report.sections().stream().map(Report.Section::id).toList());
		assertEquals("Klimaatsprong voor de Industrie", report.programme());
		// a page per action (18) and per governance body of the programme
		assertEquals(18, report.pages().stream().filter(p -> p.group().equals("Actions")).count());
		assertEquals(fixture.programme.getBodies().isEmpty() ? fixture.model.getGovernanceBodies().size() : fixture.programme.getBodies().size(),
				report.pages().stream().filter(p -> p.group().equals("Governance bodies")).count());
	}

	/**
	 * As of 2026-10-01, 273 days after 2026-01-01. a1: expected 273 / 729 = 0.374, progress 0.5, ratio 1.34: GREEN.
	 * a2: expected 273 / 364 = 0.75, progress 0.3, ratio 0.4: RED. a3: progress 0.6, ratio 0.8: AMBER (0.7 to 0.9).
	 * The other 15 actions record no progress: no data (not red). The programme is the worst of its rated actions: RED.
	 */
	@Test
	void ragPerActionAndDimensionWithTheReason() {
		assertTrue(index.contains("18 actions 1 green 1 amber 1 red 15 no data"), index);
		assertTrue(index.contains("Programme status: RED"), index);
		String rag = section("org.helix.report.rag");
		assertTrue(row(rag, fixture.a1.getName()).contains("rag-green"), row(rag, fixture.a1.getName()));
		assertTrue(row(rag, fixture.a2.getName()).contains("rag-red"));
		assertTrue(row(rag, fixture.a3.getName()).contains("rag-amber"));
		// the reason is the analysis's own sentence, with the figures
		assertTrue(text(row(rag, fixture.a2.getName())).contains("30 %"), text(row(rag, fixture.a2.getName())));
		assertTrue(text(row(rag, fixture.programme.getActions().get(5).getName())).contains("NO DATA Action has no data"));
		// per dimension: a2's dimension is red
		String a2Dimension = fixture.a2.getDimensions().get(0).getName();
		assertTrue(row(rag, a2Dimension).contains("rag-red"), row(rag, a2Dimension));
	}

	/**
	 * Planned: 1,000,000 (a1) + 500,000 (a2) known, the other 16 unknown; committed 800,000 known, 17 unknown; spent
	 * 400,000 known, 17 unknown. Unknown amounts stay unknown, never 0.
	 */
	@Test
	void budgetShowsUnknownAmountsAsUnknown() {
		String budget = text(section("org.helix.report.budget"));
		assertTrue(budget.contains("Programme unknown (EUR 1,500,000 known, 16 unknown) unknown (EUR 800,000 known, 17 unknown) unknown (EUR 400,000 known, 17 unknown)"),
				budget);
		String a3 = text(row(section("org.helix.report.budget"), fixture.a3.getName()));
		assertTrue(a3.contains("unknown unknown unknown"), a3);
		assertFalse(a3.contains("EUR 0"), a3);
		assertTrue(text(row(section("org.helix.report.budget"), fixture.a1.getName())).contains("EUR 1,000,000 EUR 800,000 EUR 400,000"));
	}

	/**
	 * Overdue at 2026-10-01: action 1's deliverable and milestone due 2026-07-01 (92 days) and its milestone of
	 * 2026-09-01 (30 days), all from the seed, and the fixture's a2 deliverable due 2026-09-15 (16 days): 4. Due within
	 * 90 days: action 1's milestone of 2026-10-01 (0 days), the seed's "beleidsadvies" of the first-movers action, due
	 * 2026-10-01 (0 days), and a3's deliverable due 2026-11-30 (60 days): 3.
	 */
	@Test
	void deliverablesDueAndOverdue() {
		String deadlines = text(section("org.helix.report.deliverables"));
		assertTrue(deadlines.contains("Overdue (4)"), deadlines);
		assertTrue(deadlines.contains("Due within 90 days (3)"), deadlines);
		assertTrue(deadlines.contains("Ontwerp steunmechanisme (test) deliverable " + fixture.a2.getName() + " 2026-09-15 Overdue by 16 days"), deadlines);
		assertTrue(deadlines.contains("Roadmap waterstof (test) deliverable " + fixture.a3.getName() + " 2026-11-30 Due in 60 days"), deadlines);
		assertEquals("4", figure("deliverables and milestones overdue"));
	}

	/**
	 * The KPI: trajectory 100 (2020) to 50 (2030); the latest actual 70 on 2026-07-01 = 2026 + 181/365 = 2026.496, where
	 * the trajectory expects 100 - 5 x 6.496 = 67.52: achieved 30 of an expected 32.48, ratio 0.92: GREEN. Its trend
	 * chart is an inline SVG with the trajectory and two actual points.
	 * <p>
	 * The seed's Table 1 indicator "Emissies" has targets too: 27.4 Mton in 2005 to -62 % (10.41) by 2030; its latest
	 * actual, 20.6 in 2023, against an expected 27.4 - 16.99 x 18/25 = 15.17: achieved 6.8 of 12.23, ratio 0.56: RED,
	 * and stale (older than a year). So 1 of the programme's 2 KPIs is on track.
	 */
	@Test
	void kpiTableAndTrendChart() {
		String kpis = section("org.helix.report.kpis");
		String row = text(row(kpis, "Uitstoot industrie (test)"));
		assertTrue(row.contains("Mt CO2e 100 (2020) 50 by 2030 70 (2026-07-01) GREEN"), row);
		Matcher chart = Pattern.compile("<svg xmlns=\"http://www.w3.org/2000/svg\"[^>]*aria-label=\"Trend of Uitstoot industrie \\(test\\)\".*?</svg>").matcher(kpis);
		assertTrue(chart.find(), "the KPI's trend chart");
		assertEquals(2, chart.group().split("<circle").length - 1 - 1, "two actual points (plus the legend's)");
		assertTrue(chart.group().contains("stroke-dasharray"), "the trajectory baseline to target");
		assertEquals("1 of 2", figure("KPIs on track"));
		String emissions = text(row(kpis, "Emissies"));
		assertTrue(emissions.contains("20.6 (2023) RED stale"), emissions);
	}

	/**
	 * The permanent overlegorgaan meets about every six weeks (seed 001): in the 365 days up to 2026-10-01 it expects
	 * 365 / 42 = 8.7 meetings; the fixture's four are fewer than 0.75 x 8.7 = 6.5, so it meets too rarely. Its members
	 * by helix are the seed's: 6 government (docs/analysis.md).
	 */
	@Test
	void governanceHealth() {
		String governance = section("org.helix.report.governance");
		String row = text(row(governance, "permanent overlegorgaan"));
		assertTrue(row.contains("4 held, about 8.7 expected TOO RARELY"), row);
		assertTrue(row.contains("expected TOO RARELY 6 "), row);
		String page = report.pages().stream().filter(p -> p.title().equals("permanent overlegorgaan")).findFirst().orElseThrow().body();
		assertTrue(text(page).contains("2026-06-30"), "the meetings are listed on the body's page");
	}

	/**
	 * The baseline is the fixture's plan baseline: action 1's planned end was derived from its dated milestones
	 * (2026-10-01) and is now entered as 2027-12-31: 456 days later.
	 */
	@Test
	void changesSinceTheBaseline() {
		String changes = text(section("org.helix.report.changes"));
		assertTrue(changes.contains("Compared with the plan baseline '" + ReportFixture.BASELINE + "' of 2026-01-15 (18 actions frozen)"), changes);
		assertTrue(changes.contains("Planned end moved from 2026-10-01 to 2027-12-31 (+456 days)"), changes);
		assertEquals(ReportFixture.BASELINE, report.baseline());
	}

	@Test
	void uptakeOfAdviceAndSourcesCited() {
		String uptake = text(section("org.helix.report.uptake"));
		assertTrue(uptake.contains("Recommendations (" + (fixture.programme.getRecommendations().size() + fixture.model.getRecommendations().stream()
				.filter(r -> !fixture.programme.getRecommendations().contains(r)).count()) + ")"), uptake);
		// SERV's advice on the programme note is in the model as an input without a formal response (docs/analysis.md)
		assertTrue(uptake.contains("no formal response recorded"), uptake);
		String sources = section("org.helix.report.sources");
		assertTrue(sources.contains("id=\"source-1\""), "numbered sources");
		assertTrue(section("org.helix.report.summary").contains("href=\"index.html#source-1\""), "the summary cites the programme note");
	}

	@Test
	void siteIsSelfContained(@TempDir Path folder) throws Exception {
		List<Path> files = ReportSite.write(report, folder);
		assertEquals(1 + report.pages().size(), files.size());
		for (Path file : files) {
			String html = Files.readString(file);
			assertTrue(html.contains("name=\"viewport\""), "readable on a phone: " + file);
			assertTrue(html.contains("@media (max-width: 40em)"), "responsive: " + file);
			assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external resources: " + file);
			Matcher links = Pattern.compile("href=\"([^\"#]+)").matcher(html);
			while (links.find()) {
				assertTrue(Files.exists(folder.resolve(links.group(1))), "link to a file of the site: " + links.group(1) + " in " + file);
			}
		}
		assertTrue(Files.readString(folder.resolve("index.html")).contains("As of 2026-10-01"));
	}

	private static String figure(String label) {
		Matcher m = Pattern.compile("<b>([^<]*)</b>" + Pattern.quote(label) + "<").matcher(section("org.helix.report.summary"));
		assertTrue(m.find(), label);
		return m.group(1);
	}

	/** The table row that names {@code name}. */
	private static String row(String markup, String name) {
		for (String row : markup.split("<tr>")) {
			if (row.contains(">" + org.helix.report.Html.esc(name) + "<")) {
				return row.substring(0, row.indexOf("</tr>"));
			}
		}
		throw new AssertionError("no row for " + name);
	}
}
