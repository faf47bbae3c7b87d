package org.helix.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.Finding;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.monitoring.ActionPlan;
import org.helix.monitoring.ActionStatusAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Unknown is not zero (issue 11): the Klimaatsprong example as shipped is a plan without any progress report (no
 * percent complete, no action status, no deliverable status, no milestone result), so on first start nothing in it is
 * red: every action, dimension and the programme has "no data", with the reason and what to enter. Entering progress
 * that is behind the plan makes an action red, by the hand-computed rule of docs/analysis.md.
 * <p>
 * Action 1 of the 2026 programme, "Het monitoren van de voortgang van de industriële transitie", has priority year
 * 2026, a deliverable due 2026-07-01 and milestones on 2026-07-01, 2026-09-01 and 2026-10-01 (klimaatsprong.helix), so
 * its derived plan runs from 2026-01-01 to 2026-10-01: 273 days.
 */
class NoDataTest {

	private final HelixModel model = Example.KLIMAATSPRONG.build();
	private final Programme programme = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear()))
			.findFirst().orElseThrow();
	private final PriorityAction monitoring = programme.getActions().get(0);

	@Test
	void theShippedExampleHasNoDataAndNothingIsRed() {
		LocalDate asOf = LocalDate.of(2026, 12, 1);
		Map<String, ElementStatus> statuses = StatusProviders.statuses(model, asOf);
		assertEquals(18, programme.getActions().size());
		for (PriorityAction action : programme.getActions()) {
			ElementStatus status = statuses.get(action.getId());
			assertTrue(status.noData(), action.getName() + ": " + status);
			assertNull(status.computed());
		}
		ElementStatus first = statuses.get(monitoring.getId());
		assertEquals("no data: no progress recorded: enter the percent complete, or the status of a deliverable or the result "
				+ "of a milestone", first.explanation());
		assertEquals("derived start 2026-01-01 from the priority years, end 2026-10-01 from the deliverables and milestones",
				first.plan());
		ElementStatus programmeStatus = statuses.get(programme.getId());
		assertTrue(programmeStatus.noData(), programmeStatus.toString());
		assertEquals("no data: none of its 18 actions can be rated yet (enter progress on the actions)", programmeStatus.explanation());
		for (Dimension dimension : programme.getDimensions()) {
			assertTrue(statuses.get(dimension.getId()).noData(), dimension.getName());
		}

		// the analyzer agrees: no action.rag / dimension.rag / programme.rag finding, no ERROR, no-data findings instead
		AnalysisRun run = new AnalysisRunner().asOf(asOf).run(model, List.of(new ActionStatusAnalyzer()));
		List<Finding> findings = run.getResults().get(0).getFindings();
		assertTrue(findings.stream().noneMatch(f -> f.getCode().endsWith(".rag")), findings.toString());
		assertEquals(18, findings.stream().filter(f -> f.getCode().equals("action.unrated")).count());
		// one for the 2026 programme; the 2023-2025 one has no actions and is not reported
		assertEquals(List.of(programme), findings.stream().filter(f -> f.getCode().equals("programme.unrated"))
				.map(f -> f.getTargets().get(0)).toList());
	}

	@Test
	void progressBehindThePlanIsRed() {
		// as of 2026-05-21, 140 of the 273 days have passed: expected 140 / 273 = 0.513
		LocalDate asOf = LocalDate.of(2026, 5, 21);
		monitoring.setPercentComplete(30.0); // ratio 0.30 / 0.513 = 0.585 < 0.7: RED
		ElementStatus status = StatusProviders.status(monitoring, asOf);
		assertEquals(Rag.RED, status.rag());
		assertEquals("30 % done, 51 % expected by 2026-05-21", status.explanation());

		monitoring.setPercentComplete(40.0); // 0.40 / 0.513 = 0.78: AMBER
		assertEquals(Rag.AMBER, StatusProviders.status(monitoring, asOf).rag());
		monitoring.setPercentComplete(47.0); // 0.47 / 0.513 = 0.917 >= 0.9: GREEN
		assertEquals(Rag.GREEN, StatusProviders.status(monitoring, asOf).rag());
	}

	@Test
	void aRecordedMilestoneResultCountsAndAMissingOneDoesNot() {
		LocalDate asOf = LocalDate.of(2026, 5, 21);
		// one result recorded: 1 deliverable and 3 milestones, 1 achieved: progress 1 / 4 = 0.25, ratio 0.49: RED
		monitoring.getMilestones().get(0).setAchieved(Boolean.TRUE);
		assertEquals(0.25, ActionPlan.progress(monitoring), 1e-9);
		assertEquals(Rag.RED, StatusProviders.status(monitoring, asOf).rag());
		// a failed milestone (achieved = false) is a result too: progress 0, RED; unset again it is no data
		monitoring.getMilestones().get(0).setAchieved(Boolean.FALSE);
		assertEquals(0.0, ActionPlan.progress(monitoring), 1e-9);
		monitoring.getMilestones().get(0).setAchieved(null);
		assertNull(ActionPlan.progress(monitoring));
		// a deliverable with a status is recorded; the others then count as not done yet: 1 / 4
		monitoring.getDeliverables().get(0).setStatus(DeliverableStatus.DELIVERED);
		assertEquals(0.25, ActionPlan.progress(monitoring), 1e-9);
	}

	@Test
	void theRollUpCountsOnlyRatedActionsAndSaysHowManyHaveNoData() {
		LocalDate asOf = LocalDate.of(2026, 12, 1);
		// after the derived end (2026-10-01) 100 % is expected; 50 % done gives ratio 0.5: RED
		monitoring.setPercentComplete(50.0);
		Dimension dimension = monitoring.getDimensions().get(0);
		long inDimension = programme.getActions().stream().filter(a -> a.getDimensions().contains(dimension)).count();
		assertEquals(6, inDimension);
		ElementStatus dimensionStatus = StatusProviders.status(dimension, asOf);
		assertEquals(Rag.RED, dimensionStatus.rag());
		assertEquals("the worst of its 1 rated action; 5 of 6 actions have no data and do not count", dimensionStatus.explanation());
		ElementStatus programmeStatus = StatusProviders.status(programme, asOf);
		assertEquals(Rag.RED, programmeStatus.rag());
		assertEquals("the worst of its 1 rated action; 17 of 18 actions have no data and do not count", programmeStatus.explanation());
		// another dimension, whose actions have no data, stays no data rather than taking the programme's colour
		Dimension other = programme.getDimensions().stream().filter(d -> d != dimension).findFirst().orElseThrow();
		assertTrue(StatusProviders.status(other, asOf).noData());
	}
}
