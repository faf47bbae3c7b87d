package org.helix.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * One element as its model editor holds it: the input of editors that edit a single element of an open model (the
 * fiche of a priority action) through the model editor's editing domain, so there is one command stack, one dirty
 * state and one save per file. The model editor opens such editors by id ({@link HelixModelEditor#openFiche}) and
 * does not know their classes. Not persistable: they reopen from their model, not on their own.
 */
public record ModelElementInput(HelixModelEditor modelEditor, EObject element) implements IEditorInput {

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	/** The element's label in its model editor; editors on the input name their part themselves. */
	@Override
	public String getName() {
		return modelEditor.labelOf(element);
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return getName() + " (" + modelEditor.getEditorInput().getName() + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	// a record compares its components; the model editor and the element are compared by identity, which is wanted:
	// the same element in the same editor reuses the open editor
	@Override
	public boolean equals(Object other) {
		return other instanceof ModelElementInput that && that.modelEditor == modelEditor && that.element == element;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(modelEditor) * 31 + System.identityHashCode(element);
	}
}
