package org.helix.io;

/** A file that cannot be read as a table (not of the format, damaged); the message says where and why. */
public class TableFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	public TableFormatException(String message) {
		super(message);
	}

	public TableFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
