package org.helix.report;

/** A report that cannot be made as asked (no programme, an unknown baseline, an unwritable folder); the message says why. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ReportException(String message) {
		super(message);
	}

	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
