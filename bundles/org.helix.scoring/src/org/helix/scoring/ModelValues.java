package org.helix.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Decision problems whose alternatives are model elements (domains, technologies, actions, projects, materials,
 * organisations): each criterion's {@link Criterion#valuePath() value path} is read from every element. A path is a
 * dot-separated chain of feature names: single-valued references are followed, the last feature is a numeric
 * attribute ({@code relatednessDensity}, {@code budget.amount}). An unset value anywhere along the path is a missing
 * value (reported, never 0); a feature that does not exist or is many-valued is an error. Reads the elements as they
 * are: callers that may run off the UI thread pass a snapshot.
 */
public final class ModelValues {

	private ModelValues() {
	}

	/**
	 * @param label the name of an alternative (must be unique), e.g. the element's name
	 * @param normalisation null for the method's default
	 */
	public static DecisionProblem problem(List<? extends EObject> elements, Function<EObject, String> label, List<Criterion> criteria,
			Normalisation normalisation) throws ScoringException {
		List<String> names = new ArrayList<>();
		double[][] matrix = new double[elements.size()][criteria.size()];
		for (int i = 0; i < elements.size(); i++) {
			names.add(label.apply(elements.get(i)));
			for (int j = 0; j < criteria.size(); j++) {
				Criterion criterion = criteria.get(j);
				if (criterion.valuePath() == null || criterion.valuePath().isBlank()) {
					throw new ScoringException("criteria[" + j + "] (" + criterion.name() + ")", "no value path to read from the model");
				}
				matrix[i][j] = value(elements.get(i), criterion.valuePath(), "criteria[" + j + "] (" + criterion.name() + ").valuePath");
			}
		}
		return DecisionProblem.of(names, criteria, matrix, normalisation, null);
	}

	/** The number at {@code path} from {@code element}; NaN when a value along the way is not set. */
	public static double value(EObject element, String path, String where) throws ScoringException {
		EObject current = element;
		String[] segments = path.split("\\.");
		for (int s = 0; s < segments.length; s++) {
			EStructuralFeature feature = current.eClass().getEStructuralFeature(segments[s]);
			if (feature == null) {
				throw new ScoringException(where, current.eClass().getName() + " has no feature '" + segments[s] + "' (path '" + path + "')");
			}
			if (feature.isMany()) {
				throw new ScoringException(where, "'" + segments[s] + "' of " + current.eClass().getName() + " holds many values; a value path needs single values");
			}
			Object value = current.eGet(feature);
			if (value == null) {
				return Double.NaN;
			}
			boolean last = s == segments.length - 1;
			if (!last) {
				if (!(feature instanceof EReference)) {
					throw new ScoringException(where, "'" + segments[s] + "' of " + current.eClass().getName() + " is not a reference, so '" + path + "' cannot go on");
				}
				current = (EObject) value;
			} else {
				if (!(feature instanceof EAttribute) || !(value instanceof Number number)) {
					throw new ScoringException(where, "'" + segments[s] + "' of " + current.eClass().getName() + " is not a number");
				}
				return number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue();
			}
		}
		return Double.NaN;
	}
}
