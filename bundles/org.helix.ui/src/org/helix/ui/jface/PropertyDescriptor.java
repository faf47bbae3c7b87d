package org.helix.ui.jface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One row of the Properties view for an EMF.Edit property. Chooses the cell editor from the feature: a combo for
 * enums, booleans and single references (the item provider's candidates), a checked text field for strings and
 * numbers, and none for read-only and multi-valued features.
 */
public class PropertyDescriptor implements IPropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor itemDescriptor;
	private final ItemImages images;

	public PropertyDescriptor(Object object, IItemPropertyDescriptor itemDescriptor, ItemImages images) {
		this.object = object;
		this.itemDescriptor = itemDescriptor;
		this.images = images;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!itemDescriptor.canSetProperty(object) || itemDescriptor.isMany(object)) {
			return null;
		}
		Object feature = itemDescriptor.getFeature(object);
		Collection<?> choices = itemDescriptor.getChoiceOfValues(object);
		if (choices != null || feature instanceof EReference) {
			List<Object> values = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
			return new ChoiceCellEditor(parent, values, getLabelProvider(), itemDescriptor.isSortChoices(object));
		}
		if (feature instanceof EAttribute attribute) {
			EDataType type = attribute.getEAttributeType();
			Class<?> instanceClass = type.getInstanceClass();
			if (instanceClass == boolean.class) {
				return new ChoiceCellEditor(parent, Arrays.asList(Boolean.TRUE, Boolean.FALSE), getLabelProvider(), false);
			}
			if (instanceClass == Boolean.class) {
				// unknown stays expressible: the empty entry sets null
				return new ChoiceCellEditor(parent, Arrays.asList(null, Boolean.TRUE, Boolean.FALSE), getLabelProvider(), false);
			}
			return new DataTypeCellEditor(parent, type);
		}
		return null;
	}

	@Override
	public String getCategory() {
		return itemDescriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return itemDescriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return itemDescriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return itemDescriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return itemDescriptor.getHelpContextIds(object);
	}

	@Override
	public Object getId() {
		return itemDescriptor.getId(object);
	}

	/** Shows values the way the item providers label them: referenced elements with their name and icon. */
	@Override
	public ILabelProvider getLabelProvider() {
		IItemLabelProvider valueLabels = itemDescriptor.getLabelProvider(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return value == null ? "" : valueLabels.getText(value);
			}

			@Override
			public Image getImage(Object value) {
				return value == null ? null : images.get(valueLabels.getImage(value));
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}

	public IItemPropertyDescriptor itemDescriptor() {
		return itemDescriptor;
	}
}
