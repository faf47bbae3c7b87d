package org.helix.core.command;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * A command stack that lets listeners append follow-up commands to each executed command, in the same undo unit.
 * <p>
 * It lives in core because any editor (the model editor, the diagram editor) builds its editing domain on it, and
 * the diagram synchronizer uses it so that a model change and the diagram refresh it causes are one step: a single
 * undo restores both the model and the diagram (and keeps node positions, which recomputing would lose).
 */
public class TriggeringCommandStack extends BasicCommandStack {

	/** Called after each command has run; returns a command to run right after it, or null. */
	public interface Trigger {
		Command triggered();

		/** Called after undo and redo, when the model and the diagrams are consistent again. */
		default void undoneOrRedone() {
		}
	}

	private final List<Trigger> triggers = new ArrayList<>();

	public void addTrigger(Trigger trigger) {
		triggers.add(trigger);
	}

	public void removeTrigger(Trigger trigger) {
		triggers.remove(trigger);
	}

	@Override
	public void execute(Command command) {
		// a non-dirtying command (copy to clipboard) must stay recognisable as such, or the editor turns dirty on Copy;
		// it changes no model, so there is nothing for the triggers to follow up
		boolean plain = command == null || command instanceof AbstractCommand.NonDirtying || triggers.isEmpty();
		super.execute(plain ? command : new TriggeredCommand(command));
	}

	@Override
	public void undo() {
		super.undo();
		triggers.forEach(Trigger::undoneOrRedone);
	}

	@Override
	public void redo() {
		super.redo();
		triggers.forEach(Trigger::undoneOrRedone);
	}

	/** The user's command followed by what the triggers added, undone in reverse order. */
	private final class TriggeredCommand extends AbstractCommand {
		private final Command command;
		private final List<Command> followUps = new ArrayList<>();

		TriggeredCommand(Command command) {
			super(command.getLabel(), command.getDescription());
			this.command = command;
		}

		@Override
		protected boolean prepare() {
			return command.canExecute();
		}

		@Override
		public void execute() {
			command.execute();
			for (Trigger trigger : List.copyOf(triggers)) {
				Command followUp = trigger.triggered();
				if (followUp != null && followUp.canExecute()) {
					followUp.execute();
					followUps.add(followUp);
				}
			}
		}

		@Override
		public boolean canUndo() {
			return command.canUndo() && followUps.stream().allMatch(Command::canUndo);
		}

		@Override
		public void undo() {
			for (int i = followUps.size() - 1; i >= 0; i--) {
				followUps.get(i).undo();
			}
			command.undo();
		}

		@Override
		public void redo() {
			command.redo();
			followUps.forEach(Command::redo);
		}

		@Override
		public java.util.Collection<?> getResult() {
			return command.getResult();
		}

		@Override
		public java.util.Collection<?> getAffectedObjects() {
			return command.getAffectedObjects();
		}

		@Override
		public void dispose() {
			command.dispose();
			followUps.forEach(Command::dispose);
		}
	}
}
