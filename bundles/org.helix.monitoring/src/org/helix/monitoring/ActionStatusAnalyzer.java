package org.helix.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.Analyzer;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;

/**
 * RAG status of each priority action: its progress (see {@link ActionPlan}) against a target that grows linearly from
 * 0 at the start to 1 at the end. Rolled up to dimensions and programmes by the worst-of rule, which is stated in
 * the finding. The metamodel has no field for a manual override with a justification, so there is none yet.
 */
public class ActionStatusAnalyzer implements Analyzer {

	public static final String ID = "org.helix.monitoring.actionStatus";
	static final String ROLL_UP_RULE = "worst of its rated actions (RED over AMBER over GREEN); unrated actions do not count";

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
		return List.of(new ParameterSpec("green", "0.9", "GREEN when progress is at least this share of the expected progress"),
				new ParameterSpec("amber", "0.7", "AMBER when progress is at least this share of the expected progress, else RED"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		BigDecimal green = context.number("green");
		BigDecimal amber = context.number("amber");
		LocalDate asOf = context.asOf();
		for (Programme programme : context.model().getProgrammes()) {
			Map<Dimension, Rag> dimensions = new LinkedHashMap<>();
			programme.getDimensions().forEach(dimension -> dimensions.put(dimension, null));
			Rag withoutDimension = null;
			List<PriorityAction> unrated = new ArrayList<>();
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				Rag rag = rate(context, action, asOf, green, amber);
				if (rag == null) {
					unrated.add(action);
					continue;
				}
				if (action.getDimensions().isEmpty()) {
					withoutDimension = Rag.worst(withoutDimension, rag);
				}
				for (Dimension dimension : action.getDimensions()) {
					dimensions.put(dimension, Rag.worst(dimensions.get(dimension), rag));
				}
			}
			Rag overall = withoutDimension;
			for (Map.Entry<Dimension, Rag> entry : dimensions.entrySet()) {
				if (entry.getValue() == null) {
					continue;
				}
				overall = Rag.worst(overall, entry.getValue());
				context.report(entry.getValue().severity(), "dimension.rag", "Dimension is " + entry.getValue()
						+ " (roll-up rule: " + ROLL_UP_RULE + ")", entry.getKey()).text("rag", entry.getValue().name());
			}
			if (overall != null) {
				context.report(overall.severity(), "programme.rag", "Programme is " + overall
						+ " (roll-up rule: worst of its dimensions and of its actions without a dimension)", programme)
						.text("rag", overall.name()).value("unratedActions", unrated.size());
			}
		}
	}

	private static Rag rate(AnalysisContext context, PriorityAction action, LocalDate asOf, BigDecimal green, BigDecimal amber) {
		if (action.getStatus() == ActionStatus.STOPPED) {
			context.report(Severity.INFO, "action.unrated", "Action is stopped; not rated", action);
			return null;
		}
		LocalDate start = ActionPlan.start(action);
		LocalDate end = ActionPlan.end(action);
		Double progress = ActionPlan.progress(action);
		if (start == null || end == null || progress == null) {
			context.report(Severity.INFO, "action.unrated", "Action not rated: "
					+ (start == null || end == null ? "no start or end (no priority years, deliverables or milestones)"
							: "no deliverables, milestones or status that show progress"), action);
			return null;
		}
		double expected = expected(start, end, asOf);
		// before the start nothing is expected yet; an action cannot be behind then
		double ratio = expected <= 0 ? 1 : progress / expected;
		Rag rag = Rag.of(ratio, green, amber);
		context.report(rag.severity(), "action.rag", String.format(java.util.Locale.ROOT,
				"Action is %s: %.0f %% done, %.0f %% expected by %s (planned %s to %s)", rag, progress * 100, expected * 100, asOf,
				start, end), action).text("rag", rag.name()).value("progress", progress).value("expected", expected)
				.value("ratio", ratio);
		return rag;
	}

	/** The share of the time from start to end that has passed at {@code asOf}, between 0 and 1. */
	static double expected(LocalDate start, LocalDate end, LocalDate asOf) {
		long total = ChronoUnit.DAYS.between(start, end);
		if (total <= 0) {
			return asOf.isBefore(end) ? 0 : 1;
		}
		double passed = ChronoUnit.DAYS.between(start, asOf) / (double) total;
		return Math.max(0, Math.min(1, passed));
	}
}
