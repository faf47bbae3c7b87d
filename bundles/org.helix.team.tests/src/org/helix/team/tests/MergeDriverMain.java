package org.helix.team.tests;

import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.team.cli.internal.MergeCommand;

/**
 * {@code helix cli merge …} outside OSGi, for the test that lets command-line git call the merge driver: the same
 * {@link MergeCommand} that {@code ./helix cli merge} runs, started by a plain {@code java} process (the product is
 * built only after the tests).
 */
public final class MergeDriverMain {

	private MergeDriverMain() {
	}

	public static void main(String[] args) {
		List<String> arguments = List.of(args);
		if (arguments.size() < 2 || !arguments.get(0).equals("cli") || !arguments.get(1).equals("merge")) {
			System.err.println("usage: helix cli merge BASE OURS THEIRS --output FILE");
			System.exit(2);
		}
		CommandContext context = new CommandContext(System.out, System.err, Path.of("").toAbsolutePath(), List.of());
		int code;
		try {
			code = new MergeCommand().run(context, arguments.subList(2, arguments.size()));
		} catch (CommandException e) {
			System.err.println("helix: " + e.getMessage());
			code = e.getExitCode();
		}
		System.out.flush();
		System.exit(code);
	}
}
