package org.helix.governance.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.results.Finding;
import org.helix.examples.Example;
import org.helix.governance.FicheCompletenessAnalyzer;
import org.helix.governance.GroupMandateAnalyzer;
import org.helix.governance.HelixBalanceAnalyzer;
import org.helix.governance.InputsAnsweredAnalyzer;
import org.helix.governance.MeetingCadenceAnalyzer;
import org.helix.governance.TraceabilityAnalyzer;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingKind;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.PriorityAction;
import org.junit.jupiter.api.Test;

/** The governance analyzers on the Klimaatsprong example, with meetings added (the seed records none after 2025). */
class GovernanceAnalyzersTest {

	private static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);
	private final HelixModel model = Example.KLIMAATSPRONG.build();

	private List<Finding> run(Analyzer analyzer) {
		return new AnalysisRunner().asOf(AS_OF).run(model, List.of(analyzer)).getResults().get(0).getFindings();
	}

	private GovernanceBody body(String name) {
		return model.getGovernanceBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	private static void meeting(GovernanceBody body, String date, MeetingKind kind) {
		Meeting meeting = GovernanceFactory.eINSTANCE.createMeeting();
		meeting.setDate(LocalDate.parse(date));
		meeting.setKind(kind);
		body.getMeetings().add(meeting);
	}

	private static List<Finding> about(List<Finding> findings, Object target, String code) {
		return findings.stream().filter(f -> f.getCode().equals(code) && f.getTargets().contains(target)).toList();
	}

	@Test
	void cadenceFromTheBodysOwnData() {
		GovernanceBody council = body("permanent overlegorgaan");
		GovernanceBody soundingBoard = body("klankbordgroep");
		// SIX_WEEKLY: 365/42 = 8.69 meetings expected in the year up to 2027-01-01; at least floor(8.69 * 0.75) = 6
		// are needed, and 6 were held: kept. The last, 2026-09-15, is 108 days back, more than 1.5 * 42 = 63: a long gap.
		for (String date : List.of("2026-01-20", "2026-03-03", "2026-04-14", "2026-05-26", "2026-07-07", "2026-09-15")) {
			meeting(council, date, MeetingKind.REGULAR_MEETING);
		}
		// the sounding board: meetingsPerYear = 3, so 3.0 expected and floor(3.0 * 0.75) = 2 needed; it met once, on
		// 2026-05-01, 245 days back > 1.5 * 121.7 = 182.5: too rarely and a long gap. Its tasks name a yearly
		// reflection moment (seed 001 L410), and none was held.
		meeting(soundingBoard, "2026-05-01", MeetingKind.REGULAR_MEETING);
		List<Finding> findings = run(new MeetingCadenceAnalyzer());
		assertEquals(1, about(findings, council, "body.cadenceKept").size(), () -> findings.stream().map(f -> f.getCode() + " " + f.getTargetLabels() + " " + f.getMessage()).toList().toString());
		assertEquals(1, about(findings, council, "body.longGap").size(), "2026-09-15 is 108 days before 2027-01-01 > 63");
		assertEquals(1, about(findings, soundingBoard, "body.meetsTooRarely").size());
		assertEquals(1, about(findings, soundingBoard, "body.longGap").size());
		assertEquals(1, about(findings, soundingBoard, "body.noReflection").size());
		meeting(soundingBoard, "2026-11-15", MeetingKind.REFLECTION_MOMENT);
		assertEquals(0, about(run(new MeetingCadenceAnalyzer()), soundingBoard, "body.noReflection").size());
	}

	@Test
	void fichesLackWhatTheSeedDoesNotGive() {
		List<Finding> findings = run(new FicheCompletenessAnalyzer());
		PriorityAction first = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst()
				.orElseThrow().getActions().get(0);
		Finding fiche = about(findings, first, "fiche.incomplete").get(0);
		assertTrue(fiche.getMessage().contains("budget"), fiche.getMessage());
	}

	@Test
	void groupsTraceabilityBalanceAndInputsRun() {
		List<Finding> groups = run(new GroupMandateAnalyzer());
		assertTrue(groups.stream().anyMatch(f -> f.getCode().startsWith("group.")), groups.toString());
		GovernanceBody infra = model.getGovernanceBodies().stream().filter(b -> b.getTrekker() == null
				&& b instanceof org.helix.model.governance.WorkingGroup).findFirst().orElse(null);
		if (infra != null && infra.getMemberships().stream().noneMatch(m -> m.getRole() == org.helix.model.governance.MembershipRole.TREKKER)) {
			assertEquals(1, about(groups, infra, "group.incomplete").size());
		}
		List<Finding> balance = run(new HelixBalanceAnalyzer());
		assertEquals(1, about(balance, body("klankbordgroep"), "body.helixBalance").size());
		run(new TraceabilityAnalyzer());
		StakeholderInput serv = model.getStakeholderInputs().get(0);
		serv.getResponses().clear();
		List<Finding> inputs = run(new InputsAnsweredAnalyzer());
		assertTrue(inputs.stream().anyMatch(f -> f.getTargets().contains(serv)) || serv.getStatus() == org.helix.model.governance.InputStatus.DRAFT);
	}
}
