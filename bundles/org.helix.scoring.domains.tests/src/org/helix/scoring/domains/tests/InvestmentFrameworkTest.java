package org.helix.scoring.domains.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helix.model.ecosystem.InvestmentQuadrant;
import org.helix.scoring.domains.InvestmentFramework;
import org.helix.scoring.domains.Quadrant;
import org.helix.scoring.domains.Quadrants;
import org.helix.scoring.domains.UrbanScalingComplexity;
import org.junit.jupiter.api.Test;

/**
 * The strategic investment framework's building blocks (seed 004 L608-640) on a small case computed by hand:
 * two locations (Flanders first) and three technologies T1, T2, T3.
 */
class InvestmentFrameworkTest {

	/** Activity: Flanders 4, 1, 5 (sum 10); the other location 2, 6, 2 (sum 10); per technology 6, 7, 7 of 20. */
	private static final double[][] ACTIVITY = { { 4, 1, 5 }, { 2, 6, 2 } };

	/** Four records: {T1, T2}, {T1, T3}, {T1, T3}, {T2}. */
	private static final double[][] RECORDS = { { 1, 1, 0 }, { 1, 0, 1 }, { 1, 0, 1 }, { 0, 1, 0 } };

	@Test
	void balassaRca() {
		// T1 (4/10)/(6/20) = 4/3; T2 (1/10)/(7/20) = 2/7; T3 (5/10)/(7/20) = 10/7
		assertArrayEquals(new double[] { 4.0 / 3, 2.0 / 7, 10.0 / 7 }, InvestmentFramework.rca(ACTIVITY, 0), 1e-12);
		assertThrows(IllegalArgumentException.class,
				() -> InvestmentFramework.rca(new double[][] { { 1, 2 }, { 3 } }, 0));
	}

	@Test
	void relatednessIsTheCosineOfCoOccurrences() {
		// C = AᵀA: C11 = 3, C22 = 2, C33 = 2, C12 = 1, C13 = 2, C23 = 0
		double[][] phi = InvestmentFramework.relatedness(RECORDS);
		assertEquals(1 / Math.sqrt(6), phi[0][1], 1e-12);
		assertEquals(2 / Math.sqrt(6), phi[0][2], 1e-12);
		assertEquals(0, phi[1][2], 1e-12);
		assertEquals(phi[2][0], phi[0][2], 1e-12);
		assertEquals(0, phi[0][0], 0, "a technology is not its own neighbour");
	}

	@Test
	void relatednessDensityCountsLinksToTechnologiesWithRcaAboveOne() {
		double[] rca = InvestmentFramework.rca(ACTIVITY, 0); // above one: T1 and T3
		double[] density = InvestmentFramework.relatednessDensity(InvestmentFramework.relatedness(RECORDS), rca);
		// T1: φ13 / (φ12 + φ13) = (2/√6) / (3/√6) = 2/3; T2: its only link is to T1 → 1; T3: only to T1 → 1
		assertArrayEquals(new double[] { 2.0 / 3, 1, 1 }, density, 1e-12);
	}

	@Test
	void quadrantsWithMedianAndFixedCutOffs() {
		double[] density = { 2.0 / 3, 1, 1 };
		double[] complexity = { 0.9, 0.2, 0.5 };
		// medians: density 1, complexity 0.5 (at or above is high)
		Quadrant[] byMedian = Quadrants.classify(density, complexity);
		assertArrayEquals(new Quadrant[] { Quadrant.MOONSHOT, Quadrant.LOW_COMPLEXITY_HIGH_RELATEDNESS,
				Quadrant.OPTIMAL }, byMedian);
		assertEquals(InvestmentQuadrant.OTHER, byMedian[1].toModel());
		Quadrant[] fixed = Quadrants.classify(density, complexity, 0.8, 0.95);
		assertEquals(Quadrant.LOW_COMPLEXITY_LOW_RELATEDNESS, fixed[0]);
		assertEquals(0.75, Quadrants.median(new double[] { 1, 0.5, Double.NaN }), 1e-12);
		assertNull(Quadrants.classify(new double[] { Double.NaN, 1 }, new double[] { 1, 1 })[0]);
	}

	@Test
	void urbanScalingComplexityIsTheLogLogSlope() {
		// populations 10, 100, 1000; T1 grows 1 → 100 → 10,000 (β = 2), T2 5 → 50 → 500 (β = 1), T3 only in one city
		double[][] activity = { { 1, 5, 0 }, { 100, 50, 0 }, { 10000, 500, 7 } };
		double[] beta = new UrbanScalingComplexity(new double[] { 10, 100, 1000 }).complexity(activity);
		assertEquals(2, beta[0], 1e-9);
		assertEquals(1, beta[1], 1e-9);
		assertTrue(Double.isNaN(beta[2]));
	}
}
