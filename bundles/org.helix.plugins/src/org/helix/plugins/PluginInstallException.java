package org.helix.plugins;

/**
 * An install that did not happen; nothing was changed. The message is one line, fit to show to the user as it is.
 */
public class PluginInstallException extends Exception {

	private static final long serialVersionUID = 1L;

	/** Why; the command line maps it to its exit code, tests assert it. */
	public enum Reason {
		/** the folder is no p2-managed installation */
		NOT_AN_INSTALLATION,
		/** the repository cannot be reached, or what is there is no p2 repository */
		NO_REPOSITORY,
		/** the repository has no feature or bundle by that id (and version) */
		UNKNOWN_UNIT,
		/** it is installed already, in that version */
		ALREADY_INSTALLED,
		/** p2's planner found no consistent installation: a requirement is missing or conflicts */
		UNSATISFIABLE,
		/** the engine failed while installing (e.g. an artifact could not be read); it rolled back */
		INSTALL_FAILED,
		/** the user cancelled; nothing changed */
		CANCELLED
	}

	private final Reason reason;

	public PluginInstallException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public PluginInstallException(Reason reason, String message, Throwable cause) {
		super(message, cause);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
