package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.ModelValues;
import org.helix.scoring.Normalisation;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringResult;
import org.junit.jupiter.api.Test;

/** Alternatives that are model elements, their values read by attribute path; an unset value is missing, not 0. */
class ModelValuesTest {

	private static TechnologyPosition position(String technology, Double relatedness, Double complexity) {
		Technology owner = EcosystemFactory.eINSTANCE.createTechnology();
		owner.setName(technology);
		TechnologyPosition position = EcosystemFactory.eINSTANCE.createTechnologyPosition();
		position.setRelatednessDensity(relatedness);
		position.setComplexity(complexity);
		owner.getPositions().add(position);
		return position;
	}

	private static String technology(EObject position) {
		return ((Technology) position.eContainer()).getName();
	}

	/**
	 * Weighted sum with max normalisation over the complete alternatives: Hydrogen (0.9, 1.2) scores 1; Batteries
	 * (0.7, 0.8) scores 0.5·0.7/0.9 + 0.5·0.8/1.2 = 0.72222; CCS has no complexity and is left out.
	 */
	@Test
	void valuesComeFromTheModel() throws Exception {
		List<TechnologyPosition> positions = List.of(position("Hydrogen", 0.9, 1.2), position("CCS", 0.5, null), position("Batteries", 0.7, 0.8));
		List<Criterion> criteria = List.of(new Criterion("Relatedness", Direction.MAX, 0.5, null, null, "relatednessDensity"),
				new Criterion("Complexity", Direction.MAX, 0.5, null, null, "complexity"));
		DecisionProblem problem = ModelValues.problem(positions, ModelValuesTest::technology, criteria, Normalisation.MAX);
		assertEquals(Map.of("CCS", List.of("Complexity")), problem.missingValues());
		ScoringResult result = Problems.method("wsm").solve(problem);
		assertEquals(List.of("Hydrogen", "Batteries"), result.ranking());
		assertEquals(1.0, result.score("Hydrogen"), 1e-12);
		assertEquals(0.5 * 0.7 / 0.9 + 0.5 * 0.8 / 1.2, result.score("Batteries"), 1e-12);
	}

	@Test
	void wrongPathsAreErrors() {
		TechnologyPosition position = position("Hydrogen", 0.9, 1.2);
		ScoringException unknown = assertThrows(ScoringException.class, () -> ModelValues.value(position, "trl", "criteria[0] (TRL).valuePath"));
		assertEquals("criteria[0] (TRL).valuePath", unknown.where());
		assertTrue(unknown.getMessage().contains("TechnologyPosition has no feature 'trl'"), unknown.getMessage());
		ScoringException many = assertThrows(ScoringException.class,
				() -> ModelValues.value(position.eContainer(), "positions.complexity", "p"));
		assertTrue(many.getMessage().contains("holds many values"), many.getMessage());
		ScoringException notNumber = assertThrows(ScoringException.class, () -> ModelValues.value(position.eContainer(), "name", "p"));
		assertTrue(notNumber.getMessage().contains("is not a number"), notNumber.getMessage());
	}
}
