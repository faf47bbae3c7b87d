package org.helix.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.helix.ui.jface.ItemImages;

/** Creates one child (or sibling) from a new-child descriptor of the item providers, as an undoable command. */
final class CreateChildAction extends Action {

	private final EditingDomain domain;
	private final Command command;

	CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection) {
		this.domain = domain;
		this.command = CreateChildCommand.create(domain, owner, descriptor, selection);
		if (command instanceof CommandActionDelegate delegate) {
			setText(delegate.getText());
			setToolTipText(delegate.getToolTipText());
			setImageDescriptor(ItemImages.descriptor(delegate.getImage()));
		} else {
			setText(command.getLabel());
		}
		setEnabled(command.canExecute());
	}

	@Override
	public void run() {
		domain.getCommandStack().execute(command);
	}
}
