package org.helix.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.plugins.cli.internal.InstallPluginCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./helix cli install-plugin REPOSITORY FEATURE-OR-BUNDLE[/VERSION]} against a temporary installation. */
class InstallPluginCommandTest {

	@TempDir
	Path temp;

	TestInstallation helix;
	final ByteArrayOutputStream out = new ByteArrayOutputStream();
	CommandContext context;

	@BeforeEach
	void setUp() throws Exception {
		helix = TestInstallation.create(temp.resolve("installation"));
		TestSite.publishAuditSite(temp);
		System.setProperty(InstallPluginCommand.INSTALLATION_PROPERTY, helix.installation.folder().toString());
		context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, temp, List.of());
	}

	@AfterEach
	void tearDown() {
		System.clearProperty(InstallPluginCommand.INSTALLATION_PROPERTY);
	}

	private int run(String... arguments) throws CommandException {
		return new InstallPluginCommand().run(context, List.of(arguments));
	}

	@Test
	void installsAFeatureFromASiteFolder() throws Exception {
		assertEquals(0, run("site", PluginInstallerTest.FEATURE));

		assertEquals("installed feature " + PluginInstallerTest.FEATURE + " 1.2.0 into " + helix.installation.folder()
				+ "; it runs from the next start\n", out.toString(StandardCharsets.UTF_8));
		assertTrue(helix.bundlesInfo().contains(PluginInstallerTest.ANALYZER + ",1.2.0,plugins/"
				+ PluginInstallerTest.ANALYZER + "_1.2.0.jar,4,false"), helix.bundlesInfo().toString());
	}

	@Test
	void installsABundleInAGivenVersion() throws Exception {
		assertEquals(0, run("site", PluginInstallerTest.BASE + "/1.0.0"));

		assertTrue(helix.profileUnits().contains(PluginInstallerTest.BASE + " 1.0.0"));
	}

	@Test
	void exitCodesAndMessages() throws Exception {
		CommandException unknown = assertThrows(CommandException.class, () -> run("site", "org.example.helix.audi"));
		assertEquals(1, unknown.getExitCode());
		assertEquals("no feature or bundle org.example.helix.audi in " + temp.resolve("site").toUri() + "; near names: "
				+ PluginInstallerTest.ANALYZER + ", " + PluginInstallerTest.BASE + ", " + PluginInstallerTest.FEATURE,
				unknown.getMessage());

		CommandException noSite = assertThrows(CommandException.class, () -> run("nowhere", PluginInstallerTest.FEATURE));
		assertEquals(2, noSite.getExitCode());
		assertEquals("no such folder or file: " + temp.resolve("nowhere"), noSite.getMessage());

		CommandException usage = assertThrows(CommandException.class, () -> run("site"));
		assertEquals(2, usage.getExitCode());

		assertEquals(0, run("site", PluginInstallerTest.FEATURE));
		CommandException again = assertThrows(CommandException.class, () -> run("site", PluginInstallerTest.FEATURE));
		assertEquals(1, again.getExitCode());
		assertTrue(again.getMessage().endsWith(" is already installed in " + helix.installation.folder()), again.getMessage());
	}
}
