package org.helix.monitoring;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Euro amounts for messages; null is "unknown", never 0. */
final class Money {

	private Money() {
	}

	static String format(BigDecimal amount) {
		if (amount == null) {
			return "unknown";
		}
		DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "€ " + format.format(amount);
	}
}
