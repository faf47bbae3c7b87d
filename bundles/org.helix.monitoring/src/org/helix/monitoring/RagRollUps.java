package org.helix.monitoring;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * The default-threshold {@link RagRollUp} of a programme, kept for as long as nothing inside the programme changes and
 * the day stays the same. Views that colour many elements (the label decorator, diagrams) share it: a label or a node
 * costs a look-up, not an analysis run. The cache lives in an adapter on the programme, so a closed model takes it
 * along.
 */
public final class RagRollUps {

	private RagRollUps() {
	}

	/** The programme's roll-up as of {@code asOf}, computed at most once per change of the programme. */
	public static RagRollUp of(Programme programme, LocalDate asOf) {
		return Cache.of(programme).rollUp(asOf);
	}

	/** The programme an action, dimension or programme is rated in; null for anything else or outside a programme. */
	public static Programme programmeOf(Object element) {
		if (element instanceof Programme programme) {
			return programme;
		}
		if (element instanceof PriorityAction || element instanceof Dimension) {
			return ((EObject) element).eContainer() instanceof Programme programme ? programme : null;
		}
		return null;
	}

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
			// the expected progress grows every day, so yesterday's colours are stale
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
