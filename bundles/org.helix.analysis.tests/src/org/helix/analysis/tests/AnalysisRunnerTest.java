package org.helix.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.AnalysisResults;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.RunOutcome;
import org.helix.analysis.results.Severity;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner isolates analyzers: a throwing or hanging one does not spoil the others. */
class AnalysisRunnerTest {

	private static HelixModel klimaatsprong;

	@BeforeAll
	static void build() {
		klimaatsprong = Example.KLIMAATSPRONG.build();
	}

	/** Reports each action without a planned budget (all of them in the seed); parameter "severity" chooses how loud. */
	static class UnledActions implements Analyzer {
		public String id() { return "test.unled"; }
		public String version() { return "1"; }
		public String label() { return "Unled actions"; }
		public String category() { return "Test"; }
		public List<EClass> appliesTo() { return List.of(ProgrammePackage.Literals.PRIORITY_ACTION); }
		public List<ParameterSpec> parameters() { return List.of(new ParameterSpec("severity", "WARNING", "how loud")); }
		public void analyze(AnalysisContext context) {
			Severity severity = Severity.get(context.text("severity"));
			context.model().getProgrammes().forEach(p -> p.getActions().stream().filter(a -> a.getBudgetPlanned() == null)
					.forEach(a -> context.report(severity, "unled", "no planned budget", a)));
		}
	}

	static class Throwing extends UnledActions {
		public String id() { return "test.throwing"; }
		public String label() { return "Throwing"; }
		public void analyze(AnalysisContext context) {
			context.report(Severity.INFO, "partial", "found before the crash");
			throw new IllegalStateException("boom");
		}
	}

	static class Hanging extends UnledActions {
		public String id() { return "test.hanging"; }
		public String label() { return "Hanging"; }
		public void analyze(AnalysisContext context) {
			context.report(Severity.INFO, "spin", "still here");
			// ignores cancellation and interrupts on purpose, like a buggy third-party analyzer; it sleeps rather
			// than spins so that it does not starve the analyzers after it on a busy machine
			while (context.model() != null) {
				try {
					Thread.sleep(50);
				} catch (InterruptedException ignored) {
					// a buggy analyzer swallows the interrupt
				}
			}
		}
	}

	@Test
	void throwingAndHangingAnalyzersDoNotSpoilTheRun() {
		AnalyzerRegistry registry = new AnalyzerRegistry();
		registry.register(new Throwing());
		registry.register(new Hanging());
		registry.register(new UnledActions());
		List<Analyzer> order = List.of(registry.get("test.throwing"), registry.get("test.hanging"), registry.get("test.unled"));
		AnalysisRun run = new AnalysisRunner().asOf(LocalDate.of(2027, 6, 30)).timeLimit(Duration.ofSeconds(2)).run(klimaatsprong, order);

		AnalyzerResult throwing = run.getResults().get(0);
		assertEquals(RunOutcome.FAILED, throwing.getOutcome());
		assertEquals(1, throwing.getFindings().size(), "partial findings of a failed analyzer are dropped");
		assertEquals(Severity.ERROR, throwing.getFindings().get(0).getSeverity());
		assertTrue(throwing.getFindings().get(0).getMessage().contains("test.throwing"), throwing.getFindings().get(0).getMessage());
		assertTrue(throwing.getFindings().get(0).getMessage().contains("boom"));

		AnalyzerResult hanging = run.getResults().get(1);
		assertEquals(RunOutcome.TIMED_OUT, hanging.getOutcome());
		assertEquals(1, hanging.getFindings().size());
		assertEquals("analyzer.timeout", hanging.getFindings().get(0).getCode());

		AnalyzerResult unled = run.getResults().get(2);
		assertEquals(RunOutcome.COMPLETED, unled.getOutcome());
		long withoutLead = klimaatsprong.getProgrammes().stream().flatMap(p -> p.getActions().stream()).filter(a -> a.getBudgetPlanned() == null).count();
		assertTrue(withoutLead >= 18, "the seed gives no budgets for its 18 actions of 2026-2030: " + withoutLead);
		assertEquals(withoutLead, unled.getFindings().size());
		assertEquals("WARNING", unled.getParameters().get(0).getValue(), "the default is recorded as provenance");
	}

	/** Remembers the model it was given. */
	static class Recording extends UnledActions {
		private final String id;
		final java.util.concurrent.atomic.AtomicReference<HelixModel> seen = new java.util.concurrent.atomic.AtomicReference<>();

		Recording(String id) {
			this.id = id;
		}

		public String id() { return id; }
		public void analyze(AnalysisContext context) {
			seen.set(context.model());
			super.analyze(context);
		}
	}

	/** Hangs like {@link Hanging}, after remembering the model it holds. */
	static class HangingRecording extends Hanging {
		final java.util.concurrent.atomic.AtomicReference<HelixModel> seen = new java.util.concurrent.atomic.AtomicReference<>();

		public void analyze(AnalysisContext context) {
			seen.set(context.model());
			super.analyze(context);
		}
	}

	/**
	 * Analyzers read a private copy of the caller's model, never the model itself; one that times out keeps its copy to
	 * itself (the analyzers after it get a fresh one); findings still name the caller's elements.
	 */
	@Test
	void analyzersReadAPrivateCopyAndATimedOutOneKeepsItsOwn() {
		Recording before = new Recording("test.before");
		HangingRecording hanging = new HangingRecording();
		Recording after = new Recording("test.after");
		AnalysisRun run = new AnalysisRunner().timeLimit(Duration.ofSeconds(2)).run(klimaatsprong, List.of(before, hanging, after));

		assertEquals(RunOutcome.TIMED_OUT, run.getResults().get(1).getOutcome());
		assertNotSame(klimaatsprong, before.seen.get(), "the caller's model is never handed to an analyzer thread");
		assertSame(before.seen.get(), hanging.seen.get(), "one copy per run while nothing times out");
		assertNotSame(klimaatsprong, after.seen.get());
		assertNotSame(hanging.seen.get(), after.seen.get(), "the abandoned analyzer keeps its copy to itself");
		assertEquals(klimaatsprong.getTitle(), after.seen.get().getTitle());

		java.util.Set<Object> callersActions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		klimaatsprong.getProgrammes().forEach(p -> callersActions.addAll(p.getActions()));
		for (AnalyzerResult result : List.of(run.getResults().get(0), run.getResults().get(2))) {
			assertTrue(result.getFindings().size() >= 18, result.getAnalyzerId() + ": " + result.getFindings().size());
			result.getFindings().forEach(finding -> assertTrue(callersActions.contains(finding.getTargets().get(0)),
					"a finding names the caller's action: " + finding.getTargetLabels()));
		}
	}

	@Test
	void parametersCanBeSetForAllOrForOneAnalyzer() {
		AnalysisRun run = new AnalysisRunner().parameter("severity", "INFO").parameter("test.throwing:severity", "ERROR")
				.run(klimaatsprong, List.of(new UnledActions(), new Throwing()));
		assertEquals("INFO", run.getResults().get(0).getParameters().get(0).getValue());
		assertEquals("ERROR", run.getResults().get(1).getParameters().get(0).getValue());
	}

	@Test
	void runsAreSavedAndComparedByAnalyzerCodeAndTarget(@TempDir Path folder) throws Exception {
		AnalysisRun before = new AnalysisRunner().inputFile("klimaatsprong.helix").run(klimaatsprong, List.of(new UnledActions()));
		PriorityAction first = klimaatsprong.getProgrammes().stream().flatMap(p -> p.getActions().stream()).filter(a -> a.getBudgetPlanned() == null).findFirst().orElseThrow();
		Path file = folder.resolve("before.helixresults");
		AnalysisResults.save(before, file);
		AnalysisRun loaded = AnalysisResults.load(file);
		assertEquals("klimaatsprong.helix", loaded.getInputFile());
		assertEquals("test.unled", loaded.getResults().get(0).getAnalyzerId());
		assertEquals(before.getResults().get(0).getFindings().size(), loaded.getResults().get(0).getFindings().size());

		first.setBudgetPlanned(java.math.BigDecimal.valueOf(250_000));
		AnalysisRun after = new AnalysisRunner().run(klimaatsprong, List.of(new UnledActions()));
		AnalysisResults.Comparison comparison = AnalysisResults.compare(loaded, after);
		assertEquals(1, comparison.resolved().size(), "giving one action a budget resolves exactly its finding");
		assertTrue(comparison.resolved().get(0).getTargetLabels().get(0).contains(first.getName()));
		assertEquals(0, comparison.added().size());
		first.setBudgetPlanned(null);
	}
}
