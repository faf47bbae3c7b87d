package org.helix.plugins.tests;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.publisher.IPublisherAction;
import org.eclipse.equinox.p2.publisher.IPublisherInfo;
import org.eclipse.equinox.p2.publisher.Publisher;
import org.eclipse.equinox.p2.publisher.PublisherInfo;
import org.eclipse.equinox.p2.publisher.eclipse.BundlesAction;
import org.eclipse.equinox.p2.publisher.eclipse.DefaultCUsAction;
import org.eclipse.equinox.p2.publisher.eclipse.FeaturesAction;

/**
 * A p2 repository (update site) made the way a third party's build makes one: real bundle jars and feature.xml files,
 * published with p2's publisher (the same BundlesAction and FeaturesAction Tycho runs), into a folder.
 */
final class TestSite {

	private final Path sources;
	private final List<File> bundles = new ArrayList<>();
	private final List<File> features = new ArrayList<>();
	private boolean defaultConfigurationUnits;

	TestSite(Path sources) throws IOException {
		this.sources = Files.createDirectories(sources);
	}

	/** A bundle jar; {@code requires} become its Require-Bundle. */
	TestSite bundle(String id, String version, String... requires) throws IOException {
		Manifest manifest = new Manifest();
		Attributes main = manifest.getMainAttributes();
		main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
		main.putValue("Bundle-ManifestVersion", "2");
		main.putValue("Bundle-SymbolicName", id);
		main.putValue("Bundle-Version", version);
		main.putValue("Bundle-Name", "Example " + id);
		if (requires.length > 0) {
			main.putValue("Require-Bundle", String.join(",", requires));
		}
		Path jar = Files.createDirectories(sources.resolve("plugins")).resolve(id + "_" + version + ".jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
			out.putNextEntry(new JarEntry("about.txt"));
			out.write(("A bundle of the plug-in installer's tests: " + id + "\n").getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		bundles.add(jar.toFile());
		return this;
	}

	/** A feature listing bundles, each as {@code id:version}. */
	TestSite feature(String id, String version, String label, String... plugins) throws IOException {
		Path folder = Files.createDirectories(sources.resolve("features").resolve(id + "_" + version));
		StringBuilder xml = new StringBuilder();
		xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feature id=\"").append(id).append("\" label=\"")
				.append(label).append("\" version=\"").append(version).append("\" provider-name=\"Example\">\n");
		for (String plugin : plugins) {
			String[] parts = plugin.split(":");
			xml.append("   <plugin id=\"").append(parts[0]).append("\" version=\"").append(parts[1])
					.append("\" unpack=\"false\"/>\n");
		}
		xml.append("</feature>\n");
		Files.writeString(folder.resolve("feature.xml"), xml);
		features.add(folder.toFile());
		return this;
	}

	/** Adds the default configuration units (install and start a bundle) that a product's repository carries. */
	TestSite defaultConfigurationUnits() {
		defaultConfigurationUnits = true;
		return this;
	}

	/**
	 * The audit analyzer's site the command and dialog tests install from, published into {@code temp}/site: a base
	 * bundle, the analyzer requiring it, and the analyzer's feature.
	 */
	static Path publishAuditSite(Path temp) throws Exception {
		IProvisioningAgent agent = TestInstallation.agent(temp.resolve("publisher-agent").toString());
		try {
			new TestSite(temp.resolve("sources"))
					.bundle(PluginInstallerTest.BASE, "1.0.0")
					.bundle(PluginInstallerTest.ANALYZER, "1.2.0", PluginInstallerTest.BASE)
					.feature(PluginInstallerTest.FEATURE, "1.2.0", "Audit analyzer", PluginInstallerTest.ANALYZER + ":1.2.0")
					.publish(agent, temp.resolve("site"));
		} finally {
			agent.stop();
		}
		return temp.resolve("site");
	}

	/** Publishes into {@code repository} (a folder, created). */
	URI publish(IProvisioningAgent agent, Path repository) throws ProvisionException {
		URI location = repository.toUri();
		PublisherInfo info = new PublisherInfo();
		info.setArtifactOptions(IPublisherInfo.A_PUBLISH | IPublisherInfo.A_INDEX);
		info.setMetadataRepository(Publisher.createMetadataRepository(agent, location, "test site", false, false));
		info.setArtifactRepository(Publisher.createArtifactRepository(agent, location, "test site", false));
		List<IPublisherAction> actions = new ArrayList<>();
		if (!bundles.isEmpty()) {
			actions.add(new BundlesAction(bundles.toArray(File[]::new)));
		}
		if (!features.isEmpty()) {
			actions.add(new FeaturesAction(features.toArray(File[]::new)));
		}
		if (defaultConfigurationUnits) {
			actions.add(new DefaultCUsAction(info, "tooling", 4, false));
		}
		IStatus status = new Publisher(info).publish(actions.toArray(IPublisherAction[]::new), new NullProgressMonitor());
		if (status.getSeverity() == IStatus.ERROR) {
			throw new ProvisionException(status);
		}
		return location;
	}

	/** A zip of a repository folder, as an update site is handed around. */
	static Path zip(Path repository, Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip)); Stream<Path> files = Files.walk(repository)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				out.putNextEntry(new ZipEntry(repository.relativize(file).toString().replace(File.separatorChar, '/')));
				try (OutputStream entry = new NonClosing(out)) {
					Files.copy(file, entry);
				}
				out.closeEntry();
			}
		}
		return zip;
	}

	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
