package org.helix.team.git;

/** A sharing operation that cannot be done; the message says why and what to do. */
public class TeamException extends Exception {

	private static final long serialVersionUID = 1L;

	public TeamException(String message) {
		super(message);
	}

	public TeamException(String message, Throwable cause) {
		super(message, cause);
	}
}
