package org.helix.plugins.cli.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.plugins.Installable;
import org.helix.plugins.Installation;
import org.helix.plugins.PluginInstallException;
import org.helix.plugins.PluginInstaller;

/**
 * {@code install-plugin REPOSITORY FEATURE-OR-BUNDLE[/VERSION]}: installs into the running installation (or, for tests
 * and scripts, the one named by the system property {@code helix.plugins.installation}).
 */
public class InstallPluginCommand implements HelixCommand {

	/** A product folder to install into instead of the running one. */
	public static final String INSTALLATION_PROPERTY = "helix.plugins.installation";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of());
		List<String> positional = parsed.positional();
		if (positional.size() != 2) {
			throw CommandException.usage("usage: install-plugin REPOSITORY FEATURE-OR-BUNDLE[/VERSION] (got "
					+ positional.size() + " argument" + (positional.size() == 1 ? "" : "s") + ")");
		}
		String unit = positional.get(1);
		String version = null;
		int slash = unit.indexOf('/');
		if (slash >= 0) {
			version = unit.substring(slash + 1);
			unit = unit.substring(0, slash);
		}
		try {
			URI repository = PluginInstaller.repositoryLocation(positional.get(0), context.workingDirectory());
			String folder = System.getProperty(INSTALLATION_PROPERTY);
			Installation installation = folder == null || folder.isBlank() ? Installation.current()
					: Installation.of(context.resolve(folder));
			try (PluginInstaller installer = PluginInstaller.open(installation)) {
				Installable installed = installer.install(repository, unit, version, new NullProgressMonitor());
				context.out().println("installed " + installed + " into " + installation.folder()
						+ "; it runs from the next start");
			}
			return OK;
		} catch (PluginInstallException e) {
			int code = switch (e.reason()) {
				case NO_REPOSITORY, NOT_AN_INSTALLATION -> USAGE_OR_IO_ERROR;
				default -> 1;
			};
			throw new CommandException(code, e.getMessage(), e);
		}
	}

	@Override
	public String details(CommandContext context) {
		return """
				REPOSITORY: a p2 repository (an update site): a URL (https:, file:, jar:), a folder, or a .zip of one.
				FEATURE-OR-BUNDLE: a feature's id (installed as ID.feature.group) or a bundle's symbolic name; /VERSION picks a
				version, else the newest. p2 installs it with what it requires, all or nothing; restart Helix to use it.""";
	}
}
