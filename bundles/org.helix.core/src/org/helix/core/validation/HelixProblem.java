package org.helix.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.Identifiable;

/**
 * One validation finding: its severity, a message a person understands, and the element it is about (may be null
 * for problems of the whole model).
 */
public record HelixProblem(Severity severity, String message, EObject element) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	/** E.g. {@code PriorityAction 'Waterstofnetwerk'}. */
	public String elementLabel() {
		return element == null ? "" : ElementLabels.label(element);
	}

	public String elementId() {
		return element instanceof Identifiable identifiable ? identifiable.getId() : null;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	@Override
	public String toString() {
		return severity + ": " + message;
	}
}
