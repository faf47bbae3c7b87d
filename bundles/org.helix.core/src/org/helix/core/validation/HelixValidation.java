package org.helix.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.helix.core.validation.HelixProblem.Severity;
import org.helix.model.core.HelixModel;

/**
 * Validates Helix models and returns the findings as {@link HelixProblem}s, for the command line and the UI. Uses its
 * own validator registry, so it gives the same answer with and without OSGi.
 */
public final class HelixValidation {

	private static final EValidator.Registry REGISTRY = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);

	static {
		HelixValidator.register(REGISTRY);
	}

	private HelixValidation() {
	}

	/** Registers the Helix validator globally, so EMF's own Validate actions (Diagnostician.INSTANCE) use it. */
	public static void registerGlobally() {
		HelixValidator.register(EValidator.Registry.INSTANCE);
	}

	/** All problems of the model, errors first, then in model order. */
	public static List<HelixProblem> validate(HelixModel model) {
		return validate((EObject) model);
	}

	/** The problems of {@code element} and everything it contains. */
	public static List<HelixProblem> validate(EObject element) {
		Diagnostician diagnostician = new HelixDiagnostician();
		BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(element);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		diagnostician.validate(element, diagnostics, context);
		List<HelixProblem> problems = new ArrayList<>();
		collect(diagnostics, problems);
		problems.sort((a, b) -> a.severity().compareTo(b.severity()));
		return problems;
	}

	public static boolean hasErrors(List<HelixProblem> problems) {
		return problems.stream().anyMatch(HelixProblem::isError);
	}

	private static void collect(Diagnostic diagnostic, List<HelixProblem> problems) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				problems.add(toProblem(diagnostic));
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, problems);
		}
	}

	private static HelixProblem toProblem(Diagnostic diagnostic) {
		EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e) ? null : e;
		Severity severity = switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
		case Diagnostic.WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		return new HelixProblem(severity, diagnostic.getMessage(), element);
	}

	/** Labels elements by type and name instead of EMF's {@code ...Impl@1a2b{uri}} identification. */
	private static final class HelixDiagnostician extends Diagnostician {

		HelixDiagnostician() {
			super(REGISTRY);
		}

		@Override
		public String getObjectLabel(EObject eObject) {
			return ElementLabels.label(eObject);
		}
	}
}
