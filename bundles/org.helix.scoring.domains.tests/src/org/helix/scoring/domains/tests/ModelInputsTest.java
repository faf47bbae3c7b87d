package org.helix.scoring.domains.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helix.examples.StrategicChoicesExample;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.scoring.domains.Classification;
import org.helix.scoring.domains.DecisionTree;
import org.helix.scoring.domains.DomainInputs;
import org.helix.scoring.domains.Factor;
import org.helix.scoring.domains.Feasibility;
import org.helix.scoring.domains.FeasibilityGate;
import org.helix.scoring.domains.ModelInputs;
import org.helix.scoring.domains.TableMapping;
import org.junit.jupiter.api.Test;

/**
 * The tree's inputs read from the strategic-choices example (seed 004): Table 1's ratings (L736-751) give E, IT and S
 * through the mapping; growth potential and the transition priorities are not in Table 1 (L736), so the tree says
 * they are missing instead of guessing.
 */
class ModelInputsTest {

	private final HelixModel model = StrategicChoicesExample.build();

	private StrategicDomain domain(String name) {
		return model.getStrategicDomains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void pharmaceuticalSectorReadsAsThreeStrengthsButGrowthIsMissing() {
		DomainInputs inputs = ModelInputs.read(domain("Farmaceutische sector"), TableMapping.defaults());
		assertTrue(inputs.get(Factor.ECONOMIC).isTrue(), inputs.get(Factor.ECONOMIC).basis());
		assertTrue(inputs.get(Factor.INNOVATION_TECHNOLOGICAL).isTrue());
		assertTrue(inputs.get(Factor.SCIENTIFIC).isTrue());
		assertTrue(inputs.get(Factor.ECONOMIC).basis().contains("Toegevoegde waarde ++ (seed 004 L740-741)"),
				inputs.get(Factor.ECONOMIC).basis());
		assertFalse(inputs.get(Factor.GROWTH).known());
		Classification fromModel = DecisionTree.classify(inputs);
		assertEquals(DomainCategory.UNCLASSIFIED, fromModel.category());
		assertEquals(List.of(Factor.GROWTH), fromModel.missing());
		// the explanation still tells what Table 1 does say
		assertTrue(fromModel.explanation().contains("Known of the other inputs: pronounced economic strength: yes"
				+ " (Table 1: "), fromModel.explanation());

		// the user adds what Table 1 lacks (L1169: pharma has growth potential and serves the transition priorities)
		Classification completed = DecisionTree.classify(inputs.with(Factor.GROWTH, true, "user, after L1169")
				.with(Factor.TRANSITION, true, "user, after L1169"));
		assertEquals(DomainCategory.PRONOUNCED_STRENGTH, completed.category());
	}

	@Test
	void informationTechnologyHasNoScientificStrengthInTableOne() {
		// Table 1: value added ++, export -, R&D ++, R&D personnel ++, patents +/-, publications -
		DomainInputs inputs = ModelInputs.read(domain("Informatie en computerprogrammering"), TableMapping.defaults());
		assertTrue(inputs.get(Factor.ECONOMIC).isTrue());
		assertTrue(inputs.get(Factor.INNOVATION_TECHNOLOGICAL).isTrue());
		assertEquals(Boolean.FALSE, inputs.get(Factor.SCIENTIFIC).value());
	}

	@Test
	void theLevelMappingIsAParameter() {
		// computers/electronics: value added -, export +, publications +/-
		StrategicDomain electronics = domain("Vervaardigen van computers, elektronische en optische producten");
		assertEquals(Boolean.FALSE, ModelInputs.read(electronics, TableMapping.defaults()).get(Factor.ECONOMIC).value());
		TableMapping fromPlus = TableMapping.defaults().withThreshold(RatingLevel.STRONG);
		assertEquals(Boolean.TRUE, ModelInputs.read(electronics, fromPlus).get(Factor.ECONOMIC).value());
		assertEquals(Boolean.FALSE, ModelInputs.read(electronics, fromPlus).get(Factor.SCIENTIFIC).value());
		TableMapping onlyValueAddedCounts = TableMapping.defaults().withIndicators(Factor.ECONOMIC, "Toegevoegde waarde");
		assertEquals(Boolean.FALSE, ModelInputs.read(electronics, onlyValueAddedCounts.withThreshold(RatingLevel.STRONG))
				.get(Factor.ECONOMIC).value());
	}

	@Test
	void notAvailableIsUnknownNeverWeak() {
		// research and development (NACE 72): value added na, export na, publications na
		DomainInputs inputs = ModelInputs.read(domain("Wetenschappelijk onderzoek en ontwikkeling"),
				TableMapping.defaults());
		assertNull(inputs.get(Factor.ECONOMIC).value());
		assertTrue(inputs.get(Factor.ECONOMIC).basis().startsWith("Table 1 gives na"), inputs.get(Factor.ECONOMIC).basis());
		assertNull(inputs.get(Factor.SCIENTIFIC).value());
		assertTrue(inputs.get(Factor.INNOVATION_TECHNOLOGICAL).isTrue());
	}

	@Test
	void maakbaarheidFactorsComeFromTheFrameworkAndAreNotAssessedInTheExample() {
		List<SubCriterion> factors = ModelInputs.feasibilityFactors(
				model.getAssessmentFrameworks().get(0).getDimensions());
		assertEquals(List.of("Energie", "Talent", "Fysieke ruimte", "Regelgeving", "Infrastructuur"),
				factors.stream().map(SubCriterion::getName).toList());
		FeasibilityGate gate = ModelInputs.feasibility(domain("Farmaceutische sector"), factors);
		assertEquals(Feasibility.NOT_ASSESSED, gate.verdict());
		assertEquals(5, gate.factors().size());
	}
}
