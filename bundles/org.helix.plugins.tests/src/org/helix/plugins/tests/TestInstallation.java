package org.helix.plugins.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.helix.plugins.Installation;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A small p2-managed installation in a temporary folder, laid out as the materialized Helix product is: the simple
 * configurator in {@code plugins/}, {@code configuration/config.ini} naming it, the p2 data area and profile, and the
 * product's default configuration units (install and start a bundle) installed in the profile. Tests install into it,
 * never into the runtime they run in.
 */
final class TestInstallation {

	static final String PROFILE = "HelixTestProfile";
	static final String SIMPLE_CONFIGURATOR = "org.eclipse.equinox.simpleconfigurator";
	/** Stands for the product's own bundles in the profile. */
	static final String BASE_BUNDLE = "org.helix.test.product";

	final Path root;
	final Installation installation;
	/** bundles.info as the installation starts: the simple configurator and the stand-in product bundle. */
	final List<String> baseLines;

	private TestInstallation(Path root, Installation installation, List<String> baseLines) {
		this.root = root;
		this.installation = installation;
		this.baseLines = baseLines;
	}

	static TestInstallation create(Path root) throws Exception {
		Path folder = Files.createDirectories(root.resolve("helix"));
		Bundle configurator = Platform.getBundle(SIMPLE_CONFIGURATOR);
		File jar = FileLocator.getBundleFileLocation(configurator).orElseThrow();
		String version = configurator.getVersion().toString();
		String jarName = SIMPLE_CONFIGURATOR + "_" + version + ".jar";
		Files.copy(jar.toPath(), Files.createDirectories(folder.resolve("plugins")).resolve(jarName));
		// the framework too: p2's framework admin finds the initial bundles (osgi.bundles) relative to its folder, and
		// only then writes the simple configurator's bundles.info (else it lists every bundle in config.ini)
		Bundle system = Platform.getBundle("org.eclipse.osgi");
		File frameworkJar = FileLocator.getBundleFileLocation(system)
				.orElseGet(() -> new File(java.net.URI.create(System.getProperty("osgi.framework"))));
		String frameworkName = "org.eclipse.osgi_" + system.getVersion() + ".jar";
		Files.copy(frameworkJar.toPath(), folder.resolve("plugins").resolve(frameworkName));
		Path configuration = Files.createDirectories(folder.resolve("configuration"));
		Files.writeString(configuration.resolve("config.ini"), String.join("\n",
				"osgi.framework=file\\:plugins/" + frameworkName,
				"osgi.bundles=reference\\:file\\:" + jarName + "@1\\:start",
				"osgi.bundles.defaultStartLevel=4",
				"org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info",
				"eclipse.p2.data.area=@config.dir/../p2",
				"eclipse.p2.profile=" + PROFILE, ""));
		String line = SIMPLE_CONFIGURATOR + "," + version + ",plugins/" + jarName + ",1,true";
		Path info = Files.createDirectories(configuration.resolve("org.eclipse.equinox.simpleconfigurator"))
				.resolve("bundles.info");
		Files.writeString(info, "#version=1\n" + line + "\n");

		Installation installation = Installation.of(folder);
		IProvisioningAgent agent = agent(installation.agentLocation().getPath());
		try {
			IProfile profile = agent.getService(IProfileRegistry.class).addProfile(PROFILE, Map.of(
					IProfile.PROP_INSTALL_FOLDER, folder.toString(),
					IProfile.PROP_CACHE, folder.toString(),
					IProfile.PROP_INSTALL_FEATURES, "true",
					IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
			// what the product's profile holds besides its bundles: the units that install and start any bundle
			// (the units are fragments of any bundle: they are installed with one, as in the product)
			var base = new TestSite(root.resolve("base-sources")).defaultConfigurationUnits()
					.bundle(BASE_BUNDLE, "1.0.0").publish(agent, root.resolve("base-site"));
			var units = agent.getService(IMetadataRepositoryManager.class).loadRepository(base, null)
					.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet();
			IPlanner planner = agent.getService(IPlanner.class);
			IProfileChangeRequest request = planner.createChangeRequest(profile);
			request.addAll(units);
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(base);
			context.setArtifactRepositories(base);
			IProvisioningPlan plan = planner.getProvisioningPlan(request, context, new NullProgressMonitor());
			if (plan.getStatus().getSeverity() == IStatus.ERROR) {
				throw new IllegalStateException("cannot plan the test installation: " + plan.getStatus());
			}
			IStatus status = agent.getService(IEngine.class).perform(plan, new NullProgressMonitor());
			if (!status.isOK() && status.getSeverity() != IStatus.INFO && status.getSeverity() != IStatus.WARNING) {
				throw new IllegalStateException("cannot set up the test installation: " + status);
			}
			List<IInstallableUnit> installed = List.copyOf(agent.getService(IProfileRegistry.class).getProfile(PROFILE)
					.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet());
			if (installed.isEmpty()) {
				throw new IllegalStateException("the default configuration units were not installed");
			}
		} finally {
			agent.stop();
		}
		List<String> lines = Files.readAllLines(installation.bundlesInfo());
		if (!lines.contains(line) || lines.stream().noneMatch(l -> l.startsWith(BASE_BUNDLE + ","))) {
			throw new IllegalStateException("unexpected bundles.info after the set-up: " + lines);
		}
		return new TestInstallation(root, installation, lines.stream().filter(l -> !l.startsWith("#")).toList());
	}

	/** A p2 agent of the test's own, on a data area of its own (the tests never touch the runtime's). */
	static IProvisioningAgent agent(String location) throws Exception {
		BundleContext context = FrameworkUtil.getBundle(org.helix.plugins.PluginInstaller.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		try {
			return context.getService(reference).createAgent(Path.of(location).toUri());
		} finally {
			context.ungetService(reference);
		}
	}

	/** The installed units' ids and versions as {@code id version}, from the profile as p2 persisted it. */
	List<String> profileUnits() throws Exception {
		IProvisioningAgent agent = agent(installation.agentLocation().getPath());
		try {
			return agent.getService(IProfileRegistry.class).getProfile(PROFILE).query(QueryUtil.createIUAnyQuery(), null)
					.toUnmodifiableSet().stream().map(unit -> unit.getId() + " " + unit.getVersion()).sorted().toList();
		} finally {
			agent.stop();
		}
	}

	List<String> bundlesInfo() throws IOException {
		return Files.readAllLines(installation.bundlesInfo());
	}
}
