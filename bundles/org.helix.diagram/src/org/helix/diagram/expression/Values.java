package org.helix.diagram.expression;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

/** Conversions and comparisons shared by the evaluator. */
final class Values {

	private Values() {
	}

	static List<Object> asList(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof Collection<?> collection) {
			return new ArrayList<>(collection);
		}
		return List.of(value);
	}

	static String toText(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Enumerator enumerator) {
			return EnumLabels.text(enumerator); // what the user reads elsewhere ("Reports to"), not REPORTS_TO
		}
		if (value instanceof Collection<?> collection) {
			return collection.stream().map(Values::toText).collect(Collectors.joining(", "));
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
			return Long.toString(d.longValue());
		}
		if (value instanceof EObject eObject) {
			return describe(eObject);
		}
		return value.toString();
	}

	/** A short description for error messages: the EClass name for model objects, the Java type otherwise. */
	static String describe(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof EObject eObject) {
			return eObject.eClass().getName();
		}
		if (value instanceof Collection<?>) {
			return "a list";
		}
		if (value instanceof Enumerator enumerator) {
			return "enum literal " + enumerator.getName();
		}
		if (value instanceof String s) {
			return "string '" + s + "'";
		}
		return value.getClass().getSimpleName() + " " + value;
	}

	static BigDecimal number(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal;
		}
		if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
			return BigDecimal.valueOf(((Number) value).longValue());
		}
		if (value instanceof Number number) {
			return BigDecimal.valueOf(number.doubleValue());
		}
		return null;
	}

	/** Equality with the coercions a description writer expects: numbers by value, enums by name or literal. */
	static boolean equal(Object left, Object right) {
		BigDecimal l = number(left);
		BigDecimal r = number(right);
		if (l != null && r != null) {
			return l.compareTo(r) == 0;
		}
		if (left instanceof Enumerator e && right instanceof String s) {
			return e.getName().equals(s) || e.getLiteral().equals(s);
		}
		if (right instanceof Enumerator e && left instanceof String s) {
			return e.getName().equals(s) || e.getLiteral().equals(s);
		}
		return Objects.equals(left, right);
	}

	/** Ordering of numbers, strings and dates; null when the two cannot be ordered. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static Integer compare(Object left, Object right) {
		BigDecimal l = number(left);
		BigDecimal r = number(right);
		if (l != null && r != null) {
			return l.compareTo(r);
		}
		if ((left instanceof String && right instanceof String) || (left instanceof Date && right instanceof Date)
				|| (left instanceof LocalDate && right instanceof LocalDate)) {
			return ((Comparable) left).compareTo(right);
		}
		if (left instanceof Enumerator a && right instanceof Enumerator b) {
			return Integer.compare(a.getValue(), b.getValue());
		}
		return null;
	}
}
