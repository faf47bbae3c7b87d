package org.helix.cli.commands;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.summary.HelixSummary;
import org.helix.core.summary.HelixSummary.ProgrammeSummary;

public class InfoCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String file = Arguments.parse(arguments, Set.of()).singleFile();
		HelixSummary summary = HelixSummary.of(context.loadModel(file));
		PrintStream out = context.out();
		out.println("Model:    " + (summary.title() == null ? "(untitled)" : summary.title()));
		out.println("File:     " + context.resolve(file));
		out.println("Format:   " + summary.formatVersion());
		out.println("Elements: " + summary.total());
		out.println();
		printTable(out, "Elements per type", summary.countsByType());
		for (ProgrammeSummary programme : summary.programmes()) {
			out.println();
			out.println("Programme '" + programme.name() + "': " + programme.actions() + " priority actions");
			printTable(out, "  per dimension", programme.actionsByDimension());
			printTable(out, "  per status", programme.actionsByStatus());
		}
		return OK;
	}

	private static void printTable(PrintStream out, String title, Map<String, Integer> counts) {
		out.println(title + ":");
		if (counts.isEmpty()) {
			out.println("    (none)");
			return;
		}
		int width = counts.keySet().stream().mapToInt(String::length).max().orElse(10);
		String indent = title.startsWith("  ") ? "    " : "  ";
		counts.forEach((name, count) -> out.printf("%s%-" + width + "s %7d%n", indent, name, count));
	}
}
