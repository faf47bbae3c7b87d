package org.helix.diagram.ui.spec;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Hooks the active specification editor's Undo, Redo, Delete and Rename into the workbench's Edit menu and keys. */
public class SpecEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof SpecificationEditor editor) {
			editor.globalActions().forEach(bars::setGlobalActionHandler);
		}
		bars.updateActionBars();
	}
}
