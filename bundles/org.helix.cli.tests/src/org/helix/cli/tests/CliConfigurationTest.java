package org.helix.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

import org.helix.cli.internal.launch.CliConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's lean configuration, computed from a product made of the repository's own manifests and plugin.xml
 * files (the Helix bundles and the externally built example plug-in, read as the build packs them) and of platform
 * bundles with the headers that matter here (what they require, export and provide).
 */
class CliConfigurationTest {

	private static final String[] HELIX_BUNDLES = { "bundles/org.helix.model", "bundles/org.helix.core",
			"bundles/org.helix.cli", "bundles/org.helix.analysis", "bundles/org.helix.analysis.cli",
			"bundles/org.helix.monitoring", "bundles/org.helix.ui", "bundles/org.helix.diagram.ui",
			"bundles/org.helix.examples", "examples/org.example.helix.analysis/plugin" };

	@TempDir
	Path product;

	private final List<String> bundlesInfo = new ArrayList<>();

	@BeforeEach
	void makeProduct() throws IOException {
		Path repository = repository();
		Files.createDirectories(product.resolve("plugins"));
		platform("org.eclipse.osgi", -1, """
				Export-Package: org.osgi.framework;version="1.10"
				""", null, true);
		platform("org.eclipse.equinox.simpleconfigurator", 1, "", null, false);
		platform("org.apache.felix.scr", 2, """
				Provide-Capability: osgi.extender;osgi.extender="osgi.component";version:Version="1.5"
				""", null, false);
		platform("org.eclipse.equinox.common", 2, """
				Service-Component: OSGI-INF/org.eclipse.core.internal.runtime.AdapterManagerService.xml
				Export-Package: org.eclipse.core.runtime;version="3.7.0"
				""", null, false);
		// core.runtime declares the applications point the workbench contributes to: that is not followed
		platform("org.eclipse.core.runtime", 4, """
				Require-Bundle: org.eclipse.equinox.common;visibility:=reexport,org.eclipse.equinox.registry
				""", "<plugin><extension-point id=\"applications\" name=\"a\"/></plugin>", false);
		platform("org.eclipse.equinox.registry", 4, "", null, false);
		platform("org.eclipse.emf.ecore", 4, """
				Require-Bundle: org.eclipse.core.runtime;resolution:=optional;x-installation:=greedy,
				 org.eclipse.emf.common;visibility:=reexport
				Export-Package: org.eclipse.emf.ecore,org.eclipse.emf.ecore.util
				""", null, false);
		platform("org.eclipse.emf.common", 4, "Export-Package: org.eclipse.emf.common.util\n", null, false);
		platform("org.eclipse.swt", 4, "Export-Package: org.eclipse.swt,org.eclipse.swt.widgets\n", null, false);
		platform("org.eclipse.ui", 4, "Require-Bundle: org.eclipse.swt,org.eclipse.core.runtime\n", """
				<plugin><extension-point id="views" name="v"/>
				<extension point="org.eclipse.core.runtime.applications"><application/></extension></plugin>""", false);
		for (String folder : HELIX_BUNDLES) {
			Path source = repository.resolve(folder);
			Manifest manifest;
			try (InputStream in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
				manifest = new Manifest(in);
			}
			String name = manifest.getMainAttributes().getValue("Bundle-SymbolicName").replaceAll(";.*", "").trim();
			Path xml = source.resolve("plugin.xml");
			jar(name, manifest, Files.isRegularFile(xml) ? Files.readString(xml) : null, false);
			bundlesInfo.add(name + ",1.0.0.v20261205,plugins/" + name + "_1.0.0.jar,4,false");
		}
		Files.createDirectories(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator"));
		List<String> lines = new ArrayList<>(List.of("#encoding=UTF-8", "#version=1"));
		lines.addAll(bundlesInfo);
		Files.write(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), lines);
		Files.writeString(product.resolve("configuration/config.ini"), """
				eclipse.application=org.helix.app.application
				eclipse.p2.data.area=@config.dir/../p2
				eclipse.p2.profile=DefaultProfile
				eclipse.product=org.helix.app.product
				org.eclipse.equinox.simpleconfigurator.configUrl=file\\:org.eclipse.equinox.simpleconfigurator/bundles.info
				osgi.bundles=reference\\:file\\:org.eclipse.equinox.simpleconfigurator_1.0.0.jar@1\\:start
				osgi.bundles.defaultStartLevel=4
				osgi.framework=file\\:plugins/org.eclipse.osgi_1.0.0.jar
				""");
	}

	@Test
	void theCommandLineGetsItsBundlesAndTheirContributorsButNoWorkbench() throws IOException {
		Set<String> names = names(CliConfiguration.compute(product));

		for (String needed : List.of("org.helix.cli", "org.helix.core", "org.helix.model", "org.helix.analysis",
				"org.helix.analysis.cli", "org.eclipse.core.runtime", "org.eclipse.equinox.common",
				"org.eclipse.equinox.registry", "org.eclipse.emf.ecore", "org.eclipse.emf.common",
				// the framework and the configurator that installs the rest
				"org.eclipse.osgi", "org.eclipse.equinox.simpleconfigurator",
				// contributors to the analysis extension points: ours, and the externally built plug-in's analyzer
				"org.helix.monitoring", "org.example.helix.analysis",
				// equinox.common declares a component, so Declarative Services must run
				"org.apache.felix.scr")) {
			assertTrue(names.contains(needed), needed + " is missing from " + names);
		}
		for (String left : List.of("org.eclipse.swt", "org.eclipse.ui", "org.helix.ui", "org.helix.diagram.ui",
				"org.helix.examples")) {
			assertFalse(names.contains(left), left + " should not be started by the command line: " + names);
		}
	}

	@Test
	void aCommandThatDrawsWithSwtAndHelpRunOnTheFullConfiguration() throws IOException {
		var result = CliConfiguration.compute(product);

		assertEquals(Set.of("export-diagram"), result.fullCommands());
		assertTrue(result.leanCommands().containsAll(List.of("info", "validate", "export", "analyze")),
				result.leanCommands().toString());
		// help lists every command, export-diagram too
		assertFalse(result.leanCommands().contains("help"));
	}

	@Test
	void withoutCommandsThatNeedSwtHelpRunsLean() throws IOException {
		Path info = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		Files.write(info, Files.readAllLines(info).stream().filter(line -> !line.startsWith("org.helix.diagram.ui,"))
				.toList());

		var result = CliConfiguration.compute(product);

		assertTrue(result.fullCommands().isEmpty());
		assertTrue(result.leanCommands().contains("help"));
	}

	@Test
	void aThirdPartyCommandInstalledLaterIsInTheLeanConfiguration() throws IOException {
		Manifest manifest = manifest("org.example.helix.agenda", """
				Require-Bundle: org.helix.cli;bundle-version="[1.0.0,2.0.0)"
				""");
		jar("org.example.helix.agenda", manifest, """
				<plugin><extension point="org.helix.cli.commands">
				<command id="org.example.agenda" name="agenda" class="org.example.Agenda" usage="agenda FILE" description="d"/>
				</extension></plugin>""", false);
		// as p2 (install-plugin) records it
		Files.writeString(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"),
				"org.example.helix.agenda,1.0.0,plugins/org.example.helix.agenda_1.0.0.jar,4,false\n",
				java.nio.file.StandardOpenOption.APPEND);

		var result = CliConfiguration.compute(product);

		assertTrue(result.leanCommands().contains("agenda"));
		assertTrue(names(result).contains("org.example.helix.agenda"));
	}

	/**
	 * A command whose bundle declares an extension point (as org.helix.report declares org.helix.report.sections for its
	 * report command) stays lean until a bundle that needs SWT contributes to that point (as org.helix.report.diagrams
	 * draws the report's diagrams through org.helix.diagram.ui): the contributor is not put into the lean configuration
	 * (no SWT or workbench there), and the command runs with the product's, so that it finds the contribution.
	 */
	@Test
	void aCommandWhosePointGetsAContributionNeedingSwtRunsOnTheFullConfiguration() throws IOException {
		jar("org.example.report", manifest("org.example.report", """
				Require-Bundle: org.helix.cli;bundle-version="[1.0.0,2.0.0)"
				"""), """
				<plugin><extension-point id="sections" name="s"/>
				<extension point="org.helix.cli.commands">
				<command id="org.example.report" name="report" class="org.example.Report" usage="report FILE" description="d"/>
				</extension></plugin>""", false);
		bundlesInfo.add("org.example.report,1.0.0,plugins/org.example.report_1.0.0.jar,4,false");
		writeBundlesInfo();
		assertTrue(CliConfiguration.compute(product).leanCommands().contains("report"));

		jar("org.example.report.diagrams", manifest("org.example.report.diagrams", """
				Require-Bundle: org.example.report,org.helix.diagram.ui;bundle-version="[1.0.0,2.0.0)"
				"""), """
				<plugin><extension point="org.example.report.sections"><section id="d" name="Diagrams" class="x"/></extension></plugin>""", false);
		bundlesInfo.add("org.example.report.diagrams,1.0.0,plugins/org.example.report.diagrams_1.0.0.jar,4,false");
		writeBundlesInfo();

		var result = CliConfiguration.compute(product);

		assertTrue(result.fullCommands().contains("report"), result.fullCommands().toString());
		assertFalse(result.leanCommands().contains("report"), result.leanCommands().toString());
		assertTrue(result.leanCommands().containsAll(List.of("info", "analyze")), result.leanCommands().toString());
		for (String left : List.of("org.eclipse.swt", "org.example.report.diagrams", "org.helix.diagram.ui")) {
			assertFalse(names(result).contains(left), left + " should not be started by the command line: " + names(result));
		}
	}

	/**
	 * Apache POI as the target platform wraps it: every import optional (XMLBeans, Log4j, even SWT), and the Log4j
	 * provider org.helix.io.log4j auto-started rather than required. Without XMLBeans `export --kind … --format xlsx`
	 * failed with NoClassDefFoundError; without the provider POI waits for Log4j.
	 */
	@Test
	void optionalImportsOfWrappedLibrariesAndTheirAutoStartedProviderAreIn() throws IOException {
		library("org.apache.poi.poi.ooxml", """
				Import-Package: org.apache.xmlbeans;resolution:=optional,
				 org.apache.logging.log4j;resolution:=optional,
				 org.eclipse.swt.widgets;resolution:=optional
				Export-Package: org.apache.poi.xssf.usermodel
				""", 4, false);
		library("org.apache.xmlbeans.xmlbeans", "Export-Package: org.apache.xmlbeans\n", 4, false);
		library("org.apache.logging.log4j.api", """
				Export-Package: org.apache.logging.log4j,org.apache.logging.log4j.simple,org.apache.logging.log4j.spi
				""", 4, false);
		// a command (as org.helix.io.cli) that uses the library
		jar("org.example.reader", manifest("org.example.reader", """
				Require-Bundle: org.helix.cli;bundle-version="[1.0.0,2.0.0)"
				Import-Package: org.apache.poi.xssf.usermodel
				"""), """
				<plugin><extension point="org.helix.cli.commands">
				<command id="org.example.read" name="read" class="org.example.Read" usage="read FILE" description="d"/>
				</extension></plugin>""", false);
		bundlesInfo.add("org.example.reader,1.0.0,plugins/org.example.reader_1.0.0.jar,4,false");
		library("org.example.log4j.provider", """
				Import-Package: org.apache.logging.log4j.simple,org.apache.logging.log4j.spi,org.osgi.framework
				""", 2, true);
		// an auto-started bundle nothing in the closure has a use for stays out, and so does an extender (SPI Fly)
		library("org.example.unrelated", "Import-Package: org.example.nowhere\n", 2, true);
		library("org.example.spifly", """
				Import-Package: org.apache.logging.log4j
				Provide-Capability: osgi.extender;osgi.extender="osgi.serviceloader.processor";version:Version="1.0"
				""", 2, true);
		writeBundlesInfo();

		Set<String> names = names(CliConfiguration.compute(product));

		for (String needed : List.of("org.example.reader", "org.apache.poi.poi.ooxml", "org.apache.xmlbeans.xmlbeans",
				"org.apache.logging.log4j.api", "org.example.log4j.provider")) {
			assertTrue(names.contains(needed), needed + " is missing from " + names);
		}
		for (String left : List.of("org.eclipse.swt", "org.example.unrelated", "org.example.spifly")) {
			assertFalse(names.contains(left), left + " should not be started by the command line: " + names);
		}
	}

	private void library(String name, String headers, int startLevel, boolean autoStart) throws IOException {
		jar(name, manifest(name, headers), null, false);
		bundlesInfo.add(name + ",1.0.0,plugins/" + name + "_1.0.0.jar," + startLevel + "," + autoStart);
	}

	private void writeBundlesInfo() throws IOException {
		List<String> lines = new ArrayList<>(List.of("#encoding=UTF-8", "#version=1"));
		lines.addAll(bundlesInfo);
		Files.write(product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"), lines);
	}

	@Test
	void theWrittenConfigurationStartsAnUnsignedFrameworkAndKeepsTheProductsLines() throws IOException {
		Path output = product.resolve("out.tmp");
		Path finalOutput = product.resolve("out");

		CliConfiguration.write(product, CliConfiguration.compute(product), output, finalOutput);

		Properties ini = new Properties();
		try (InputStream in = Files.newInputStream(output.resolve("configuration/config.ini"))) {
			ini.load(in);
		}
		assertEquals(finalOutput.resolve("org.eclipse.osgi_1.0.0.jar").toUri().toString(), ini.getProperty("osgi.framework"));
		assertEquals("reference:file:" + product.resolve("plugins/org.eclipse.equinox.simpleconfigurator_1.0.0.jar") + "@1:start",
				ini.getProperty("osgi.bundles"));
		assertNull(ini.getProperty("eclipse.product"));
		assertNull(ini.getProperty("eclipse.application"));
		assertEquals("file:org.eclipse.equinox.simpleconfigurator/bundles.info",
				ini.getProperty("org.eclipse.equinox.simpleconfigurator.configUrl"));
		try (JarFile copy = new JarFile(output.resolve("org.eclipse.osgi_1.0.0.jar").toFile())) {
			assertNull(copy.getEntry("META-INF/ECLIPSE_.SF"));
			assertNull(copy.getEntry("META-INF/ECLIPSE_.RSA"));
			assertNotNull(copy.getEntry("org/eclipse/osgi/launch/Equinox.class"));
			assertEquals("org.eclipse.osgi;singleton:=true", copy.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"));
		}
		List<String> written = Files.readAllLines(
				output.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertTrue(written.contains("org.helix.analysis.cli,1.0.0.v20261205,plugins/org.helix.analysis.cli_1.0.0.jar,4,false"));
		assertTrue(written.stream().noneMatch(line -> line.startsWith("org.helix.ui,")));
		assertTrue(Files.readAllLines(output.resolve("full-commands")).contains("export-diagram"));
		assertTrue(Files.readAllLines(output.resolve("lean-commands")).contains("info"));
	}

	private static Set<String> names(CliConfiguration.Result result) {
		return result.names();
	}

	private void platform(String name, int startLevel, String headers, String pluginXml, boolean signed)
			throws IOException {
		jar(name, manifest(name, headers), pluginXml, signed);
		boolean autoStart = startLevel < 4;
		bundlesInfo.add(name + ",1.0.0,plugins/" + name + "_1.0.0.jar," + startLevel + "," + autoStart);
	}

	private static Manifest manifest(String name, String headers) throws IOException {
		String text = "Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: " + name
				+ ";singleton:=true\nBundle-Version: 1.0.0\n" + headers;
		return new Manifest(new ByteArrayInputStream((text.strip() + "\n\n").getBytes(StandardCharsets.UTF_8)));
	}

	private void jar(String name, Manifest manifest, String pluginXml, boolean signed) throws IOException {
		try (OutputStream file = Files.newOutputStream(product.resolve("plugins/" + name + "_1.0.0.jar"));
				JarOutputStream jar = new JarOutputStream(file, manifest)) {
			if (pluginXml != null) {
				entry(jar, "plugin.xml", pluginXml);
			}
			if (signed) {
				entry(jar, "META-INF/ECLIPSE_.SF", "Signature-Version: 1.0\n");
				entry(jar, "META-INF/ECLIPSE_.RSA", "not a real signature block");
				entry(jar, "org/eclipse/osgi/launch/Equinox.class", "class bytes");
			}
		}
	}

	private static void entry(JarOutputStream jar, String name, String content) throws IOException {
		jar.putNextEntry(new ZipEntry(name));
		jar.write(content.getBytes(StandardCharsets.UTF_8));
		jar.closeEntry();
	}

	private static Path repository() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("bundles/org.helix.cli")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no Helix repository above " + Paths.get("").toAbsolutePath());
	}
}
