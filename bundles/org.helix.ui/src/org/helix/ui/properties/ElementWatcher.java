package org.helix.ui.properties;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;

/**
 * Refreshes a section after its element changed, whether by an edit, an undo or a redo elsewhere. It listens to the
 * element rather than to the command stack: the editor changes the selection while the stack notifies, which makes
 * sections come and go, and a command stack must not gain or lose listeners while it notifies. A burst of
 * notifications (a list set at once) gives one refresh.
 */
final class ElementWatcher extends AdapterImpl {

	private final Control control;
	private final Runnable refresh;
	private EObject watched;
	private boolean pending;

	ElementWatcher(Control control, Runnable refresh) {
		this.control = control;
		this.refresh = refresh;
	}

	void watch(EObject element) {
		if (element == watched) {
			return;
		}
		if (watched != null) {
			watched.eAdapters().remove(this);
		}
		watched = element;
		if (element != null) {
			element.eAdapters().add(this);
		}
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.isTouch() || pending || control.isDisposed()) {
			return;
		}
		pending = true;
		control.getDisplay().asyncExec(() -> {
			pending = false;
			if (!control.isDisposed()) {
				refresh.run();
			}
		});
	}
}
