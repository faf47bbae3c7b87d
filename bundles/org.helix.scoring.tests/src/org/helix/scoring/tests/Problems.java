package org.helix.scoring.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.helix.scoring.AhpInput;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PreferenceFunction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;

/** Published worked examples as decision problems, and the methods as contributed through the extension point. */
final class Problems {

	private Problems() {
	}

	/** The method contributed with this id; fails when the extension point does not deliver it. */
	static ScoringMethod method(String id) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ScoringMethodRegistry registry = ScoringMethodRegistry.fromExtensions(new PrintStream(err, true));
		ScoringMethod method = registry.get(id);
		if (method == null) {
			throw new AssertionError("method '" + id + "' not contributed; registry said: " + err);
		}
		return method;
	}

	static Criterion criterion(String name, Direction direction, double weight) {
		return new Criterion(name, direction, weight);
	}

	/**
	 * Triantaphyllou (2000), Multi-Criteria Decision Making Methods: A Comparative Study, Kluwer, ch. 2 (WSM and WPM
	 * examples): three alternatives, four benefit criteria, weights 0.20, 0.15, 0.40, 0.25.
	 */
	static DecisionProblem triantaphyllou(Normalisation normalisation) throws ScoringException {
		List<Criterion> criteria = List.of(criterion("C1", Direction.MAX, 0.20), criterion("C2", Direction.MAX, 0.15),
				criterion("C3", Direction.MAX, 0.40), criterion("C4", Direction.MAX, 0.25));
		double[][] matrix = { { 25, 20, 15, 30 }, { 10, 30, 20, 30 }, { 30, 10, 30, 10 } };
		return DecisionProblem.of(List.of("A1", "A2", "A3"), criteria, matrix, normalisation, null);
	}

	/**
	 * Hwang &amp; Yoon (1981), Multiple Attribute Decision Making, Springer LNEMS 186, the fighter aircraft example
	 *: four aircraft; maximum speed (Mach), ferry range (NM), maximum payload (lb), acquisition cost
	 * (10^6 $, a cost), reliability and manoeuvrability (interval scale: low 3, average 5, high 7, very high 9);
	 * weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3.
	 */
	static DecisionProblem fighterAircraft() throws ScoringException {
		List<Criterion> criteria = List.of(criterion("Maximum speed", Direction.MAX, 0.2), criterion("Ferry range", Direction.MAX, 0.1),
				criterion("Maximum payload", Direction.MAX, 0.1), criterion("Acquisition cost", Direction.MIN, 0.1),
				criterion("Reliability", Direction.MAX, 0.2), criterion("Maneuverability", Direction.MAX, 0.3));
		double[][] matrix = { { 2.0, 1500, 20000, 5.5, 5, 9 }, { 2.5, 2700, 18000, 6.5, 3, 5 }, { 1.8, 2000, 21000, 4.5, 7, 7 },
				{ 2.2, 1800, 20000, 5.0, 5, 5 } };
		return DecisionProblem.of(List.of("A1", "A2", "A3", "A4"), criteria, matrix, null, null);
	}

	/**
	 * The six-alternative, six-criterion example of Brans, Vincke &amp; Mareschal (1986), "How to select and how to
	 * rank projects: the PROMETHEE method", EJOR 24, 228–238: one criterion per type of preference function, equal
	 * weights.
	 */
	static DecisionProblem bransVinckeMareschal() throws ScoringException {
		List<Criterion> criteria = new ArrayList<>();
		criteria.add(new Criterion("f1", Direction.MIN, 1.0, null, new PreferenceFunction(PreferenceFunction.Type.U_SHAPE, 10, 0, 0), null));
		criteria.add(new Criterion("f2", Direction.MAX, 1.0, null, new PreferenceFunction(PreferenceFunction.Type.V_SHAPE, 0, 30, 0), null));
		criteria.add(new Criterion("f3", Direction.MIN, 1.0, null, new PreferenceFunction(PreferenceFunction.Type.LINEAR, 50, 500, 0), null));
		criteria.add(new Criterion("f4", Direction.MIN, 1.0, null, new PreferenceFunction(PreferenceFunction.Type.LEVEL, 1, 6, 0), null));
		criteria.add(new Criterion("f5", Direction.MIN, 1.0, null, PreferenceFunction.USUAL, null));
		criteria.add(new Criterion("f6", Direction.MAX, 1.0, null, new PreferenceFunction(PreferenceFunction.Type.GAUSSIAN, 0, 0, 5), null));
		double[][] matrix = { { 80, 90, 600, 5.4, 8, 5 }, { 65, 58, 200, 9.7, 1, 1 }, { 83, 60, 400, 7.2, 4, 7 }, { 40, 80, 1000, 7.5, 7, 10 },
				{ 52, 72, 600, 2.0, 3, 8 }, { 94, 96, 700, 3.6, 5, 6 } };
		return DecisionProblem.of(List.of("a1", "a2", "a3", "a4", "a5", "a6"), criteria, matrix, null, null);
	}

	/**
	 * Saaty (1990), "How to make a decision: the Analytic Hierarchy Process", EJOR 48, 9–26: the eight
	 * criteria of buying a house (size, transportation, neighbourhood, age, yard, modern facilities, condition,
	 * financing).
	 */
	static final double[][] SAATY_HOUSE = { { 1, 5, 3, 7, 6, 6, 1 / 3.0, 1 / 4.0 }, { 1 / 5.0, 1, 1 / 3.0, 5, 3, 3, 1 / 5.0, 1 / 7.0 },
			{ 1 / 3.0, 3, 1, 6, 3, 4, 6, 1 / 5.0 }, { 1 / 7.0, 1 / 5.0, 1 / 6.0, 1, 1 / 3.0, 1 / 4.0, 1 / 7.0, 1 / 8.0 },
			{ 1 / 6.0, 1 / 3.0, 1 / 3.0, 3, 1, 1 / 2.0, 1 / 5.0, 1 / 6.0 }, { 1 / 6.0, 1 / 3.0, 1 / 4.0, 4, 2, 1, 1 / 5.0, 1 / 6.0 },
			{ 3, 5, 1 / 6.0, 7, 5, 5, 1, 1 / 2.0 }, { 4, 7, 5, 8, 6, 6, 2, 1 } };

	/**
	 * Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill, the light intensity experiment: relative brightness of
	 * four chairs at different distances from a light, judged by eye.
	 */
	static final double[][] SAATY_LIGHT = { { 1, 5, 6, 7 }, { 1 / 5.0, 1, 4, 6 }, { 1 / 6.0, 1 / 4.0, 1, 4 }, { 1 / 7.0, 1 / 6.0, 1 / 4.0, 1 } };

	static List<Criterion> unweighted(String... names) {
		return java.util.Arrays.stream(names).map(name -> new Criterion(name, Direction.MAX, null)).toList();
	}

	static DecisionProblem ahpOnly(List<String> alternatives, List<Criterion> criteria, AhpInput ahp) throws ScoringException {
		return DecisionProblem.of(alternatives, criteria, null, null, ahp);
	}
}
