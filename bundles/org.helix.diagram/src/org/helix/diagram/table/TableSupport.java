package org.helix.diagram.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.expression.EnumLabels;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;

/** What tables and cross-tables share: parsed expressions, default candidates, problems and the order of values. */
class TableSupport {

	private final Map<String, Expression> parsed = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	/** The parsed expression, or null for a blank text; a bad one is reported once and then treated as absent. */
	Expression expression(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (parsed.containsKey(text)) {
			return parsed.get(text);
		}
		Expression expression = null;
		try {
			expression = Expressions.parse(text);
		} catch (ExpressionException e) {
			problems.add(e.getMessage());
		}
		parsed.put(text, expression);
		return expression;
	}

	/** Evaluates, reporting (not throwing) a failure; null then. */
	Object evaluate(String text, Object self, Map<String, Object> variables) {
		Expression expression = expression(text);
		if (expression == null) {
			return null;
		}
		try {
			return expression.evaluate(self, variables);
		} catch (ExpressionException e) {
			report(e.getMessage());
			return null;
		}
	}

	List<Object> evaluateList(String text, Object self, Map<String, Object> variables) {
		Expression expression = expression(text);
		if (expression == null) {
			return List.of();
		}
		try {
			return expression.evaluateList(self, variables);
		} catch (ExpressionException e) {
			report(e.getMessage());
			return List.of();
		}
	}

	boolean test(String text, Object self, Map<String, Object> variables) {
		Expression expression = expression(text);
		if (expression == null) {
			return true;
		}
		try {
			return expression.test(self, variables);
		} catch (ExpressionException e) {
			report(e.getMessage());
			return false;
		}
	}

	/** The text of a value as the expression language writes it in labels (enums by their EMF.Edit names). */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof String s) {
			return s;
		}
		if (value instanceof Enumerator enumerator) {
			return EnumLabels.text(enumerator);
		}
		if (value instanceof List<?> list) {
			return String.join(", ", list.stream().map(TableSupport::text).toList());
		}
		if (value instanceof EObject) {
			Object name = nameOf((EObject) value);
			return name == null ? ((EObject) value).eClass().getName() : name.toString();
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
			return Long.toString(d.longValue());
		}
		return value.toString();
	}

	private static Object nameOf(EObject object) {
		var feature = object.eClass().getEStructuralFeature("name");
		return feature == null ? null : object.eGet(feature);
	}

	/** Every element of the class (or a subclass) in the root's resource, in model order; the root's tree without one. */
	static List<Object> allOf(EObject root, String className) {
		List<Object> result = new ArrayList<>();
		TreeIterator<?> contents = root.eResource() != null ? root.eResource().getAllContents() : root.eAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof EObject element && isA(element.eClass(), className)) {
				result.add(element);
			}
		}
		return result;
	}

	static boolean isA(EClass eClass, String name) {
		return eClass.getName().equals(name) || eClass.getEAllSuperTypes().stream().anyMatch(s -> s.getName().equals(name));
	}

	/**
	 * The order of sort keys: numbers by value, enums by their position, dates and other comparables naturally, text
	 * ignoring case with runs of digits compared as numbers ("2" before "10"); unknown (null) values last.
	 */
	static final Comparator<Object> KEYS = (a, b) -> {
		if (a == null || b == null) {
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		if (a instanceof Number x && b instanceof Number y) {
			return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
		}
		if (a instanceof Enumerator x && b instanceof Enumerator y) {
			return Integer.compare(x.getValue(), y.getValue());
		}
		if (a instanceof String || b instanceof String || a.getClass() != b.getClass() || !(a instanceof Comparable)) {
			return natural(text(a), text(b));
		}
		@SuppressWarnings({ "unchecked", "rawtypes" })
		int result = ((Comparable) a).compareTo(b);
		return result;
	};

	/** Text ignoring case, with runs of digits compared by their value. */
	static int natural(String a, String b) {
		String x = a.toLowerCase(Locale.ROOT), y = b.toLowerCase(Locale.ROOT);
		int i = 0, j = 0;
		while (i < x.length() && j < y.length()) {
			char c = x.charAt(i), d = y.charAt(j);
			if (Character.isDigit(c) && Character.isDigit(d)) {
				int ei = i, ej = j;
				while (ei < x.length() && Character.isDigit(x.charAt(ei))) {
					ei++;
				}
				while (ej < y.length() && Character.isDigit(y.charAt(ej))) {
					ej++;
				}
				int order = new BigDecimal(x.substring(i, ei)).compareTo(new BigDecimal(y.substring(j, ej)));
				if (order != 0) {
					return order;
				}
				i = ei;
				j = ej;
			} else {
				if (c != d) {
					return Character.compare(c, d);
				}
				i++;
				j++;
			}
		}
		return Integer.compare(x.length() - i, y.length() - j);
	}

	void report(String problem) {
		if (!problems.contains(problem)) {
			problems.add(problem);
		}
	}

	/** Bad expressions met so far, each once; they never stop an evaluation. */
	List<String> problems() {
		return List.copyOf(problems);
	}
}
