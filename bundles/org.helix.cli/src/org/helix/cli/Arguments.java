package org.helix.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Positional arguments and {@code --name value} (or {@code --name=value}) options of a command. */
public final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> options = new LinkedHashMap<>();

	private Arguments() {
	}

	/** @param known the option names the command accepts, without dashes */
	public static Arguments parse(List<String> arguments, Set<String> known) throws CommandException {
		Arguments parsed = new Arguments();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (isShortOption(argument)) {
				throw CommandException.usage("unknown option " + argument
						+ (known.isEmpty() ? "" : "; known options: --" + String.join(", --", known.stream().sorted().toList())));
			}
			if (!argument.startsWith("--")) {
				parsed.positional.add(argument);
				continue;
			}
			String name = argument.substring(2);
			String value = null;
			int equals = name.indexOf('=');
			if (equals >= 0) {
				value = name.substring(equals + 1);
				name = name.substring(0, equals);
			}
			if (!known.contains(name)) {
				throw CommandException.usage("unknown option --" + name
						+ (known.isEmpty() ? "" : "; known options: --" + String.join(", --", known.stream().sorted().toList())));
			}
			if (value == null) {
				if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
					throw CommandException.usage("option --" + name + " needs a value");
				}
				value = arguments.get(++i);
			}
			parsed.options.put(name, value);
		}
		return parsed;
	}

	/**
	 * True for {@code -x}: the commands have no one-letter options, and a model file never starts with a dash, so such
	 * an argument is a mistyped option rather than a file name ({@code -} alone is left alone).
	 */
	public static boolean isShortOption(String argument) {
		return argument.length() > 1 && argument.startsWith("-") && !argument.startsWith("--");
	}

	public List<String> positional() {
		return positional;
	}

	public String option(String name) {
		return options.get(name);
	}

	/** The single FILE argument of commands that read one model. */
	public String singleFile() throws CommandException {
		if (positional.isEmpty()) {
			throw CommandException.usage("no model file given");
		}
		if (positional.size() > 1) {
			throw CommandException.usage("one model file expected, got " + positional.size() + ": " + String.join(" ", positional));
		}
		return positional.get(0);
	}
}
