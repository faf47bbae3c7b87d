package org.helix.ui.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view an {@link IPropertySource} for every model element, made from its EMF.Edit item property
 * source. Owns the images of property values (e.g. the icon of a referenced actor); dispose it with the page.
 */
public class PropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();

	public PropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource itemSource = object instanceof IItemPropertySource direct ? direct
				: object == null ? null : (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemSource == null ? null : new PropertySource(object, itemSource, images);
	}

	public void dispose() {
		images.dispose();
	}
}
