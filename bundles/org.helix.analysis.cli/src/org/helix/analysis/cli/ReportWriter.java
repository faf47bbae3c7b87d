package org.helix.analysis.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;

/** JSON and CSV renderings of a run, for tools and spreadsheets. */
final class ReportWriter {

	private ReportWriter() {
	}

	static String day(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static void json(AnalysisRun run, PrintStream out) {
		StringBuilder json = new StringBuilder("{\n");
		json.append("  \"model\": ").append(quote(run.getModelTitle())).append(",\n");
		json.append("  \"file\": ").append(quote(run.getInputFile())).append(",\n");
		json.append("  \"asOf\": ").append(quote(day(run.getAsOf()))).append(",\n");
		json.append("  \"analyzers\": [");
		for (int r = 0; r < run.getResults().size(); r++) {
			AnalyzerResult result = run.getResults().get(r);
			json.append(r == 0 ? "\n" : ",\n").append("    {\"id\": ").append(quote(result.getAnalyzerId())).append(", \"version\": ")
					.append(quote(result.getAnalyzerVersion())).append(", \"label\": ").append(quote(result.getLabel()))
					.append(", \"category\": ").append(quote(result.getCategory())).append(", \"outcome\": ")
					.append(quote(result.getOutcome().getLiteral())).append(", \"parameters\": {");
			for (int p = 0; p < result.getParameters().size(); p++) {
				json.append(p == 0 ? "" : ", ").append(quote(result.getParameters().get(p).getName())).append(": ")
						.append(quote(result.getParameters().get(p).getValue()));
			}
			json.append("}, \"findings\": [");
			for (int f = 0; f < result.getFindings().size(); f++) {
				Finding finding = result.getFindings().get(f);
				json.append(f == 0 ? "\n" : ",\n").append("      {\"severity\": ").append(quote(finding.getSeverity().getLiteral()))
						.append(", \"code\": ").append(quote(finding.getCode())).append(", \"message\": ").append(quote(finding.getMessage()))
						.append(", \"targets\": ").append(array(finding.getTargetLabels())).append(", \"targetIds\": ")
						.append(array(finding.getTargetIds())).append(", \"values\": {");
				for (int v = 0; v < finding.getValues().size(); v++) {
					FindingValue value = finding.getValues().get(v);
					String number = AnalyzeCommand.number(value);
					json.append(v == 0 ? "" : ", ").append(quote(value.getKey())).append(": ")
							.append(number != null ? number : value.getText() != null ? quote(value.getText()) : "null");
				}
				json.append("}}");
			}
			json.append(result.getFindings().isEmpty() ? "]}" : "\n    ]}");
		}
		json.append("\n  ]\n}");
		out.println(json);
	}

	static void csv(AnalysisRun run, PrintStream out) {
		out.println("severity,category,analyzer,code,targets,message");
		for (var severity : List.of(org.helix.analysis.results.Severity.ERROR, org.helix.analysis.results.Severity.WARNING,
				org.helix.analysis.results.Severity.INFO)) {
			for (AnalyzeCommand.Row row : AnalyzeCommand.rows(run, severity)) {
				out.println(String.join(",", severity.getLiteral(), csv(row.result().getCategory()), csv(row.result().getAnalyzerId()),
						csv(row.finding().getCode()), csv(String.join("; ", row.finding().getTargetLabels())), csv(row.finding().getMessage())));
			}
		}
	}

	private static String csv(String text) {
		if (text == null) {
			return "";
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static String array(List<String> texts) {
		StringBuilder array = new StringBuilder("[");
		for (int i = 0; i < texts.size(); i++) {
			array.append(i == 0 ? "" : ", ").append(quote(texts.get(i)));
		}
		return array.append(']').toString();
	}

	static String quote(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> quoted.append("\\\"");
			case '\\' -> quoted.append("\\\\");
			case '\n' -> quoted.append("\\n");
			case '\r' -> quoted.append("\\r");
			case '\t' -> quoted.append("\\t");
			default -> {
				if (c < 0x20) {
					quoted.append(String.format("\\u%04x", (int) c));
				} else {
					quoted.append(c);
				}
			}
			}
		}
		return quoted.append('"').toString();
	}
}
