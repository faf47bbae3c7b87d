package org.helix.cli;

/** An expected failure of a command (bad arguments, unreadable file): shown as a message, without a stack trace. */
public class CommandException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CommandException(int exitCode, String message) {
		super(message);
		this.exitCode = exitCode;
	}

	public CommandException(int exitCode, String message, Throwable cause) {
		super(message, cause);
		this.exitCode = exitCode;
	}

	/** Wrong arguments; the message should say what is expected. */
	public static CommandException usage(String message) {
		return new CommandException(HelixCommand.USAGE_OR_IO_ERROR, message);
	}

	public int getExitCode() {
		return exitCode;
	}
}
