package org.helix.diagram.viewpoint;

/**
 * One problem of a viewpoint specification: where it is (the file, a readable path to the element such as
 * {@code Layer 'Bodies' › NodeMapping 'body'}, the attribute and, for an expression, the 0-based position in it) and
 * what is wrong. {@link #toString()} is the one-line form used in logs, the CLI and the registry's problem list.
 *
 * @param file       the file as the user knows it (a workspace path, {@code bundle/path} or a file system path)
 * @param element    readable path from the diagram description to the element; empty for the file itself
 * @param elementId  the id of the nearest identified element (to find it in the file), or null
 * @param attribute  the attribute at fault (e.g. {@code labelExpression}), or null
 * @param expression the expression text when the problem is in one, else null
 * @param position   0-based offset in {@code expression}, or -1
 * @param message    what is wrong, with the column when in an expression
 */
public record ViewpointProblem(Severity severity, String file, String element, String elementId, String attribute,
		String expression, int position, String message) {

	public enum Severity {
		ERROR, WARNING
	}

	/** A problem of the whole file (it cannot be read, its root is not a viewpoint). */
	public static ViewpointProblem ofFile(String file, String message) {
		return new ViewpointProblem(Severity.ERROR, file, "", null, null, null, -1, message);
	}

	/** The 1-based column in the expression, or 0. */
	public int column() {
		return position < 0 ? 0 : position + 1;
	}

	/** Where, without the file: {@code Layer 'Bodies' › NodeMapping 'body', labelExpression}. */
	public String location() {
		String where = element == null ? "" : element;
		if (attribute != null) {
			where = where.isEmpty() ? attribute : where + ", " + attribute;
		}
		return where;
	}

	@Override
	public String toString() {
		String where = location();
		return file + ": " + (where.isEmpty() ? "" : where + ": ") + message;
	}
}
