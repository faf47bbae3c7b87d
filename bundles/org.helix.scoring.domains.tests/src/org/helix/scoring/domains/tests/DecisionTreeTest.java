package org.helix.scoring.domains.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.TransitionOnlyAction;
import org.helix.scoring.domains.Classification;
import org.helix.scoring.domains.DecisionTree;
import org.helix.scoring.domains.DomainInputs;
import org.helix.scoring.domains.Factor;
import org.helix.scoring.domains.Feasibility;
import org.helix.scoring.domains.FeasibilityFactor;
import org.helix.scoring.domains.FeasibilityGate;
import org.junit.jupiter.api.Test;

/**
 * Every branch of VARIO's decision tree (seed 004, shared/seeds/004_58134484e03f4a01.txt, L1159-1193) on the seed's
 * own examples: pharma (pronounced strength, L1169-1173, L189), semiconductors (ecosystem gap case 2, L1175, L190)
 * and high-performance computing (moonshot, L1181, L194). Branches for which the seed names no example are the
 * same examples with the one input changed that the rule turns on; the test says which.
 */
class DecisionTreeTest {

	/** Pharma as L1169 describes a domain of pronounced strength: G, T and all three strengths. */
	private static DomainInputs pharma() {
		return DomainInputs.of("Farma en biotech")
				.with(Factor.GROWTH, true, "L1169: economisch groeipotentieel")
				.with(Factor.TRANSITION, true, "L1169: bijdrage aan de transitieprioriteiten")
				.with(Factor.ECONOMIC, true, "L1169: uitgesproken economische sterkte")
				.with(Factor.INNOVATION_TECHNOLOGICAL, true, "L1169: innovatie/technologische sterkte")
				.with(Factor.SCIENTIFIC, true, "L1169: wetenschappelijke sterkte");
	}

	/** Semiconductors, L1175 case (2): innovation/technological and scientific strength, economy underdeveloped. */
	private static DomainInputs semiconductors() {
		return DomainInputs.of("Semiconductors")
				.with(Factor.GROWTH, true, "L1175: economisch groeipotentieel")
				.with(Factor.TRANSITION, true, "L1175: bijdrage aan de transitieprioriteiten")
				.with(Factor.ECONOMIC, false, "L1175: economische activiteiten nog onderontwikkeld")
				.with(Factor.INNOVATION_TECHNOLOGICAL, true, "L1175: innovatie/technologische sterkte")
				.with(Factor.SCIENTIFIC, true, "L1175: wetenschappelijke sterkte");
	}

	/** High-performance computing, L1181: G and T, no economic strength, at most limited knowledge. */
	private static DomainInputs hpc() {
		return DomainInputs.of("High performance computing")
				.with(Factor.GROWTH, true, "L1181: groot economisch potentieel")
				.with(Factor.TRANSITION, true, "L1181: een transitieprioriteit")
				.with(Factor.ECONOMIC, false, "L1181: geen economische sterkte")
				.with(Factor.INNOVATION_TECHNOLOGICAL, false, "L1181: hooguit een beperkte expertise")
				.with(Factor.SCIENTIFIC, false, "L1181: hooguit beperkte wetenschappelijke kennis");
	}

	@Test
	void pharmaIsAPronouncedStrength() {
		Classification result = DecisionTree.classify(pharma());
		assertEquals(DomainCategory.PRONOUNCED_STRENGTH, result.category());
		assertFalse(result.expertValidation());
		assertTrue(result.reason().contains("L1169"), result.reason());
		// the explanation asks G, T, E, IT, S in turn and says where each answer comes from
		assertTrue(result.steps().get(0).startsWith("Is there economic growth potential? Yes — L1169"),
				result.steps().get(0));
		assertTrue(result.explanation().contains("5. Is there scientific strength? Yes"), result.explanation());
	}

	@Test
	void pharmaWithoutTransitionPriorityIsStillAPronouncedStrength() {
		// L1171: all three strengths and growth potential but no transition contribution: pronounced strength too
		Classification result = DecisionTree.classify(pharma().with(Factor.TRANSITION, false, "L1171: geen bijdrage"));
		assertEquals(DomainCategory.PRONOUNCED_STRENGTH, result.category());
		assertTrue(result.reason().contains("L1171"), result.reason());
	}

	@Test
	void semiconductorsAreAnEcosystemGapCaseTwo() {
		Classification result = DecisionTree.classify(semiconductors());
		assertEquals(DomainCategory.ECOSYSTEM_GAP, result.category());
		assertTrue(result.reason().contains("case (2) of L1175"), result.reason());
	}

	@Test
	void economicStrengthWithOneOfTheOtherTwoIsAnEcosystemGapCaseOne() {
		// L1175 case (1): economic strength with innovation/technological AND/OR scientific strength
		Classification withIt = DecisionTree.classify(pharma().with(Factor.SCIENTIFIC, false, "variant"));
		assertEquals(DomainCategory.ECOSYSTEM_GAP, withIt.category());
		assertTrue(withIt.reason().contains("case (1) of L1175")
				&& withIt.reason().contains("innovation/technological"), withIt.reason());
		Classification withS = DecisionTree.classify(pharma().with(Factor.INNOVATION_TECHNOLOGICAL, false, "variant"));
		assertEquals(DomainCategory.ECOSYSTEM_GAP, withS.category());
		assertTrue(withS.reason().contains("case (1) of L1175") && withS.reason().contains("scientific"),
				withS.reason());
	}

	@Test
	void economicStrengthAloneIsAnEcosystemGapWithOrWithoutTransitionPriority() {
		// L1177: economic strength and growth opportunities, not (yet) the innovation/technological and scientific one
		DomainInputs economicOnly = semiconductors().with(Factor.ECONOMIC, true, "variant")
				.with(Factor.INNOVATION_TECHNOLOGICAL, false, "variant").with(Factor.SCIENTIFIC, false, "variant");
		Classification withT = DecisionTree.classify(economicOnly);
		assertEquals(DomainCategory.ECOSYSTEM_GAP, withT.category());
		assertTrue(withT.reason().contains("L1177"), withT.reason());
		Classification withoutT = DecisionTree.classify(economicOnly.with(Factor.TRANSITION, false, "variant"));
		assertEquals(DomainCategory.ECOSYSTEM_GAP, withoutT.category());
		assertTrue(withoutT.reason().contains("L1177") && withoutT.reason().contains("does not ask for a transition"),
				withoutT.reason());
	}

	@Test
	void highPerformanceComputingIsAMoonshot() {
		Classification result = DecisionTree.classify(hpc());
		assertEquals(DomainCategory.MOONSHOT, result.category());
		assertTrue(result.reason().contains("L1181"), result.reason());
		// "mogelijk wel een beperkte ... innovatie/technologische expertise" (L1181): one limited strength stays a moonshot
		Classification limitedExpertise = DecisionTree.classify(hpc().with(Factor.INNOVATION_TECHNOLOGICAL, true,
				"L1181: een innovatie/technologische expertise"));
		assertEquals(DomainCategory.MOONSHOT, limitedExpertise.category());
	}

	@Test
	void noGrowthAndNoTransitionAsksForNoSpecificFocus() {
		// L1188: no growth opportunities and no contribution to the transition priorities; the strengths are not asked
		DomainInputs inputs = DomainInputs.of("HPC without potential")
				.with(Factor.GROWTH, false, "variant").with(Factor.TRANSITION, false, "variant");
		Classification result = DecisionTree.classify(inputs);
		assertEquals(DomainCategory.NO_SPECIFIC_POLICY_FOCUS, result.category());
		assertEquals(TransitionOnlyAction.NONE, result.action());
		assertTrue(result.missing().isEmpty());
	}

	@Test
	void transitionOnlyCaseGivesInternationalisationOrPartnerships() {
		// L1189: no growth opportunities but a transition priority; depends on Flemish economic strength
		Classification pharmaCase = DecisionTree.classify(pharma().with(Factor.GROWTH, false, "variant"));
		assertEquals(TransitionOnlyAction.INTERNATIONALISATION, pharmaCase.action());
		assertEquals(DomainCategory.NO_SPECIFIC_POLICY_FOCUS, pharmaCase.category());
		Classification hpcCase = DecisionTree.classify(hpc().with(Factor.GROWTH, false, "variant"));
		assertEquals(TransitionOnlyAction.PARTNERSHIPS, hpcCase.action());
		assertTrue(hpcCase.reason().contains("partnerships") && hpcCase.reason().contains("L1189"), hpcCase.reason());
	}

	@Test
	void theCaseTheSeedLeavesOpenIsUnclassifiedAndGoesToExperts() {
		// growth potential, no transition priority, no economic strength: no rule of L1169-1189 applies
		Classification result = DecisionTree.classify(hpc().with(Factor.TRANSITION, false, "variant"));
		assertEquals(DomainCategory.UNCLASSIFIED, result.category());
		assertTrue(result.expertValidation());
		assertTrue(result.missing().isEmpty());
		assertTrue(result.reason().contains("leaves this case open") && result.reason().contains("L1193"),
				result.reason());
		// semiconductors' strengths without a transition priority: case (2) needs T, so open as well
		assertEquals(DomainCategory.UNCLASSIFIED,
				DecisionTree.classify(semiconductors().with(Factor.TRANSITION, false, "variant")).category());
	}

	@Test
	void aMissingInputStopsTheTreeAndIsNamed() {
		DomainInputs noScience = new DomainInputs("Semiconductors", semiconductors().inputs())
				.with(Factor.SCIENTIFIC, org.helix.scoring.domains.Input.unknown("not given"));
		Classification result = DecisionTree.classify(noScience);
		assertEquals(DomainCategory.UNCLASSIFIED, result.category());
		assertEquals(List.of(Factor.SCIENTIFIC), result.missing());
		assertTrue(result.expertValidation());
		assertTrue(result.reason().contains("scientific strength (S) is not known"), result.reason());
	}

	@Test
	void maakbaarheidIsAGateWithTheCompetenceOfEachFactor() {
		// L575: no Flemish say over European and federal regulation, autonomy over other factors
		FeasibilityGate outside = FeasibilityGate.assess(List.of(
				new FeasibilityFactor("Energie", GovernanceLevel.REGIONAL, true, "variant"),
				new FeasibilityFactor("Regelgeving", GovernanceLevel.EUROPEAN, false, "variant")));
		Classification result = DecisionTree.classify(semiconductors(), outside);
		System.out.print(result.explanation()); // quoted in docs/domains.md
		assertEquals(DomainCategory.ECOSYSTEM_GAP, result.category(), "the gate reports, it does not reclassify");
		assertEquals(Feasibility.OUTSIDE_FLEMISH_COMPETENCE, result.feasibility().verdict());
		assertTrue(result.explanation().contains("Regelgeving: not met; outside Flemish competence (european)"),
				result.explanation());

		FeasibilityGate talent = FeasibilityGate.assess(List.of(
				new FeasibilityFactor("Talent", GovernanceLevel.REGIONAL, false, "variant")));
		assertEquals(Feasibility.ADDRESSABLE_BY_FLANDERS, talent.verdict());
		assertEquals(Feasibility.COMPETENCE_UNKNOWN, FeasibilityGate.assess(List.of(
				new FeasibilityFactor("Infrastructuur", GovernanceLevel.UNSPECIFIED, false, "variant"))).verdict());
		assertEquals(Feasibility.FEASIBLE, FeasibilityGate.assess(List.of(
				new FeasibilityFactor("Talent", GovernanceLevel.REGIONAL, true, "variant"))).verdict());
		assertEquals(Feasibility.NOT_ASSESSED, DecisionTree.classify(pharma()).feasibility().verdict());
	}
}
