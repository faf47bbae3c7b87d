package org.helix.scoring;

/**
 * A PROMETHEE preference function P(d) of one criterion (Brans &amp; Vincke 1985): how strongly a is preferred to b when
 * a is better by d (d ≤ 0 gives 0). q is the indifference threshold, p the strict preference threshold, s the
 * inflection point of the Gaussian; all in the criterion's unit.
 */
public record PreferenceFunction(Type type, double q, double p, double s) {

	public enum Type {
		/** Type I: any advantage is full preference. */
		USUAL("usual"),
		/** Type II: full preference above q. */
		U_SHAPE("u-shape"),
		/** Type III: linear up to p. */
		V_SHAPE("v-shape"),
		/** Type IV: 0 up to q, 1/2 up to p, then 1. */
		LEVEL("level"),
		/** Type V: 0 up to q, linear up to p, then 1. */
		LINEAR("linear"),
		/** Type VI: 1 − exp(−d²/2s²). */
		GAUSSIAN("gaussian");

		private final String id;

		Type(String id) {
			this.id = id;
		}

		public String id() {
			return id;
		}

		public static Type of(String id) {
			for (Type type : values()) {
				if (type.id.equals(id)) {
					return type;
				}
			}
			return null;
		}
	}

	public static final PreferenceFunction USUAL = new PreferenceFunction(Type.USUAL, 0, 0, 0);

	/**
	 * Checks the thresholds this type uses.
	 *
	 * @throws ScoringException naming {@code where} when a threshold is missing or out of order
	 */
	public void check(String where) throws ScoringException {
		switch (type) {
		case U_SHAPE -> nonNegative(where, "q", q);
		case V_SHAPE -> positive(where, "p", p);
		case LEVEL, LINEAR -> {
			nonNegative(where, "q", q);
			positive(where, "p", p);
			if (!(p > q)) {
				throw new ScoringException(where, type.id + " needs q < p, got q = " + q + ", p = " + p);
			}
		}
		case GAUSSIAN -> positive(where, "s", s);
		default -> {
		}
		}
	}

	private static void nonNegative(String where, String name, double value) throws ScoringException {
		missing(where, name, value);
		if (!(value >= 0) || Double.isInfinite(value)) {
			throw new ScoringException(where, name + " must be a number ≥ 0, got " + value);
		}
	}

	private static void positive(String where, String name, double value) throws ScoringException {
		missing(where, name, value);
		if (!(value > 0) || Double.isInfinite(value)) {
			throw new ScoringException(where, name + " must be a number > 0, got " + value);
		}
	}

	private static void missing(String where, String name, double value) throws ScoringException {
		if (Double.isNaN(value)) {
			throw new ScoringException(where, "this preference function needs " + name);
		}
	}

	/** P(d), in [0, 1]. */
	public double value(double d) {
		if (d <= 0) {
			return 0;
		}
		return switch (type) {
		case USUAL -> 1;
		case U_SHAPE -> d > q ? 1 : 0;
		case V_SHAPE -> d >= p ? 1 : d / p;
		case LEVEL -> d <= q ? 0 : d <= p ? 0.5 : 1;
		case LINEAR -> d <= q ? 0 : d <= p ? (d - q) / (p - q) : 1;
		case GAUSSIAN -> 1 - Math.exp(-d * d / (2 * s * s));
		};
	}
}
