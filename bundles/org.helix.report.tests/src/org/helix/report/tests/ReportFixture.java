package org.helix.report.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.helix.examples.Example;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Meeting;
import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.monitoring.ActionPlan;

/**
 * The Klimaatsprong example (seed 001) with the progress data a coordinator would enter before the October 2026
 * report to the Flemish Government (the seed is a plan and has none): progress, plans and budgets on its first three
 * actions, one overdue and one upcoming deliverable, a KPI with measurements, four meetings of the permanent
 * overlegorgaan and a plan baseline frozen on 2026-01-15. The expected figures are worked out by hand in the tests.
 */
final class ReportFixture {

	static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
	static final String BASELINE = "Startbaseline januari 2026";

	final HelixModel model = Example.KLIMAATSPRONG.build();
	final Programme programme;
	final PriorityAction a1, a2, a3;
	final Indicator kpi;
	final GovernanceBody council;

	ReportFixture() {
		programme = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst().orElseThrow();
		List<PriorityAction> actions = programme.getActions();
		a1 = actions.get(0);
		a2 = actions.get(1);
		a3 = actions.get(2);
		// the baseline first, from the plan as the seed has it: every action's status, derived planned end and budgets
		PlanBaseline baseline = ProgrammeFactory.eINSTANCE.createPlanBaseline();
		baseline.setName(BASELINE);
		baseline.setDate(LocalDate.of(2026, 1, 15));
		for (PriorityAction action : actions) {
			ActionSnapshot snapshot = ProgrammeFactory.eINSTANCE.createActionSnapshot();
			snapshot.setAction(action);
			snapshot.setStatus(action.getStatus());
			snapshot.setPlannedEnd(ActionPlan.end(action));
			snapshot.setComment(action.getCode());
			baseline.getEntries().add(snapshot);
		}
		programme.getBaselines().add(baseline);

		// a1: 2026-01-01 .. 2027-12-31, 50 % done; planned 1,000,000, committed 800,000, spent 400,000
		a1.setPlannedStart(LocalDate.of(2026, 1, 1));
		a1.setPlannedEnd(LocalDate.of(2027, 12, 31));
		a1.setPercentComplete(50.0);
		a1.setBudgetPlanned(new BigDecimal("1000000"));
		a1.setBudgetCommitted(new BigDecimal("800000"));
		a1.setBudgetSpent(new BigDecimal("400000"));
		// a2: 2026-01-01 .. 2026-12-31, 30 % done; planned 500,000, committed and spent unknown
		a2.setPlannedStart(LocalDate.of(2026, 1, 1));
		a2.setPlannedEnd(LocalDate.of(2026, 12, 31));
		a2.setPercentComplete(30.0);
		a2.setBudgetPlanned(new BigDecimal("500000"));
		deliverable(a2, "Ontwerp steunmechanisme (test)", "2026-09-15", DeliverableStatus.PLANNED);
		// a3: 2026-01-01 .. 2026-12-31, 60 % done; no budget
		a3.setPlannedStart(LocalDate.of(2026, 1, 1));
		a3.setPlannedEnd(LocalDate.of(2026, 12, 31));
		a3.setPercentComplete(60.0);
		deliverable(a3, "Roadmap waterstof (test)", "2026-11-30", DeliverableStatus.PLANNED);

		// a KPI: 100 in 2020 to 50 by 2030; actuals 90 (2024) and 70 (2026-07-01)
		kpi = CoreFactory.eINSTANCE.createIndicator();
		kpi.setName("Uitstoot industrie (test)");
		kpi.setUnit("Mt CO2e");
		kpi.setKpi(true);
		kpi.setBaselineValue(new BigDecimal("100"));
		kpi.setBaselineYear(2020);
		Target target = CoreFactory.eINSTANCE.createTarget();
		target.setKind(TargetKind.ABSOLUTE);
		target.setValue(new BigDecimal("50"));
		target.setYear(2030);
		kpi.getTargets().add(target);
		measurement(2024, null, "90");
		measurement(null, "2026-07-01", "70");
		programme.getIndicators().add(kpi);
		a1.getKpis().add(kpi);

		council = model.getGovernanceBodies().stream().filter(b -> "permanent overlegorgaan".equals(b.getName())).findFirst().orElseThrow();
		for (String date : List.of("2025-11-15", "2026-01-20", "2026-03-10", "2026-06-30")) {
			Meeting meeting = GovernanceFactory.eINSTANCE.createMeeting();
			meeting.setTitle("overleg " + date);
			meeting.setDate(LocalDate.parse(date));
			council.getMeetings().add(meeting);
		}
	}

	private static void deliverable(PriorityAction action, String name, String due, DeliverableStatus status) {
		Deliverable deliverable = ProgrammeFactory.eINSTANCE.createDeliverable();
		deliverable.setName(name);
		deliverable.setDueDate(LocalDate.parse(due));
		deliverable.setStatus(status);
		action.getDeliverables().add(deliverable);
	}

	private void measurement(Integer year, String date, String value) {
		Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
		measurement.setYear(year);
		measurement.setDate(date == null ? null : LocalDate.parse(date));
		measurement.setValue(new BigDecimal(value));
		kpi.getMeasurements().add(measurement);
	}
}
