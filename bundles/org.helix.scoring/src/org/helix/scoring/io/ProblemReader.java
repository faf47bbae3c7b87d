package org.helix.scoring.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helix.scoring.AhpInput;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.PreferenceFunction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.sensitivity.MonteCarlo;

/**
 * Reads the decision problem format of {@code ./helix cli mcda} (docs/scoring.md). Strict: unknown keys, wrong types,
 * ragged matrices, negative weights and pairwise matrices that are not reciprocal are reported with the path of the
 * offending value, e.g. {@code matrix[2] (A3): 3 values, but there are 4 criteria}. A {@code null} in the matrix is a
 * missing value.
 */
public final class ProblemReader {

	private static final Set<String> TOP = Set.of("method", "alternatives", "criteria", "matrix", "normalisation", "ahp", "sensitivity");
	private static final Set<String> CRITERION = Set.of("name", "direction", "weight", "unit", "preference", "valuePath");
	private static final Set<String> PREFERENCE = Set.of("function", "q", "p", "s");
	private static final Set<String> AHP = Set.of("criteria", "judges", "alternatives");
	private static final Set<String> SENSITIVITY = Set.of("oat", "monteCarlo");
	private static final Set<String> MONTE_CARLO = Set.of("samples", "seed", "spread");

	private ProblemReader() {
	}

	public static ProblemFile read(Reader reader) throws ScoringException, IOException {
		Object root = JsonTree.read(reader);
		Map<String, Object> top = object(root, "the file");
		keys(top, TOP, "");
		String method = string(top, "method", "", true);
		List<String> alternatives = strings(require(top, "alternatives", ""), "alternatives");
		List<Object> criteriaJson = list(require(top, "criteria", ""), "criteria");
		List<Criterion> criteria = new ArrayList<>();
		for (int j = 0; j < criteriaJson.size(); j++) {
			criteria.add(criterion(criteriaJson.get(j), "criteria[" + j + "]"));
		}
		double[][] matrix = top.get("matrix") == null ? null : matrix(top.get("matrix"), "matrix", true);
		Normalisation normalisation = null;
		String normalisationId = string(top, "normalisation", "", false);
		if (normalisationId != null) {
			normalisation = Normalisation.of(normalisationId);
			if (normalisation == null) {
				throw new ScoringException("normalisation", "unknown normalisation '" + normalisationId + "'; known: none, vector, minmax, max, sum");
			}
		}
		AhpInput ahp = top.get("ahp") == null ? null : ahp(object(top.get("ahp"), "ahp"));
		boolean oat = false;
		int samples = 0;
		long seed = 0;
		double spread = MonteCarlo.DEFAULT_SPREAD;
		if (top.get("sensitivity") != null) {
			Map<String, Object> sensitivity = object(top.get("sensitivity"), "sensitivity");
			keys(sensitivity, SENSITIVITY, "sensitivity");
			if (sensitivity.get("oat") != null) {
				if (!(sensitivity.get("oat") instanceof Boolean flag)) {
					throw new ScoringException("sensitivity.oat", "expected true or false");
				}
				oat = flag;
			}
			if (sensitivity.get("monteCarlo") != null) {
				Map<String, Object> monteCarlo = object(sensitivity.get("monteCarlo"), "sensitivity.monteCarlo");
				keys(monteCarlo, MONTE_CARLO, "sensitivity.monteCarlo");
				double n = number(monteCarlo, "samples", "sensitivity.monteCarlo", true);
				if (n < 1 || n > 10_000_000 || n != Math.rint(n)) {
					throw new ScoringException("sensitivity.monteCarlo.samples", "expected a whole number from 1 to 10,000,000, got " + n);
				}
				samples = (int) n;
				Double seedValue = optionalNumber(monteCarlo, "seed", "sensitivity.monteCarlo");
				if (seedValue != null) {
					if (seedValue != Math.rint(seedValue) || Math.abs(seedValue) > 9.0e15) {
						throw new ScoringException("sensitivity.monteCarlo.seed", "expected a whole number, got " + seedValue);
					}
					seed = seedValue.longValue();
				}
				Double spreadValue = optionalNumber(monteCarlo, "spread", "sensitivity.monteCarlo");
				if (spreadValue != null) {
					if (!(spreadValue >= 0 && spreadValue < 1)) {
						throw new ScoringException("sensitivity.monteCarlo.spread", "expected a number from 0 up to (not including) 1, got " + spreadValue);
					}
					spread = spreadValue;
				}
			}
		}
		DecisionProblem problem = DecisionProblem.of(alternatives, criteria, matrix, normalisation, ahp);
		return new ProblemFile(method, problem, oat, samples, seed, spread);
	}

	private static Criterion criterion(Object json, String where) throws ScoringException {
		Map<String, Object> object = object(json, where);
		keys(object, CRITERION, where);
		String name = string(object, "name", where, true);
		String directionId = string(object, "direction", where, false);
		Direction direction = directionId == null ? Direction.MAX : Direction.of(directionId);
		if (direction == null) {
			throw new ScoringException(where + ".direction", "expected max or min, got '" + directionId + "'");
		}
		Double weight = optionalNumber(object, "weight", where);
		if (weight != null && weight < 0) {
			throw new ScoringException(where + ".weight", "weights must not be negative, got " + weight);
		}
		PreferenceFunction preference = null;
		if (object.get("preference") != null) {
			String at = where + ".preference";
			Map<String, Object> json2 = object(object.get("preference"), at);
			keys(json2, PREFERENCE, at);
			String function = string(json2, "function", at, true);
			PreferenceFunction.Type type = PreferenceFunction.Type.of(function);
			if (type == null) {
				throw new ScoringException(at + ".function", "unknown preference function '" + function
						+ "'; known: usual, u-shape, v-shape, level, linear, gaussian");
			}
			preference = new PreferenceFunction(type, orNaN(optionalNumber(json2, "q", at)), orNaN(optionalNumber(json2, "p", at)),
					orNaN(optionalNumber(json2, "s", at)));
		}
		return new Criterion(name, direction, weight, string(object, "unit", where, false), preference, string(object, "valuePath", where, false));
	}

	private static double orNaN(Double value) {
		return value == null ? Double.NaN : value;
	}

	private static AhpInput ahp(Map<String, Object> json) throws ScoringException {
		keys(json, AHP, "ahp");
		PairwiseMatrix criteria = json.get("criteria") == null ? null : pairwise(json.get("criteria"), "ahp.criteria");
		List<PairwiseMatrix> judges = new ArrayList<>();
		if (json.get("judges") != null) {
			List<Object> list = list(json.get("judges"), "ahp.judges");
			if (list.isEmpty()) {
				throw new ScoringException("ahp.judges", "no judges' matrices");
			}
			for (int k = 0; k < list.size(); k++) {
				judges.add(pairwise(list.get(k), "ahp.judges[" + k + "]"));
			}
		}
		Map<String, PairwiseMatrix> alternatives = new LinkedHashMap<>();
		if (json.get("alternatives") != null) {
			for (Map.Entry<String, Object> entry : object(json.get("alternatives"), "ahp.alternatives").entrySet()) {
				alternatives.put(entry.getKey(), pairwise(entry.getValue(), "ahp.alternatives." + entry.getKey()));
			}
		}
		return new AhpInput(criteria, judges, alternatives);
	}

	private static PairwiseMatrix pairwise(Object json, String where) throws ScoringException {
		return PairwiseMatrix.of(matrix(json, where, false), where);
	}

	private static double[][] matrix(Object json, String where, boolean missingAllowed) throws ScoringException {
		List<Object> rows = list(json, where);
		double[][] matrix = new double[rows.size()][];
		for (int i = 0; i < rows.size(); i++) {
			List<Object> row = list(rows.get(i), where + "[" + i + "]");
			matrix[i] = new double[row.size()];
			for (int j = 0; j < row.size(); j++) {
				Object cell = row.get(j);
				if (cell == null && missingAllowed) {
					matrix[i][j] = Double.NaN;
				} else if (cell instanceof Double number) {
					matrix[i][j] = number;
				} else {
					throw new ScoringException(where + "[" + i + "][" + j + "]", "expected a number" + (missingAllowed ? " or null (missing)" : "") + ", got "
							+ describe(cell));
				}
			}
		}
		return matrix;
	}

	private static void keys(Map<String, Object> object, Set<String> known, String where) throws ScoringException {
		for (String key : object.keySet()) {
			if (!known.contains(key)) {
				throw new ScoringException(where.isEmpty() ? key : where + "." + key,
						"unknown key '" + key + "'; known: " + String.join(", ", known.stream().sorted().toList()));
			}
		}
	}

	private static Object require(Map<String, Object> object, String key, String where) throws ScoringException {
		Object value = object.get(key);
		if (value == null) {
			throw new ScoringException(path(where, key), "missing");
		}
		return value;
	}

	private static String path(String where, String key) {
		return where.isEmpty() ? key : where + "." + key;
	}

	private static String string(Map<String, Object> object, String key, String where, boolean required) throws ScoringException {
		Object value = required ? require(object, key, where) : object.get(key);
		if (value != null && !(value instanceof String)) {
			throw new ScoringException(path(where, key), "expected a string, got " + describe(value));
		}
		return (String) value;
	}

	private static double number(Map<String, Object> object, String key, String where, boolean required) throws ScoringException {
		Object value = require(object, key, where);
		if (!(value instanceof Double number)) {
			throw new ScoringException(path(where, key), "expected a number, got " + describe(value));
		}
		return number;
	}

	private static Double optionalNumber(Map<String, Object> object, String key, String where) throws ScoringException {
		Object value = object.get(key);
		if (value != null && !(value instanceof Double)) {
			throw new ScoringException(path(where, key), "expected a number, got " + describe(value));
		}
		return (Double) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object value, String where) throws ScoringException {
		if (!(value instanceof Map)) {
			throw new ScoringException(where, "expected an object {...}, got " + describe(value));
		}
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value, String where) throws ScoringException {
		if (!(value instanceof List)) {
			throw new ScoringException(where, "expected an array [...], got " + describe(value));
		}
		return (List<Object>) value;
	}

	private static List<String> strings(Object value, String where) throws ScoringException {
		List<Object> list = list(value, where);
		List<String> strings = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			if (!(list.get(i) instanceof String string)) {
				throw new ScoringException(where + "[" + i + "]", "expected a name (string), got " + describe(list.get(i)));
			}
			strings.add(string);
		}
		return strings;
	}

	private static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof String string) {
			return "the string \"" + string + "\"";
		}
		if (value instanceof Map) {
			return "an object";
		}
		if (value instanceof List) {
			return "an array";
		}
		return value.toString();
	}
}
