package org.helix.scoring.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixLoadException;
import org.helix.model.core.HelixModel;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.io.ReportWriter;
import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringFile;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.persistence.RunComparison;
import org.helix.scoring.persistence.ScoringFiles;
import org.helix.scoring.persistence.ScoringRunner;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * {@code score FILE.helix --scoring NAME [--format json|text] [--as-of DATE] [--save]}: re-runs a scoring saved beside
 * the model ({@code FILE.helix-scorings}) on the model as it is now, and compares the new run with the scoring's
 * latest saved run. {@code --save} keeps the new run in the scorings file (written atomically). An unknown scoring
 * exits with 2 and lists the scorings there are.
 */
public class ScoreCommand implements HelixCommand {

	static final String USAGE = "score FILE.helix --scoring NAME [--format json|text] [--as-of DATE] [--save]";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		String file = null;
		String name = null;
		String format = "json";
		LocalDate asOf = LocalDate.now();
		boolean save = false;
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String option = argument;
			String value = null;
			int equals = argument.indexOf('=');
			if (argument.startsWith("--") && equals > 0) {
				option = argument.substring(0, equals);
				value = argument.substring(equals + 1);
			}
			if (option.equals("--save")) {
				save = true;
				continue;
			}
			if (!option.startsWith("--")) {
				if (file != null) {
					throw CommandException.usage("one model file only, got '" + file + "' and '" + argument + "'; usage: " + USAGE);
				}
				file = argument;
				continue;
			}
			if (!List.of("--scoring", "--format", "--as-of").contains(option)) {
				throw CommandException.usage("unknown option " + option + "; usage: " + USAGE);
			}
			if (value == null) {
				if (i + 1 >= arguments.size()) {
					throw CommandException.usage("option " + option + " needs a value");
				}
				value = arguments.get(++i);
			}
			switch (option) {
			case "--scoring" -> name = value;
			case "--format" -> format = value;
			default -> {
				try {
					asOf = LocalDate.parse(value);
				} catch (DateTimeParseException e) {
					throw CommandException.usage("--as-of expects a date like 2027-06-30, got '" + value + "'");
				}
			}
			}
		}
		if (file == null || name == null) {
			throw CommandException.usage("usage: " + USAGE);
		}
		if (!format.equals("json") && !format.equals("text")) {
			throw CommandException.usage("--format must be json or text, got '" + format + "'");
		}
		HelixModel model = context.loadModel(file);
		Path modelPath = context.resolve(file);
		Path scoringsPath = ScoringFiles.scoringsPath(modelPath);
		ScoringFile scorings;
		try {
			scorings = ScoringFiles.scoringsOf(model.eResource());
		} catch (HelixLoadException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, e.getMessage(), e);
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, scoringsPath + ": cannot read: " + e.getMessage(), e);
		}
		Scoring scoring = ScoringFiles.find(scorings, name);
		if (scoring == null) {
			List<String> names = ScoringFiles.names(scorings);
			throw CommandException.usage(names.isEmpty()
					? "no scoring '" + name + "': " + file + " has no scorings (" + scoringsPath.getFileName() + (Files.exists(scoringsPath) ? " is empty)" : " does not exist)")
					: "no scoring '" + name + "' in " + scoringsPath.getFileName() + "; available: " + String.join(", ", names));
		}
		ScoringRunner.Outcome outcome;
		try {
			outcome = ScoringRunner.run(scoring, ScoringMethodRegistry.fromExtensions(context.err()), asOf);
		} catch (ScoringException e) {
			throw CommandException.usage(scoringsPath.getFileName() + ": " + e.getMessage());
		}
		ScoringRun previous = scoring.getRuns().isEmpty() ? null : scoring.getRuns().get(scoring.getRuns().size() - 1);
		RunComparison comparison = previous == null ? null : RunComparison.compare(previous, outcome.run());
		if (save) {
			scoring.getRuns().add(outcome.run());
			try {
				ScoringFiles.save(scorings, scoringsPath);
			} catch (IOException e) {
				throw new CommandException(USAGE_OR_IO_ERROR, scoringsPath + ": cannot save the run: " + e.getMessage(), e);
			}
		}
		try {
			if (format.equals("text")) {
				text(context.out(), scoring, outcome, comparison, save ? scoringsPath : null);
			} else {
				json(context.out(), scoring, outcome, comparison, save);
			}
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write the answer: " + e.getMessage(), e);
		}
		return OK;
	}

	private static void text(PrintStream out, Scoring scoring, ScoringRunner.Outcome outcome, RunComparison comparison, Path savedTo) {
		ScoringRun run = outcome.run();
		out.println("Scoring: " + scoring.getName() + " (as of " + run.getAsOf() + ", " + run.getMethodVersion() + ", normalisation "
				+ run.getNormalisation() + ")");
		if (scoring.getDescription() != null) {
			out.println(scoring.getDescription());
		}
		ReportWriter.text(outcome.report(), out);
		// alternatives left out for missing values are in the report's warnings
		out.println();
		if (comparison == null) {
			out.println("No earlier run to compare with.");
		} else {
			comparison.describe().forEach(out::println);
		}
		if (savedTo != null) {
			out.println("Run saved in " + savedTo.getFileName() + ".");
		}
	}

	private static void json(PrintStream out, Scoring scoring, ScoringRunner.Outcome outcome, RunComparison comparison, boolean saved)
			throws IOException {
		ScoringRun run = outcome.run();
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (JsonGenerator json = ReportWriter.generator(writer)) {
			json.writeStartObject();
			json.writeStringField("scoring", scoring.getName());
			ReportWriter.fields(outcome.report(), json);
			json.writeStringField("methodVersion", run.getMethodVersion());
			json.writeStringField("normalisation", run.getNormalisation());
			json.writeStringField("asOf", run.getAsOf().toString());
			json.writeObjectFieldStart("inputs");
			// inputs are recorded criterion by criterion; the answer groups them per alternative, in ranking order
			for (RunResult result : run.getResults()) {
				json.writeObjectFieldStart(result.getAlternativeLabel());
				for (RunInput input : run.getInputs()) {
					if (input.getAlternativeLabel().equals(result.getAlternativeLabel())) {
						json.writeObjectFieldStart(input.getCriterion());
						json.writeStringField("read", input.getText());
						if (input.getValue() == null) {
							json.writeNullField("value");
						} else {
							json.writeNumberField("value", input.getValue());
						}
						json.writeEndObject();
					}
				}
				json.writeEndObject();
			}
			json.writeEndObject();
			if (comparison != null) {
				comparison(json, comparison);
			}
			json.writeBooleanField("saved", saved);
			json.writeEndObject();
		}
		writer.write(System.lineSeparator());
		writer.flush();
	}

	private static void comparison(JsonGenerator json, RunComparison comparison) throws IOException {
		json.writeObjectFieldStart("comparison");
		json.writeStringField("previousAsOf", String.valueOf(comparison.before().getAsOf()));
		json.writeArrayFieldStart("moves");
		for (RunComparison.Move move : comparison.moves()) {
			json.writeStartObject();
			json.writeStringField("alternative", move.alternative());
			integer(json, "rankBefore", move.rankBefore());
			integer(json, "rankAfter", move.rankAfter());
			number(json, "scoreBefore", move.scoreBefore());
			number(json, "scoreAfter", move.scoreAfter());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("inputs");
		for (RunComparison.InputChange change : comparison.inputs()) {
			json.writeStartObject();
			json.writeStringField("alternative", change.alternative());
			json.writeStringField("criterion", change.criterion());
			json.writeStringField("readBefore", change.textBefore());
			number(json, "valueBefore", change.valueBefore());
			json.writeStringField("readAfter", change.textAfter());
			number(json, "valueAfter", change.valueAfter());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("weights");
		for (RunComparison.WeightChange change : comparison.weights()) {
			json.writeStartObject();
			json.writeStringField("criterion", change.criterion());
			number(json, "before", change.before());
			number(json, "after", change.after());
			json.writeEndObject();
		}
		json.writeEndArray();
		json.writeArrayFieldStart("settings");
		for (String setting : comparison.settings()) {
			json.writeString(setting);
		}
		json.writeEndArray();
		json.writeEndObject();
	}

	private static void integer(JsonGenerator json, String field, Integer value) throws IOException {
		if (value == null) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, value);
		}
	}

	private static void number(JsonGenerator json, String field, Double value) throws IOException {
		if (value == null) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, value);
		}
	}
}
