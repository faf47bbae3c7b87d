package org.helix.analysis.ui.decorators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.monitoring.Rag;
import org.helix.monitoring.RagRollUp;
import org.helix.monitoring.RagRollUps;

/**
 * Puts a coloured RAG dot (and "[RED]" after the label, for those who cannot tell the colours apart) on priority
 * actions, dimensions and programmes, as the monitoring RAG rule rates them today. The roll-up comes from monitoring's
 * per-programme cache ({@link RagRollUps}), so a label costs a map look-up, not an analysis run.
 */
public class RagDecorator implements ILightweightLabelDecorator {

	public static final String ID = "org.helix.analysis.ui.ragDecorator";

	private static final Map<Rag, ImageDescriptor> DOTS = Map.of(Rag.GREEN, dot(new RGB(46, 160, 67)), Rag.AMBER,
			dot(new RGB(240, 160, 0)), Rag.RED, dot(new RGB(210, 30, 40)));

	private final ListenerList<ILabelProviderListener> listeners = new ListenerList<>();
	// weak, so that a closed model goes with its watcher; the roll-up lives in the watcher, which lives on the programme
	private final Set<Watcher> watchers = Collections.newSetFromMap(new WeakHashMap<>());

	@Override
	public void decorate(Object element, IDecoration decoration) {
		Programme programme = RagRollUps.programmeOf(element);
		if (programme == null) {
			return;
		}
		RagRollUp rollUp;
		try {
			rollUp = rollUp(programme);
		} catch (RuntimeException e) {
			// decorations are computed off the UI thread; a model changed meanwhile is decorated again after the change
			ILog.of(RagDecorator.class).warn("RAG decoration skipped for " + element, e);
			return;
		}
		Rag rag = rollUp.rag((EObject) element);
		if (rag == null) {
			return;
		}
		decoration.addOverlay(DOTS.get(rag), IDecoration.BOTTOM_RIGHT);
		boolean overridden = element instanceof PriorityAction action ? rollUp.actions().get(action).overridden()
				: rollUp.overrides((EObject) element) > 0;
		decoration.addSuffix(" [" + rag + (overridden ? ", overridden" : "") + "]");
	}

	/** The RAG the decoration shows for an action, dimension or programme today; null when there is none. */
	public Rag rag(Object element) {
		Programme programme = RagRollUps.programmeOf(element);
		return programme == null ? null : rollUp(programme).rag((EObject) element);
	}

	private RagRollUp rollUp(Programme programme) {
		watch(programme);
		return RagRollUps.of(programme, LocalDate.now());
	}

	private synchronized void watch(Programme programme) {
		for (Object adapter : programme.eAdapters()) {
			if (adapter instanceof Watcher candidate && candidate.owner() == this) {
				return;
			}
		}
		watchers.add(new Watcher(programme));
	}

	/**
	 * Relabels everything the programme's RAG colours on any change inside it, once per burst of changes (the roll-up
	 * itself is monitoring's cache, which drops it on the same changes).
	 */
	private final class Watcher extends EContentAdapter {

		private final Programme programme;
		private boolean pending;

		Watcher(Programme programme) {
			this.programme = programme;
			programme.eAdapters().add(this);
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch()) {
				return;
			}
			synchronized (RagDecorator.this) {
				if (pending) {
					return;
				}
				pending = true;
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> {
				synchronized (RagDecorator.this) {
					pending = false;
				}
				fire(elementsOf(programme));
			});
		}

		RagDecorator owner() {
			return RagDecorator.this;
		}

		void detach() {
			programme.eAdapters().remove(this);
		}
	}

	private static Object[] elementsOf(Programme programme) {
		List<Object> elements = new ArrayList<>();
		elements.add(programme);
		elements.addAll(programme.getDimensions());
		elements.addAll(programme.getActions());
		return elements.toArray();
	}

	private void fire(Object[] elements) {
		LabelProviderChangedEvent event = new LabelProviderChangedEvent(this, elements);
		for (ILabelProviderListener listener : listeners) {
			listener.labelProviderChanged(event);
		}
	}

	@Override
	public void addListener(ILabelProviderListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeListener(ILabelProviderListener listener) {
		listeners.remove(listener);
	}

	@Override
	public boolean isLabelProperty(Object element, String property) {
		return false;
	}

	@Override
	public synchronized void dispose() {
		new ArrayList<>(watchers).forEach(Watcher::detach);
		watchers.clear();
	}

	/** A filled, anti-aliased 7 px dot in the bottom-right corner of an 8 px overlay, made without a Display. */
	private static ImageDescriptor dot(RGB colour) {
		return ImageDescriptor.createFromImageDataProvider(zoom -> {
			int size = 8 * zoom / 100;
			ImageData data = new ImageData(size, size, 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
			double radius = size / 2.0 - 0.5;
			for (int x = 0; x < size; x++) {
				for (int y = 0; y < size; y++) {
					double distance = Math.hypot(x + 0.5 - size / 2.0, y + 0.5 - size / 2.0);
					int alpha = (int) Math.round(255 * Math.max(0, Math.min(1, radius - distance + 0.5)));
					boolean rim = distance > radius - 1.2 * zoom / 100;
					RGB pixel = rim ? new RGB(colour.red * 3 / 4, colour.green * 3 / 4, colour.blue * 3 / 4) : colour;
					data.setPixel(x, y, data.palette.getPixel(pixel));
					data.setAlpha(x, y, alpha);
				}
			}
			return data;
		});
	}
}
