package org.helix.diagram.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/** "Open Diagram…": asks for a viewpoint's diagram and opens the selected .helix file with it. */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile file = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			file = Adapters.adapt(selection.getFirstElement(), IFile.class);
		}
		if (file == null && HandlerUtil.getActiveEditorInput(event) != null) {
			file = Adapters.adapt(HandlerUtil.getActiveEditorInput(event), IFile.class);
		}
		if (file == null || !"helix".equals(file.getFileExtension())) {
			return null;
		}
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event), new LabelProvider() {
			@Override
			public String getText(Object element) {
				DiagramDescription description = (DiagramDescription) element;
				return ((Viewpoint) description.eContainer()).getLabel() + " – " + description.getLabel();
			}
		});
		dialog.setTitle("Open Diagram");
		dialog.setMessage("Diagram of " + file.getName() + ":");
		dialog.setElements(ViewpointRegistry.getDefault().viewpoints().stream().flatMap(v -> v.getDiagrams().stream()).toArray());
		if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
			return null;
		}
		try {
			HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().openEditor(
					new DiagramEditorInput(file, ((DiagramDescription) dialog.getFirstResult()).getId()), DiagramEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}
}
