package org.helix.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;
import org.helix.ui.jface.ElementDragAndDrop;

/**
 * Drag and drop inside the model editor's tree (and from the Model Explorer, which shows the same objects): moves or
 * copies elements with EMF's drag-and-drop command, so a drop is one undoable command.
 */
final class TreeDragAndDrop {

	private TreeDragAndDrop() {
	}

	static void install(TreeViewer viewer, EditingDomain domain) {
		ElementDragAndDrop.addDragSupport(viewer);
		viewer.addDropSupport(ElementDragAndDrop.OPERATIONS, ElementDragAndDrop.transfers(), new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Command command = command(domain, target, getCurrentLocation(), operation);
				try {
					return LocalSelectionTransfer.getTransfer().isSupportedType(type) && command.canExecute();
				} finally {
					command.dispose();
				}
			}

			@Override
			public boolean performDrop(Object data) {
				Command command = command(domain, getCurrentTarget(), getCurrentLocation(), getCurrentOperation());
				if (!command.canExecute()) {
					return false;
				}
				domain.getCommandStack().execute(command);
				viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
				return true;
			}
		});
	}

	/** The drop as a command; only elements of this editor's model can be dropped, onto or beside one of them. */
	static Command command(EditingDomain domain, Object target, int location, int operation) {
		List<?> dragged = ElementDragAndDrop.dragged();
		boolean own = target instanceof EObject object && object.eResource() != null
				&& domain.getResourceSet() == object.eResource().getResourceSet() && !dragged.isEmpty()
				&& dragged.stream().allMatch(element -> element instanceof EObject e && e.eResource() != null
						&& e.eResource().getResourceSet() == domain.getResourceSet())
				&& !dragged.contains(target);
		if (!own) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		return ElementDragAndDrop.dropCommand(domain, target, dragged, location, operation);
	}
}
