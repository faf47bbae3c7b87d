package org.helix.ui.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.helix.ui.jface.ItemImages;

/** The title of the Properties view: the element's icon, type and name, as the model tree labels it. */
public class TitleLabelProvider extends LabelProvider {

	private final ItemImages images = new ItemImages();

	@Override
	public String getText(Object selection) {
		EObject element = selection instanceof ISelection s ? Elements.element(s) : Elements.element(selection);
		if (element == null) {
			return "";
		}
		// the item providers' labels start with the type: "Priority Action Energie-efficiëntie ..."
		IItemLabelProvider labels = labels(element);
		String label = labels == null ? null : labels.getText(element);
		return label == null ? typeName(element) : label;
	}

	@Override
	public Image getImage(Object selection) {
		EObject element = selection instanceof ISelection s ? Elements.element(s) : Elements.element(selection);
		IItemLabelProvider labels = element == null ? null : labels(element);
		return labels == null ? null : images.get(labels.getImage(element));
	}

	/** "PriorityAction" → "Priority Action". */
	static String typeName(EObject element) {
		return element.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
	}

	private IItemLabelProvider labels(EObject element) {
		var domain = Elements.domain(element);
		AdapterFactory factory = domain != null ? domain.getAdapterFactory() : ReadOnlyAdapterFactory.get();
		return (IItemLabelProvider) factory.adapt(element, IItemLabelProvider.class);
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
