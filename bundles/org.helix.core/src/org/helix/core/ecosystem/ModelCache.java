package org.helix.core.ecosystem;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.helix.model.core.HelixModel;

/**
 * Values derived from a whole model (its ecosystem ties, its network metrics, the largest metric value), kept on the
 * model until anything below it changes. Diagram styling asks for them once per node at every refresh; without the
 * cache each node would derive them again from the whole model.
 */
public final class ModelCache {

	private ModelCache() {
	}

	/**
	 * The value for {@code key} on {@code model}, computed by {@code derive} when the model changed since it was last
	 * asked for. {@code derive} may itself ask the cache for another key of the same model.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T get(HelixModel model, Object key, Function<HelixModel, T> derive) {
		Values values = Values.of(model);
		synchronized (values) {
			Object value = values.byKey.get(key);
			if (value == null) {
				// not computeIfAbsent: a derivation that reads another cached value would modify the map meanwhile
				value = derive.apply(model);
				values.byKey.put(key, value);
			}
			return (T) value;
		}
	}

	/** The adapter that holds a model's values and drops them all on any change below it. */
	private static final class Values extends EContentAdapter {

		private final Map<Object, Object> byKey = new HashMap<>();

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
				synchronized (this) {
					byKey.clear();
				}
			}
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Values.class;
		}
	}
}
