package org.helix.diagram.expression;

import java.util.List;
import java.util.Map;

/**
 * A parsed expression of the Helix diagram expression language (see docs/diagrams.md). Immutable and thread-safe;
 * parse once with {@link Expressions#parse(String)}, evaluate many times.
 */
public final class Expression {

	private final String text;
	private final Ast.Node root;

	Expression(String text, Ast.Node root) {
		this.text = text;
		this.root = root;
	}

	public String text() {
		return text;
	}

	Ast.Node root() {
		return root;
	}

	/** Evaluates with {@code self} bound to the given object; the result is an EObject, a List, a String, a Number, a Boolean, an Enumerator or null. */
	public Object evaluate(Object self) {
		return root.evaluate(new Ast.Context(text, self, Map.of()));
	}

	/** Evaluates with extra variables (for example {@code root}) next to {@code self}. */
	public Object evaluate(Object self, Map<String, Object> variables) {
		return root.evaluate(new Ast.Context(text, self, variables));
	}

	/** The result as a list: null gives an empty list, a single value a list of one. */
	public List<Object> evaluateList(Object self) {
		return Values.asList(evaluate(self));
	}

	/** The result as a list, with extra variables next to {@code self}. */
	public List<Object> evaluateList(Object self, Map<String, Object> variables) {
		return Values.asList(evaluate(self, variables));
	}

	/** The result as a condition: only {@code true} holds; a non-boolean result is an error. */
	public boolean test(Object self) {
		return test(self, Map.of());
	}

	/** The result as a condition, with extra variables next to {@code self}. */
	public boolean test(Object self, Map<String, Object> variables) {
		Object value = evaluate(self, variables);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		throw new ExpressionException(text, 0, "expected a boolean result, got " + Values.describe(value));
	}

	/** The result as label text: null is empty, enum literals show their literal, lists are joined with ", ". */
	public String evaluateString(Object self) {
		return Values.toText(evaluate(self));
	}

	@Override
	public String toString() {
		return text;
	}
}
