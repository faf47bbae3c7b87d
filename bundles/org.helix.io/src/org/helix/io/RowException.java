package org.helix.io;

/** Why one row cannot be imported: a cell that does not parse, a reference that matches nothing or too much. */
public class RowException extends Exception {

	private static final long serialVersionUID = 1L;

	public RowException(String message) {
		super(message);
	}
}
