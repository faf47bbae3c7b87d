package org.helix.ui.properties;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** The model element behind a selected object, and the editing domain that owns it. */
final class Elements {

	private Elements() {
	}

	/** The selected model element: an EObject, or what an adaptable selected object stands for; else null. */
	static EObject element(Object selected) {
		if (selected instanceof EObject element) {
			return element;
		}
		return selected == null ? null : Adapters.adapt(selected, EObject.class);
	}

	static EObject element(ISelection selection) {
		return selection instanceof IStructuredSelection structured && structured.size() == 1
				? element(structured.getFirstElement())
				: null;
	}

	/**
	 * The domain whose command stack records edits of {@code element}: that of the model editor the element was
	 * loaded in. Null for read-only copies (e.g. the explorer's), which are then shown without edit controls.
	 */
	static AdapterFactoryEditingDomain domain(EObject element) {
		EditingDomain domain = element == null ? null : AdapterFactoryEditingDomain.getEditingDomainFor(element);
		return domain instanceof AdapterFactoryEditingDomain factoryDomain ? factoryDomain : null;
	}
}
