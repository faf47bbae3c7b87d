package org.helix.monitoring.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.helix.examples.Example;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Milestone;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.monitoring.ActionPlan;

/**
 * The Klimaatsprong example with monitoring data the seed does not have (it is a plan, not a progress report): dates,
 * deliverables, budgets and KPI measurements on three of its real actions, as of 1 January 2027. The expected
 * results are worked out by hand in the tests.
 */
final class MonitoringFixture {

	static final LocalDate AS_OF = LocalDate.of(2027, 1, 1);

	final HelixModel model = Example.KLIMAATSPRONG.build();
	final Programme programme;
	final PriorityAction a1;
	final PriorityAction a2;
	final PriorityAction a3;
	final Dimension testDimension;
	final Indicator absoluteKpi;
	final Indicator percentKpi;

	MonitoringFixture() {
		programme = model.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst().orElseThrow();
		List<PriorityAction> actions = programme.getActions();
		a1 = reset(actions.get(0));
		a2 = reset(actions.get(1));
		a3 = reset(actions.get(2));
		testDimension = ProgrammeFactory.eINSTANCE.createDimension();
		testDimension.setName("monitoringtest");
		programme.getDimensions().add(testDimension);
		a1.getDimensions().add(testDimension);
		a3.getDimensions().add(testDimension);
		a2.getDimensions().add(programme.getDimensions().get(0));

		// a1: 2026-01-01 .. 2027-12-31, 1 of 2 deliverables done
		deliverable(a1, "Evaluatienota CfD-pilootoproep", "2026-12-31", DeliverableStatus.DELIVERED);
		deliverable(a1, "Beleidsadvies tweede oproep", "2027-12-31", DeliverableStatus.PLANNED);
		a1.setBudgetPlanned(new BigDecimal("1000000"));
		a1.setBudgetCommitted(new BigDecimal("800000"));
		a1.setBudgetSpent(new BigDecimal("1100000"));
		// a2: 2026-01-01 .. 2027-01-20, 2 of 4 deliverables done, one overdue, one due in 19 days
		deliverable(a2, "Inventaris first movers", "2026-06-30", DeliverableStatus.PLANNED);
		deliverable(a2, "Ontwerp mechanisme", "2027-01-20", DeliverableStatus.IN_PROGRESS);
		deliverable(a2, "Consultatie sector", "2026-12-31", DeliverableStatus.DELIVERED);
		deliverable(a2, "Startnota", "2026-09-30", DeliverableStatus.DELIVERED);
		a2.setBudgetPlanned(new BigDecimal("500000"));
		a2.setBudgetCommitted(new BigDecimal("600000"));
		// a3: 2026-01-01 .. 2027-12-31, 2 milestones achieved, 3 deliverables planned; budget unknown
		milestone(a3, "Kick-off werkgroep", "2026-03-31", true);
		milestone(a3, "Tussentijdse rapportering", "2026-09-30", true);
		deliverable(a3, "Roadmap deel 1", "2027-03-31", DeliverableStatus.PLANNED);
		deliverable(a3, "Roadmap deel 2", "2027-06-30", DeliverableStatus.PLANNED);
		deliverable(a3, "Roadmap finaal", "2027-12-31", DeliverableStatus.PLANNED);

		absoluteKpi = kpi("Uitstoot testsector", "30", 2020, TargetKind.ABSOLUTE, "20", 2030);
		measurement(absoluteKpi, 2025, null, "26");
		percentKpi = kpi("Energieverbruik testsector", "100", 2020, TargetKind.PERCENT_CHANGE, "-50", 2030);
		measurement(percentKpi, null, "2026-07-02", "70");
		a1.getKpis().add(absoluteKpi);
	}

	private static PriorityAction reset(PriorityAction action) {
		action.getDeliverables().clear();
		action.getMilestones().clear();
		action.getPriorityYears().clear();
		action.getPriorityYears().add(2026);
		action.getDimensions().clear();
		action.setStatus(org.helix.model.programme.ActionStatus.ONGOING);
		return action;
	}

	static Deliverable deliverable(PriorityAction action, String name, String due, DeliverableStatus status) {
		Deliverable deliverable = ProgrammeFactory.eINSTANCE.createDeliverable();
		deliverable.setName(name);
		deliverable.setDueDate(LocalDate.parse(due));
		deliverable.setStatus(status);
		action.getDeliverables().add(deliverable);
		return deliverable;
	}

	private static void milestone(PriorityAction action, String name, String date, boolean achieved) {
		Milestone milestone = CoreFactory.eINSTANCE.createMilestone();
		milestone.setName(name);
		milestone.setDate(LocalDate.parse(date));
		milestone.setAchieved(achieved);
		action.getMilestones().add(milestone);
	}

	private Indicator kpi(String name, String baseline, int baselineYear, TargetKind kind, String value, int year) {
		Indicator kpi = CoreFactory.eINSTANCE.createIndicator();
		kpi.setName(name);
		kpi.setKpi(true);
		kpi.setBaselineValue(new BigDecimal(baseline));
		kpi.setBaselineYear(baselineYear);
		Target target = CoreFactory.eINSTANCE.createTarget();
		target.setKind(kind);
		target.setValue(new BigDecimal(value));
		target.setYear(year);
		target.setBaseYear(baselineYear);
		kpi.getTargets().add(target);
		programme.getIndicators().add(kpi);
		return kpi;
	}

	private static void measurement(Indicator kpi, Integer year, String date, String value) {
		Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
		measurement.setYear(year);
		measurement.setDate(date == null ? null : LocalDate.parse(date));
		measurement.setValue(new BigDecimal(value));
		kpi.getMeasurements().add(measurement);
	}
}
