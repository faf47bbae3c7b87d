package org.helix.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.core.persistence.HelixPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} through the extension registries, as {@code ./helix cli analyze} runs it. */
class AnalyzeCommandTest {

	@TempDir
	Path folder;

	private String out;
	private String err;

	@BeforeEach
	void save() throws Exception {
		HelixPersistence.save(new MonitoringFixture().model, folder.resolve("klimaatsprong.helix"));
	}

	private int analyze(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		String[] all = new String[args.length + 1];
		all[0] = "analyze";
		System.arraycopy(args, 0, all, 1, args.length);
		int code = HelixCli.run(all, new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8),
				folder, CommandRegistry.commands(System.err));
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void allAnalyzersGroupedBySeverityAndCategory() {
		// a2 is RED and a deliverable is overdue: ERROR findings, exit code 1
		assertEquals(1, analyze("klimaatsprong.helix", "--as-of", "2027-01-01"), err);
		assertTrue(out.startsWith("Analysis of 'Klimaatsprong"), out);
		assertTrue(out.indexOf("== ERROR") < out.indexOf("== WARNING") && out.indexOf("== WARNING") < out.indexOf("== INFO"), out);
		assertTrue(out.contains("-- Monitoring") && out.contains("-- Governance"), out);
		assertTrue(out.contains("Deliverable 'Inventaris first movers', PriorityAction '"), out);
		assertTrue(out.contains("Overdue by 185 days (due 2026-06-30)"), out);
		assertTrue(out.contains("(11 analyzers,"), out);
	}

	@Test
	void oneAnalyzerWithoutErrorsExitsZero() {
		assertEquals(0, analyze("klimaatsprong.helix", "--analyzer", "org.helix.governance.groupMandates", "--format", "csv"), err);
		assertTrue(out.startsWith("severity,category,analyzer,code,targets,message\n"), out);
		assertTrue(out.contains("org.helix.governance.groupMandates,group."), out);
	}

	@Test
	void jsonCarriesProvenanceAndValues() {
		assertEquals(1, analyze("klimaatsprong.helix", "--analyzer", "org.helix.monitoring.actionStatus", "--analyzer",
				"org.helix.monitoring.deadlines", "--format", "json", "--as-of", "2027-01-01", "--param", "dueWithinDays=90"), err);
		assertTrue(out.contains("\"asOf\": \"2027-01-01\""), out);
		assertTrue(out.contains("\"id\": \"org.helix.monitoring.deadlines\", \"version\": \"1.0\""), out);
		assertTrue(out.contains("\"parameters\": {\"dueWithinDays\": \"90\"}"), out);
		assertTrue(out.contains("\"rag\": \"RED\""), out);
	}

	@Test
	void usageErrorsExitTwo() {
		assertEquals(2, analyze("klimaatsprong.helix", "--analyzer", "no.such.analyzer"));
		assertTrue(err.contains("unknown analyzer 'no.such.analyzer'"), err);
		assertEquals(2, analyze("klimaatsprong.helix", "--as-of", "1 januari"));
		assertEquals(2, analyze("missing.helix"));
	}

	@Test
	void misspeltOrMalformedParametersAreUsageErrorsOnTheShippedAnalyzers() {
		// issue 10 item 5: "--param nosuch=3" was silently ignored, "dueWithinDays=abc" an analyzer ERROR with exit code 1
		assertEquals(2, analyze("klimaatsprong.helix", "--param", "nosuch=3"));
		assertTrue(err.startsWith("helix analyze: unknown parameter 'nosuch'; the selected analyzers accept: "), err);
		assertTrue(err.contains("dueWithinDays (a whole number, e.g. 30)") && err.contains("maxShare (a number, e.g. 0.75)"), err);
		assertEquals(2, analyze("klimaatsprong.helix", "--param", "dueWithinDays=abc"));
		assertTrue(err.contains("parameter 'dueWithinDays' must be a whole number, e.g. 30, got 'abc' (read by org.helix.monitoring.deadlines)"), err);
		assertEquals("", out, "nothing is analysed");
		assertEquals(2, analyze("klimaatsprong.helix", "--analyzer", "org.helix.governance.helixBalance", "--param", "dueWithinDays=60"));
		assertTrue(err.contains("parameter 'dueWithinDays' belongs to org.helix.monitoring.deadlines, which is not selected; it accepts: maxShare"), err);
	}

	@Test
	void helpAnalyzeListsTheShippedAnalyzersParameters() {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		assertEquals(0, HelixCli.run(new String[] { "help", "analyze" }, new PrintStream(outBytes, true, StandardCharsets.UTF_8), System.err, folder,
				CommandRegistry.commands(System.err)));
		String help = outBytes.toString(StandardCharsets.UTF_8);
		assertTrue(help.contains("  org.helix.monitoring.deadlines  Deadlines of deliverables and milestones\n      dueWithinDays (a whole number, e.g. 30; default 30): "), help);
		assertTrue(help.contains("      answerWithinDays (a whole number, e.g. 30; default 90): "), help);
		assertTrue(help.contains("      tolerance (a number, e.g. 0.75; default 0.75): "), help);
	}
}
