package org.helix.report.sections;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.helix.analysis.results.Finding;
import org.helix.model.governance.FormalResponse;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.Recommendation;
import org.helix.report.Html;
import org.helix.report.ReportContext;
import org.helix.report.ReportSection;

/**
 * How the advisory councils' recommendations and the stakeholder inputs were taken up: each recommendation with its
 * uptake and the actions it led to (the traceability analysis's rule), each input with its formal responses (the
 * inputs-answered analysis).
 */
public class UptakeSection implements ReportSection {

	@Override
	public void write(ReportContext context, Html html) {
		List<Recommendation> recommendations = Facts.recommendations(context);
		Map<Facts.Take, Integer> counts = new EnumMap<>(Facts.Take.class);
		recommendations.forEach(r -> counts.merge(Facts.take(r), 1, Integer::sum));
		html.element("h3", "Recommendations (" + recommendations.size() + ")");
		html.p(recommendations.size() + " recommendations: " + counts.getOrDefault(Facts.Take.TAKEN_UP, 0) + " taken up (linked to an action or with an uptake), "
				+ counts.getOrDefault(Facts.Take.ANSWERED, 0) + " answered as not retained or out of scope, " + counts.getOrDefault(Facts.Take.OPEN, 0) + " open.");
		List<List<String>> rows = new ArrayList<>();
		for (Recommendation r : recommendations) {
			String text = r.getText() != null ? r.getText() : ReportContext.label(r);
			if (text.length() > 240) {
				text = text.substring(0, 237) + "...";
			}
			rows.add(List.of(Html.esc(r.getCode()), Html.esc(text) + context.cite(r), Html.esc(r.getOrigin() == null ? "" : ReportContext.label(r.getOrigin())),
					Html.esc(Facts.take(r).label + (r.getUptake() == null || "UNSPECIFIED".equals(r.getUptake().getName()) ? "" : ": " + Facts.words(r.getUptake().getName()))
							+ (r.getUptakeText() == null ? "" : " (" + r.getUptakeText() + ")")),
					r.getActions().stream().map(context::linkTo).collect(Collectors.joining(", "))));
		}
		if (!rows.isEmpty()) {
			html.table(List.of("Code", "Recommendation", "From", "Uptake", "Actions"), rows, "recommendations");
		}
		List<StakeholderInput> inputs = context.model().getStakeholderInputs();
		html.element("h3", "Stakeholder inputs (" + inputs.size() + ")");
		rows = new ArrayList<>();
		for (StakeholderInput input : inputs) {
			String responses = input.getResponses().isEmpty() ? "<span class=\"unknown\">no formal response recorded</span>"
					: input.getResponses().stream().map(UptakeSection::response).map(Html::esc).collect(Collectors.joining("<br/>"));
			Finding answered = context.finding(ReportContext.INPUTS_ANSWERED, input, "input.unanswered", "input.awaitingAnswer");
			rows.add(List.of(Html.esc(ReportContext.label(input)) + context.cite(input), Html.esc(input.getKind() == null ? "" : Facts.words(input.getKind().getName())),
					Html.esc(input.getDate() == null ? "no date" : input.getDate().toString()),
					Html.esc(input.getSubmittedBy().stream().map(ReportContext::label).collect(Collectors.joining(", "))),
					responses + (answered == null ? "" : "<br/>" + Html.esc(answered.getMessage()))));
		}
		if (rows.isEmpty()) {
			html.note("The model records no stakeholder inputs.");
		} else {
			html.table(List.of("Input", "Kind", "Date", "Submitted by", "Formal response"), rows, "inputs");
		}
	}

	private static String response(FormalResponse response) {
		return (response.getDate() == null ? "" : response.getDate() + ": ")
				+ (response.getRespondingBody() == null ? "" : ReportContext.label(response.getRespondingBody()) + " - ")
				+ (response.getAppreciation() == null ? "" : response.getAppreciation())
				+ (response.getPolicyFollowUp() == null ? "" : " Follow-up: " + response.getPolicyFollowUp());
	}
}
