package org.helix.monitoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.Analyzer;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.results.RunOutcome;
import org.helix.analysis.results.Severity;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Person;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.Programme;
import org.helix.model.programme.RagStatus;
import org.helix.monitoring.ActionPlan;
import org.helix.monitoring.ActionStatusAnalyzer;
import org.helix.monitoring.Rag;
import org.helix.monitoring.RagRollUp;
import org.helix.monitoring.BaselineDiffAnalyzer;
import org.helix.monitoring.BudgetVarianceAnalyzer;
import org.helix.monitoring.DeadlinesAnalyzer;
import org.helix.monitoring.KpiStatusAnalyzer;
import org.helix.monitoring.PlanBaselines;
import org.junit.jupiter.api.Test;

class MonitoringAnalyzersTest {

	private final MonitoringFixture fixture = new MonitoringFixture();

	private List<Finding> run(Analyzer analyzer) {
		AnalysisRun run = new AnalysisRunner().asOf(MonitoringFixture.AS_OF).run(fixture.model, List.of(analyzer));
		assertEquals(RunOutcome.COMPLETED, run.getResults().get(0).getOutcome(), () -> run.getResults().get(0).getFindings().toString());
		return run.getResults().get(0).getFindings();
	}

	private static Finding only(List<Finding> findings, String code, EObject target) {
		List<Finding> matching = findings.stream().filter(f -> f.getCode().equals(code) && f.getTargets().contains(target)).toList();
		assertEquals(1, matching.size(), code + " for " + target);
		return matching.get(0);
	}

	private static BigDecimal number(Finding finding, String key) {
		// a null number means "unknown", so look the key up without Optional (which cannot hold null)
		FindingValue value = finding.getValues().stream().filter(v -> v.getKey().equals(key)).findFirst().orElseThrow();
		return value.getNumber();
	}

	private static String text(Finding finding, String key) {
		return finding.getValues().stream().filter(v -> v.getKey().equals(key)).map(FindingValue::getText).findFirst().orElseThrow();
	}

	@Test
	void actionRagAgainstTimeLinearTarget() {
		List<Finding> findings = run(new ActionStatusAnalyzer());
		// a1: 2026-01-01..2027-12-31 = 729 days, 365 passed on 2027-01-01: expected 365/729 = 0.5007; done 1/2 = 0.5;
		// 0.5 / 0.5007 = 0.9986 >= 0.9 -> GREEN
		Finding a1 = only(findings, "action.rag", fixture.a1);
		assertEquals("GREEN", text(a1, "rag"));
		assertEquals(365 / 729.0, number(a1, "expected").doubleValue(), 1e-9);
		// a2: 2026-01-01..2027-01-20 = 384 days: expected 365/384 = 0.9505; done 2/4 = 0.5; ratio 0.526 < 0.7 -> RED
		Finding a2 = only(findings, "action.rag", fixture.a2);
		assertEquals("RED", text(a2, "rag"));
		assertEquals(Severity.ERROR, a2.getSeverity());
		assertEquals(0.5 / (365 / 384.0), number(a2, "ratio").doubleValue(), 1e-9);
		// a3: 2 of 5 (2 milestones achieved, 3 deliverables open) = 0.4; expected 0.5007; ratio 0.799 -> AMBER
		assertEquals("AMBER", text(only(findings, "action.rag", fixture.a3), "rag"));
		// worst-of roll-up: the test dimension holds a1 (GREEN) and a3 (AMBER) -> AMBER; a2 is RED, so is the programme
		Finding dimension = only(findings, "dimension.rag", fixture.testDimension);
		assertEquals("AMBER", text(dimension, "rag"));
		assertTrue(dimension.getMessage().contains("worst of"), dimension.getMessage());
		assertEquals("RED", text(only(findings, "programme.rag", fixture.programme), "rag"));
	}

	@Test
	void explicitTrackingFieldsWinOverTheDerivedPlan() {
		// a3 derived: 2 of 5 done, 2026-01-01..2027-12-31 -> AMBER (above). The coordinator now reports
		// 2026-07-01..2027-06-30 (364 days), 184 days passed on 2027-01-01: expected 184/364 = 0.5055; 20 % done;
		// ratio 0.2 / 0.5055 = 0.3957 -> RED
		fixture.a3.setPlannedStart(LocalDate.of(2026, 7, 1));
		fixture.a3.setPlannedEnd(LocalDate.of(2027, 6, 30));
		fixture.a3.setPercentComplete(20.0);
		// a1 only reports 40 %: derived dates 2026-01-01..2027-12-31, expected 365/729; 0.4 / 0.5007 = 0.799 -> AMBER
		fixture.a1.setPercentComplete(40.0);
		List<Finding> findings = run(new ActionStatusAnalyzer());
		Finding a3 = only(findings, "action.rag", fixture.a3);
		assertEquals("RED", text(a3, "rag"));
		assertEquals(184 / 364.0, number(a3, "expected").doubleValue(), 1e-9);
		assertEquals(0.2 / (184 / 364.0), number(a3, "ratio").doubleValue(), 1e-9);
		assertTrue(a3.getMessage().contains("20 % done (reported)") && a3.getMessage().contains("planned 2026-07-01 to 2027-06-30"),
				a3.getMessage());
		Finding a1 = only(findings, "action.rag", fixture.a1);
		assertEquals("AMBER", text(a1, "rag"));
		assertEquals(0.4 / (365 / 729.0), number(a1, "ratio").doubleValue(), 1e-9);
		// the test dimension (a1 AMBER, a3 RED) is RED now
		assertEquals("RED", text(only(findings, "dimension.rag", fixture.testDimension), "rag"));
	}

	@Test
	void contradictoryPlannedDatesLeaveTheActionUnrated() {
		fixture.a3.setPlannedStart(LocalDate.of(2027, 6, 30));
		fixture.a3.setPlannedEnd(LocalDate.of(2027, 1, 1));
		Finding unrated = only(run(new ActionStatusAnalyzer()), "action.unrated", fixture.a3);
		assertTrue(unrated.getMessage().endsWith("planned start 2027-06-30 is after planned end 2027-01-01"), unrated.getMessage());
	}

	@Test
	void invalidPercentCompleteIsReportedAndIgnored() {
		fixture.a1.setPercentComplete(150.0);
		List<Finding> findings = run(new ActionStatusAnalyzer());
		assertEquals(Severity.WARNING, only(findings, "action.invalidProgress", fixture.a1).getSeverity());
		// the derived 1 of 2 deliverables stands: GREEN as without the field
		assertEquals(0.5 / (365 / 729.0), number(only(findings, "action.rag", fixture.a1), "ratio").doubleValue(), 1e-9);
	}

	@Test
	void justifiedOverrideWinsAndShowsInTheRollUp() {
		Person coordinator = EcosystemFactory.eINSTANCE.createPerson();
		coordinator.setName("Programmacoördinator (testfixture)");
		fixture.model.getActors().add(coordinator);
		// a2 is computed RED (ratio 0.526); the coordinator sets GREEN with a reason
		Dimension alone = ProgrammeFactory.eINSTANCE.createDimension();
		alone.setName("overridetest");
		fixture.programme.getDimensions().add(alone);
		fixture.a2.getDimensions().clear();
		fixture.a2.getDimensions().add(alone);
		fixture.a2.setRagOverride(RagStatus.GREEN);
		fixture.a2.setRagOverrideJustification("Ontwerp mechanisme is goedgekeurd; rapport volgt");
		fixture.a2.setRagOverrideDate(LocalDate.of(2026, 12, 20));
		fixture.a2.setRagOverrideBy(coordinator);
		List<Finding> findings = run(new ActionStatusAnalyzer());
		Finding a2 = only(findings, "action.rag", fixture.a2);
		assertEquals("GREEN", text(a2, "rag"));
		assertEquals("RED", text(a2, "computedRag"));
		assertEquals(Severity.INFO, a2.getSeverity());
		assertTrue(a2.getMessage().startsWith("Action is GREEN, overridden (computed: RED) \u2014 Ontwerp mechanisme is goedgekeurd; "
				+ "rapport volgt (by Programmacoördinator (testfixture), 2026-12-20)"), a2.getMessage());
		// a dimension that holds only a2 -> GREEN, by one override
		Finding dimension = only(findings, "dimension.rag", fixture.a2.getDimensions().get(0));
		assertEquals("GREEN", text(dimension, "rag"));
		assertEquals(1, number(dimension, "overriddenActions").intValue());
		assertTrue(dimension.getMessage().contains("with 1 overridden action"), dimension.getMessage());
		// the test dimension (a1 GREEN, a3 AMBER) has none; the programme is AMBER (a3; the seed's other actions
		// report no progress, so they have no data and do not count), and it says one override counts in it
		assertEquals(0, number(only(findings, "dimension.rag", fixture.testDimension), "overriddenActions").intValue());
		Finding programme = only(findings, "programme.rag", fixture.programme);
		assertEquals("AMBER", text(programme, "rag"));
		assertTrue(programme.getMessage().startsWith("Programme is AMBER, with 1 overridden action"), programme.getMessage());
		assertEquals(1, number(programme, "overriddenActions").intValue());
	}

	@Test
	void overrideWithoutJustificationIsAWarningAndIgnored() {
		fixture.a2.setRagOverride(RagStatus.GREEN);
		fixture.a2.setRagOverrideJustification("  ");
		List<Finding> findings = run(new ActionStatusAnalyzer());
		Finding warning = only(findings, "action.overrideUnjustified", fixture.a2);
		assertEquals(Severity.WARNING, warning.getSeverity());
		assertTrue(warning.getMessage().contains("GREEN has no justification"), warning.getMessage());
		assertEquals("RED", text(only(findings, "action.rag", fixture.a2), "rag"));
		assertEquals("RED", text(only(findings, "programme.rag", fixture.programme), "rag"));
	}

	@Test
	void klimaatsprongWithTrackingAndOverride() {
		HelixModel model = Example.KLIMAATSPRONG.build();
		LocalDate asOf = LocalDate.of(2026, 7, 2);
		Programme programme = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst().orElseThrow();
		// as shipped the seed reports no progress (no percent complete, status, deliverable status or milestone
		// result): nothing is rated, nothing is red (issue 11: unknown is not zero)
		List<Finding> shipped = runOn(model, asOf);
		assertEquals(0, shipped.stream().filter(f -> f.getCode().endsWith(".rag")).count(), shipped.toString());
		assertEquals(18, shipped.stream().filter(f -> f.getCode().equals("action.unrated")).count());
		PriorityAction unrated = programme.getActions().get(0);
		// the second action has a deliverable and a milestone without dates and priority year 2026: its derived plan
		// runs through 2026; the coordinator reports 0 % on 2026-07-02, half way: ratio 0 -> RED
		PriorityAction red = programme.getActions().get(1);
		red.setPercentComplete(0.0);
		long rated = 1;

		// the coordinator tracks the unrated one: 2026-01-01..2026-12-31 = 364 days, 182 passed on 2026-07-02:
		// expected 0.5; 50 % done: ratio 1.0 -> GREEN
		unrated.setPlannedStart(LocalDate.of(2026, 1, 1));
		unrated.setPlannedEnd(LocalDate.of(2026, 12, 31));
		unrated.setPercentComplete(50.0);
		// and overrules the red one
		red.setRagOverride(RagStatus.AMBER);
		red.setRagOverrideJustification("Mijlpaal verschoven in overleg met de stuurgroep");
		List<Finding> findings = runOn(model, asOf);
		Finding tracked = only(findings, "action.rag", unrated);
		assertEquals("GREEN", text(tracked, "rag"));
		assertEquals(0.5, number(tracked, "expected").doubleValue(), 1e-9);
		assertEquals(1.0, number(tracked, "ratio").doubleValue(), 1e-9);
		Finding manual = only(findings, "action.rag", red);
		assertEquals("AMBER", text(manual, "rag"));
		assertEquals(Severity.WARNING, manual.getSeverity());
		assertTrue(manual.getMessage().startsWith("Action is AMBER, overridden (computed: RED) \u2014 Mijlpaal verschoven in overleg "
				+ "met de stuurgroep; 0 % done"), manual.getMessage());
		assertEquals(rated + 1, findings.stream().filter(f -> f.getCode().equals("action.rag")).count());
		Finding whole = only(findings, "programme.rag", programme);
		assertEquals(1, number(whole, "overriddenActions").intValue());
		// the decorator reads the same roll-up
		RagRollUp rollUp = RagRollUp.of(programme, asOf);
		assertEquals(Rag.GREEN, rollUp.rag(unrated));
		assertEquals(Rag.AMBER, rollUp.rag(red));
		assertEquals(Rag.valueOf(text(whole, "rag")), rollUp.rag(programme));
	}

	private static List<Finding> runOn(HelixModel model, LocalDate asOf) {
		AnalysisRun run = new AnalysisRunner().asOf(asOf).run(model, List.of(new ActionStatusAnalyzer()));
		return run.getResults().get(0).getFindings();
	}

	@Test
	void thresholdsAreParameters() {
		// with amber at 0.5, a2's ratio 0.526 becomes AMBER
		AnalysisRun run = new AnalysisRunner().asOf(MonitoringFixture.AS_OF).parameter("amber", "0.5").run(fixture.model,
				List.of(new ActionStatusAnalyzer()));
		assertEquals("AMBER", text(only(run.getResults().get(0).getFindings(), "action.rag", fixture.a2), "rag"));
	}

	@Test
	void kpiAgainstTrajectoryAndStaleness() {
		List<Finding> findings = run(new KpiStatusAnalyzer());
		// 30 (2020) -> 20 (2030): in 2025 expected 30 - 10 * 5/10 = 25; actual 26: achieved -4 of -5 = 0.8 -> AMBER
		Finding absolute = only(findings, "kpi.rag", fixture.absoluteKpi);
		assertEquals("AMBER", text(absolute, "rag"));
		assertEquals(25.0, number(absolute, "expected").doubleValue(), 1e-9);
		assertEquals(0.8, number(absolute, "ratio").doubleValue(), 1e-9);
		// -50 % of 100 = 50 in 2030; 2026-07-02 is 2026 + 182/365: expected 100 - 50 * 6.4986/10 = 67.51;
		// achieved -30 of -32.49 = 0.923 -> GREEN
		Finding percent = only(findings, "kpi.rag", fixture.percentKpi);
		assertEquals("GREEN", text(percent, "rag"));
		assertEquals(50.0, number(percent, "target").doubleValue(), 1e-9);
		assertEquals(100 - 50 * (6 + 182 / 365.0) / 10, number(percent, "expected").doubleValue(), 1e-9);
		// the 2025 measurement is 2 years before 2027-01-01, more than the 365-day cycle; the July 2026 one is not
		only(findings, "kpi.stale", fixture.absoluteKpi);
		assertTrue(findings.stream().noneMatch(f -> f.getCode().equals("kpi.stale") && f.getTargets().contains(fixture.percentKpi)));
	}

	/** Issue 11: a computed target read "10.411999999999999"; 12.4 × (1 − 20 %) is 9.920000000000002 in doubles. */
	@Test
	void aComputedTargetReadsAsPeopleWriteIt() {
		org.helix.model.core.Indicator kpi = org.helix.model.core.CoreFactory.eINSTANCE.createIndicator();
		kpi.setName("Uitstoot testsector");
		kpi.setKpi(true);
		kpi.setBaselineValue(new BigDecimal("12.4"));
		kpi.setBaselineYear(2020);
		org.helix.model.core.Target target = org.helix.model.core.CoreFactory.eINSTANCE.createTarget();
		target.setKind(org.helix.model.core.TargetKind.PERCENT_CHANGE);
		target.setValue(new BigDecimal("-20"));
		target.setYear(2030);
		target.setBaseYear(2020);
		kpi.getTargets().add(target);
		org.helix.model.core.Measurement measurement = org.helix.model.core.CoreFactory.eINSTANCE.createMeasurement();
		measurement.setYear(2026);
		measurement.setValue(new BigDecimal("11"));
		kpi.getMeasurements().add(measurement);
		fixture.programme.getIndicators().add(kpi);
		Finding finding = only(run(new KpiStatusAnalyzer()), "kpi.rag", kpi);
		assertTrue(finding.getMessage().contains("trajectory from 12.4 (2020) to 9.92 (2030)"), finding.getMessage());
	}

	@Test
	void budgetVarianceKeepsUnknownsUnknown() {
		List<Finding> findings = run(new BudgetVarianceAnalyzer());
		// a1: spent 1,100,000 > planned 1,000,000 -> ERROR, variance -100,000
		Finding a1 = only(findings, "action.budget", fixture.a1);
		assertEquals(Severity.ERROR, a1.getSeverity());
		assertEquals(0, new BigDecimal("-100000").compareTo(number(a1, "variance")));
		// a2: committed 600,000 > planned 500,000 -> WARNING; spent unknown, so no variance
		Finding a2 = only(findings, "action.budget", fixture.a2);
		assertEquals(Severity.WARNING, a2.getSeverity());
		assertNull(number(a2, "variance"));
		// test dimension: a1 planned 1,000,000 + a3 unknown -> total unknown, 1,000,000 known, 1 unknown
		Finding dimension = only(findings, "dimension.budget", fixture.testDimension);
		assertNull(number(dimension, "planned"));
		assertEquals(0, new BigDecimal("1000000").compareTo(number(dimension, "plannedKnown")));
		assertEquals(1, number(dimension, "plannedUnknown").intValue());
		assertTrue(dimension.getMessage().contains("planned unknown (€ 1,000,000 known, 1 unknown)"), dimension.getMessage());
		// programme: the seed gives no budgets for its other actions, so the total stays unknown
		assertNull(number(only(findings, "programme.budget", fixture.programme), "planned"));
	}

	@Test
	void overdueAndDueSoon() {
		List<Finding> findings = run(new DeadlinesAnalyzer());
		// "Inventaris first movers" was due 2026-06-30: 184 days to 2026-12-31, +1 to 2027-01-01 = 185 days overdue
		Finding overdue = only(findings, "deliverable.overdue", fixture.a2.getDeliverables().get(0));
		assertEquals(185, number(overdue, "daysOverdue").intValue());
		// "Ontwerp mechanisme" is due 2027-01-20: in 19 days, within the default 30
		assertEquals(19, number(only(findings, "deliverable.dueSoon", fixture.a2.getDeliverables().get(1)), "daysLeft").intValue());
		// delivered ones and those due after 2027-01-31 are not reported
		assertTrue(findings.stream().noneMatch(f -> f.getTargets().contains(fixture.a2.getDeliverables().get(2))));
		assertTrue(findings.stream().noneMatch(f -> f.getTargets().contains(fixture.a3.getDeliverables().get(0))));
		// with 90 days, a3's "Roadmap deel 1" (2027-03-31, 89 days ahead) is due soon too
		AnalysisRun run = new AnalysisRunner().asOf(MonitoringFixture.AS_OF).parameter("dueWithinDays", "90").run(fixture.model,
				List.of(new DeadlinesAnalyzer()));
		only(run.getResults().get(0).getFindings(), "deliverable.dueSoon", fixture.a3.getDeliverables().get(0));
	}

	@Test
	void baselineSnapshotAndDiff() {
		PlanBaselines.take(fixture.programme, "Jaarprogramma 2026", LocalDate.of(2026, 1, 15));
		assertEquals(fixture.programme.getActions().size(), fixture.programme.getBaselines().get(0).getEntries().size());
		// changes after the baseline: a1 gets a later deliverable, a2 a higher budget, a3 is dropped, one action is new
		MonitoringFixture.deliverable(fixture.a1, "Eindrapport", "2028-06-30", org.helix.model.programme.DeliverableStatus.PLANNED);
		fixture.a2.setBudgetPlanned(new BigDecimal("650000"));
		fixture.programme.getActions().remove(fixture.a3);
		PriorityAction added = ProgrammeFactory.eINSTANCE.createPriorityAction();
		added.setName("Het opzetten van een CO2-infrastructuurfonds");
		fixture.programme.getActions().add(added);

		List<Finding> findings = run(new BaselineDiffAnalyzer());
		// 2027-12-31 -> 2028-06-30: 31+29+31+30+31+30 = 182 days later
		Finding moved = only(findings, "action.endMoved", fixture.a1);
		assertEquals(Severity.WARNING, moved.getSeverity());
		assertEquals(182, number(moved, "days").intValue());
		Finding budget = only(findings, "action.budgetChanged", fixture.a2);
		assertEquals(Severity.WARNING, budget.getSeverity());
		assertTrue(budget.getMessage().contains("€ 500,000 to € 650,000"), budget.getMessage());
		Finding removed = findings.stream().filter(f -> f.getCode().equals("action.removed")).findFirst().orElseThrow();
		assertTrue(removed.getMessage().contains(fixture.a3.getName()), removed.getMessage());
		only(findings, "action.added", added);
		assertEquals(1, findings.stream().filter(f -> f.getCode().equals("action.added")).count());
		assertEquals(1, findings.stream().filter(f -> f.getCode().equals("action.removed")).count());
	}
}
