package org.helix.team.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.validation.HelixProblem;
import org.helix.model.core.HelixModel;
import org.helix.team.merge.Conflict;
import org.helix.team.merge.MergeFiles;
import org.helix.team.merge.MergeResult;

/**
 * {@code merge BASE OURS THEIRS --output FILE}: the three-way model merge, shaped as a git merge driver
 * ({@code helix cli merge %O %A %B --output %A}).
 */
public class MergeCommand implements HelixCommand {

	/** Exit code when the merge has conflicts (git then marks the file as conflicted). */
	public static final int CONFLICTS = 1;

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("output"));
		List<String> files = parsed.positional();
		if (files.size() != 3) {
			throw CommandException.usage("three model files expected (BASE OURS THEIRS), got " + files.size()
					+ (files.isEmpty() ? "" : ": " + String.join(" ", files)) + "; usage: merge BASE OURS THEIRS --output FILE");
		}
		String output = parsed.option("output");
		if (output == null) {
			throw CommandException.usage("--output FILE is required: where the merged model goes (for git: %A)");
		}
		MergeResult result;
		try {
			result = MergeFiles.merge(context.resolve(files.get(0)), context.resolve(files.get(1)),
					context.resolve(files.get(2)), Map.of());
		} catch (HelixLoadException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
		}
		Path target = context.resolve(output);
		try {
			MergeFiles.write((HelixModel) result.merged(), target);
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write " + target + ": " + e.getMessage(), e);
		}
		long errors = result.problems().stream().filter(HelixProblem::isError).count();
		for (HelixProblem problem : result.problems()) {
			if (problem.isError()) {
				context.err().println("merged model: error: " + problem.message());
			}
		}
		List<Conflict> conflicts = result.unresolved();
		if (conflicts.isEmpty()) {
			context.out().println("merged cleanly into " + target.getFileName()
					+ (errors == 0 ? "" : " (" + errors + " validation error" + (errors == 1 ? "" : "s") + ")"));
			return OK;
		}
		context.out().println(conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + " (" + target.getFileName()
				+ " holds our side for each, and every other change of both sides):");
		for (Conflict conflict : conflicts) {
			context.out().println("  " + conflict.toText());
		}
		return CONFLICTS;
	}
}
