package org.helix.diagram.viewpoints;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.programme.Programme;
import org.helix.monitoring.Rag;
import org.helix.monitoring.RagRollUps;

/**
 * The RAG of actions and dimensions as the monitoring rule rates them today, for the diagram contributions; the
 * roll-up is monitoring's shared per-programme cache ({@link RagRollUps}), so a refresh of a diagram with 30 actions
 * runs the rating once, not 30 times.
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
		Programme programme = RagRollUps.programmeOf(element);
		return programme == null ? null : RagRollUps.of(programme, asOf()).rag(element);
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
