package org.helix.analysis;

/**
 * A parameter an analyzer reads: its name, the type of value it accepts, its default (as text, like every value given
 * on a command line), and what it means. Declared by {@link Analyzer#parameters()}; callers such as
 * {@code ./helix cli analyze} check the values given against these declarations before anything runs
 * ({@link AnalysisRunner#checkParameters}).
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, String description) {

	public ParameterSpec {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a parameter needs a name");
		}
		if (name.contains(":") || name.contains("=")) {
			throw new IllegalArgumentException("a parameter name cannot contain ':' or '=': " + name);
		}
		if (type == null) {
			type = ParameterType.TEXT;
		}
		if (defaultValue != null && !type.isValid(defaultValue)) {
			throw new IllegalArgumentException("default '" + defaultValue + "' of parameter '" + name + "' is not " + type.accepts());
		}
	}

	/** A text parameter: what analyzers written before parameters had types declare; any value is accepted. */
	public ParameterSpec(String name, String defaultValue, String description) {
		this(name, ParameterType.TEXT, defaultValue, description);
	}

	/** "dueWithinDays (a whole number, e.g. 30; default 30): warn about what is due within ..." */
	public String describe() {
		return name + " (" + type.accepts() + (defaultValue == null || defaultValue.isEmpty() ? "" : "; default " + defaultValue)
				+ (description == null || description.isBlank() ? ")" : "): " + description);
	}
}
