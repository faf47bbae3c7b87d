package org.helix.ui.jface;

import org.eclipse.jface.viewers.ILabelDecorator;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.swt.graphics.Image;

/**
 * The workbench's label decorator without its "delayed" side. A {@code DecoratingLabelProvider} over the workbench's
 * decorator keeps an item's old text while a decoration is pending, so a renamed element could go on showing its old
 * name in the tree. Through this wrapper the tree always shows the current name (with the decorations known so far);
 * a decoration that arrives later updates the item as before, through the listeners.
 */
public final class CurrentTextDecorator implements ILabelDecorator {

	private final ILabelDecorator decorator;

	public CurrentTextDecorator(ILabelDecorator decorator) {
		this.decorator = decorator;
	}

	@Override
	public String decorateText(String text, Object element) {
		return decorator.decorateText(text, element);
	}

	@Override
	public Image decorateImage(Image image, Object element) {
		return decorator.decorateImage(image, element);
	}

	@Override
	public void addListener(ILabelProviderListener listener) {
		decorator.addListener(listener);
	}

	@Override
	public void removeListener(ILabelProviderListener listener) {
		decorator.removeListener(listener);
	}

	@Override
	public boolean isLabelProperty(Object element, String property) {
		return decorator.isLabelProperty(element, property);
	}

	@Override
	public void dispose() {
		// the workbench's decorator is shared: the workbench disposes it
	}
}
