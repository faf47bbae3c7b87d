package org.helix.governance.tests;

import static org.helix.governance.tests.GovernanceTesting.codes;
import static org.helix.governance.tests.GovernanceTesting.day;
import static org.helix.governance.tests.GovernanceTesting.describe;
import static org.helix.governance.tests.GovernanceTesting.only;
import static org.helix.governance.tests.GovernanceTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.Severity;
import org.helix.examples.Example;
import org.helix.governance.InputsAnsweredAnalyzer;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.FormalResponse;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.InputStatus;
import org.helix.model.governance.StakeholderInput;
import org.junit.jupiter.api.Test;

/**
 * Stakeholder inputs answered formally (docs/analysis.md, Governance; SERV asks for a formal answer, seed 000
 * L643-659): an input without a FormalResponse is a WARNING once more than {@code answerWithinDays} (90) days old,
 * INFO before; drafts and requests are skipped. Ages are counted to 2027-01-01 by hand.
 */
class InputsAnsweredAnalyzerTest {

	private final HelixModel model = CoreFactory.eINSTANCE.createHelixModel();

	private StakeholderInput input(String name, String date) {
		StakeholderInput input = GovernanceFactory.eINSTANCE.createStakeholderInput();
		input.setName(name);
		input.setKind(InputKind.ADVICE);
		input.setStatus(InputStatus.SUBMITTED);
		input.setDate(date == null ? null : day(date));
		model.getStakeholderInputs().add(input);
		return input;
	}

	@Test
	void ninetyDayRuleAt89And90And91Days() {
		StakeholderInput days89 = input("89 days", "2026-10-04"); // 27 days left in October + 30 + 31 + 1
		StakeholderInput days90 = input("90 days", "2026-10-03");
		StakeholderInput days91 = input("91 days", "2026-10-02");
		List<Finding> findings = run(model, new InputsAnsweredAnalyzer());
		Finding awaiting = only(findings, "input.awaitingAnswer", days89);
		assertEquals(Severity.INFO, awaiting.getSeverity());
		assertEquals("Awaiting a formal response (input of 2026-10-04)", awaiting.getMessage());
		assertEquals(List.of("input.awaitingAnswer"), codes(findings, days90), "90 days is within 90 days");
		Finding unanswered = only(findings, "input.unanswered", days91);
		assertEquals(Severity.WARNING, unanswered.getSeverity());
		assertEquals("No formal response 91 days after the input of 2026-10-02 (expected within 90 days)", unanswered.getMessage());
		assertEquals(3, findings.size(), describe(findings));

		// answerWithinDays 89: now 90 days is too long, 89 still within
		List<Finding> stricter = run(model, new InputsAnsweredAnalyzer(), "answerWithinDays", "89");
		assertEquals(List.of("input.awaitingAnswer"), codes(stricter, days89));
		assertEquals(List.of("input.unanswered"), codes(stricter, days90));
	}

	@Test
	void answeredDraftsAndRequestsAreNotReported() {
		StakeholderInput answered = input("answered", "2026-01-15");
		FormalResponse response = GovernanceFactory.eINSTANCE.createFormalResponse();
		response.setDate(day("2026-03-01"));
		answered.getResponses().add(response);
		input("draft", "2026-01-15").setStatus(InputStatus.DRAFT);
		input("request", "2026-01-15").setKind(InputKind.REQUEST);
		// a letter advice is an input like any other: 351 days old, unanswered
		StakeholderInput letter = input("letter", "2026-01-15");
		letter.setKind(InputKind.LETTER_ADVICE);
		List<Finding> findings = run(model, new InputsAnsweredAnalyzer());
		assertEquals("No formal response 351 days after the input of 2026-01-15 (expected within 90 days)",
				only(findings, "input.unanswered", letter).getMessage());
		assertEquals(1, findings.size(), describe(findings));
	}

	@Test
	void klimaatsprongServAdviceHasNoDateAndNoAnswer() {
		// SERV's advice on the programme note (seed 000): requested 2025-07-24, no date of its own, and the programme
		// note contains no formal response (KsServAdvice): an input without a date counts as older than any limit
		HelixModel klimaatsprong = Example.KLIMAATSPRONG.build();
		StakeholderInput serv = klimaatsprong.getStakeholderInputs().stream()
				.filter(i -> i.getName().startsWith("Programmanota 2026-2030")).findFirst().orElseThrow();
		List<Finding> findings = run(klimaatsprong, new InputsAnsweredAnalyzer());
		assertEquals("No formal response (expected within 90 days)", only(findings, "input.unanswered", serv).getMessage());
		// a response recorded for it resolves the finding
		serv.getResponses().add(GovernanceFactory.eINSTANCE.createFormalResponse());
		assertEquals(List.of(), codes(run(klimaatsprong, new InputsAnsweredAnalyzer()), serv));
	}
}
