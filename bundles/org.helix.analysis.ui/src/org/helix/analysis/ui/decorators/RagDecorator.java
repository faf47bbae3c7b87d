package org.helix.analysis.ui.decorators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
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
import org.helix.analysis.ModelSnapshot;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * Puts a coloured RAG dot (and "[RED]" after the label, for those who cannot tell the colours apart) on priority
 * actions, dimensions and programmes, as the installed status provider (monitoring, through
 * {@code org.helix.analysis.statusProviders}) rates them today; a grey dot and "[no data]" when the provider cannot
 * rate them from the model's data; nothing when no provider is installed.
 * <p>
 * The workbench calls {@link #decorate} on its decoration thread, so that method never reads a model: it looks the
 * element up in a map filled on the UI thread. The statuses are computed per model in a {@link RagJob} on a snapshot
 * copied on the UI thread, and mapped back to the live elements by id on the UI thread. A change listener attached to
 * the model's resource on the UI thread takes a new snapshot after each burst of changes; a label costs a map look-up.
 */
public class RagDecorator implements ILightweightLabelDecorator {

	public static final String ID = "org.helix.analysis.ui.ragDecorator";
	/** The decorator's jobs belong to this family, so tests (and shutdown) can wait for them. */
	public static final Object JOB_FAMILY = RagDecorator.class;

	private static final Map<Rag, ImageDescriptor> DOTS = Map.of(Rag.GREEN, dot(new RGB(46, 160, 67)), Rag.AMBER,
			dot(new RGB(240, 160, 0)), Rag.RED, dot(new RGB(210, 30, 40)));
	/** Grey: the provider knows the element but the model lacks the data to rate it (unknown is not zero). */
	private static final ImageDescriptor NO_DATA_DOT = dot(new RGB(150, 150, 150));
	/** The suffix of an element with no data. */
	public static final String NO_DATA = " [no data]";

	/** What a label shows: the status of a live element on the day it was computed for. */
	private record Entry(ElementStatus status, LocalDate day) {
	}

	private final ListenerList<ILabelProviderListener> listeners = new ListenerList<>();
	// live element -> its status; written on the UI thread, read on the decoration thread; weak, so closed models go
	private final Map<Object, Entry> entries = Collections.synchronizedMap(new WeakHashMap<>());
	// elements whose model has been handed to the UI thread for tracking, so a label asks only once
	private final Set<Object> requested = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
	// weak: a tracker lives in its resource's adapters and goes with the resource
	private final Set<Tracker> trackers = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
	private final AtomicBoolean dayChangePending = new AtomicBoolean();
	private volatile boolean disposed;

	@Override
	public void decorate(Object element, IDecoration decoration) {
		Entry entry = entries.get(element);
		if (entry == null) {
			if (requested.add(element)) {
				// only the UI thread may read the element to find its model
				asyncExec(() -> track(element));
			}
			return;
		}
		if (!entry.day().equals(LocalDate.now()) && dayChangePending.compareAndSet(false, true)) {
			// the expected progress grows every day, so yesterday's colours are stale
			asyncExec(this::refreshAll);
		}
		ElementStatus status = entry.status();
		if (status == null) {
			return;
		}
		if (status.noData()) {
			decoration.addOverlay(NO_DATA_DOT, IDecoration.BOTTOM_RIGHT);
			decoration.addSuffix(NO_DATA);
			return;
		}
		decoration.addOverlay(DOTS.get(status.rag()), IDecoration.BOTTOM_RIGHT);
		decoration.addSuffix(" [" + status.rag() + (status.overridden() ? ", overridden" : "") + "]");
	}

	/**
	 * The RAG the decoration shows for an element now; null when there is none (unrated, not computed yet, or no
	 * provider installed). Statuses follow a change after the decorator's job has run ({@link #JOB_FAMILY}).
	 */
	public Rag rag(Object element) {
		Entry entry = entries.get(element);
		return entry == null || entry.status() == null ? null : entry.status().rag();
	}

	/**
	 * The status the decoration shows for an element now: null when none was computed or no provider rates it; a
	 * status whose {@link ElementStatus#noData()} is true is shown grey with "[no data]".
	 */
	public ElementStatus status(Object element) {
		Entry entry = entries.get(element);
		return entry == null ? null : entry.status();
	}

	/** UI thread: starts tracking the element's model, once per model. */
	private void track(Object element) {
		if (disposed || !(element instanceof EObject object) || object.eResource() == null) {
			return;
		}
		Resource resource = object.eResource();
		for (Object adapter : resource.eAdapters()) {
			if (adapter instanceof Tracker tracker && tracker.owner() == this) {
				return;
			}
		}
		Tracker tracker = new Tracker(resource);
		trackers.add(tracker);
		tracker.schedule();
	}

	/** UI thread: recomputes every tracked model, for a new day. */
	private void refreshAll() {
		dayChangePending.set(false);
		new ArrayList<>(trackers).forEach(Tracker::schedule);
	}

	private void asyncExec(Runnable runnable) {
		Display display = Display.getDefault();
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (!disposed) {
					runnable.run();
				}
			});
		}
	}

	/**
	 * Follows one live resource: attached on the UI thread, it hears every change (made on the UI thread, through the
	 * editor's commands) and takes a new snapshot once per burst.
	 */
	private final class Tracker extends EContentAdapter {

		// not getTarget(): an EContentAdapter's target is whichever contained object it was last attached to
		private final Resource resource;
		private boolean pending;
		private int generation;

		Tracker(Resource resource) {
			this.resource = resource;
			resource.eAdapters().add(this);
		}

		RagDecorator owner() {
			return RagDecorator.this;
		}

		@Override
		public void notifyChanged(Notification notification) {
			super.notifyChanged(notification);
			if (notification.isTouch() || pending) {
				return;
			}
			pending = true;
			asyncExec(this::schedule);
		}

		/** UI thread: snapshot the model and compute its statuses in a Job. */
		void schedule() {
			pending = false;
			HelixModel model = resource.isLoaded() ? model(resource) : null;
			if (model == null) {
				detach();
				return;
			}
			int current = ++generation;
			new RagJob(ModelSnapshot.of(model), LocalDate.now(), statuses -> {
				// back on the UI thread; an older job that finishes late must not overwrite a newer result
				if (current == generation && resource.eAdapters().contains(this)) {
					apply(statuses.statuses(), statuses.day());
				}
			}).schedule();
		}

		/** UI thread: the statuses of the snapshot, on the live elements with the same ids. */
		private void apply(Map<String, ElementStatus> statuses, LocalDate day) {
			List<Object> changed = new ArrayList<>();
			ModelSnapshot.byId(resource).forEach((id, element) -> {
				if (element instanceof Programme || element instanceof Dimension || element instanceof PriorityAction) {
					entries.put(element, new Entry(statuses.get(id), day));
					changed.add(element);
				}
			});
			fire(changed.toArray());
		}

		void detach() {
			resource.eAdapters().remove(this);
			trackers.remove(this);
		}
	}

	private static HelixModel model(Resource resource) {
		for (EObject root : resource.getContents()) {
			if (root instanceof HelixModel model) {
				return model;
			}
		}
		return null;
	}

	/** What a {@link RagJob} computed: the statuses by id of the snapshot it was given, as of a day. */
	public record Computation(HelixModel snapshot, LocalDate day, Map<String, ElementStatus> statuses) {
	}

	/**
	 * Computes the statuses of a snapshot (which only this job reads) and hands them to the UI thread. Public so that
	 * tests can check each result against a fresh run on the same snapshot.
	 */
	public static final class RagJob extends Job {

		private final ModelSnapshot snapshot;
		private final LocalDate day;
		private final java.util.function.Consumer<Computation> onUiThread;
		private volatile Computation computation;

		RagJob(ModelSnapshot snapshot, LocalDate day, java.util.function.Consumer<Computation> onUiThread) {
			super("RAG decorations");
			this.snapshot = snapshot;
			this.day = day;
			this.onUiThread = onUiThread;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			Computation result = new Computation(snapshot.model(), day, StatusProviders.statuses(snapshot.model(), day));
			computation = result;
			Display display = Display.getDefault();
			if (!display.isDisposed()) {
				display.asyncExec(() -> onUiThread.accept(result));
			}
			return Status.OK_STATUS;
		}

		/** The result, once the job has run; null before. */
		public Computation computation() {
			return computation;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
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
	public void dispose() {
		disposed = true;
		new ArrayList<>(trackers).forEach(Tracker::detach);
		entries.clear();
		requested.clear();
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
