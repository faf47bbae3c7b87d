package org.helix.scoring.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.scoring.ScoringException;

/**
 * A criterion's value path, read from a model element: feature names separated by dots. Single-valued references
 * are followed; a many-valued reference needs filters {@code [path=value]} that together select exactly one element,
 * e.g. {@code ratings[indicator.name=Export][period=huidige status].level} (the filter value runs to the closing
 * bracket and may hold spaces; it is compared with what its path reads as text, an enumeration by its literal name).
 * The path ends in an attribute: a number, an enumeration literal or a text (the latter two are mapped to numbers
 * by the criterion's scale). Nothing set along the way, or no element passing the filters, reads as missing.
 */
public final class ValuePath {

	record Filter(String path, String value) {
	}

	record Step(String feature, List<Filter> filters) {
	}

	private final String text;
	private final List<Step> steps;

	private ValuePath(String text, List<Step> steps) {
		this.text = text;
		this.steps = steps;
	}

	/** @param where where the path is written, for messages */
	public static ValuePath parse(String text, String where) throws ScoringException {
		if (text == null || text.isBlank()) {
			throw new ScoringException(where, "no value path to read from the model");
		}
		List<Step> steps = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			int start = i;
			while (i < text.length() && text.charAt(i) != '.' && text.charAt(i) != '[') {
				i++;
			}
			String feature = text.substring(start, i).trim();
			if (feature.isEmpty()) {
				throw new ScoringException(where, "empty feature name at position " + start + " of '" + text + "'");
			}
			List<Filter> filters = new ArrayList<>();
			while (i < text.length() && text.charAt(i) == '[') {
				int close = text.indexOf(']', i);
				int equals = text.indexOf('=', i);
				if (close < 0 || equals < 0 || equals > close) {
					throw new ScoringException(where, "a filter must read [path=value], at position " + i + " of '" + text + "'");
				}
				filters.add(new Filter(text.substring(i + 1, equals).trim(), text.substring(equals + 1, close)));
				i = close + 1;
			}
			steps.add(new Step(feature, filters));
			if (i < text.length()) {
				if (text.charAt(i) != '.') {
					throw new ScoringException(where, "expected '.' at position " + i + " of '" + text + "'");
				}
				i++;
			}
		}
		for (Step step : steps) {
			for (Filter filter : step.filters()) {
				parse(filter.path(), where); // checks the filter's own path
			}
		}
		return new ValuePath(text, List.copyOf(steps));
	}

	@Override
	public String toString() {
		return text;
	}

	/**
	 * What the path reads from {@code element}: a {@link Number}, an {@link Enumerator}, a {@link String} (or another
	 * attribute value), or null when nothing is set.
	 */
	public Object read(EObject element, String where) throws ScoringException {
		EObject current = element;
		for (int s = 0; s < steps.size(); s++) {
			Step step = steps.get(s);
			EStructuralFeature feature = current.eClass().getEStructuralFeature(step.feature());
			if (feature == null) {
				throw new ScoringException(where, current.eClass().getName() + " has no feature '" + step.feature() + "' (path '" + text + "')");
			}
			boolean last = s == steps.size() - 1;
			Object value;
			if (feature.isMany()) {
				if (step.filters().isEmpty()) {
					throw new ScoringException(where, "'" + step.feature() + "' of " + current.eClass().getName()
							+ " holds many values: select one with filters, e.g. " + step.feature() + "[name=…] (path '" + text + "')");
				}
				if (!(feature instanceof EReference)) {
					throw new ScoringException(where, "filters apply to references, '" + step.feature() + "' is an attribute (path '" + text + "')");
				}
				List<EObject> selected = new ArrayList<>();
				for (Object candidate : (List<?>) current.eGet(feature)) {
					if (passes((EObject) candidate, step.filters(), where)) {
						selected.add((EObject) candidate);
					}
				}
				if (selected.size() > 1) {
					throw new ScoringException(where, "the filters on '" + step.feature() + "' select " + selected.size()
							+ " elements of " + label(element) + ", a value path needs one (path '" + text + "')");
				}
				value = selected.isEmpty() ? null : selected.get(0);
			} else {
				if (!step.filters().isEmpty()) {
					throw new ScoringException(where, "'" + step.feature() + "' holds a single value: it takes no filters (path '" + text + "')");
				}
				value = current.eGet(feature);
			}
			if (value == null) {
				return null;
			}
			if (last) {
				if (feature instanceof EReference) {
					throw new ScoringException(where, "'" + step.feature() + "' is a reference; a value path ends in an attribute (path '" + text + "')");
				}
				return value;
			}
			if (!(feature instanceof EReference)) {
				throw new ScoringException(where, "'" + step.feature() + "' of " + current.eClass().getName() + " is not a reference, so '" + text + "' cannot go on");
			}
			current = (EObject) value;
		}
		return null;
	}

	private static boolean passes(EObject candidate, List<Filter> filters, String where) throws ScoringException {
		for (Filter filter : filters) {
			Object value = parse(filter.path(), where).read(candidate, where);
			if (!filter.value().equals(asText(value))) {
				return false;
			}
		}
		return true;
	}

	/** A read value as text: an enumeration by its literal name (VERY_STRONG), a number in plain notation; null stays null. */
	public static String asText(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getName();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	private static String label(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		return value != null ? "'" + value + "'" : element.eClass().getName();
	}
}
