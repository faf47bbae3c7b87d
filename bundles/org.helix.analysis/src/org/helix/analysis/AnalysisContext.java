package org.helix.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.ResultsFactory;
import org.helix.analysis.results.Severity;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

/**
 * What one analyzer gets for one run: the model, its parameters (defaults filled in), the date the analysis is "as of",
 * a progress monitor, and the place to report findings. One context per analyzer and run, used by one thread.
 */
public final class AnalysisContext {

	private final HelixModel model;
	private final Map<String, String> parameters;
	private final LocalDate asOf;
	private final IProgressMonitor monitor;
	private final List<Finding> findings = new ArrayList<>();

	public AnalysisContext(HelixModel model, Map<String, String> parameters, LocalDate asOf, IProgressMonitor monitor) {
		this.model = model;
		this.parameters = Map.copyOf(parameters);
		this.asOf = asOf;
		this.monitor = monitor == null ? new NullProgressMonitor() : monitor;
	}

	public HelixModel model() {
		return model;
	}

	/** The reference date: "overdue", "stale" and "expected progress" are measured against it, not against today. */
	public LocalDate asOf() {
		return asOf;
	}

	public IProgressMonitor monitor() {
		return monitor;
	}

	/** True when the run was cancelled or the analyzer ran out of time; stop soon when it is. */
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	public Map<String, String> parameters() {
		return parameters;
	}

	/** A parameter's value as text; the analyzer's default when the run did not set it. */
	public String text(String name) {
		String value = parameters.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no parameter '" + name + "' (declare it in parameters())");
		}
		return value;
	}

	public BigDecimal number(String name) {
		String value = text(name);
		try {
			return new BigDecimal(value.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("parameter '" + name + "' must be a number, got '" + value + "'");
		}
	}

	public int integer(String name) {
		BigDecimal number = number(name);
		try {
			return number.intValueExact();
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException("parameter '" + name + "' must be a whole number, got '" + text(name) + "'");
		}
	}

	/** A {@link ParameterType#DATE} parameter (ISO {@code yyyy-MM-dd}). */
	public LocalDate date(String name) {
		String value = text(name);
		try {
			return LocalDate.parse(value.trim());
		} catch (java.time.format.DateTimeParseException e) {
			throw new IllegalArgumentException("parameter '" + name + "' must be a date like 2027-06-30, got '" + value + "'");
		}
	}

	/** A {@link ParameterType#BOOLEAN} parameter: true only for {@code true}. */
	public boolean flag(String name) {
		return Boolean.parseBoolean(text(name).trim());
	}

	/** Reports a finding about the given elements; add values to it through the returned builder. */
	public FindingBuilder report(Severity severity, String code, String message, EObject... targets) {
		Finding finding = ResultsFactory.eINSTANCE.createFinding();
		finding.setSeverity(severity);
		finding.setCode(code);
		finding.setMessage(message);
		for (EObject target : targets) {
			if (target == null || finding.getTargets().contains(target)) {
				continue;
			}
			finding.getTargets().add(target);
			finding.getTargetLabels().add(ElementLabels.label(target));
			finding.getTargetIds().add(target instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "");
		}
		findings.add(finding);
		return new FindingBuilder(finding);
	}

	/** The findings reported so far; read by the runner once the analyzer has finished. */
	List<Finding> findings() {
		return Collections.unmodifiableList(findings);
	}
}
