package org.helix.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.helix.plugins.Installable;
import org.helix.plugins.Installation;
import org.helix.plugins.PluginInstallException;
import org.helix.plugins.PluginInstallException.Reason;
import org.helix.plugins.PluginInstaller;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real p2 installs into a temporary installation (TestInstallation) from update sites the tests publish with p2's
 * publisher: what the profile and bundles.info hold afterwards, and that every failure leaves both as they were.
 * The plug-in is modelled on the external example (docs/write-your-own-analyzer.md): an analyzer bundle, a base bundle
 * it requires, and a feature listing the analyzer.
 */
class PluginInstallerTest {

	static final String ANALYZER = "org.example.helix.audit";
	static final String BASE = "org.example.helix.audit.base";
	static final String FEATURE = "org.example.helix.audit.feature";

	@TempDir
	Path temp;

	TestInstallation helix;
	URI site;

	@BeforeEach
	void setUp() throws Exception {
		helix = TestInstallation.create(temp.resolve("installation"));
		site = publish(new TestSite(temp.resolve("sources"))
				.bundle(BASE, "1.0.0")
				.bundle(ANALYZER, "1.2.0", BASE + ";bundle-version=\"[1.0.0,2.0.0)\"")
				.feature(FEATURE, "1.2.0", "Audit analyzer", ANALYZER + ":1.2.0"), "site");
	}

	private URI publish(TestSite sources, String name) throws Exception {
		IProvisioningAgent agent = TestInstallation.agent(temp.resolve("publisher-agent").toString());
		try {
			return sources.publish(agent, temp.resolve(name));
		} finally {
			agent.stop();
		}
	}

	private Installable install(URI repository, String id, String version) throws Exception {
		try (PluginInstaller installer = PluginInstaller.open(helix.installation)) {
			return installer.install(repository, id, version, new NullProgressMonitor());
		}
	}

	private PluginInstallException failedInstall(URI repository, String id) {
		return assertThrows(PluginInstallException.class, () -> install(repository, id, null));
	}

	@Test
	void installsAFeatureWithTheBundleItRequires() throws Exception {
		Installable installed = install(site, FEATURE, null);

		assertEquals(new Installable(FEATURE, "1.2.0", "Audit analyzer", true), installed);
		List<String> units = helix.profileUnits();
		assertTrue(units.contains(FEATURE + ".feature.group 1.2.0"), units.toString());
		assertTrue(units.contains(ANALYZER + " 1.2.0"), units.toString());
		// not in the feature, required by its bundle: the planner brings it from the same site
		assertTrue(units.contains(BASE + " 1.0.0"), units.toString());
		List<String> info = helix.bundlesInfo();
		assertTrue(info.contains(ANALYZER + ",1.2.0,plugins/" + ANALYZER + "_1.2.0.jar,4,false"), info.toString());
		assertTrue(info.contains(BASE + ",1.0.0,plugins/" + BASE + "_1.0.0.jar,4,false"), info.toString());
		assertTrue(info.containsAll(helix.baseLines), info.toString());
		assertTrue(Files.isRegularFile(helix.installation.folder().resolve("plugins/" + ANALYZER + "_1.2.0.jar")));
		try (PluginInstaller installer = PluginInstaller.open(helix.installation)) {
			assertEquals(List.of(installed), installer.installedRoots().stream().filter(i -> i.feature()).toList());
		}
	}

	@Test
	void installsABundleFromAZippedSite() throws Exception {
		Path zip = TestSite.zip(Path.of(site), temp.resolve("audit-site.zip"));
		URI repository = PluginInstaller.repositoryLocation(zip.getFileName().toString(), temp);
		assertEquals("jar:" + zip.toUri() + "!/", repository.toString());

		Installable installed = install(repository, ANALYZER, "1.2.0");

		assertEquals(new Installable(ANALYZER, "1.2.0", "Example " + ANALYZER, false), installed);
		List<String> info = helix.bundlesInfo();
		assertTrue(info.contains(ANALYZER + ",1.2.0,plugins/" + ANALYZER + "_1.2.0.jar,4,false"), info.toString());
		assertFalse(helix.profileUnits().contains(FEATURE + ".feature.group 1.2.0"));
	}

	@Test
	void listsWhatASiteOffers() throws Exception {
		try (PluginInstaller installer = PluginInstaller.open(helix.installation)) {
			assertEquals(List.of(new Installable(FEATURE, "1.2.0", "Audit analyzer", true),
					new Installable(ANALYZER, "1.2.0", "Example " + ANALYZER, false),
					new Installable(BASE, "1.0.0", "Example " + BASE, false)),
					installer.available(site, new NullProgressMonitor()));
		}
	}

	@Test
	void refusesWhatIsInstalledAlready() throws Exception {
		install(site, FEATURE, null);
		List<String> info = helix.bundlesInfo();

		PluginInstallException e = failedInstall(site, FEATURE);

		assertEquals(Reason.ALREADY_INSTALLED, e.reason());
		assertEquals("feature " + FEATURE + " 1.2.0 is already installed in " + helix.installation.folder(), e.getMessage());
		assertEquals(info, helix.bundlesInfo());
	}

	@Test
	void namesNearIdsForAnUnknownOne() throws Exception {
		List<String> units = helix.profileUnits();

		PluginInstallException e = failedInstall(site, "org.example.helix.adit.feature");

		assertEquals(Reason.UNKNOWN_UNIT, e.reason());
		assertEquals("no feature or bundle org.example.helix.adit.feature in " + site + "; near names: " + FEATURE,
				e.getMessage());
		PluginInstallException version = assertThrows(PluginInstallException.class, () -> install(site, ANALYZER, "2.0.0"));
		assertEquals(site + " has " + ANALYZER + " in version 1.2.0, not 2.0.0", version.getMessage());
		assertEquals(units, helix.profileUnits());
	}

	@Test
	void refusesWhatIsNoRepository() throws Exception {
		Path empty = Files.createDirectories(temp.resolve("empty"));
		PluginInstallException notARepository = failedInstall(empty.toUri(), FEATURE);
		assertEquals(Reason.NO_REPOSITORY, notARepository.reason());
		assertTrue(notARepository.getMessage().startsWith("no p2 repository at " + empty.toUri() + ": "),
				notARepository.getMessage());
		assertFalse(notARepository.getMessage().contains("\n"));

		URI unreachable = URI.create("http://127.0.0.1:9/helix-site/");
		PluginInstallException refused = failedInstall(unreachable, FEATURE);
		assertEquals(Reason.NO_REPOSITORY, refused.reason());
		assertTrue(refused.getMessage().startsWith("no p2 repository at " + unreachable + ": "), refused.getMessage());

		PluginInstallException missing = assertThrows(PluginInstallException.class,
				() -> PluginInstaller.repositoryLocation("no-such-site", temp));
		assertEquals("no such folder or file: " + temp.resolve("no-such-site"), missing.getMessage());
		Path text = Files.writeString(temp.resolve("notes.txt"), "not a site");
		assertEquals(Reason.NO_REPOSITORY, assertThrows(PluginInstallException.class,
				() -> PluginInstaller.repositoryLocation(text.toString(), temp)).reason());
	}

	@Test
	void explainsAMissingRequirementAndChangesNothing() throws Exception {
		URI broken = publish(new TestSite(temp.resolve("broken-sources"))
				.bundle("org.example.helix.needy", "1.0.0", "org.example.helix.missing;bundle-version=\"[3.0.0,4.0.0)\""),
				"broken-site");
		List<String> units = helix.profileUnits();
		List<String> info = helix.bundlesInfo();

		PluginInstallException e = failedInstall(broken, "org.example.helix.needy");

		assertEquals(Reason.UNSATISFIABLE, e.reason());
		assertTrue(e.getMessage().startsWith("cannot install bundle org.example.helix.needy 1.0.0: Missing requirement: "),
				e.getMessage());
		assertTrue(e.getMessage().contains("org.example.helix.missing"), e.getMessage());
		assertEquals(units, helix.profileUnits());
		assertEquals(info, helix.bundlesInfo());
	}

	@Test
	void rollsBackWhenAnArtifactCannotBeRead() throws Exception {
		// the site's metadata promises the base bundle, its jar is gone: the engine fails while collecting
		Files.delete(Path.of(site).resolve("plugins/" + BASE + "_1.0.0.jar"));
		List<String> units = helix.profileUnits();
		List<String> info = helix.bundlesInfo();

		PluginInstallException e = failedInstall(site, FEATURE);

		assertEquals(Reason.INSTALL_FAILED, e.reason());
		assertTrue(e.getMessage().startsWith("installing feature " + FEATURE + " 1.2.0 failed, nothing was changed: "),
				e.getMessage());
		assertEquals(units, helix.profileUnits());
		assertEquals(info, helix.bundlesInfo());
		// a jar the collect phase fetched before the failure may stay in plugins/, unreferenced (p2 leaves such files to
		// its garbage collector): neither the profile nor bundles.info names it, so nothing starts it
		assertTrue(helix.bundlesInfo().stream().noneMatch(line -> line.startsWith(ANALYZER + ",")));
	}

	@Test
	void installsIntoACopyOfAnInstallation() throws Exception {
		// a product copied elsewhere keeps a profile naming its old folder; the install must land in the copy
		Path copy = temp.resolve("copy");
		copyTree(helix.root, copy);
		Installation copied = Installation.of(copy.resolve("helix"));
		List<String> originalInfo = helix.bundlesInfo();

		try (PluginInstaller installer = PluginInstaller.open(copied)) {
			installer.install(site, FEATURE, null, new NullProgressMonitor());
		}

		assertTrue(Files.isRegularFile(copy.resolve("helix/plugins/" + ANALYZER + "_1.2.0.jar")));
		assertTrue(Files.readAllLines(copied.bundlesInfo()).contains(ANALYZER + ",1.2.0,plugins/" + ANALYZER + "_1.2.0.jar,4,false"));
		assertFalse(Files.exists(helix.installation.folder().resolve("plugins/" + ANALYZER + "_1.2.0.jar")));
		assertEquals(originalInfo, helix.bundlesInfo());
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
