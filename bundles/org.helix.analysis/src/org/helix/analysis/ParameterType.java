package org.helix.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The kind of value an analyzer parameter accepts. Values arrive as text (a command line, a saved run); the type says
 * which texts are valid, so that a caller can reject a malformed value before any analyzer runs.
 */
public enum ParameterType {

	/** Any text. */
	TEXT("any text"),
	/** A whole number such as {@code 30} or {@code -5}. */
	INTEGER("a whole number, e.g. 30"),
	/** A decimal number such as {@code 0.75} (a dot, no thousands separator). */
	DECIMAL("a number, e.g. 0.75"),
	/** A calendar date in ISO form, {@code 2027-06-30}. */
	DATE("a date yyyy-MM-dd, e.g. 2027-06-30"),
	/** {@code true} or {@code false}. */
	BOOLEAN("true or false");

	private final String accepts;

	ParameterType(String accepts) {
		this.accepts = accepts;
	}

	/** What this type accepts, in words for a usage message: "a whole number, e.g. 30". */
	public String accepts() {
		return accepts;
	}

	/** True when {@code value} is a valid text for this type. */
	public boolean isValid(String value) {
		if (value == null) {
			return false;
		}
		String text = value.trim();
		try {
			switch (this) {
			case TEXT -> {
				return true;
			}
			case INTEGER -> new BigDecimal(text).intValueExact();
			case DECIMAL -> new BigDecimal(text);
			case DATE -> LocalDate.parse(text);
			case BOOLEAN -> {
				return text.equals("true") || text.equals("false");
			}
			}
			return true;
		} catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
			return false;
		}
	}
}
