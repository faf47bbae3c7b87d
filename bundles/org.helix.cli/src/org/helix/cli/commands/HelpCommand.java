package org.helix.cli.commands;

import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandDescriptor;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;

public class HelpCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		if (arguments.size() > 1) {
			throw CommandException.usage("help takes at most one command name");
		}
		if (arguments.size() == 1) {
			CommandDescriptor command = context.command(arguments.get(0))
					.orElseThrow(() -> CommandException.usage("unknown command '" + arguments.get(0) + "'"));
			context.out().println("usage: helix cli " + command.usage());
			context.out().println();
			context.out().println(command.description());
			String details = command.create().details(context);
			if (!details.isEmpty()) {
				context.out().println();
				context.out().print(details.endsWith("\n") ? details : details + "\n");
			}
			return OK;
		}
		context.out().println("usage: helix cli COMMAND [ARGUMENTS...]");
		context.out().println();
		context.out().println("Commands:");
		int width = context.commands().stream().mapToInt(c -> c.usage().length()).max().orElse(10);
		for (CommandDescriptor command : context.commands()) {
			context.out().printf("  %-" + width + "s  %s%n", command.usage(), command.description());
		}
		context.out().println();
		context.out().println("Exit codes: 0 fine, 1 problems in the model, 2 usage or input/output error.");
		return OK;
	}
}
