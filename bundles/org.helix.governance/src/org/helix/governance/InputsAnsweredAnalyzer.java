package org.helix.governance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.helix.analysis.AnalysisContext;
import org.helix.analysis.ParameterSpec;
import org.helix.analysis.ParameterType;
import org.helix.analysis.results.Severity;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.InputStatus;
import org.helix.model.governance.StakeholderInput;

/**
 * Stakeholder inputs (advices, letter advices, policy advices, ...) answered formally, as SERV asks (A:643-659): an
 * input without a FormalResponse is a WARNING once it is older than {@code answerWithinDays}; before that, INFO.
 * Drafts and requests are not inputs yet, and are skipped.
 */
public class InputsAnsweredAnalyzer extends GovernanceAnalyzer {

	@Override
	public String id() {
		return "org.helix.governance.inputsAnswered";
	}

	@Override
	public String label() {
		return "Stakeholder inputs answered formally";
	}

	@Override
	public List<EClass> appliesTo() {
		return List.of(GovernancePackage.Literals.STAKEHOLDER_INPUT);
	}

	@Override
	public List<ParameterSpec> parameters() {
		return List.of(new ParameterSpec("answerWithinDays", ParameterType.INTEGER, "90", "days after an input within which a formal response is expected"));
	}

	@Override
	public void analyze(AnalysisContext context) {
		int within = context.integer("answerWithinDays");
		LocalDate asOf = context.asOf();
		for (StakeholderInput input : context.model().getStakeholderInputs()) {
			if (input.getStatus() == InputStatus.DRAFT || input.getKind() == InputKind.REQUEST) {
				continue;
			}
			if (!input.getResponses().isEmpty()) {
				continue;
			}
			LocalDate date = input.getDate();
			long age = date == null ? Long.MAX_VALUE : ChronoUnit.DAYS.between(date, asOf);
			if (age > within) {
				context.report(Severity.WARNING, "input.unanswered", "No formal response" + (date == null ? "" : " " + age
						+ " days after the input of " + date) + " (expected within " + within + " days)", input);
			} else {
				context.report(Severity.INFO, "input.awaitingAnswer", "Awaiting a formal response (input of " + date + ")", input);
			}
		}
	}
}
