package org.helix.diagram.viewpoints;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;

/**
 * The RAG of actions, dimensions and programmes as the installed status provider (monitoring, through
 * {@code org.helix.analysis.statusProviders}) rates them today, for the diagram contributions; null everywhere when no
 * provider is installed. Diagrams are refreshed on the UI thread, which owns the model, so the provider reads the live
 * model and nothing is cached on it.
 */
public final class RagRatings {

	/**
	 * System property with an ISO date to rate at instead of today. Golden images and screenshots need a fixed day:
	 * the expected progress, and with it the colours, change as time passes.
	 */
	public static final String DATE_PROPERTY = "helix.rag.date";

	private RagRatings() {
	}

	/** The RAG of an action, dimension or programme; null for anything else, outside a programme, or unrated. */
	public static Rag rag(EObject element) {
		ElementStatus status = StatusProviders.status(element, asOf());
		return status == null ? null : status.rag();
	}

	/** The status of an action, dimension or programme; null when no provider rates it. */
	public static ElementStatus status(EObject element) {
		return StatusProviders.status(element, asOf());
	}

	static LocalDate asOf() {
		String fixed = System.getProperty(DATE_PROPERTY);
		if (fixed != null && !fixed.isBlank()) {
			try {
				return LocalDate.parse(fixed.trim());
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException(DATE_PROPERTY + " must be a date like 2026-06-30, not '" + fixed + "'", e);
			}
		}
		return LocalDate.now();
	}
}
