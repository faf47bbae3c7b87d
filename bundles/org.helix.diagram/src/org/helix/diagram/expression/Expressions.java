package org.helix.diagram.expression;

import java.util.concurrent.ConcurrentHashMap;

/** Entry point of the expression language: parsing with a cache, since descriptions repeat the same few expressions. */
public final class Expressions {

	private static final ConcurrentHashMap<String, Expression> CACHE = new ConcurrentHashMap<>();

	private Expressions() {
	}

	/**
	 * Parses an expression.
	 *
	 * @throws ExpressionException for a syntax error, with the column of the offending token
	 */
	public static Expression parse(String text) {
		Expression cached = CACHE.get(text);
		if (cached != null) {
			return cached;
		}
		Expression parsed = new Parser(text).parse();
		if (CACHE.size() < 10_000) {
			CACHE.put(text, parsed);
		}
		return parsed;
	}
}
