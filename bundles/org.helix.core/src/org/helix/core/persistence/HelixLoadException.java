package org.helix.core.persistence;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code .helix} file (or another file Helix reads with {@link HelixPersistence#load(org.eclipse.emf.ecore.resource.Resource, Path, String)},
 * such as a {@code .helix-diagrams} file) could not be loaded. The message names the file and, where the parser reported it, the
 * line and column, e.g. {@code programme.helix:12:40: ...}. A failed load never changes the file.
 */
public class HelixLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String reason;

	public HelixLoadException(Path file, int line, int column, String reason, Throwable cause) {
		super(format(file, line, column, reason), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.reason = reason;
	}

	public HelixLoadException(Path file, String reason, Throwable cause) {
		this(file, 0, 0, reason, cause);
	}

	private static String format(Path file, int line, int column, String reason) {
		StringBuilder message = new StringBuilder().append(file);
		if (line > 0) {
			message.append(':').append(line);
			if (column > 0) {
				message.append(':').append(column);
			}
		}
		return message.append(": ").append(reason).toString();
	}

	public Path getFile() {
		return file;
	}

	/** 1-based line of the problem, or 0 when unknown. */
	public int getLine() {
		return line;
	}

	/** 1-based column of the problem, or 0 when unknown. */
	public int getColumn() {
		return column;
	}

	/** The message without the file and position. */
	public String getReason() {
		return reason;
	}
}
