package org.helix.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Helix editors share one set of action bars; this contributor points the workbench's global actions (undo, redo,
 * delete, cut, copy, paste, revert) at the handlers of whichever Helix editor is active.
 */
public class HelixEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		bars.clearGlobalActionHandlers();
		if (part instanceof HelixModelEditor editor) {
			editor.contributeGlobalActions(bars);
		}
		bars.updateActionBars();
	}
}
