package org.helix.diagram.expression;

/**
 * A bad expression: a syntax error found while parsing, or an evaluation error such as an unknown feature. The
 * message names the column (1-based) and, for unknown features, the EClass that was asked.
 */
public class ExpressionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String expression;
	private final int position;
	private final String problem;

	public ExpressionException(String expression, int position, String problem) {
		super(problem + " at column " + (position + 1) + " in '" + expression + "'");
		this.expression = expression;
		this.position = position;
		this.problem = problem;
	}

	/** The expression text as written. */
	public String expression() {
		return expression;
	}

	/** Offset (0-based) of the offending token in {@link #expression()}. */
	public int position() {
		return position;
	}

	/** The problem without the position, e.g. "unknown feature 'foo' on PriorityAction". */
	public String problem() {
		return problem;
	}
}
