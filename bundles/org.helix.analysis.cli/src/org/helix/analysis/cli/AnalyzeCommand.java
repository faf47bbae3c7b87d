package org.helix.analysis.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.results.Severity;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.model.core.HelixModel;

/**
 * {@code analyze FILE [--analyzer ID]... [--format text|json|csv] [--as-of DATE] [--param NAME=VALUE]...}: runs the
 * contributed analyzers and prints their findings, grouped by severity and category. Exit code 1 when there is an
 * ERROR finding; 2 (usage) for an unknown option or analyzer, and for a parameter that no selected analyzer declares
 * or whose value its declared type does not accept, checked before the model is read. Options are parsed here, not by {@code Arguments}, because --analyzer and --param may repeat.
 */
public class AnalyzeCommand implements HelixCommand {

	private static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

	private final Function<PrintStream, AnalyzerRegistry> registries;

	/** The command as {@code ./helix cli} runs it: the analyzers contributed through the extension point. */
	public AnalyzeCommand() {
		this(AnalyzerRegistry::fromExtensions);
	}

	/** The command over analyzers of the caller's choice (tests, embedding tools); problems go to the given stream. */
	public AnalyzeCommand(Function<PrintStream, AnalyzerRegistry> registries) {
		this.registries = registries;
	}

	/** The analyzers and the parameters each accepts, for {@code helix cli help analyze}. */
	@Override
	public String details(CommandContext context) {
		StringBuilder text = new StringBuilder("Analyzers and their parameters (--param NAME=VALUE sets NAME for every selected analyzer"
				+ " that reads it; --param ID:NAME=VALUE for one):\n");
		for (Analyzer analyzer : registries.apply(context.err()).all()) {
			text.append("  ").append(analyzer.id()).append("  ").append(analyzer.label()).append('\n');
			for (ParameterSpec spec : analyzer.parameters()) {
				text.append("      ").append(spec.describe()).append('\n');
			}
		}
		return text.toString();
	}

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		List<String> files = new ArrayList<>();
		List<String> ids = new ArrayList<>();
		String format = "text";
		LocalDate asOf = LocalDate.now();
		AnalysisRunner runner = new AnalysisRunner();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (Arguments.isShortOption(argument)) {
				throw CommandException.usage("unknown option " + argument + "; known options: --analyzer, --format, --as-of, --param");
			}
			if (!argument.startsWith("--")) {
				files.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			} else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
				value = arguments.get(++i);
			} else if (!List.of("analyzer", "format", "as-of", "param").contains(name)) {
				throw CommandException.usage("unknown option --" + name + "; known options: --analyzer, --format, --as-of, --param");
			} else {
				throw CommandException.usage("option --" + name + " needs a value");
			}
			switch (name) {
			case "analyzer" -> ids.add(value);
			case "format" -> format = value;
			case "as-of" -> asOf = parseDate(value);
			case "param" -> {
				int at = value.indexOf('=');
				if (at <= 0) {
					throw CommandException.usage("--param expects NAME=VALUE, got '" + value + "'");
				}
				runner.parameter(value.substring(0, at), value.substring(at + 1));
			}
			default -> throw CommandException.usage("unknown option --" + name + "; known options: --analyzer, --format, --as-of, --param");
			}
		}
		if (!List.of("text", "json", "csv").contains(format)) {
			throw CommandException.usage("--format must be text, json or csv, got '" + format + "'");
		}
		if (files.size() != 1) {
			throw CommandException.usage(files.isEmpty() ? "no model file given" : "one model file expected, got " + files.size());
		}
		AnalyzerRegistry registry = registries.apply(context.err());
		List<Analyzer> analyzers = new ArrayList<>();
		if (ids.isEmpty()) {
			analyzers.addAll(registry.all());
		}
		for (String id : ids) {
			Analyzer analyzer = registry.get(id);
			if (analyzer == null) {
				throw CommandException.usage("unknown analyzer '" + id + "'; known: "
						+ String.join(", ", registry.all().stream().map(Analyzer::id).toList()));
			}
			analyzers.add(analyzer);
		}
		// before the model is read: a misspelt or malformed parameter is the caller's mistake, not a model problem
		List<String> problems = runner.checkParameters(analyzers, registry.all());
		if (!problems.isEmpty()) {
			throw CommandException.usage(String.join("\n", problems) + "\n(helix cli help analyze lists every analyzer's parameters)");
		}
		HelixModel model = context.loadModel(files.get(0));
		AnalysisRun run = runner.asOf(asOf).inputFile(context.resolve(files.get(0)).toString()).run(model, analyzers);
		switch (format) {
		case "json" -> ReportWriter.json(run, context.out());
		case "csv" -> ReportWriter.csv(run, context.out());
		default -> text(run, context.out());
		}
		return count(run, Severity.ERROR) > 0 ? MODEL_PROBLEMS : OK;
	}

	private static void text(AnalysisRun run, PrintStream out) {
		out.println("Analysis of '" + run.getModelTitle() + "' as of " + ReportWriter.day(run.getAsOf()) + " (" + run.getResults().size()
				+ " analyzers, " + run.getDurationMillis() + " ms)");
		out.println(count(run, Severity.ERROR) + " errors, " + count(run, Severity.WARNING) + " warnings, " + count(run, Severity.INFO) + " notes");
		for (Severity severity : ORDER) {
			List<Row> rows = rows(run, severity);
			if (rows.isEmpty()) {
				continue;
			}
			out.println();
			out.println("== " + severity.getLiteral() + " (" + rows.size() + ") ==");
			String category = null;
			for (Row row : rows) {
				if (!row.result.getCategory().equals(category)) {
					category = row.result.getCategory();
					out.println("-- " + category);
				}
				String targets = row.finding.getTargetLabels().isEmpty() ? row.result.getLabel() : String.join(", ", row.finding.getTargetLabels());
				out.println("  " + targets + ": " + row.finding.getMessage() + "  [" + row.result.getLabel() + "]");
			}
		}
	}

	record Row(AnalyzerResult result, Finding finding) {
	}

	static List<Row> rows(AnalysisRun run, Severity severity) {
		List<Row> rows = new ArrayList<>();
		for (AnalyzerResult result : run.getResults()) {
			for (Finding finding : result.getFindings()) {
				if (finding.getSeverity() == severity) {
					rows.add(new Row(result, finding));
				}
			}
		}
		rows.sort(Comparator.comparing((Row row) -> row.result.getCategory()).thenComparing(row -> row.result.getLabel()));
		return rows;
	}

	static long count(AnalysisRun run, Severity severity) {
		return run.getResults().stream().flatMap(r -> r.getFindings().stream()).filter(f -> f.getSeverity() == severity).count();
	}

	private static LocalDate parseDate(String text) throws CommandException {
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException e) {
			throw CommandException.usage("--as-of expects a date like 2027-06-30, got '" + text + "'");
		}
	}

	static String number(FindingValue value) {
		return value.getNumber() == null ? null : value.getNumber().stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
	}
}
