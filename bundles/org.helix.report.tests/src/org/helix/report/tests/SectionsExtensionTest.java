package org.helix.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.helix.analysis.AnalyzerRegistry;
import org.helix.report.Html;
import org.helix.report.Report;
import org.helix.report.ReportContext;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportSection;
import org.helix.report.ReportSections;
import org.junit.jupiter.api.Test;

/**
 * The sections come through {@code org.helix.report.sections}: the built-in ones are contributions like any other, and
 * a third party adds one between two of them or replaces one by id.
 */
class SectionsExtensionTest {

	private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
	private final PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);

	/** A third party's section: the number of risks of the programme's actions. */
	static class RiskSection implements ReportSection {
		@Override
		public void write(ReportContext context, Html html) {
			html.p("Risks recorded: " + context.programme().getActions().stream().mapToInt(a -> a.getRisks().size()).sum());
		}
	}

	@Test
	void theBuiltInSectionsAreContributedThroughTheExtensionPoint() {
		ReportSections sections = ReportSections.fromExtensions(err);
		assertEquals(List.of("org.helix.report.summary", "org.helix.report.rag", "org.helix.report.kpis", "org.helix.report.budget",
				"org.helix.report.deliverables", "org.helix.report.governance", "org.helix.report.changes", "org.helix.report.uptake",
				"org.helix.report.sources"), sections.all().stream().map(ReportSections.Entry::id).toList());
		assertEquals(List.of(100, 200, 300, 400, 500, 600, 700, 800, 900), sections.all().stream().map(ReportSections.Entry::order).toList());
		assertEquals("", errors.toString(StandardCharsets.UTF_8));
	}

	@Test
	void aThirdPartyAddsOneAndReplacesOneById() throws Exception {
		List<ReportSections.Contribution> contributions = new ArrayList<>();
		for (ReportSections.Entry entry : ReportSections.fromExtensions(err).all()) {
			contributions.add(new ReportSections.Contribution(entry.id(), entry.name(), entry.order(), null, entry.section()));
		}
		contributions.add(new ReportSections.Contribution("org.example.risks", "Risks", 450, null, new RiskSection()));
		contributions.add(new ReportSections.Contribution("org.example.budget", "Budget (ministry layout)", null, "org.helix.report.budget",
				(context, html) -> html.p("Ministry budget of " + context.programme().getActions().size() + " actions")));
		ReportSections sections = new ReportSections(contributions, err);
		List<String> ids = sections.all().stream().map(ReportSections.Entry::id).toList();
		assertEquals(List.of("org.helix.report.summary", "org.helix.report.rag", "org.helix.report.kpis", "org.example.budget", "org.example.risks",
				"org.helix.report.deliverables", "org.helix.report.governance", "org.helix.report.changes", "org.helix.report.uptake",
				"org.helix.report.sources"), ids, "the replacement takes the budget's place (400), the new section comes at 450");

		Report report = new ReportGenerator(sections, AnalyzerRegistry.fromExtensions(err)).generate(new ReportFixture().model,
				ReportOptions.asOf(ReportFixture.AS_OF).withSections(List.of("org.example.budget", "org.example.risks")), null);
		assertEquals(List.of("Budget (ministry layout)", "Risks"), report.sections().stream().map(Report.Section::title).toList());
		assertEquals("<p>Ministry budget of 18 actions</p>", report.sections().get(0).body());
		assertTrue(report.sections().get(1).body().startsWith("<p>Risks recorded: "));
		assertTrue(report.pages().isEmpty(), "no action pages without the status section");
	}
}
