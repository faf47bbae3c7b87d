package org.helix.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * RAG status of each priority action: its progress (see {@link ActionPlan}) against a target that grows linearly from
 * 0 at the start to 1 at the end. Rolled up to dimensions and programmes by the worst-of rule, which is stated in
 * the finding. A coordinator's manual RAG with a justification wins over the computed one and says so
 * ({@link ActionRating}); without a justification it is a warning and ignored.
 */
public class ActionStatusAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.actionStatus";
	static final String ROLL_UP_RULE = "worst of its rated actions (RED over AMBER over GREEN); actions with no data do not count, never as red";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public String label() {
		return "Action status (RAG)";
	}

	@Override
	public String category() {
		return "Monitoring";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PRIORITY_ACTION, ProgrammePackage.Literals.DIMENSION, ProgrammePackage.Literals.PROGRAMME);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("green", ParameterType.DECIMAL, "0.9", "GREEN when progress is at least this share of the expected progress"),
				new ParameterSpec("amber", ParameterType.DECIMAL, "0.7", "AMBER when progress is at least this share of the expected progress, else RED"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		double green = context.number("green").doubleValue();
		double amber = context.number("amber").doubleValue();
		LocalDate asOf = context.asOf();
		for (Programme programme : context.model().getProgrammes()) {
			if (context.isCancelled()) {
				return;
			}
			RagRollUp rollUp = RagRollUp.of(programme, asOf, green, amber);
			for (ActionRating rating : rollUp.actions().values()) {
				report(context, rating, asOf);
			}
			for (Map.Entry<Dimension, Rag> entry : rollUp.dimensions().entrySet()) {
				if (entry.getValue() != null) {
					context.report(entry.getValue().severity(), "dimension.rag", "Dimension is " + entry.getValue()
							+ overrides(rollUp.overrides(entry.getKey())) + " (roll-up rule: " + ROLL_UP_RULE + ")", entry.getKey())
							.text("rag", entry.getValue().name()).value("overriddenActions", rollUp.overrides(entry.getKey()));
				} else {
					context.report(Severity.INFO, "dimension.unrated", "Dimension has no data: "
							+ rollUp.explanation(entry.getKey()).substring("no data: ".length()), entry.getKey());
				}
			}
			Rag overall = rollUp.programmeRag();
			if (overall != null) {
				context.report(overall.severity(), "programme.rag", "Programme is " + overall + overrides(rollUp.overrides(programme))
						+ " (roll-up rule: worst of its dimensions and of its actions without a dimension)", programme)
						.text("rag", overall.name()).value("unratedActions", rollUp.unrated().size())
						.value("overriddenActions", rollUp.overrides(programme));
			} else if (!programme.getActions().isEmpty()) {
				context.report(Severity.INFO, "programme.unrated", "Programme has no data: "
						+ rollUp.explanation(programme).substring("no data: ".length()), programme)
						.value("unratedActions", rollUp.unrated().size());
			}
		}
	}

	private static String overrides(int count) {
		return count == 0 ? "" : ", with " + count + (count == 1 ? " overridden action" : " overridden actions");
	}

	private static void report(AnalysisContext context, ActionRating rating, LocalDate asOf) {
		PriorityAction action = rating.action();
		if (rating.unjustifiedOverride()) {
			context.report(Severity.WARNING, "action.overrideUnjustified", "Manual RAG " + action.getRagOverride().getName()
					+ " has no justification, so it is ignored and the computed status stands", action)
					.text("override", action.getRagOverride().getName());
		}
		if (action.getPercentComplete() != null && !ActionPlan.hasValidPercentComplete(action)) {
			context.report(Severity.WARNING, "action.invalidProgress", String.format(Locale.ROOT,
					"Percent complete %s is not between 0 and 100; ignored", action.getPercentComplete()), action)
					.value("percentComplete", action.getPercentComplete());
		}
		Rag rag = rating.effective();
		if (rag == null) {
			context.report(Severity.INFO, "action.unrated", "Action has no data: " + rating.unratedReason(), action);
			return;
		}
		String computed = rating.computed() == null ? "not rated by its plan: " + rating.unratedReason()
				: String.format(Locale.ROOT, "%.0f %% done%s, %.0f %% expected by %s (%s)",
						rating.progress() * 100, ActionPlan.hasValidPercentComplete(action) ? " (reported)" : "",
						rating.expected() * 100, asOf, ActionPlan.describe(action));
		String message = rating.overridden() ? "Action is " + rag + ", " + rating.overrideText() + "; " + computed
				: "Action is " + rag + ": " + computed;
		var finding = context.report(rag.severity(), "action.rag", message, action).text("rag", rag.name());
		if (rating.computed() != null) {
			finding.text("computedRag", rating.computed().name()).value("progress", rating.progress())
					.value("expected", rating.expected()).value("ratio", rating.ratio());
		}
		if (rating.overridden()) {
			finding.text("override", rating.override().name()).text("justification",
					action.getRagOverrideJustification().strip());
		}
	}
}
