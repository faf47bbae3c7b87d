package org.helix.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * A p2-managed installation that plug-ins are installed into: its folder (plugins/, features/, configuration/), the
 * p2 agent's data area and the id of the profile that records what is installed. The running product is
 * {@link #current()}; tests make their own with the constructor, so that they never alter the runtime they run in.
 *
 * @param folder the installation folder; new bundles go to {@code folder/plugins}, the simple configurator's
 *     {@code bundles.info} is in {@code configuration}
 * @param agentLocation the p2 data area (the product's {@code p2} folder)
 * @param profileId the profile in that area describing this installation
 */
public record Installation(Path folder, URI agentLocation, String profileId) {

	/** config.ini properties naming the p2 data area and the profile (Tycho writes them into a product). */
	static final String DATA_AREA = "eclipse.p2.data.area";
	static final String PROFILE = "eclipse.p2.profile";
	private static final String CONFIG_DIR = "@config.dir";

	/**
	 * The installation a product folder holds, as its {@code configuration/config.ini} describes it.
	 *
	 * @throws PluginInstallException when the folder is no p2-managed installation
	 */
	public static Installation of(Path folder) throws PluginInstallException {
		Path configuration = folder.resolve("configuration");
		Path configIni = configuration.resolve("config.ini");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(configIni)) {
			properties.load(in);
		} catch (IOException e) {
			throw new PluginInstallException(PluginInstallException.Reason.NOT_AN_INSTALLATION,
					folder + " is not a Helix installation (cannot read " + configIni + ")", e);
		}
		String area = properties.getProperty(DATA_AREA);
		String profile = properties.getProperty(PROFILE);
		if (area == null || profile == null) {
			throw new PluginInstallException(PluginInstallException.Reason.NOT_AN_INSTALLATION,
					folder + " is not managed by p2 (" + configIni + " names no " + DATA_AREA + " or " + PROFILE + ")");
		}
		Path areaPath;
		if (area.startsWith(CONFIG_DIR)) {
			areaPath = configuration.resolve(area.substring(CONFIG_DIR.length()).replaceFirst("^/", "")).normalize();
		} else if (area.startsWith("file:")) {
			areaPath = Path.of(URI.create(area));
		} else {
			areaPath = folder.resolve(area).normalize();
		}
		return new Installation(folder.toAbsolutePath().normalize(), areaPath.toAbsolutePath().toUri(), profile);
	}

	/** The running product (its install location), for the command line and the workbench. */
	public static Installation current() throws PluginInstallException {
		Location install = Platform.getInstallLocation();
		URL url = install == null ? null : install.getURL();
		if (url == null) {
			throw new PluginInstallException(PluginInstallException.Reason.NOT_AN_INSTALLATION,
					"the running program has no install location");
		}
		try {
			return of(Path.of(new URI(url.getProtocol(), url.getPath(), null)));
		} catch (URISyntaxException | IllegalArgumentException e) {
			throw new PluginInstallException(PluginInstallException.Reason.NOT_AN_INSTALLATION,
					"the install location " + url + " is no folder", e);
		}
	}

	/** The simple configurator's list of the bundles started with the installation. */
	public Path bundlesInfo() {
		return folder.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
	}
}
