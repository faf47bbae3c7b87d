package org.helix.cli;

import java.util.List;

/**
 * A command of the Helix command line, contributed through the extension point {@code org.helix.cli.commands}
 * (see schema/commands.exsd).
 */
public interface HelixCommand {

	int OK = 0;
	/** The command ran, and found errors in the model. */
	int MODEL_PROBLEMS = 1;
	/** Wrong arguments, or a file that cannot be read or written. */
	int USAGE_OR_IO_ERROR = 2;

	/**
	 * Runs the command.
	 *
	 * @param arguments the arguments after the command name
	 * @return the exit code
	 * @throws CommandException for expected failures; its message is shown to the user as it is
	 */
	int run(CommandContext context, List<String> arguments) throws CommandException;

	/**
	 * More help than the one-line description, printed by {@code helix cli help NAME} below it: for example the values
	 * an option accepts. Empty by default.
	 */
	default String details(CommandContext context) {
		return "";
	}
}
