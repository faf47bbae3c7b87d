package org.helix.scoring;

/**
 * A decision problem that cannot be scored as given: the message says what is wrong, {@link #where()} says where
 * (a path into the problem such as {@code matrix[2]} or {@code ahp.criteria[0][1]}, or empty when it is the whole).
 */
public class ScoringException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String where;

	public ScoringException(String where, String message) {
		super(where == null || where.isEmpty() ? message : where + ": " + message);
		this.where = where == null ? "" : where;
	}

	public String where() {
		return where;
	}
}
