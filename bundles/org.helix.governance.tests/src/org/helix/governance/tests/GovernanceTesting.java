package org.helix.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.results.RunOutcome;

/** What the governance analyzer tests share: running one analyzer, finding findings, and making dates. */
final class GovernanceTesting {

	/** The as-of date of every test unless it says otherwise: 2026 (365 days) is the window before it. */
	static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);

	private GovernanceTesting() {
	}

	/** The one place where fixture dates are made: calendar dates, as the model stores them. */
	static LocalDate day(String isoDate) {
		return LocalDate.parse(isoDate);
	}

	/** Runs one analyzer; the run must complete, without an {@code analyzer.failed} finding. */
	static List<Finding> run(EObject model, Analyzer analyzer, LocalDate asOf, String... nameValues) {
		AnalysisRunner runner = new AnalysisRunner().asOf(asOf);
		for (int i = 0; i < nameValues.length; i += 2) {
			runner.parameter(nameValues[i], nameValues[i + 1]);
		}
		AnalyzerResult result = runner.run((org.helix.model.core.HelixModel) model, List.of(analyzer)).getResults().get(0);
		List<Finding> findings = result.getFindings();
		assertEquals(List.of(), findings.stream().filter(f -> f.getCode().startsWith("analyzer.")).map(Finding::getMessage).toList(),
				"the analyzer must not fail or time out");
		assertEquals(RunOutcome.COMPLETED, result.getOutcome());
		return findings;
	}

	static List<Finding> run(EObject model, Analyzer analyzer, String... nameValues) {
		return run(model, analyzer, AS_OF, nameValues);
	}

	/** The findings about {@code target} (its first target), as "code" strings, in the order reported. */
	static List<String> codes(List<Finding> findings, EObject target) {
		return findings.stream().filter(f -> !f.getTargets().isEmpty() && f.getTargets().get(0) == target).map(Finding::getCode).toList();
	}

	/** The one finding about {@code target} with this code. */
	static Finding only(List<Finding> findings, String code, EObject target) {
		List<Finding> matching = findings.stream().filter(f -> f.getCode().equals(code) && !f.getTargets().isEmpty() && f.getTargets().get(0) == target)
				.toList();
		assertEquals(1, matching.size(), () -> code + " about " + target + " in " + describe(findings));
		return matching.get(0);
	}

	static double number(Finding finding, String key) {
		FindingValue value = finding.getValues().stream().filter(v -> v.getKey().equals(key)).findFirst().orElseThrow(
				() -> new AssertionError("no value '" + key + "' in " + finding.getMessage()));
		return value.getNumber().doubleValue();
	}

	static String describe(List<Finding> findings) {
		return findings.stream().map(f -> f.getSeverity() + " " + f.getCode() + " " + f.getTargetLabels() + ": " + f.getMessage())
				.collect(Collectors.joining("\n", "\n", "\n"));
	}
}
