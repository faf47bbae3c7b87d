package org.helix.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.helix.cli.internal.CommandRegistry;

/**
 * Runs one command line: picks the command by its name (the first argument) and maps failures to exit codes and
 * readable messages. Used by the {@code org.helix.cli.app} application and, in-process, by tests.
 */
public final class HelixCli {

	private HelixCli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		return run(args, out, err, Path.of(System.getProperty("user.dir")), CommandRegistry.commands(err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory, List<CommandDescriptor> commands) {
		CommandContext context = new CommandContext(out, err, workingDirectory, commands);
		if (args.length == 0) {
			err.println("helix: no command given. Commands: " + names(commands) + ". Try: helix cli help");
			return HelixCommand.USAGE_OR_IO_ERROR;
		}
		String name = args[0];
		if (name.equals("--help") || name.equals("-h")) {
			name = "help";
		}
		CommandDescriptor descriptor = context.command(name).orElse(null);
		if (descriptor == null) {
			err.println("helix: unknown command '" + args[0] + "'. Commands: " + names(commands) + ".");
			return HelixCommand.USAGE_OR_IO_ERROR;
		}
		List<String> arguments = List.of(Arrays.copyOfRange(args, 1, args.length));
		try {
			int code = descriptor.create().run(context, arguments);
			out.flush();
			return code;
		} catch (CommandException e) {
			out.flush();
			err.println("helix " + descriptor.name() + ": " + e.getMessage());
			if (e.getExitCode() == HelixCommand.USAGE_OR_IO_ERROR && e.getCause() == null) {
				err.println("usage: helix cli " + descriptor.usage());
			}
			return e.getExitCode();
		} catch (RuntimeException e) {
			// a bug, not a user error: here the stack trace helps whoever reports it
			err.println("helix " + descriptor.name() + ": internal error: " + e);
			e.printStackTrace(err);
			return HelixCommand.USAGE_OR_IO_ERROR;
		}
	}

	private static String names(List<CommandDescriptor> commands) {
		return String.join(", ", commands.stream().map(CommandDescriptor::name).sorted().toList());
	}
}
