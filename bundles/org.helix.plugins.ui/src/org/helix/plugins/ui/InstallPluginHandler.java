package org.helix.plugins.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.plugins.Installation;
import org.helix.plugins.PluginInstallException;

/** Help > Install Plug-in...: the dialog on the running installation. */
public class InstallPluginHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		Installation installation;
		try {
			installation = Installation.current();
		} catch (PluginInstallException e) {
			MessageDialog.openError(shell, "Install Plug-in", e.getMessage());
			return null;
		}
		new InstallPluginDialog(shell, installation).open();
		return null;
	}
}
