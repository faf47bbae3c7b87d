package org.helix.scoring.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.Direction;
import org.helix.scoring.Normalisation;
import org.helix.scoring.PreferenceFunction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.io.ProblemFile;
import org.helix.scoring.io.ScoringReport;
import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.Parameter;
import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.RunWeight;
import org.helix.scoring.model.Scale;
import org.helix.scoring.model.ScalePoint;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.model.ScoringsFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Runs a saved {@link Scoring} on the model its alternatives belong to: reads every criterion's value from every
 * alternative (through the criterion's {@link ValuePath} and {@link Scale}), solves the problem with the scoring's
 * method and records a {@link ScoringRun} with its provenance (method and version, normalisation, parameters,
 * weights, every input as used, the as-of date, scores and ranks). The run is returned, not added: the caller decides
 * whether to keep it ({@code scoring.getRuns().add(run)}, in the workbench through a command). Reads the model as it
 * is: callers off the UI thread pass a snapshot.
 * <p>
 * Parameters of a scoring: {@code oat} ({@code true}: one-at-a-time weight sweeps), {@code monteCarlo.samples},
 * {@code monteCarlo.seed}, {@code monteCarlo.spread} (as in the {@code mcda} input).
 */
public final class ScoringRunner {

	/** A run and the full report it was made from (with sensitivity, when asked for). */
	public record Outcome(ScoringRun run, ScoringReport report) {
	}

	static final Set<String> PARAMETERS = Set.of("oat", "monteCarlo.samples", "monteCarlo.seed", "monteCarlo.spread");

	private ScoringRunner() {
	}

	public static Outcome run(Scoring scoring, ScoringMethodRegistry registry, LocalDate asOf) throws ScoringException {
		String prefix = "scoring '" + scoring.getName() + "'";
		ScoringMethod method = registry.get(scoring.getMethod());
		if (method == null) {
			throw new ScoringException(prefix + ": method", "unknown method '" + scoring.getMethod() + "'; known: "
					+ String.join(", ", registry.all().stream().map(ScoringMethod::id).toList()));
		}
		Normalisation normalisation = null;
		if (scoring.getNormalisation() != null) {
			normalisation = Normalisation.of(scoring.getNormalisation());
			if (normalisation == null) {
				throw new ScoringException(prefix + ": normalisation", "unknown normalisation '" + scoring.getNormalisation()
						+ "'; known: none, vector, minmax, max, sum");
			}
		}
		Map<String, String> parameters = new java.util.LinkedHashMap<>();
		for (Parameter parameter : scoring.getParameters()) {
			if (!PARAMETERS.contains(parameter.getName())) {
				throw new ScoringException(prefix + ": parameter '" + parameter.getName() + "'", "unknown; known: " + String.join(", ", PARAMETERS.stream().sorted().toList()));
			}
			parameters.put(parameter.getName(), parameter.getValue());
		}

		List<EObject> elements = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < scoring.getAlternatives().size(); i++) {
			EObject element = scoring.getAlternatives().get(i);
			if (element.eIsProxy()) {
				throw new ScoringException(prefix + ": alternatives[" + i + "]", "refers to " + EcoreUtil.getURI(element)
						+ ", which is not in the model (deleted, or the model file was renamed without its scorings)");
			}
			String label = label(element);
			if (!seen.add(label)) {
				throw new ScoringException(prefix + ": alternatives[" + i + "]", "two alternatives are called '" + label + "'");
			}
			elements.add(element);
			labels.add(label);
		}

		List<Criterion> criteria = new ArrayList<>();
		double[][] matrix = new double[elements.size()][scoring.getCriteria().size()];
		ScoringRun run = ScoringsFactory.eINSTANCE.createScoringRun();
		for (int j = 0; j < scoring.getCriteria().size(); j++) {
			CriterionDefinition definition = scoring.getCriteria().get(j);
			String where = prefix + ": criteria[" + j + "] (" + definition.getName() + ")";
			criteria.add(criterion(definition, where));
			ValuePath path = ValuePath.parse(definition.getValuePath(), where + ".valuePath");
			for (int i = 0; i < elements.size(); i++) {
				Object raw = path.read(elements.get(i), where + ".valuePath, alternative '" + labels.get(i) + "'");
				Double value = number(raw, definition.getScale(), where + ", alternative '" + labels.get(i) + "'");
				matrix[i][j] = value == null ? Double.NaN : value;
				RunInput input = ScoringsFactory.eINSTANCE.createRunInput();
				input.setAlternative(elements.get(i));
				input.setAlternativeLabel(labels.get(i));
				input.setCriterion(definition.getName());
				input.setText(ValuePath.asText(raw));
				input.setValue(value);
				run.getInputs().add(input);
			}
		}
		DecisionProblem problem = DecisionProblem.of(labels, criteria, matrix, normalisation, Judgements.ahpInput(scoring, labels));
		boolean oat = Boolean.parseBoolean(parameters.getOrDefault("oat", "false"));
		int samples = (int) number(parameters, "monteCarlo.samples", 0, prefix);
		long seed = (long) number(parameters, "monteCarlo.seed", 1, prefix);
		double spread = number(parameters, "monteCarlo.spread", 0.2, prefix);
		ScoringReport report = ScoringReport.compute(method, new ProblemFile(method.id(), problem, oat, samples, seed, spread));
		ScoringResult result = report.result();

		run.setMethod(method.id());
		run.setMethodVersion(version(method));
		run.setNormalisation((normalisation != null ? normalisation : method.defaultNormalisation()).id());
		run.setAsOf(asOf);
		for (Map.Entry<String, String> entry : parameters.entrySet()) {
			Parameter copy = ScoringsFactory.eINSTANCE.createParameter();
			copy.setName(entry.getKey());
			copy.setValue(entry.getValue());
			run.getParameters().add(copy);
		}
		for (int j = 0; j < result.criteria().size(); j++) {
			RunWeight weight = ScoringsFactory.eINSTANCE.createRunWeight();
			weight.setCriterion(result.criteria().get(j));
			weight.setWeight(result.weights()[j]);
			run.getWeights().add(weight);
		}
		int rank = 1;
		for (String name : result.ranking()) {
			RunResult entry = result(elements.get(labels.indexOf(name)), name);
			entry.setScore(result.score(name));
			entry.setRank(rank++);
			run.getResults().add(entry);
		}
		for (Map.Entry<String, List<String>> entry : result.missing().entrySet()) {
			RunResult left = result(elements.get(labels.indexOf(entry.getKey())), entry.getKey());
			left.getMissing().addAll(entry.getValue());
			run.getResults().add(left);
		}
		run.getWarnings().addAll(report.warnings());
		run.getWarnings().addAll(weightsAgainstJudgements(scoring, result));
		return new Outcome(run, report);
	}

	/**
	 * A method other than AHP uses the criteria's weights; when the scoring also has a criteria matrix, those weights
	 * should be its priorities (the editor sets both in one command). Said when they are not (weights edited after the
	 * AHP, or the file edited by hand), so the provenance of the weights is never misread.
	 */
	private static List<String> weightsAgainstJudgements(Scoring scoring, ScoringResult result) throws ScoringException {
		var judgements = Judgements.criteriaMatrix(scoring);
		if (judgements == null || "ahp".equals(scoring.getMethod())) {
			return List.of();
		}
		double[] priorities = Judgements.priorities(judgements).weights();
		for (int j = 0; j < priorities.length && j < result.weights().length; j++) {
			if (Math.abs(priorities[j] - result.weights()[j]) > 5e-4) {
				return List.of("the weights are not the priorities of the saved AHP criteria judgements (" + result.criteria().get(j) + ": "
						+ String.format(java.util.Locale.ROOT, "%.4f used, %.4f from the judgements", result.weights()[j], priorities[j])
						+ "); they were edited after the AHP");
			}
		}
		return List.of();
	}

	private static RunResult result(EObject element, String label) {
		RunResult result = ScoringsFactory.eINSTANCE.createRunResult();
		result.setAlternative(element);
		result.setAlternativeLabel(label);
		return result;
	}

	private static Criterion criterion(CriterionDefinition definition, String where) throws ScoringException {
		Direction direction = definition.getDirection() == null ? Direction.MAX : Direction.of(definition.getDirection());
		if (direction == null) {
			throw new ScoringException(where + ".direction", "must be max or min, got '" + definition.getDirection() + "'");
		}
		PreferenceFunction preference = PreferenceFunction.USUAL;
		if (definition.getPreferenceFunction() != null) {
			PreferenceFunction.Type type = PreferenceFunction.Type.of(definition.getPreferenceFunction());
			if (type == null) {
				throw new ScoringException(where + ".preferenceFunction", "unknown preference function '" + definition.getPreferenceFunction()
						+ "'; known: usual, u-shape, v-shape, level, linear, gaussian");
			}
			preference = new PreferenceFunction(type, orZero(definition.getQ()), orZero(definition.getP()), orZero(definition.getS()));
			preference.check(where + ".preferenceFunction");
		}
		return new Criterion(definition.getName(), direction, definition.getWeight(), definition.getUnit(), preference, definition.getValuePath());
	}

	private static double orZero(Double value) {
		return value == null ? 0 : value;
	}

	/** The number for a value read from the model: numbers as they are, anything else through the scale; null is missing. */
	static Double number(Object raw, Scale scale, String where) throws ScoringException {
		if (raw == null) {
			return null;
		}
		if (raw instanceof Number number) {
			return number.doubleValue();
		}
		String text = ValuePath.asText(raw);
		if (scale == null) {
			throw new ScoringException(where, "reads '" + text + "', not a number: give the criterion a scale that maps it to one");
		}
		for (ScalePoint point : scale.getPoints()) {
			if (text.equals(point.getKey())) {
				return point.getValue();
			}
		}
		throw new ScoringException(where, "reads '" + text + "', which scale '" + scale.getName() + "' does not map; it maps "
				+ String.join(", ", scale.getPoints().stream().map(ScalePoint::getKey).toList()));
	}

	private static double number(Map<String, String> parameters, String name, double fallback, String prefix) throws ScoringException {
		String value = parameters.get(name);
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new ScoringException(prefix + ": parameter '" + name + "'", "'" + value + "' is not a number");
		}
	}

	/** An element's name, or its id, or its type. */
	public static String label(EObject element) {
		for (String feature : new String[] { "name", "id" }) {
			EStructuralFeature f = element.eClass().getEStructuralFeature(feature);
			if (f != null && !f.isMany() && element.eGet(f) != null) {
				return element.eGet(f).toString();
			}
		}
		return element.eClass().getName();
	}

	/** The version of the bundle that contributed the method ("unversioned" outside OSGi, e.g. in plain JUnit). */
	static String version(ScoringMethod method) {
		Bundle bundle = FrameworkUtil.getBundle(method.getClass());
		return bundle == null ? "unversioned" : bundle.getSymbolicName() + " " + bundle.getVersion();
	}
}
