package org.helix.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo or redo on an editing domain's command stack, labelled with the command it would undo or redo. */
final class CommandStackAction extends Action implements CommandStackListener {

	private final EditingDomain domain;
	private final boolean undo;

	private CommandStackAction(EditingDomain domain, boolean undo) {
		this.domain = domain;
		this.undo = undo;
		ActionFactory factory = undo ? ActionFactory.UNDO : ActionFactory.REDO;
		setId(factory.getId());
		setActionDefinitionId(factory.getCommandId());
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		domain.getCommandStack().addCommandStackListener(this);
		update();
	}

	static CommandStackAction undo(EditingDomain domain) {
		return new CommandStackAction(domain, true);
	}

	static CommandStackAction redo(EditingDomain domain) {
		return new CommandStackAction(domain, false);
	}

	@Override
	public void run() {
		CommandStack stack = domain.getCommandStack();
		if (undo) {
			stack.undo();
		} else {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(java.util.EventObject event) {
		update();
	}

	void update() {
		CommandStack stack = domain.getCommandStack();
		Command command = undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(undo ? stack.canUndo() : stack.canRedo());
		String verb = undo ? "&Undo" : "&Redo";
		String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
		setText(verb + label);
	}

	void dispose() {
		domain.getCommandStack().removeCommandStackListener(this);
	}
}
