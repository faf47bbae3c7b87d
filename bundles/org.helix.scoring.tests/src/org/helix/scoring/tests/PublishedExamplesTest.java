package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helix.scoring.AhpInput;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.ScoringResult;
import org.junit.jupiter.api.Test;

/**
 * Each method against a published worked example, to three decimals. Where the publication prints the results they
 * are quoted; every expected value was also recomputed independently with numpy (reference/published_examples.py in
 * this bundle).
 */
class PublishedExamplesTest {

	private static final double THREE_DECIMALS = 5e-4;

	/** Triantaphyllou (2000) ch. 2: WSM scores A1 = 21.5, A2 = A3 = 22.0 (a tie: the problem's order decides). */
	@Test
	void weightedSumTriantaphyllou() throws Exception {
		ScoringResult result = Problems.method("wsm").solve(Problems.triantaphyllou(Normalisation.NONE));
		assertEquals(21.5, result.score("A1"), THREE_DECIMALS);
		assertEquals(22.0, result.score("A2"), THREE_DECIMALS);
		assertEquals(22.0, result.score("A3"), THREE_DECIMALS);
		assertEquals(List.of("A2", "A3", "A1"), result.ranking());
	}

	/**
	 * Triantaphyllou (2000) ch. 2, the same data with WPM: R(A1/A2) = 1.007, R(A1/A3) = 1.067, R(A2/A3) = 1.059, so
	 * A1 is best although it is last under WSM.
	 */
	@Test
	void weightedProductTriantaphyllou() throws Exception {
		ScoringResult result = Problems.method("wpm").solve(Problems.triantaphyllou(null));
		assertEquals(1.007, result.score("A1") / result.score("A2"), THREE_DECIMALS);
		assertEquals(1.067, result.score("A1") / result.score("A3"), THREE_DECIMALS);
		assertEquals(1.059, result.score("A2") / result.score("A3"), THREE_DECIMALS);
		assertEquals(20.628, result.score("A1"), THREE_DECIMALS);
		assertEquals(List.of("A1", "A2", "A3"), result.ranking());
	}

	/**
	 * Hwang &amp; Yoon (1981), fighter aircraft: relative closeness C1 = 0.643, C2 = 0.268, C3 = 0.614 (0.6135),
	 * C4 = 0.312; ranking A1, A3, A4, A2.
	 */
	@Test
	void topsisHwangYoonFighterAircraft() throws Exception {
		ScoringResult result = Problems.method("topsis").solve(Problems.fighterAircraft());
		assertArrayEquals(new double[] { 0.6433, 0.2684, 0.6135, 0.3123 }, result.scores(), THREE_DECIMALS);
		assertArrayEquals(new double[] { 0.0546, 0.1197, 0.0580, 0.1009 }, result.details().get("distanceToIdeal"), THREE_DECIMALS);
		assertArrayEquals(new double[] { 0.0984, 0.0439, 0.0920, 0.0458 }, result.details().get("distanceToAntiIdeal"), THREE_DECIMALS);
		assertEquals(List.of("A1", "A3", "A4", "A2"), result.ranking());
	}

	/**
	 * Brans, Vincke &amp; Mareschal (1986), six alternatives, the six types of preference function, equal weights.
	 * Flows recomputed independently (reference script); ranking a5, a2, a4, a6, a3, a1.
	 */
	@Test
	void prometheeBransVinckeMareschal() throws Exception {
		ScoringResult result = Problems.method("promethee2").solve(Problems.bransVinckeMareschal());
		assertArrayEquals(new double[] { 0.2199, 0.3963, 0.2466, 0.3293, 0.4547, 0.3001 }, result.details().get("positiveFlow"), THREE_DECIMALS);
		assertArrayEquals(new double[] { 0.3655, 0.3791, 0.3362, 0.3493, 0.1618, 0.3549 }, result.details().get("negativeFlow"), THREE_DECIMALS);
		assertArrayEquals(new double[] { -0.1457, 0.0172, -0.0895, -0.0200, 0.2929, -0.0549 }, result.details().get("netFlow"), THREE_DECIMALS);
		assertArrayEquals(result.details().get("netFlow"), result.scores(), 1e-15);
		assertEquals(List.of("a5", "a2", "a4", "a6", "a3", "a1"), result.ranking());
		double sum = java.util.Arrays.stream(result.scores()).sum();
		assertEquals(0, sum, 1e-12, "net flows of PROMETHEE II add up to 0");
	}

	/**
	 * Saaty (1990), buying a house: priorities 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333; λmax = 9.669,
	 * CI = 0.238, CR = 0.169 (above 0.10: flagged).
	 */
	@Test
	void ahpSaatyHouse() throws Exception {
		PairwiseMatrix.AhpPriorities house = PairwiseMatrix.of(Problems.SAATY_HOUSE, "house").priorities();
		assertArrayEquals(new double[] { 0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333 }, house.weights(), THREE_DECIMALS);
		assertEquals(9.669, house.lambdaMax(), THREE_DECIMALS);
		assertEquals(0.238, house.consistencyIndex(), THREE_DECIMALS);
		assertEquals(0.169, house.consistencyRatio(), THREE_DECIMALS);
		assertTrue(house.inconsistent());

		// through the method, as the command line does: weights and consistency only, with a warning
		DecisionProblem problem = Problems.ahpOnly(List.of("House A"), Problems.unweighted("size", "transportation", "neighbourhood", "age", "yard",
				"facilities", "condition", "financing"), new AhpInput(PairwiseMatrix.of(Problems.SAATY_HOUSE, "ahp.criteria"), null, null));
		ScoringResult result = Problems.method("ahp").solve(problem);
		assertArrayEquals(house.weights(), result.weights(), 1e-15);
		assertEquals(List.of(), result.ranking());
		assertTrue(result.warnings().get(0).startsWith("the criteria judgements are inconsistent: CR = 0.169 > 0.10"), result.warnings().get(0));
	}

	/**
	 * Saaty (1980), light intensity of four chairs judged by eye: eigenvector 0.61, 0.24, 0.10, 0.05 (the inverse
	 * square law gives 0.61, 0.22, 0.11, 0.06); λmax = 4.39. CI and CR recomputed: 0.130 and 0.145.
	 */
	@Test
	void ahpSaatyLight() throws Exception {
		PairwiseMatrix.AhpPriorities light = PairwiseMatrix.of(Problems.SAATY_LIGHT, "light").priorities();
		assertArrayEquals(new double[] { 0.6187, 0.2353, 0.1009, 0.0451 }, light.weights(), THREE_DECIMALS);
		assertEquals(4.391, light.lambdaMax(), THREE_DECIMALS);
		assertEquals(0.130, light.consistencyIndex(), THREE_DECIMALS);
		assertEquals(0.145, light.consistencyRatio(), THREE_DECIMALS);
	}

	/**
	 * Judgements rounded to three decimals (0.333 for 1/3) are accepted as reciprocal and give the same priorities
	 * as the exact fractions to three decimals.
	 */
	@Test
	void roundedReciprocalsAreAccepted() throws Exception {
		double[][] rounded = new double[8][8];
		for (int i = 0; i < 8; i++) {
			for (int j = 0; j < 8; j++) {
				rounded[i][j] = Math.round(Problems.SAATY_HOUSE[i][j] * 1000) / 1000.0;
			}
		}
		assertArrayEquals(PairwiseMatrix.of(Problems.SAATY_HOUSE, "exact").priorities().weights(),
				PairwiseMatrix.of(rounded, "rounded").priorities().weights(), THREE_DECIMALS);
	}

}
