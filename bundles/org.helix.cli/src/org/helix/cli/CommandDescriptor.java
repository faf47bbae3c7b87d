package org.helix.cli;

import java.util.function.Supplier;

/** A command as declared in the extension registry; the implementation is created only when the command runs. */
public record CommandDescriptor(String id, String name, String description, String usage, String contributor,
		Supplier<HelixCommand> factory) {

	public HelixCommand create() {
		return factory.get();
	}
}
