package org.helix.cli.commands;

import java.util.List;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixProblem.Severity;
import org.helix.core.validation.HelixValidation;

public class ValidateCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String file = Arguments.parse(arguments, Set.of()).singleFile();
		List<HelixProblem> problems = HelixValidation.validate(context.loadModel(file));
		for (HelixProblem problem : problems) {
			String id = problem.elementId() == null ? "" : "  [id " + problem.elementId() + "]";
			context.out().println(problem.severity().name().toLowerCase() + ": " + problem.message() + id);
		}
		long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
		long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
		context.out().println(context.resolve(file).getFileName() + ": " + plural(errors, "error") + ", " + plural(warnings, "warning"));
		return errors > 0 ? MODEL_PROBLEMS : OK;
	}

	private static String plural(long count, String word) {
		return count + " " + word + (count == 1 ? "" : "s");
	}
}
