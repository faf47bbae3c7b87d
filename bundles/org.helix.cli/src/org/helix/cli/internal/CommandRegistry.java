package org.helix.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.helix.cli.CommandDescriptor;
import org.helix.cli.HelixCommand;

/** Reads the contributions to {@code org.helix.cli.commands}. */
public final class CommandRegistry {

	public static final String EXTENSION_POINT = "org.helix.cli.commands";

	private CommandRegistry() {
	}

	/** The declared commands sorted by name; broken declarations are reported on {@code err} and skipped. */
	public static List<CommandDescriptor> commands(PrintStream err) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		List<CommandDescriptor> commands = new ArrayList<>();
		if (registry == null) {
			err.println("helix: no extension registry (not running inside OSGi); no commands available");
			return commands;
		}
		Set<String> names = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String name = element.getAttribute("name");
			if (name == null || element.getAttribute("class") == null) {
				err.println("helix: ignoring a command of " + contributor + " without name or class");
				continue;
			}
			if (!names.add(name)) {
				err.println("helix: ignoring a second command named '" + name + "' (from " + contributor + ")");
				continue;
			}
			commands.add(new CommandDescriptor(element.getAttribute("id"), name, orEmpty(element.getAttribute("description")),
					orEmpty(element.getAttribute("usage")), contributor, () -> create(element)));
		}
		commands.sort(Comparator.comparing(CommandDescriptor::name));
		return List.copyOf(commands);
	}

	private static HelixCommand create(IConfigurationElement element) {
		try {
			return (HelixCommand) element.createExecutableExtension("class");
		} catch (CoreException | ClassCastException e) {
			throw new IllegalStateException("cannot create command '" + element.getAttribute("name") + "' of "
					+ element.getContributor().getName() + ": " + e.getMessage(), e);
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
