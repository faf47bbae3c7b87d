package org.helix.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Gives the Helix views and the fiche editor (registered in plugin.xml) the tabbed Properties page, so that an
 * element selected there shows the same tabs as in the model editor.
 */
public class PropertySheetPageAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IPropertySheetPage.class && adaptable instanceof IWorkbenchPart part) {
			return type.cast(new HelixPropertySheetPage(part, bars -> shareUndoRedo(part, bars)));
		}
		return null;
	}

	/** Undo and redo in the Properties view do what they do in the part it shows, so Ctrl+Z works in both. */
	private static void shareUndoRedo(IWorkbenchPart part, IActionBars bars) {
		IActionBars own = part.getSite() instanceof IViewSite view ? view.getActionBars()
				: part.getSite() instanceof IEditorSite editor ? editor.getActionBars() : null;
		if (own == null) {
			return;
		}
		for (ActionFactory action : new ActionFactory[] { ActionFactory.UNDO, ActionFactory.REDO }) {
			IAction handler = own.getGlobalActionHandler(action.getId());
			if (handler != null) {
				bars.setGlobalActionHandler(action.getId(), handler);
			}
		}
		bars.updateActionBars();
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySheetPage.class };
	}
}
