package org.helix.diagram.viewpoints;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.monitoring.Rag;
import org.helix.monitoring.RagRollUp;

/**
 * The RAG of actions and dimensions as the monitoring rule rates them today, for the diagram contributions. One
 * {@link RagRollUp} per programme is kept in an adapter on the programme and dropped on any change inside it (as
 * org.helix.analysis.ui's RagDecorator does), so a refresh of a diagram with 30 actions runs the analysis once, not
 * 30 times, and a closed model takes its cache with it.
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
		Programme programme = programmeOf(element);
		return programme == null ? null : Cache.of(programme).rollUp(asOf()).rag(element);
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

	private static Programme programmeOf(EObject element) {
		if (element instanceof Programme programme) {
			return programme;
		}
		if (element instanceof PriorityAction || element instanceof Dimension) {
			return element.eContainer() instanceof Programme programme ? programme : null;
		}
		return null;
	}

	/** Watches one programme; its roll-up is valid until the programme changes or the day does. */
	private static final class Cache extends EContentAdapter {

		// not getTarget(): an EContentAdapter's target is whichever contained object it was last attached to
		private final Programme programme;
		private RagRollUp rollUp;
		private LocalDate day;

		private Cache(Programme programme) {
			this.programme = programme;
		}

		static Cache of(Programme programme) {
			synchronized (programme) {
				for (Object adapter : programme.eAdapters()) {
					if (adapter instanceof Cache cache) {
						return cache;
					}
				}
				Cache cache = new Cache(programme);
				programme.eAdapters().add(cache);
				return cache;
			}
		}

		synchronized RagRollUp rollUp(LocalDate asOf) {
			if (rollUp == null || !asOf.equals(day)) {
				rollUp = RagRollUp.of(programme, asOf);
				day = asOf;
			}
			return rollUp;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				synchronized (this) {
					rollUp = null;
				}
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Cache.class;
		}
	}
}
