package org.helix.report.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;
import org.helix.report.Report;
import org.helix.report.ReportException;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportPdf;
import org.helix.report.ReportSite;

/**
 * {@code report FILE --as-of DATE --out DIR [--pdf] [--baseline NAME]} (issue 14, docs/reports.md): writes the
 * progress report of the model's programme as a static site in DIR, and with --pdf also DIR/report.pdf. Exit code 2
 * for a usage error (an unknown option, a missing or malformed --as-of or --out, a baseline the programme does not
 * have) or a file that cannot be read or written.
 */
public class ReportCommand implements HelixCommand {

	private static final String KNOWN = "known options: --as-of DATE, --out DIR, --pdf, --baseline NAME";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		List<String> files = new ArrayList<>();
		LocalDate asOf = null;
		String out = null;
		String baseline = null;
		boolean pdf = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (Arguments.isShortOption(argument)) {
				throw CommandException.usage("unknown option " + argument + "; " + KNOWN);
			}
			if (!argument.startsWith("--")) {
				files.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (name.equals("pdf")) {
				if (value != null) {
					throw CommandException.usage("--pdf takes no value");
				}
				pdf = true;
				continue;
			}
			if (!List.of("as-of", "out", "baseline").contains(name)) {
				throw CommandException.usage("unknown option --" + name + "; " + KNOWN);
			}
			if (value == null) {
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw CommandException.usage("option --" + name + " needs a value");
				}
				value = arguments.get(++i);
			}
			switch (name) {
			case "as-of" -> asOf = date(value);
			case "out" -> out = value;
			default -> baseline = value;
			}
		}
		if (files.size() != 1) {
			throw CommandException.usage(files.isEmpty() ? "no model file given" : "one model file expected, got " + files.size() + ": " + String.join(" ", files));
		}
		if (asOf == null) {
			throw CommandException.usage("--as-of DATE is required: the date the report is made as of, e.g. --as-of 2026-10-01");
		}
		if (out == null || out.isBlank()) {
			throw CommandException.usage("--out DIR is required: the folder the report's site is written to");
		}
		HelixModel model = context.loadModel(files.get(0));
		Report report;
		try {
			report = ReportGenerator.fromExtensions(context.err()).generate(model, ReportOptions.asOf(asOf).withBaseline(baseline), null);
		} catch (ReportException e) {
			throw CommandException.usage(e.getMessage());
		}
		Path folder = context.resolve(out);
		try {
			List<Path> written = ReportSite.write(report, folder);
			context.out().println("Report of '" + report.programme() + "' as of " + report.asOf() + ": " + report.sections().size() + " sections, "
					+ report.pages().size() + " pages");
			context.out().println("Site: " + written.get(0) + " (" + written.size() + " files)");
			if (pdf) {
				Path file = ReportPdf.write(report, folder.resolve(ReportPdf.FILE));
				context.out().println("PDF:  " + file);
			}
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write the report to " + folder + ": " + e.getMessage(), e);
		}
		return OK;
	}

	private static LocalDate date(String text) throws CommandException {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw CommandException.usage("--as-of expects a calendar date like 2026-10-01, got '" + text + "'");
		}
	}
}
