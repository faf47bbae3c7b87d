package org.helix.ui.programme;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.editor.HelixModelEditor;

/**
 * A priority action as its model editor holds it. The fiche edits that very object through the model editor's
 * editing domain, so there is one command stack, one dirty state and one save per file. Not persistable: a fiche
 * reopens from its model, not on its own.
 */
public record ActionFicheInput(HelixModelEditor modelEditor, PriorityAction action) implements IEditorInput {

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return action.getCode() != null && !action.getCode().isBlank() ? "Fiche " + action.getCode() : "Fiche";
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return Edits.label(action) + " (" + modelEditor.getEditorInput().getName() + ")";
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	// a record compares its components; the model editor and the action are compared by identity, which is wanted:
	// the same action in the same editor reuses the open fiche
	@Override
	public boolean equals(Object other) {
		return other instanceof ActionFicheInput that && that.modelEditor == modelEditor && that.action == action;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(modelEditor) * 31 + System.identityHashCode(action);
	}
}
