package org.helix.governance;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Uptake;

/**
 * Traceability as SERV asks it (serv-advices-000-003.md Part I, A:178-194): each action contributes to an
 * operational objective; each operational (short- or medium-term) objective contributes to a long-term objective or
 * the mission; each recommendation is taken up (linked to an action, or with an uptake) or answered (NOT_RETAINED or
 * OUT_OF_SCOPE with an uptake text saying why). Recommendations of the programme and of the model are checked.
 */
public class TraceabilityAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.traceability";
	}

	@Override
	public String label() {
		return "Traceability: actions, objectives, recommendations";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(ProgrammePackage.Literals.PRIORITY_ACTION, ProgrammePackage.Literals.OBJECTIVE, ProgrammePackage.Literals.RECOMMENDATION);
	}

	@Override
	public void analyze(AnalysisContext context) {
		for (Programme programme : context.model().getProgrammes()) {
			for (PriorityAction action : programme.getActions()) {
				if (context.isCancelled()) {
					return;
				}
				if (action.getObjectives().stream().noneMatch(TraceabilityAnalyzer::isOperational)) {
					context.report(Severity.WARNING, "action.noObjective", action.getObjectives().isEmpty()
							? "Action contributes to no objective" : "Action contributes to no operational objective", action);
				}
			}
			for (Objective objective : programme.getObjectives()) {
				if (isOperational(objective) && objective.getContributesTo().stream().noneMatch(o -> o.getHorizon() == ObjectiveHorizon.LONG_TERM
						|| o.getHorizon() == ObjectiveHorizon.MISSION)) {
					context.report(Severity.WARNING, "objective.noLongTerm", "Operational objective contributes to no long-term objective", objective);
				}
			}
			programme.getRecommendations().forEach(r -> recommendation(context, r));
		}
		context.model().getRecommendations().forEach(r -> recommendation(context, r));
	}

	private static void recommendation(AnalysisContext context, Recommendation recommendation) {
		Uptake uptake = recommendation.getUptake();
		boolean declined = uptake == Uptake.NOT_RETAINED || uptake == Uptake.OUT_OF_SCOPE;
		if (declined && GroupMandateAnalyzer.blank(recommendation.getUptakeText())) {
			context.report(Severity.WARNING, "recommendation.unexplained", "Recommendation not retained without a reason", recommendation);
		} else if (!declined && recommendation.getActions().isEmpty() && uptake == Uptake.UNSPECIFIED) {
			context.report(Severity.WARNING, "recommendation.open", "Recommendation neither taken up nor answered", recommendation);
		}
		recommendation.getSubRecommendations().forEach(sub -> recommendation(context, sub));
	}

	static boolean isOperational(Objective objective) {
		return objective.getHorizon() == ObjectiveHorizon.SHORT_TERM_OPERATIONAL || objective.getHorizon() == ObjectiveHorizon.MEDIUM_TERM;
	}
}
