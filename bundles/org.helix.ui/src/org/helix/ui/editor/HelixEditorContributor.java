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
		} else if (part instanceof org.helix.ui.programme.ActionFicheEditor fiche) {
			// a fiche edits through its model editor's command stack: the same Undo and Redo
			for (String id : java.util.List.of(org.eclipse.ui.actions.ActionFactory.UNDO.getId(),
					org.eclipse.ui.actions.ActionFactory.REDO.getId())) {
				bars.setGlobalActionHandler(id, fiche.getModelEditor().globalActions().get(id));
			}
		}
		bars.updateActionBars();
	}
}
