package org.helix.ui.explorer;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;
import org.helix.ui.jface.ElementDragAndDrop;

/**
 * Drops model elements dragged within the explorer: onto an element (into it) or between two (before or after one),
 * wherever EMF's drag-and-drop command for the item providers can put them.
 */
final class ExplorerDropAdapter extends ViewerDropAdapter {

	private final ModelExplorerView explorer;

	ExplorerDropAdapter(ModelExplorerView explorer) {
		super(explorer.getViewer());
		this.explorer = explorer;
	}

	@Override
	public boolean validateDrop(Object target, int operation, TransferData type) {
		return LocalSelectionTransfer.getTransfer().isSupportedType(type)
				&& explorer.canDrop(target, ElementDragAndDrop.dragged(), getCurrentLocation(), operation);
	}

	@Override
	public boolean performDrop(Object data) {
		return explorer.drop(getCurrentTarget(), ElementDragAndDrop.dragged(), getCurrentLocation(), getCurrentOperation());
	}
}
