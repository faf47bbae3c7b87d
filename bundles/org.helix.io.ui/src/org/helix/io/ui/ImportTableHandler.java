package org.helix.io.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.ui.editor.HelixModelEditor;

/** Model > Import Table...: the import wizard on the active model editor, applying to its command stack. */
public class ImportTableHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		HelixModelEditor editor = Editors.active(event, "Import Table");
		if (editor != null) {
			ImportWizard wizard = new ImportWizard(editor.getModel(), editor.getEditingDomain().getCommandStack(),
					Editors.modelFile(editor.getModel()));
			new WizardDialog(HandlerUtil.getActiveShellChecked(event), wizard).open();
		}
		return null;
	}
}
