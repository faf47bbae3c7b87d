package org.helix.ui.jface;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider that asks the EMF.Edit item providers for text and icon. The SWT images are made and owned
 * by an {@link ItemImages} cache that is disposed with this provider.
 */
public class AdapterFactoryLabelProvider extends LabelProvider {

	protected final AdapterFactory adapterFactory;
	private final ItemImages images = new ItemImages();

	public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		if (provider != null) {
			return provider.getText(element);
		}
		return element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = labelProvider(element);
		return provider == null ? null : images.get(provider.getImage(element));
	}

	private IItemLabelProvider labelProvider(Object element) {
		if (element instanceof IItemLabelProvider provider) {
			return provider;
		}
		return element == null ? null : (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
	}

	public ItemImages images() {
		return images;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
