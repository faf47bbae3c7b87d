package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.helix.scoring.AhpInput;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.PreferenceFunction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.ScoringResult;
import org.junit.jupiter.api.Test;

/** Method details checked against values worked out by hand (the arithmetic is in the comments). */
class MethodsTest {

	@Test
	void builtInMethodsComeThroughTheExtensionPoint() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ScoringMethodRegistry registry = ScoringMethodRegistry.fromExtensions(new PrintStream(err, true));
		assertEquals(List.of("wsm", "wpm", "ahp", "topsis", "promethee2"), registry.all().stream().map(ScoringMethod::id).toList());
		assertEquals("", err.toString(), "no complaints about the contributions");
	}

	/**
	 * Three alternatives, C1 max (weight 3, linear q = 1, p = 3), C2 min (weight 2, usual); A (10, 5), B (8, 3),
	 * C (9, 4). Weights normalised: 0.6, 0.4. C1: d(A,B) = 2 → (2 − 1)/2 = 0.5, d = 1 → 0. C2 (min, d negated): B
	 * over A by 2 → 1, B over C → 1, C over A → 1. π(A,B) = 0.3, π(B,A) = π(B,C) = π(C,A) = 0.4, others 0.
	 * φ⁺ = (A 0.15, B 0.4, C 0.2), φ⁻ = (A 0.4, B 0.15, C 0.2), φ = (−0.25, 0.25, 0).
	 */
	@Test
	void prometheeByHand() throws Exception {
		List<Criterion> criteria = List.of(
				new Criterion("C1", Direction.MAX, 3.0, null, new PreferenceFunction(PreferenceFunction.Type.LINEAR, 1, 3, 0), null),
				new Criterion("C2", Direction.MIN, 2.0, null, null, null));
		DecisionProblem problem = DecisionProblem.of(List.of("A", "B", "C"), criteria, new double[][] { { 10, 5 }, { 8, 3 }, { 9, 4 } }, null, null);
		ScoringResult result = Problems.method("promethee2").solve(problem);
		assertArrayEquals(new double[] { 0.6, 0.4 }, result.weights(), 1e-12);
		assertArrayEquals(new double[] { 0.15, 0.4, 0.2 }, result.details().get("positiveFlow"), 1e-12);
		assertArrayEquals(new double[] { 0.4, 0.15, 0.2 }, result.details().get("negativeFlow"), 1e-12);
		assertArrayEquals(new double[] { -0.25, 0.25, 0 }, result.scores(), 1e-12);
		assertEquals(List.of("B", "C", "A"), result.ranking());
	}

	@Test
	void preferenceFunctions() {
		assertEquals(1, new PreferenceFunction(PreferenceFunction.Type.USUAL, 0, 0, 0).value(0.001));
		assertEquals(0, new PreferenceFunction(PreferenceFunction.Type.U_SHAPE, 2, 0, 0).value(2));
		assertEquals(1, new PreferenceFunction(PreferenceFunction.Type.U_SHAPE, 2, 0, 0).value(2.01));
		assertEquals(0.25, new PreferenceFunction(PreferenceFunction.Type.V_SHAPE, 0, 4, 0).value(1), 1e-15);
		assertEquals(0.5, new PreferenceFunction(PreferenceFunction.Type.LEVEL, 1, 3, 0).value(2));
		assertEquals(1, new PreferenceFunction(PreferenceFunction.Type.LEVEL, 1, 3, 0).value(3.5));
		assertEquals(0.5, new PreferenceFunction(PreferenceFunction.Type.LINEAR, 40, 400, 0).value(220), 1e-15);
		// Gaussian at d = s: 1 − e^(−1/2) = 0.393469...
		assertEquals(0.3934693, new PreferenceFunction(PreferenceFunction.Type.GAUSSIAN, 0, 0, 5).value(5), 1e-7);
		assertEquals(0, new PreferenceFunction(PreferenceFunction.Type.GAUSSIAN, 0, 0, 5).value(-5));
	}

	/**
	 * A consistent matrix a_ij = w_i / w_j has the eigenvector w, λmax = n and CR = 0 exactly. Criteria weights
	 * (0.5, 0.3, 0.2); local priorities (0.6, 0.4), (0.25, 0.75), (0.5, 0.5); global X = 0.5·0.6 + 0.3·0.25 + 0.2·0.5 =
	 * 0.475, Y = 0.5·0.4 + 0.3·0.75 + 0.2·0.5 = 0.525.
	 */
	@Test
	void ahpSynthesisOfConsistentJudgements() throws Exception {
		AhpInput ahp = new AhpInput(PairwiseMatrix.of(consistent(0.5, 0.3, 0.2), "ahp.criteria"), null,
				Map.of("Cost", PairwiseMatrix.of(consistent(0.6, 0.4), "c"), "Quality", PairwiseMatrix.of(consistent(0.25, 0.75), "q"),
						"Risk", PairwiseMatrix.of(consistent(0.5, 0.5), "r")));
		DecisionProblem problem = Problems.ahpOnly(List.of("X", "Y"), Problems.unweighted("Cost", "Quality", "Risk"), ahp);
		ScoringResult result = Problems.method("ahp").solve(problem);
		assertArrayEquals(new double[] { 0.5, 0.3, 0.2 }, result.weights(), 1e-12);
		assertEquals(3, result.ahpCriteria().lambdaMax(), 1e-12);
		assertEquals(0, result.ahpCriteria().consistencyRatio(), 1e-12);
		assertArrayEquals(new double[] { 0.475, 0.525 }, result.scores(), 1e-12);
		assertEquals(List.of("Y", "X"), result.ranking());
		assertArrayEquals(new double[] { 0.25, 0.75 }, result.ahpAlternatives().get("Quality").weights(), 1e-12);
		assertTrue(result.warnings().isEmpty());
	}

	/**
	 * Group judgement: the element-wise geometric mean of judges saying 3 and 1/3 on the same pair is 1; of 2 and 8 it
	 * is 4, giving weights (0.8, 0.2).
	 */
	@Test
	void ahpGroupJudgementsByGeometricMean() throws Exception {
		PairwiseMatrix one = PairwiseMatrix.of(new double[][] { { 1, 3 }, { 1 / 3.0, 1 } }, "j0");
		PairwiseMatrix other = PairwiseMatrix.of(new double[][] { { 1, 1 / 3.0 }, { 3, 1 } }, "j1");
		assertEquals(1, PairwiseMatrix.geometricMean(List.of(one, other), "judges").get(0, 1), 1e-12);
		PairwiseMatrix two = PairwiseMatrix.of(new double[][] { { 1, 2 }, { 0.5, 1 } }, "j0");
		PairwiseMatrix eight = PairwiseMatrix.of(new double[][] { { 1, 8 }, { 0.125, 1 } }, "j1");
		DecisionProblem problem = Problems.ahpOnly(List.of("X"), Problems.unweighted("a", "b"), new AhpInput(null, List.of(two, eight), null));
		assertArrayEquals(new double[] { 0.8, 0.2 }, Problems.method("ahp").solve(problem).weights(), 1e-12);
	}

	@Test
	void pairwiseMatrixThatIsNotReciprocalIsRejectedWithItsPlace() {
		ScoringException e = assertThrows(ScoringException.class,
				() -> PairwiseMatrix.of(new double[][] { { 1, 3, 5 }, { 1 / 3.0, 1, 2 }, { 1 / 5.0, 2, 1 } }, "ahp.criteria"));
		assertEquals("ahp.criteria[1][2]", e.where());
		assertTrue(e.getMessage().contains("not reciprocal"), e.getMessage());
	}

	/**
	 * Missing values are reported and the alternative is left out; the others are normalised among themselves (with
	 * max normalisation B's 4 is the maximum, not C's 100, which is missing on C2).
	 */
	@Test
	void missingValuesAreReportedNeverZero() throws Exception {
		DecisionProblem problem = DecisionProblem.of(List.of("A", "B", "C"),
				List.of(new Criterion("C1", Direction.MAX, 0.5), new Criterion("C2", Direction.MAX, 0.5)),
				new double[][] { { 2, 1 }, { 4, 2 }, { 100, Double.NaN } }, Normalisation.MAX, null);
		assertEquals(Map.of("C", List.of("C2")), problem.missingValues());
		ScoringResult result = Problems.method("wsm").solve(problem);
		assertEquals(List.of("B", "A"), result.ranking());
		assertEquals(1.0, result.score("B"), 1e-12);
		assertEquals(0.5, result.score("A"), 1e-12);
		assertTrue(Double.isNaN(result.score("C")));
		assertEquals(List.of("C is not ranked: no value for C2"), result.warnings());
	}

	/** Normalisations on the column (1, 2, 5) of a max and of a min criterion. */
	@Test
	void normalisations() throws Exception {
		double[] column = { 1, 2, 5 };
		assertArrayEquals(new double[] { 1 / Math.sqrt(30), 2 / Math.sqrt(30), 5 / Math.sqrt(30) }, Normalisation.VECTOR.apply(column, Direction.MAX, "c"), 1e-15);
		assertArrayEquals(new double[] { 0, 0.25, 1 }, Normalisation.MINMAX.apply(column, Direction.MAX, "c"), 1e-15);
		assertArrayEquals(new double[] { 1, 0.75, 0 }, Normalisation.MINMAX.apply(column, Direction.MIN, "c"), 1e-15);
		assertArrayEquals(new double[] { 0.2, 0.4, 1 }, Normalisation.MAX.apply(column, Direction.MAX, "c"), 1e-15);
		assertArrayEquals(new double[] { 1, 0.5, 0.2 }, Normalisation.MAX.apply(column, Direction.MIN, "c"), 1e-15);
		assertArrayEquals(new double[] { 0.125, 0.25, 0.625 }, Normalisation.SUM.apply(column, Direction.MIN, "c"), 1e-15);
	}

	@Test
	void raggedMatrixAndNegativeWeightsAreRejected() {
		ScoringException ragged = assertThrows(ScoringException.class, () -> DecisionProblem.of(List.of("A", "B"),
				List.of(new Criterion("C1", Direction.MAX, 1.0), new Criterion("C2", Direction.MAX, 1.0)), new double[][] { { 1, 2 }, { 3 } }, null, null));
		assertEquals("matrix[1] (B)", ragged.where());
		ScoringException negative = assertThrows(ScoringException.class, () -> DecisionProblem.of(List.of("A"),
				List.of(new Criterion("C1", Direction.MAX, 1.0), new Criterion("C2", Direction.MAX, -0.5)), new double[][] { { 1, 2 } }, null, null));
		assertEquals("criteria[1] (C2).weight", negative.where());
	}

	private static double[][] consistent(double... weights) {
		double[][] matrix = new double[weights.length][weights.length];
		for (int i = 0; i < weights.length; i++) {
			for (int j = 0; j < weights.length; j++) {
				matrix[i][j] = weights[i] / weights[j];
			}
		}
		return matrix;
	}
}
