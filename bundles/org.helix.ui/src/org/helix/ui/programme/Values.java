package org.helix.ui.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Text to value and back for the fiche's fields; parse methods throw IllegalArgumentException with a user message. */
final class Values {

	private Values() {
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof LocalDate date) {
			return date(date);
		}
		if (value instanceof Boolean b) {
			return b ? "yes" : "no";
		}
		if (value instanceof Collection<?> list) {
			return String.join(", ", list.stream().map(Values::text).toList());
		}
		return value.toString();
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	/** yyyy-MM-dd, a calendar date (no time, no zone); empty is unknown. */
	static LocalDate parseDate(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("not a date (yyyy-mm-dd): " + text);
		}
	}

	/** Empty is unknown (null), which differs from 0; "1 500 000,50" and "1500000.50" are both accepted. */
	static BigDecimal parseAmount(String text) {
		String s = text.strip().replace(" ", "").replace("\u00a0", "").replace("_", "");
		if (s.isEmpty()) {
			return null;
		}
		if (s.contains(",") && !s.contains(".")) {
			s = s.replace(',', '.');
		}
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a number: " + text);
		}
	}

	static Integer parseInteger(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a whole number: " + text);
		}
	}

	/** "2026, 2027" or "2026 2027". */
	static List<Integer> parseYears(String text) {
		List<Integer> years = new ArrayList<>();
		for (String part : text.strip().split("[,;\\s]+")) {
			if (!part.isEmpty()) {
				Integer year = parseInteger(part);
				if (year < 1900 || year > 2200) {
					throw new IllegalArgumentException("not a year: " + part);
				}
				years.add(year);
			}
		}
		return years;
	}

	/** 40.0 as "40", 12.5 as "12.5": a percentage as a person writes it. */
	static String percent(Object value) {
		if (!(value instanceof Number number)) {
			return "";
		}
		return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
	}

	/** "40", "40 %", "12,5"; empty is unknown. Percent, not a fraction: 0 to 100. */
	static Double parsePercent(String text) {
		String s = text.strip().replace("%", "").strip().replace(',', '.');
		if (s.isEmpty()) {
			return null;
		}
		double value;
		try {
			value = Double.parseDouble(s);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("not a number: " + text);
		}
		if (!(value >= 0 && value <= 100)) {
			throw new IllegalArgumentException("a percentage runs from 0 to 100, not " + text.strip());
		}
		return value;
	}

	static String emptyToNull(String text) {
		return text.isBlank() ? null : text;
	}
}
