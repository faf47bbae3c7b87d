package org.helix.scoring.io;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.helix.scoring.PairwiseMatrix.AhpPriorities;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.sensitivity.MonteCarlo;
import org.helix.scoring.sensitivity.WeightSweep.CriterionSweep;
import org.helix.scoring.sensitivity.WeightSweep.Interval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * Writes a {@link ScoringReport} as the JSON answer of {@code ./helix cli mcda} (docs/scoring.md), or as text.
 * Numbers that do not exist (a consistency ratio above ten criteria, the central weights of an alternative that never
 * ranks first) are written as null.
 */
public final class ReportWriter {

	private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

	private ReportWriter() {
	}

	public static void json(ScoringReport report, Writer writer) throws IOException {
		try (JsonGenerator json = generator(writer)) {
			json.writeStartObject();
			fields(report, json);
			json.writeEndObject();
		}
		writer.write(System.lineSeparator());
		writer.flush();
	}

	/** A pretty-printing generator on {@code writer} that leaves it open. */
	public static JsonGenerator generator(Writer writer) throws IOException {
		JsonGenerator json = FACTORY.createGenerator(writer);
		json.useDefaultPrettyPrinter();
		return json;
	}

	/**
	 * Writes the fields of the answer ({@code method}, {@code scores}, {@code ranking}, …) into the object {@code json}
	 * is in, so that other answers (the {@code score} command's) can carry the same fields under the same names.
	 */
	public static void fields(ScoringReport report, JsonGenerator json) throws IOException {
		ScoringResult result = report.result();
		json.writeStringField("method", result.method());
		perAlternative(json, "scores", result.alternatives(), result.scores());
		json.writeArrayFieldStart("ranking");
		for (String name : result.ranking()) {
			json.writeString(name);
		}
		json.writeEndArray();
		for (Map.Entry<String, double[]> detail : result.details().entrySet()) {
			perAlternative(json, detail.getKey(), result.alternatives(), detail.getValue());
		}
		perAlternative(json, "weights", result.criteria(), result.weights());
		if (result.ahpCriteria() != null) {
			consistency(json, result.ahpCriteria());
		}
		if (!result.ahpAlternatives().isEmpty()) {
			json.writeObjectFieldStart("criteria");
			for (Map.Entry<String, AhpPriorities> entry : result.ahpAlternatives().entrySet()) {
				json.writeObjectFieldStart(entry.getKey());
				perAlternative(json, "priorities", result.alternatives(), entry.getValue().weights());
				consistency(json, entry.getValue());
				json.writeEndObject();
			}
			json.writeEndObject();
		}
		if (!result.missing().isEmpty()) {
			json.writeObjectFieldStart("missing");
			for (Map.Entry<String, List<String>> entry : result.missing().entrySet()) {
				json.writeArrayFieldStart(entry.getKey());
				for (String criterion : entry.getValue()) {
					json.writeString(criterion);
				}
				json.writeEndArray();
			}
			json.writeEndObject();
		}
		if (report.oat() != null) {
			json.writeObjectFieldStart("oat");
			for (CriterionSweep sweep : report.oat()) {
				json.writeObjectFieldStart(sweep.criterion());
				number(json, "weight", sweep.weight());
				json.writeArrayFieldStart("breakpoints");
				for (double t : sweep.breakpoints()) {
					json.writeNumber(t);
				}
				json.writeEndArray();
				json.writeArrayFieldStart("intervals");
				for (Interval interval : sweep.intervals()) {
					json.writeStartObject();
					number(json, "from", interval.from());
					number(json, "to", interval.to());
					json.writeArrayFieldStart("ranking");
					for (String name : interval.ranking()) {
						json.writeString(name);
					}
					json.writeEndArray();
					json.writeEndObject();
				}
				json.writeEndArray();
				json.writeEndObject();
			}
			json.writeEndObject();
		}
		MonteCarlo.Result monteCarlo = report.monteCarlo();
		if (monteCarlo != null) {
			json.writeObjectFieldStart("rankAcceptability");
			for (int i = 0; i < monteCarlo.alternatives().size(); i++) {
				json.writeArrayFieldStart(monteCarlo.alternatives().get(i));
				for (double share : monteCarlo.rankAcceptability()[i]) {
					json.writeNumber(share);
				}
				json.writeEndArray();
			}
			json.writeEndObject();
			json.writeObjectFieldStart("centralWeights");
			for (int i = 0; i < monteCarlo.alternatives().size(); i++) {
				double[] central = monteCarlo.centralWeights()[i];
				if (Double.isNaN(central[0])) {
					json.writeNullField(monteCarlo.alternatives().get(i));
				} else {
					perAlternative(json, monteCarlo.alternatives().get(i), monteCarlo.criteria(), central);
				}
			}
			json.writeEndObject();
			json.writeObjectFieldStart("stability");
			json.writeStringField("verdict", monteCarlo.verdict());
			number(json, "baseRankingShare", monteCarlo.baseRankingShare());
			json.writeNumberField("samples", monteCarlo.samples());
			json.writeNumberField("seed", monteCarlo.seed());
			json.writeStringField("weights", monteCarlo.uniformWeights() ? "simplex" : "perturbed");
			json.writeEndObject();
		}
		if (!report.warnings().isEmpty()) {
			json.writeArrayFieldStart("warnings");
			for (String warning : report.warnings()) {
				json.writeString(warning);
			}
			json.writeEndArray();
		}
	}

	private static void consistency(JsonGenerator json, AhpPriorities priorities) throws IOException {
		number(json, "lambdaMax", priorities.lambdaMax());
		number(json, "consistencyIndex", priorities.consistencyIndex());
		number(json, "consistencyRatio", priorities.consistencyRatio());
	}

	private static void perAlternative(JsonGenerator json, String field, List<String> names, double[] values) throws IOException {
		json.writeObjectFieldStart(field);
		for (int i = 0; i < names.size(); i++) {
			number(json, names.get(i), values[i]);
		}
		json.writeEndObject();
	}

	private static void number(JsonGenerator json, String field, double value) throws IOException {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			json.writeNullField(field);
		} else {
			json.writeNumberField(field, value);
		}
	}

	/** A table for people: the ranking with scores and details, weights, consistency, sensitivity. */
	public static void text(ScoringReport report, PrintStream out) {
		ScoringResult result = report.result();
		out.println("Method: " + result.method());
		out.println("Weights: " + joined(result.criteria(), result.weights()));
		if (result.ahpCriteria() != null) {
			out.println("Criteria judgements: " + consistencyText(result.ahpCriteria()));
		}
		result.ahpAlternatives().forEach((criterion, priorities) -> out.println("Alternatives on " + criterion + ": " + consistencyText(priorities)));
		if (!result.ranking().isEmpty()) {
			out.println();
			StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%4s  %-24s %10s", "rank", "alternative", "score"));
			for (String detail : result.details().keySet()) {
				header.append(String.format(Locale.ROOT, " %19s", detail));
			}
			out.println(header);
			int rank = 1;
			for (String name : result.ranking()) {
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%4d  %-24s %10.4f", rank++, name, result.score(name)));
				for (String detail : result.details().keySet()) {
					line.append(String.format(Locale.ROOT, " %19.4f", result.detail(detail, name)));
				}
				out.println(line);
			}
		}
		if (report.oat() != null) {
			out.println();
			out.println("One-at-a-time weight sweeps (the weight where the ranking changes):");
			for (CriterionSweep sweep : report.oat()) {
				Interval current = sweep.current();
				out.printf(Locale.ROOT, "  %s (weight %.4f): ranking unchanged for weights %.4f to %.4f; breakpoints %s%n", sweep.criterion(), sweep.weight(),
						current.from(), current.to(), sweep.breakpoints().isEmpty() ? "none" : sweep.breakpoints().stream()
								.map(t -> String.format(Locale.ROOT, "%.6f", t)).toList());
				for (Interval interval : sweep.intervals()) {
					out.printf(Locale.ROOT, "    %.6f – %.6f: %s%n", interval.from(), interval.to(), String.join(" > ", interval.ranking()));
				}
			}
		}
		MonteCarlo.Result monteCarlo = report.monteCarlo();
		if (monteCarlo != null) {
			out.println();
			out.printf(Locale.ROOT, "Monte Carlo, %d samples (seed %d, weights %s): %s; %.1f %% of the samples give the base ranking%n",
					monteCarlo.samples(), monteCarlo.seed(), monteCarlo.uniformWeights() ? "uniform on the simplex" : "perturbed around the given ones",
					monteCarlo.verdict(), 100 * monteCarlo.baseRankingShare());
			out.println("  rank acceptability (share of samples per rank, 1 first):");
			for (int i = 0; i < monteCarlo.alternatives().size(); i++) {
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-24s", monteCarlo.alternatives().get(i)));
				for (double share : monteCarlo.rankAcceptability()[i]) {
					line.append(String.format(Locale.ROOT, " %6.3f", share));
				}
				out.println(line);
			}
		}
		if (!result.missing().isEmpty() || !report.warnings().isEmpty()) {
			out.println();
			for (String warning : report.warnings()) {
				out.println("warning: " + warning);
			}
		}
	}

	private static String consistencyText(AhpPriorities priorities) {
		return String.format(Locale.ROOT, "λmax %.4f, CI %.4f, CR %s%s", priorities.lambdaMax(), priorities.consistencyIndex(),
				Double.isNaN(priorities.consistencyRatio()) ? "n/a" : String.format(Locale.ROOT, "%.4f", priorities.consistencyRatio()),
				priorities.inconsistent() ? " (inconsistent: above 0.10)" : "");
	}

	private static String joined(List<String> names, double[] values) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < names.size(); i++) {
			text.append(i == 0 ? "" : ", ").append(names.get(i)).append(String.format(Locale.ROOT, " %.4f", values[i]));
		}
		return text.toString();
	}
}
