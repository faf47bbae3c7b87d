package org.helix.report.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.ui.editor.HelixModelEditor;

/** Model > Progress Report...: the report wizard on the active Helix editor's model. */
public class ProgressReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof HelixModelEditor editor) || editor.getModel() == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Progress Report", "Open a Helix model in the model editor first.");
			return null;
		}
		if (editor.getModel().getProgrammes().isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Progress Report", "The model has no programme to report on.");
			return null;
		}
		new WizardDialog(HandlerUtil.getActiveShellChecked(event), new ReportWizard(editor.getModel())).open();
		return null;
	}
}
