package org.helix.ui.jface;

import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * An {@link IPropertySource} over an EMF.Edit {@link IItemPropertySource}. Values are set through the item property
 * descriptors, which run a {@code SetCommand} on the command stack of the element's editing domain, so every edit
 * in the Properties view can be undone.
 */
public class PropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;
	private final ItemImages images;

	public PropertySource(Object object, IItemPropertySource itemPropertySource, ItemImages images) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.images = images;
	}

	@Override
	public Object getEditableValue() {
		return itemPropertySource.getEditableValue(object);
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IItemPropertyDescriptor> descriptors = itemPropertySource.getPropertyDescriptors(object);
		if (descriptors == null) {
			return new IPropertyDescriptor[0];
		}
		return descriptors.stream().map(descriptor -> new PropertyDescriptor(object, descriptor, images))
				.toArray(IPropertyDescriptor[]::new);
	}

	/** The plain value (not EMF's wrapper), so that cell editors and labels see the model's own objects. */
	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor == null) {
			return null;
		}
		Object value = descriptor.getPropertyValue(object);
		return value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		return descriptor != null && descriptor.isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.resetPropertyValue(object);
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		if (descriptor != null) {
			descriptor.setPropertyValue(object, value);
		}
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return itemPropertySource.getPropertyDescriptor(object, id);
	}
}
