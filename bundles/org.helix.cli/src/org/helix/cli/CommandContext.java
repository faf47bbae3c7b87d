package org.helix.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;

/**
 * What a command gets to work with: standard output and error, the folder relative paths start from, and the known
 * commands.
 */
public record CommandContext(PrintStream out, PrintStream err, Path workingDirectory, List<CommandDescriptor> commands) {

	public Path resolve(String path) {
		return workingDirectory.resolve(path).normalize();
	}

	/** Loads a model; a missing or broken file becomes a {@link CommandException} with the loader's message. */
	public HelixModel loadModel(String path) throws CommandException {
		try {
			return HelixPersistence.load(resolve(path));
		} catch (HelixLoadException e) {
			throw new CommandException(HelixCommand.USAGE_OR_IO_ERROR, e.getMessage(), e);
		}
	}

	public Optional<CommandDescriptor> command(String name) {
		return commands.stream().filter(command -> command.name().equals(name)).findFirst();
	}
}
