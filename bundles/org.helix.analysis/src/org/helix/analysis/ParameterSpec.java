package org.helix.analysis;

/**
 * A parameter an analyzer reads: its name, its default (as text, like every value given on a command line), and
 * what it means.
 */
public record ParameterSpec(String name, String defaultValue, String description) {

	public ParameterSpec {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a parameter needs a name");
		}
	}
}
