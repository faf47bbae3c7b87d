package org.helix.ui.jface;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;

/**
 * What the model editor's tree and the Model Explorer share for drag and drop: model elements travel as the local
 * selection (so the diagram editor can take them too), and a drop is EMF's drag-and-drop command, one undoable step.
 */
public final class ElementDragAndDrop {

	public static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY;

	private ElementDragAndDrop() {
	}

	public static Transfer[] transfers() {
		return new Transfer[] { LocalSelectionTransfer.getTransfer() };
	}

	/** Lets the viewer's selected model elements be dragged. */
	public static void addDragSupport(StructuredViewer viewer) {
		viewer.addDragSupport(OPERATIONS, transfers(), new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				IStructuredSelection selection = viewer.getStructuredSelection();
				event.doit = !selection.isEmpty() && selection.toList().stream().allMatch(EObject.class::isInstance);
				LocalSelectionTransfer.getTransfer().setSelection(selection);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}

			@Override
			public void dragFinished(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(null);
			}
		});
	}

	/** The dragged elements, or an empty list when something else is being dragged. */
	public static List<?> dragged() {
		return LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection
				? selection.toList() : List.of();
	}

	/** Dropping {@code dragged} before, on or after {@code target} (a {@link ViewerDropAdapter} location). */
	public static Command dropCommand(EditingDomain domain, Object target, List<?> dragged, int location, int operation) {
		float position = switch (location) {
		case ViewerDropAdapter.LOCATION_BEFORE -> 0.1f;
		case ViewerDropAdapter.LOCATION_AFTER -> 0.9f;
		default -> 0.5f;
		};
		return DragAndDropCommand.create(domain, target, position, OPERATIONS, operation, dragged);
	}
}
