package org.helix.ui.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * Gives the Helix views and the fiche editor (registered in plugin.xml) the tabbed Properties page, so that an
 * element selected there shows the same tabs as in the model editor.
 */
public class PropertySheetPageAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IPropertySheetPage.class && adaptable instanceof IWorkbenchPart part) {
			return type.cast(new HelixPropertySheetPage(part, bars -> { }));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySheetPage.class };
	}
}
