package org.helix.core.ecosystem;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.helix.model.core.HelixModel;

/**
 * Values derived from a whole model (its ecosystem ties, its network metrics, the largest metric value), kept on the
 * model until anything below it changes, or, for a value that says what it reads ({@link #get(HelixModel, Object, Set,
 * Function)}), until something it reads changes. Diagram styling asks for them once per node at every refresh; without
 * the cache each node would derive them again from the whole model.
 */
public final class ModelCache {

	private ModelCache() {
	}

	/**
	 * The value for {@code key} on {@code model}, computed by {@code derive} when the model changed since it was last
	 * asked for. {@code derive} may itself ask the cache for another key of the same model.
	 */
	public static <T> T get(HelixModel model, Object key, Function<HelixModel, T> derive) {
		return get(model, key, null, derive);
	}

	/**
	 * The value for {@code key} on {@code model}, computed by {@code derive} when, since it was last asked for, an object
	 * was added, removed or moved anywhere in the model (any containment change) or a feature named in {@code reads} of
	 * any object changed; a change of any other feature (e.g. a {@code name} the value does not depend on) keeps it. The
	 * caller answers for {@code reads} naming every feature {@code derive} reads besides containment, also through the
	 * values of other keys it asks for; null means anything.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(HelixModel model, Object key, Set<String> reads, Function<HelixModel, T> derive) {
		Values values = Values.of(model);
		synchronized (values) {
			Entry entry = values.byKey.get(key);
			if (entry == null) {
				// not computeIfAbsent: a derivation that reads another cached value would modify the map meanwhile
				entry = new Entry(derive.apply(model), reads == null ? null : Set.copyOf(reads));
				values.byKey.put(key, entry);
				values.derivations++;
			}
			return (T) entry.value();
		}
	}

	/**
	 * How many values were derived on this model so far (each cache miss counts): lets a test observe that a change
	 * kept a value instead of recomputing it.
	 */
	public static long derivations(HelixModel model) {
		Values values = Values.of(model);
		synchronized (values) {
			return values.derivations;
		}
	}

	/** Whether a value for {@code key} is cached on {@code model} (not dropped since it was derived). */
	public static boolean cached(HelixModel model, Object key) {
		Values values = Values.of(model);
		synchronized (values) {
			return values.byKey.containsKey(key);
		}
	}

	/**
	 * Drops every value cached on {@code model}, so that the next ones are derived afresh: a test compares what the
	 * cache kept over a change with what the changed model gives.
	 */
	public static void clear(HelixModel model) {
		Values values = Values.of(model);
		synchronized (values) {
			values.byKey.clear();
		}
	}

	/** A cached value and the features it reads (null: anything). */
	private record Entry(Object value, Set<String> reads) {
	}

	/** The adapter that holds a model's values and drops those a change below it may affect. */
	private static final class Values extends EContentAdapter {

		private final Map<Object, Entry> byKey = new HashMap<>();
		private long derivations;

		static Values of(HelixModel model) {
			synchronized (model) {
				for (Object adapter : model.eAdapters()) {
					if (adapter instanceof Values values) {
						return values;
					}
				}
				Values values = new Values();
				model.eAdapters().add(values);
				return values;
			}
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (!notification.isTouch()) {
				Object feature = notification.getFeature();
				// not a feature change, or a containment change: anything may be affected
				String name = feature instanceof EStructuralFeature structural
						&& !(feature instanceof EReference reference && reference.isContainment()) ? structural.getName() : null;
				synchronized (this) {
					for (Iterator<Entry> entries = byKey.values().iterator(); entries.hasNext();) {
						Set<String> reads = entries.next().reads();
						if (name == null || reads == null || reads.contains(name)) {
							entries.remove();
						}
					}
				}
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Values.class;
		}
	}
}
