package org.helix.ui.editor;

import java.util.Collection;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.helix.ui.jface.ItemImages;
import org.helix.ui.jface.NewChildMenu;

/**
 * Creates one child (or sibling) from a new-child descriptor of the item providers, as one undoable command. The
 * child gets a name first ("New organisation", {@link NewChildMenu#name}); {@code created} then gets what the command
 * made, so the editor can open its name for typing.
 */
final class CreateChildAction extends Action {

	private final EditingDomain domain;
	private final Object owner;
	private final Object descriptor;
	private final Command command;
	private final Consumer<Collection<?>> created;

	CreateChildAction(EditingDomain domain, Object owner, Object descriptor, Collection<?> selection,
			Consumer<Collection<?>> created) {
		this.domain = domain;
		this.owner = owner;
		this.descriptor = descriptor;
		this.created = created;
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
		NewChildMenu.name(owner, descriptor);
		domain.getCommandStack().execute(command);
		created.accept(command.getAffectedObjects());
	}
}
