package org.helix.governance.tests;

import static org.helix.governance.tests.GovernanceTesting.describe;
import static org.helix.governance.tests.GovernanceTesting.number;
import static org.helix.governance.tests.GovernanceTesting.only;
import static org.helix.governance.tests.GovernanceTesting.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.Severity;
import org.helix.examples.Example;
import org.helix.governance.FicheCompletenessAnalyzer;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Person;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.junit.jupiter.api.Test;

/**
 * Project fiche completeness (docs/analysis.md, Governance; rules of procedure seed 001 L383-384, L3309-3312): a fiche
 * needs a project leader (projectLeader, else lead), timing (text, else priority years), scope, plan of approach,
 * deliverables and a planned budget; one WARNING per incomplete fiche names what it lacks, one INFO summary per
 * programme counts the complete ones.
 */
class FicheCompletenessAnalyzerTest {

	@Test
	void klimaatsprongFichesHaveNoBudgets() {
		HelixModel klimaatsprong = Example.KLIMAATSPRONG.build();
		Programme programme = klimaatsprong.getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear())).findFirst()
				.orElseThrow();
		List<Finding> findings = run(klimaatsprong, new FicheCompletenessAnalyzer());
		// the programme note lists 18 actions for 2026-2030 (seed 001 L2919-2970) and gives no budget for any: none
		// is complete
		Finding summary = only(findings, "fiche.summary", programme);
		assertEquals("0 of 18 fiches complete", summary.getMessage());
		assertEquals(0, number(summary, "complete"));
		assertEquals(18, number(summary, "actions"));
		// A1, "monitoren van de voortgang" (L2988-2995): lead VLAIO (L2762), scope, timing and the progress report as
		// deliverable are given; no plan of approach and no budget
		PriorityAction a1 = programme.getActions().get(0);
		Finding fiche = only(findings, "fiche.incomplete", a1);
		assertEquals(Severity.WARNING, fiche.getSeverity());
		assertEquals("Fiche lacks: plan of approach, budget", fiche.getMessage());
		assertEquals(2, number(fiche, "missing"));
	}

	@Test
	void eachFieldAndItsFallback() {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		Programme programme = ProgrammeFactory.eINSTANCE.createProgramme();
		model.getProgrammes().add(programme);
		Person leader = EcosystemFactory.eINSTANCE.createPerson();
		Organisation vlaio = EcosystemFactory.eINSTANCE.createOrganisation();
		model.getActors().add(leader);
		model.getActors().add(vlaio);

		PriorityAction complete = complete(programme, "complete");
		complete.setProjectLeader(leader);
		PriorityAction fallbacks = complete(programme, "lead and priority years");
		fallbacks.setLead(vlaio);
		fallbacks.setTiming(null);
		fallbacks.getPriorityYears().add(2026);
		PriorityAction noLeader = complete(programme, "no leader");
		PriorityAction noTiming = complete(programme, "no timing");
		noTiming.setLead(vlaio);
		noTiming.setTiming("  "); // blank is not given
		PriorityAction noScope = complete(programme, "no scope");
		noScope.setLead(vlaio);
		noScope.setScope(null);
		PriorityAction noPlan = complete(programme, "no plan");
		noPlan.setLead(vlaio);
		noPlan.setPlanOfApproach("");
		PriorityAction noDeliverables = complete(programme, "no deliverables");
		noDeliverables.setLead(vlaio);
		noDeliverables.getDeliverables().clear();
		PriorityAction noBudget = complete(programme, "no budget");
		noBudget.setLead(vlaio);
		noBudget.setBudgetPlanned(null);
		PriorityAction empty = ProgrammeFactory.eINSTANCE.createPriorityAction();
		empty.setName("empty");
		programme.getActions().add(empty);

		List<Finding> findings = run(model, new FicheCompletenessAnalyzer());
		assertEquals("Fiche lacks: project leader", only(findings, "fiche.incomplete", noLeader).getMessage());
		assertEquals("Fiche lacks: timing", only(findings, "fiche.incomplete", noTiming).getMessage());
		assertEquals("Fiche lacks: scope", only(findings, "fiche.incomplete", noScope).getMessage());
		assertEquals("Fiche lacks: plan of approach", only(findings, "fiche.incomplete", noPlan).getMessage());
		assertEquals("Fiche lacks: deliverables", only(findings, "fiche.incomplete", noDeliverables).getMessage());
		assertEquals("Fiche lacks: budget", only(findings, "fiche.incomplete", noBudget).getMessage());
		Finding nothing = only(findings, "fiche.incomplete", empty);
		assertEquals("Fiche lacks: project leader, timing, scope, plan of approach, deliverables, budget", nothing.getMessage());
		assertEquals(6, number(nothing, "missing"));
		// complete and fallbacks are complete: 2 of 9, and 7 warnings + 1 summary in all
		assertEquals("2 of 9 fiches complete", only(findings, "fiche.summary", programme).getMessage());
		assertEquals(8, findings.size(), describe(findings));
	}

	/** An action with every field but a leader; a planned budget of 0 is a known budget. */
	private static PriorityAction complete(Programme programme, String name) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setName(name);
		action.setTiming("2026-2027");
		action.setScope("scope");
		action.setPlanOfApproach("plan");
		Deliverable deliverable = ProgrammeFactory.eINSTANCE.createDeliverable();
		deliverable.setName("report");
		action.getDeliverables().add(deliverable);
		action.setBudgetPlanned(BigDecimal.ZERO);
		programme.getActions().add(action);
		return action;
	}
}
