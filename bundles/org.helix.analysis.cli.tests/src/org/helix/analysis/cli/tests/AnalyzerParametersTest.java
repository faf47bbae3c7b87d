package org.helix.analysis.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.cli.AnalyzeCommand;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.RunOutcome;
import org.helix.analysis.results.Severity;
import org.helix.cli.CommandDescriptor;
import org.helix.cli.HelixCli;
import org.helix.cli.commands.HelpCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analyzers declare their parameters with a type; callers (the analyze command above all) reject unknown and malformed
 * parameters as usage errors before anything runs, naming the parameter and what it accepts (issue 10, item 5).
 */
class AnalyzerParametersTest {

	/** Counts the seed's priority actions; reads an integer and a date parameter, and reports the values it got. */
	static class Deadlines implements Analyzer {
		public String id() { return "test.deadlines"; }
		public String version() { return "1"; }
		public String label() { return "Deadlines (test)"; }
		public String category() { return "Test"; }
		public List<EClass> appliesTo() { return List.of(ProgrammePackage.Literals.PRIORITY_ACTION); }
		public List<ParameterSpec> parameters() {
			return List.of(new ParameterSpec("dueWithinDays", ParameterType.INTEGER, "30", "warn within this many days"),
					new ParameterSpec("since", ParameterType.DATE, "2026-01-01", "count from this date"));
		}
		public void analyze(AnalysisContext context) {
			context.report(Severity.INFO, "used", "within " + context.integer("dueWithinDays") + " days since " + context.date("since"));
		}
	}

	/** A second analyzer with a decimal parameter, and a parameter name it shares with nobody. */
	static class Balance extends Deadlines {
		public String id() { return "test.balance"; }
		public String label() { return "Balance (test)"; }
		public List<ParameterSpec> parameters() {
			return List.of(new ParameterSpec("maxShare", ParameterType.DECIMAL, "0.5", "largest share one helix may hold"));
		}
		public void analyze(AnalysisContext context) {
			context.report(Severity.INFO, "used", "max share " + context.number("maxShare"));
		}
	}

	/** Written before parameters had types (the three-argument ParameterSpec): it must keep working, as text. */
	static class ThirdParty extends Deadlines {
		public String id() { return "com.example.legacy"; }
		public String label() { return "Legacy (test)"; }
		public List<ParameterSpec> parameters() { return List.of(new ParameterSpec("withinDays", "30", "as text")); }
		public void analyze(AnalysisContext context) {
			context.report(Severity.INFO, "used", "within " + context.text("withinDays"));
		}
	}

	private final Deadlines deadlines = new Deadlines();
	private final Balance balance = new Balance();
	private final ThirdParty legacy = new ThirdParty();
	private final List<Analyzer> all = List.of(deadlines, balance, legacy);

	@TempDir
	Path folder;
	private String out;
	private String err;

	@BeforeEach
	void saveModel() throws Exception {
		HelixPersistence.save(Example.KLIMAATSPRONG.build(), folder.resolve("klimaatsprong.helix"));
	}

	// --- the API: AnalysisRunner.checkParameters ---

	@Test
	void declaredAndWellFormedParametersPass() {
		AnalysisRunner runner = new AnalysisRunner().parameter("dueWithinDays", "60").parameter("test.deadlines:since", "2027-06-30")
				.parameter("maxShare", "0.4").parameter("withinDays", "whatever");
		assertEquals(List.of(), runner.checkParameters(all, all));
	}

	@Test
	void unknownParameterNamesWhatTheSelectedAnalyzersAccept() {
		List<String> problems = new AnalysisRunner().parameter("nosuch", "3").checkParameters(List.of(deadlines), all);
		assertEquals(List.of("unknown parameter 'nosuch'; it accepts: dueWithinDays (a whole number, e.g. 30), since (a date yyyy-MM-dd, e.g. 2027-06-30)"),
				problems);
		assertEquals(List.of("analyzer test.deadlines has no parameter 'nosuch'; it accepts: dueWithinDays (a whole number, e.g. 30), "
				+ "since (a date yyyy-MM-dd, e.g. 2027-06-30)"),
				new AnalysisRunner().parameter("test.deadlines:nosuch", "3").checkParameters(all, all));
		assertEquals(List.of("parameter 'no.such:dueWithinDays' names an unknown analyzer 'no.such'"),
				new AnalysisRunner().parameter("no.such:dueWithinDays", "3").checkParameters(all, all));
	}

	@Test
	void malformedValuesNameTheTypeTheParameterAccepts() {
		assertEquals(List.of("parameter 'dueWithinDays' must be a whole number, e.g. 30, got 'abc' (read by test.deadlines)"),
				new AnalysisRunner().parameter("dueWithinDays", "abc").checkParameters(all, all));
		assertEquals(List.of("parameter 'dueWithinDays' must be a whole number, e.g. 30, got '2.5' (read by test.deadlines)"),
				new AnalysisRunner().parameter("dueWithinDays", "2.5").checkParameters(all, all));
		assertEquals(List.of("parameter 'test.deadlines:since' must be a date yyyy-MM-dd, e.g. 2027-06-30, got '30/06/2027'"),
				new AnalysisRunner().parameter("test.deadlines:since", "30/06/2027").checkParameters(all, all));
		assertEquals(List.of("parameter 'since' must be a date yyyy-MM-dd, e.g. 2027-06-30, got '2027-02-30' (read by test.deadlines)"),
				new AnalysisRunner().parameter("since", "2027-02-30").checkParameters(all, all));
		assertEquals(List.of("parameter 'maxShare' must be a number, e.g. 0.75, got '0,4' (read by test.balance)"),
				new AnalysisRunner().parameter("maxShare", "0,4").checkParameters(all, all));
	}

	@Test
	void parameterOfAnAnalyzerThatIsNotSelectedIsAProblem() {
		assertEquals(List.of("parameter 'maxShare' belongs to test.balance, which is not selected; it accepts: dueWithinDays "
				+ "(a whole number, e.g. 30), since (a date yyyy-MM-dd, e.g. 2027-06-30)"),
				new AnalysisRunner().parameter("maxShare", "0.4").checkParameters(List.of(deadlines), all));
		assertEquals(List.of("parameter 'test.balance:maxShare' is for analyzer test.balance, which is not selected (add --analyzer test.balance)"),
				new AnalysisRunner().parameter("test.balance:maxShare", "0.4").checkParameters(List.of(deadlines), all));
	}

	@Test
	void aDeclaredDefaultMustFitItsType() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new ParameterSpec("dueWithinDays", ParameterType.INTEGER, "thirty", ""));
		assertEquals("default 'thirty' of parameter 'dueWithinDays' is not a whole number, e.g. 30", e.getMessage());
	}

	@Test
	void runnerAppliesValidValuesAndRefusesToStartAnAnalyzerWithAMalformedOne() {
		AnalysisRun run = new AnalysisRunner().parameter("dueWithinDays", "60").parameter("test.deadlines:since", "2027-06-30")
				.run(Example.KLIMAATSPRONG.build(), List.of(deadlines));
		AnalyzerResult result = run.getResults().get(0);
		assertEquals(RunOutcome.COMPLETED, result.getOutcome());
		assertEquals("within 60 days since 2027-06-30", result.getFindings().get(0).getMessage());

		// a caller that skips checkParameters: the analyzer does not run with a value it cannot read
		AnalyzerResult malformed = new AnalysisRunner().parameter("dueWithinDays", "abc").run(Example.KLIMAATSPRONG.build(), List.of(deadlines))
				.getResults().get(0);
		assertEquals(RunOutcome.FAILED, malformed.getOutcome());
		assertEquals("Analyzer test.deadlines could not be started: parameter 'dueWithinDays' must be a whole number, e.g. 30, got 'abc'",
				malformed.getFindings().get(0).getMessage());
	}

	// --- the analyze command, run in-process through HelixCli as ./helix cli runs it ---

	private int cli(String... args) {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		AnalyzerRegistry registry = new AnalyzerRegistry();
		all.forEach(registry::register);
		List<CommandDescriptor> commands = List.of(
				new CommandDescriptor("test.analyze", "analyze", "Runs the analyzers.", "analyze FILE [--param [ID:]NAME=VALUE]...", "test",
						() -> new AnalyzeCommand(stream -> registry)),
				new CommandDescriptor("test.help", "help", "Help.", "help [COMMAND]", "test", HelpCommand::new));
		int code = HelixCli.run(args, new PrintStream(outBytes, true, StandardCharsets.UTF_8), new PrintStream(errBytes, true, StandardCharsets.UTF_8),
				folder, commands);
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void misspeltParameterIsAUsageError() {
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--param", "nosuch=3"));
		assertTrue(err.startsWith("helix analyze: unknown parameter 'nosuch'; the selected analyzers accept: maxShare (a number, e.g. 0.75), "
				+ "dueWithinDays (a whole number, e.g. 30), since (a date yyyy-MM-dd, e.g. 2027-06-30), withinDays (any text)\n"), err);
		assertTrue(err.contains("usage: helix cli analyze FILE"), err);
		assertEquals("", out, "nothing runs");
	}

	@Test
	void malformedIntegerAndDateAreUsageErrorsNotModelProblems() {
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--param", "dueWithinDays=abc"));
		assertTrue(err.contains("parameter 'dueWithinDays' must be a whole number, e.g. 30, got 'abc' (read by test.deadlines)"), err);
		assertEquals("", out);
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--param=test.deadlines:since=1 juli 2027"));
		assertTrue(err.contains("parameter 'test.deadlines:since' must be a date yyyy-MM-dd, e.g. 2027-06-30, got '1 juli 2027'"), err);
	}

	@Test
	void parameterForAnAnalyzerNotSelectedIsAUsageError() {
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--analyzer", "test.deadlines", "--param", "maxShare=0.4"));
		assertTrue(err.contains("parameter 'maxShare' belongs to test.balance, which is not selected"), err);
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--analyzer", "test.deadlines", "--param", "test.balance:maxShare=0.4"));
		assertTrue(err.contains("is for analyzer test.balance, which is not selected (add --analyzer test.balance)"), err);
	}

	@Test
	void validParametersAreAppliedAndRecorded() {
		assertEquals(0, cli("analyze", "klimaatsprong.helix", "--analyzer", "test.deadlines", "--analyzer", "com.example.legacy", "--param",
				"dueWithinDays=90", "--param", "test.deadlines:since=2027-06-30", "--param", "withinDays=soon", "--format", "json"), err);
		assertTrue(out.contains("\"parameters\": {\"dueWithinDays\": \"90\", \"since\": \"2027-06-30\"}"), out);
		assertTrue(out.contains("within 90 days since 2027-06-30"), out);
		assertTrue(out.contains("\"parameters\": {\"withinDays\": \"soon\"}"), "a text parameter of a legacy analyzer: " + out);
	}

	@Test
	void unknownOptionsAreUsageErrors() {
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--parm", "dueWithinDays=90"));
		assertTrue(err.contains("unknown option --parm; known options: --analyzer, --format, --as-of, --param"), err);
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--verbose"));
		assertTrue(err.contains("unknown option --verbose"), err);
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "-p", "dueWithinDays=90"));
		assertTrue(err.contains("unknown option -p"), err);
		assertEquals(2, cli("analyze", "klimaatsprong.helix", "--analyzer", "--param", "dueWithinDays=90"));
		assertTrue(err.contains("option --analyzer needs a value"), err);
	}

	@Test
	void helpListsEveryAnalyzersParameters() {
		assertEquals(0, cli("help", "analyze"));
		assertTrue(out.contains("  test.deadlines  Deadlines (test)\n      dueWithinDays (a whole number, e.g. 30; default 30): warn within this many days\n"
				+ "      since (a date yyyy-MM-dd, e.g. 2027-06-30; default 2026-01-01): count from this date\n"), out);
		assertTrue(out.contains("      withinDays (any text; default 30): as text\n"), out);
		assertFalse(out.contains("maxShare (any text"), out);
	}
}
