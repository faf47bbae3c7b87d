package org.helix.ui.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider that asks the EMF.Edit item providers for children and parents, and refreshes its
 * viewer when they report a change. Model changes may come from any thread (e.g. a job); the viewer is only touched on
 * the UI thread.
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private static final Object[] NONE = {};

	protected final AdapterFactory adapterFactory;
	private StructuredViewer viewer;

	public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
				IStructuredItemContentProvider.class);
		return provider == null ? NONE : provider.getElements(input).toArray();
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? NONE : inTreeOrder(provider.getChildren(parent));
	}

	/**
	 * The children in model order, grouped as the item provider groups them (by containment feature, i.e. by kind),
	 * except that an element's citations and notes come after what it contains: they are the least edited. The tree
	 * never sorts by name, so a new or renamed element stays where it was put (a new sibling right after the
	 * selected one; README, Modelling). A programme's priority actions come before its recommendations: a
	 * coordinator looks for the 18 actions, not past 78 recommendations to them.
	 */
	public static Object[] inTreeOrder(java.util.Collection<?> children) {
		java.util.List<Object> first = new java.util.ArrayList<>(children.size());
		java.util.List<Object> actions = new java.util.ArrayList<>();
		java.util.List<Object> last = new java.util.ArrayList<>();
		int firstRecommendation = -1;
		for (Object child : children) {
			if (child instanceof org.helix.model.core.SourceCitation || child instanceof org.helix.model.core.Note) {
				last.add(child);
			} else if (child instanceof org.helix.model.programme.PriorityAction && firstRecommendation >= 0) {
				actions.add(child);
			} else {
				if (child instanceof org.helix.model.programme.Recommendation && firstRecommendation < 0) {
					firstRecommendation = first.size();
				}
				first.add(child);
			}
		}
		first.addAll(Math.max(firstRecommendation, 0), actions);
		first.addAll(last);
		return first.toArray();
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public void notifyChanged(Notification notification) {
		StructuredViewer target = viewer;
		if (target == null || !(notification instanceof IViewerNotification change)) {
			return;
		}
		Control control = target.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		Display display = control.getDisplay();
		Runnable refresh = () -> refresh(target, change);
		if (display.getThread() == Thread.currentThread()) {
			// edits made by commands on the UI thread show at once, so the selection can follow the new element
			refresh.run();
		} else {
			display.asyncExec(refresh);
		}
	}

	private static void refresh(StructuredViewer target, IViewerNotification change) {
		if (target.getControl() == null || target.getControl().isDisposed()) {
			return;
		}
		Object element = change.getElement();
		if (change.isContentRefresh()) {
			if (element == null) {
				target.refresh(change.isLabelUpdate());
			} else {
				target.refresh(element, change.isLabelUpdate());
			}
		} else if (change.isLabelUpdate() && element != null) {
			target.update(element, null);
		}
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}
}
