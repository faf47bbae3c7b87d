package org.helix.ui.properties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Text to attribute value and back, for the property fields. Dates are calendar dates (yyyy-mm-dd, no time and no zone), amounts
 * accept "1 500 000,50" as well as "1500000.50", and an empty field means unknown (null). Parsing throws
 * IllegalArgumentException with a message for the user.
 */
final class ValueText {

	private ValueText() {
	}

	static String format(EDataType type, Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof String text) {
			return text;
		}
		return EcoreUtil.convertToString(type, value);
	}

	static Object parse(EDataType type, String text) {
		Class<?> kind = type.getInstanceClass();
		if (kind == String.class) {
			return text.isEmpty() ? null : text;
		}
		String s = text.strip();
		if (s.isEmpty()) {
			return null;
		}
		if (kind == LocalDate.class) {
			try {
				return LocalDate.parse(s);
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'" + text + "' is not a date; write it as yyyy-mm-dd, e.g. 2026-03-31");
			}
		}
		if (kind == BigDecimal.class) {
			s = s.replace(" ", "").replace("\u00a0", "").replace("_", "");
			if (s.contains(",") && !s.contains(".")) {
				s = s.replace(',', '.');
			}
		}
		try {
			return EcoreUtil.createFromString(type, s);
		} catch (RuntimeException e) {
			String expected = kind == Integer.class || kind == int.class ? "a whole number"
					: Number.class.isAssignableFrom(kind) || kind == double.class ? "a number" : "a " + type.getName() + " value";
			throw new IllegalArgumentException("'" + text + "' is not " + expected);
		}
	}
}
