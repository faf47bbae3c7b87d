package org.helix.ui.editor;

import java.util.List;
import java.util.function.BiFunction;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * An action that makes an EMF command from the current selection (delete, cut, copy, paste) and executes it on the
 * command stack, so it can be undone. It is enabled only when that command can execute.
 */
final class SelectionCommandAction extends Action implements ISelectionChangedListener {

	private final EditingDomain domain;
	private final BiFunction<EditingDomain, List<?>, Command> commandFactory;
	private final java.util.function.Predicate<String> textEditing;
	private List<?> selection = List.of();

	/**
	 * {@code textEditing} gets the action's id first and returns true when an in-place text field took the action
	 * (Delete while renaming deletes a character, not the element).
	 */
	SelectionCommandAction(String id, String text, EditingDomain domain,
			BiFunction<EditingDomain, List<?>, Command> commandFactory, java.util.function.Predicate<String> textEditing) {
		super(text);
		setId(id);
		this.domain = domain;
		this.commandFactory = commandFactory;
		this.textEditing = textEditing;
		setEnabled(false);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		selection = event.getStructuredSelection().toList();
		setEnabled(!selection.isEmpty() && canExecute());
	}

	void setSelection(IStructuredSelection structured) {
		selection = structured.toList();
		setEnabled(!selection.isEmpty() && canExecute());
	}

	private boolean canExecute() {
		Command command = create();
		try {
			return command.canExecute();
		} finally {
			command.dispose();
		}
	}

	private Command create() {
		Command command = selection.isEmpty() ? null : commandFactory.apply(domain, selection);
		return command == null ? UnexecutableCommand.INSTANCE : command;
	}

	@Override
	public void run() {
		if (textEditing.test(getId())) {
			return;
		}
		Command command = create();
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}
}
