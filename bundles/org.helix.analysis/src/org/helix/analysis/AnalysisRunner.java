package org.helix.analysis;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.ParameterValue;
import org.helix.analysis.results.ResultsFactory;
import org.helix.analysis.results.RunOutcome;
import org.helix.analysis.results.Severity;
import org.helix.model.core.HelixModel;

/**
 * Runs analyzers over a model, each isolated from the others: each runs in a thread of its own, under a time limit.
 * An analyzer that throws gets one ERROR finding naming it (code {@code analyzer.failed}); one that is still running
 * at the time limit is told to stop through its monitor, abandoned, and gets an ERROR finding (code
 * {@code analyzer.timeout}) while its partial findings are dropped. The analyzers run one after the other, so that a
 * run is repeatable and does not take both cores of a shared machine.
 * <p>
 * The analyzer threads never see the caller's model: the run copies it ({@link ModelSnapshot}) on the calling thread
 * and the analyzers read the copy. An abandoned analyzer may go on reading, so after a time-out the rest of the run
 * gets a fresh copy and the abandoned one is left to that analyzer alone. The findings' targets are mapped back to the
 * caller's objects, so a caller sees findings about its own model. Callers that let users edit a model (the workbench)
 * hand the runner a snapshot taken on the UI thread, never the live model.
 */
public final class AnalysisRunner {

	/** Default time limit per analyzer. Generous: the built-in analyzers take milliseconds on 100k objects. */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

	private LocalDate asOf = LocalDate.now();
	private Duration timeLimit = DEFAULT_TIME_LIMIT;
	private final Map<String, String> parameters = new LinkedHashMap<>();
	private String inputFile;
	private IProgressMonitor monitor = new NullProgressMonitor();

	public AnalysisRunner asOf(LocalDate date) {
		this.asOf = date;
		return this;
	}

	public AnalysisRunner timeLimit(Duration limit) {
		this.timeLimit = limit;
		return this;
	}

	/**
	 * Sets a parameter. {@code name} applies to every analyzer that declares a parameter of that name;
	 * {@code analyzerId:name} to one analyzer only, and wins over the plain name.
	 */
	public AnalysisRunner parameter(String name, String value) {
		parameters.put(name, value);
		return this;
	}

	/**
	 * Checks the parameters set on this runner against what the analyzers declare ({@link Analyzer#parameters()}),
	 * before anything runs, and returns one message per problem (empty when all is well): a name that none of the
	 * {@code selected} analyzers declares, an {@code analyzerId:name} for an analyzer that is unknown, not selected or
	 * without that parameter, and a value its declared {@link ParameterType} does not accept. Each message names the
	 * parameter and says what it accepts. {@code known} (all analyzers that could have been selected, e.g. a
	 * registry's) only makes the messages more helpful: "belongs to X, which is not selected".
	 * <p>
	 * {@link #run} itself does not reject unknown names (a caller may set one value for several runs), but an analyzer
	 * given a malformed value fails with an {@code analyzer.failed} finding instead of running.
	 */
	public List<String> checkParameters(List<? extends Analyzer> selected, Collection<? extends Analyzer> known) {
		List<String> problems = new ArrayList<>();
		parameters.forEach((key, value) -> {
			int colon = key.lastIndexOf(':');
			if (colon >= 0) {
				checkForOne(key.substring(0, colon), key.substring(colon + 1), key, value, selected, known, problems);
			} else {
				checkForAll(key, value, selected, known, problems);
			}
		});
		return problems;
	}

	private static void checkForOne(String analyzerId, String name, String key, String value, List<? extends Analyzer> selected,
			Collection<? extends Analyzer> known, List<String> problems) {
		Analyzer analyzer = find(selected, analyzerId);
		if (analyzer == null) {
			problems.add(find(known, analyzerId) == null
					? "parameter '" + key + "' names an unknown analyzer '" + analyzerId + "'"
					: "parameter '" + key + "' is for analyzer " + analyzerId + ", which is not selected (add --analyzer " + analyzerId + ")");
			return;
		}
		ParameterSpec spec = spec(analyzer, name);
		if (spec == null) {
			problems.add("analyzer " + analyzerId + " has no parameter '" + name + "'; " + accepted(List.of(analyzer)));
		} else if (!spec.type().isValid(value)) {
			problems.add(malformed(key, spec, value));
		}
	}

	private static void checkForAll(String name, String value, List<? extends Analyzer> selected, Collection<? extends Analyzer> known,
			List<String> problems) {
		List<Analyzer> declaring = selected.stream().filter(a -> spec(a, name) != null).map(a -> (Analyzer) a).toList();
		if (declaring.isEmpty()) {
			List<String> elsewhere = known.stream().filter(a -> !selected.contains(a) && spec(a, name) != null).map(Analyzer::id).toList();
			problems.add(elsewhere.isEmpty()
					? "unknown parameter '" + name + "'; " + accepted(selected)
					: "parameter '" + name + "' belongs to " + String.join(", ", elsewhere) + ", which " + (elsewhere.size() == 1 ? "is" : "are")
							+ " not selected; " + accepted(selected));
			return;
		}
		for (Analyzer analyzer : declaring) {
			ParameterSpec spec = spec(analyzer, name);
			if (!spec.type().isValid(value)) {
				problems.add(malformed(name, spec, value) + " (read by " + analyzer.id() + ")");
				return; // one message per parameter is enough, even when several analyzers read it
			}
		}
	}

	private static String malformed(String key, ParameterSpec spec, String value) {
		return "parameter '" + key + "' must be " + spec.type().accepts() + ", got '" + value + "'";
	}

	/** "the selected analyzers accept: dueWithinDays (a whole number, e.g. 30; default 30), ..." */
	private static String accepted(List<? extends Analyzer> analyzers) {
		List<String> specs = analyzers.stream().flatMap(a -> a.parameters().stream()).map(s -> s.name() + " (" + s.type().accepts() + ")")
				.distinct().toList();
		String who = analyzers.size() == 1 ? "it" : "the selected analyzers";
		return specs.isEmpty() ? who + " take" + (analyzers.size() == 1 ? "s" : "") + " no parameters"
				: who + " accept" + (analyzers.size() == 1 ? "s" : "") + ": " + String.join(", ", specs);
	}

	private static Analyzer find(Collection<? extends Analyzer> analyzers, String id) {
		return analyzers.stream().filter(a -> id.equals(a.id())).findFirst().orElse(null);
	}

	private static ParameterSpec spec(Analyzer analyzer, String name) {
		return analyzer.parameters().stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
	}

	/** The file the model was read from, recorded in the run's provenance. */
	public AnalysisRunner inputFile(String file) {
		this.inputFile = file;
		return this;
	}

	/** Cancelling this monitor stops the run after the current analyzer. */
	public AnalysisRunner monitor(IProgressMonitor progressMonitor) {
		this.monitor = progressMonitor == null ? new NullProgressMonitor() : progressMonitor;
		return this;
	}

	public AnalysisRun run(HelixModel model, List<? extends Analyzer> analyzers) {
		AnalysisRun run = ResultsFactory.eINSTANCE.createAnalysisRun();
		run.setInputFile(inputFile);
		run.setModelTitle(model.getTitle() != null ? model.getTitle() : model.getName());
		run.setAsOf(asOf);
		run.setStartedAt(new Date());
		long start = System.nanoTime();
		monitor.beginTask("Analysing " + run.getModelTitle(), analyzers.size());
		ModelSnapshot working = ModelSnapshot.of(model);
		for (Analyzer analyzer : analyzers) {
			AnalyzerResult result = runOne(working.model(), analyzer);
			for (Finding finding : result.getFindings()) {
				toCaller(finding, working);
			}
			run.getResults().add(result);
			if (result.getOutcome() == RunOutcome.TIMED_OUT) {
				// the abandoned analyzer may still be reading its copy: it keeps that one, nobody else touches it again
				working = ModelSnapshot.of(model);
			}
			monitor.worked(1);
		}
		monitor.done();
		run.setDurationMillis((System.nanoTime() - start) / 1_000_000);
		return run;
	}

	private AnalyzerResult runOne(HelixModel model, Analyzer analyzer) {
		AnalyzerResult result = ResultsFactory.eINSTANCE.createAnalyzerResult();
		String id = safe(analyzer::id, analyzer.getClass().getName());
		result.setAnalyzerId(id);
		result.setAnalyzerVersion(safe(analyzer::version, null));
		result.setLabel(safe(analyzer::label, id));
		result.setCategory(safe(analyzer::category, "Other"));
		if (monitor.isCanceled()) {
			result.setOutcome(RunOutcome.CANCELLED);
			return result;
		}
		long start = System.nanoTime();
		Map<String, String> resolved;
		try {
			resolved = resolveParameters(analyzer, id);
		} catch (RuntimeException e) {
			return failed(result, "Analyzer " + id + " could not be started: " + e.getMessage(), start);
		}
		resolved.forEach((name, value) -> {
			ParameterValue parameter = ResultsFactory.eINSTANCE.createParameterValue();
			parameter.setName(name);
			parameter.setValue(value);
			result.getParameters().add(parameter);
		});
		// the analyzer's own monitor: cancelling it at the time limit does not cancel the whole run
		NullProgressMonitor analyzerMonitor = new NullProgressMonitor();
		AnalysisContext context = new AnalysisContext(model, resolved, asOf, analyzerMonitor);
		ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "helix-analyzer " + id);
			thread.setDaemon(true); // an abandoned analyzer must not keep the JVM alive
			return thread;
		});
		try {
			Future<?> future = executor.submit(() -> {
				analyzer.analyze(context);
				return null;
			});
			future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
			result.getFindings().addAll(context.findings());
			result.setOutcome(RunOutcome.COMPLETED);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			return failed(result, "Analyzer " + result.getLabel() + " (" + id + ") failed: " + cause, start);
		} catch (TimeoutException e) {
			analyzerMonitor.setCanceled(true);
			result.setOutcome(RunOutcome.TIMED_OUT);
			result.setDurationMillis((System.nanoTime() - start) / 1_000_000);
			error(result, "analyzer.timeout", "Analyzer " + result.getLabel() + " (" + id + ") did not finish within "
					+ timeLimit.toMillis() + " ms and was abandoned; its findings are left out");
			return result;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			analyzerMonitor.setCanceled(true);
			result.setOutcome(RunOutcome.CANCELLED);
		} finally {
			executor.shutdownNow();
		}
		result.setDurationMillis((System.nanoTime() - start) / 1_000_000);
		return result;
	}

	/** Points the finding's targets at the caller's objects instead of the run's private copy. */
	private static void toCaller(Finding finding, ModelSnapshot working) {
		for (int i = 0; i < finding.getTargets().size(); i++) {
			EObject original = working.original(finding.getTargets().get(i));
			if (original != null) {
				finding.getTargets().set(i, original);
			}
		}
	}

	private Map<String, String> resolveParameters(Analyzer analyzer, String id) {
		Map<String, String> resolved = new LinkedHashMap<>();
		for (ParameterSpec spec : analyzer.parameters()) {
			String value = parameters.getOrDefault(id + ":" + spec.name(), parameters.getOrDefault(spec.name(), spec.defaultValue()));
			if (value != null && !spec.type().isValid(value)) {
				throw new IllegalArgumentException(malformed(spec.name(), spec, value));
			}
			if (value != null) {
				resolved.put(spec.name(), value);
			}
		}
		return resolved;
	}

	private static AnalyzerResult failed(AnalyzerResult result, String message, long start) {
		result.setOutcome(RunOutcome.FAILED);
		result.setDurationMillis((System.nanoTime() - start) / 1_000_000);
		error(result, "analyzer.failed", message);
		return result;
	}

	private static void error(AnalyzerResult result, String code, String message) {
		Finding finding = ResultsFactory.eINSTANCE.createFinding();
		finding.setSeverity(Severity.ERROR);
		finding.setCode(code);
		finding.setMessage(message);
		result.getFindings().add(finding);
	}

	/** Metadata of a broken analyzer must not break the run either. */
	private static String safe(java.util.function.Supplier<String> getter, String fallback) {
		try {
			String value = getter.get();
			return value == null ? fallback : value;
		} catch (RuntimeException e) {
			return fallback;
		}
	}
}
