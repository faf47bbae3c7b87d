package org.helix.network;

/** An edge list that cannot be read: the message names the file, the line and what is wrong. */
public class NetworkInputException extends Exception {

	private static final long serialVersionUID = 1L;

	public NetworkInputException(String message) {
		super(message);
	}

	public NetworkInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
