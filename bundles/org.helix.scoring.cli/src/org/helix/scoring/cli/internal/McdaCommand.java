package org.helix.scoring.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.io.ProblemFile;
import org.helix.scoring.io.ProblemReader;
import org.helix.scoring.io.ReportWriter;
import org.helix.scoring.io.ScoringReport;

/**
 * {@code mcda --input PROBLEM.json [--format json|text]}: reads a decision problem, scores it with the named method
 * (any contributed to {@code org.helix.scoring.methods}) and prints the answer. Bad input exits with 2 and a message
 * that starts with the file and the place in it.
 */
public class McdaCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String input = null;
		String format = "json";
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String name = argument;
			String value = null;
			int equals = argument.indexOf('=');
			if (argument.startsWith("--") && equals > 0) {
				name = argument.substring(0, equals);
				value = argument.substring(equals + 1);
			}
			if (!name.equals("--input") && !name.equals("--format")) {
				throw CommandException.usage("unexpected argument '" + argument + "'; usage: mcda --input PROBLEM.json [--format json|text]");
			}
			if (value == null) {
				if (i + 1 >= arguments.size()) {
					throw CommandException.usage("option " + name + " needs a value");
				}
				value = arguments.get(++i);
			}
			if (name.equals("--input")) {
				input = value;
			} else {
				format = value;
			}
		}
		if (input == null) {
			throw CommandException.usage("no problem file: mcda --input PROBLEM.json [--format json|text]");
		}
		if (!format.equals("json") && !format.equals("text")) {
			throw CommandException.usage("--format must be json or text, got '" + format + "'");
		}
		Path path = context.resolve(input);
		ProblemFile file;
		ScoringReport report;
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
			file = ProblemReader.read(reader);
			ScoringMethodRegistry registry = ScoringMethodRegistry.fromExtensions(context.err());
			ScoringMethod method = registry.get(file.method());
			if (method == null) {
				throw new ScoringException("method", "unknown method '" + file.method() + "'; known: "
						+ String.join(", ", registry.all().stream().map(ScoringMethod::id).toList()));
			}
			report = ScoringReport.compute(method, file);
		} catch (NoSuchFileException e) {
			throw CommandException.usage(input + ": no such file");
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, input + ": cannot read: " + e.getMessage(), e);
		} catch (ScoringException e) {
			throw CommandException.usage(input + ": " + e.getMessage());
		}
		if (format.equals("text")) {
			ReportWriter.text(report, context.out());
		} else {
			try {
				Writer writer = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
				ReportWriter.json(report, writer);
				writer.flush();
			} catch (IOException e) {
				throw new CommandException(USAGE_OR_IO_ERROR, "cannot write the answer: " + e.getMessage(), e);
			}
		}
		return OK;
	}
}
