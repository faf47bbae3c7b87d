package org.helix.io.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.ui.editor.HelixModelEditor;

/** Model > Export Table...: one kind of the active model's elements as a CSV or XLSX table. */
public class ExportTableHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HelixModelEditor editor = Editors.active(event, "Export Table");
		if (editor != null) {
			new WizardDialog(HandlerUtil.getActiveShellChecked(event),
					new ExportWizard(editor.getModel(), Editors.modelFile(editor.getModel()))).open();
		}
		return null;
	}
}
