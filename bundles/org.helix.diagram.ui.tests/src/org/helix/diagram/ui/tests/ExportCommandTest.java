package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.helix.cli.HelixCli;
import org.helix.cli.HelixCommand;
import org.helix.examples.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/** {@code export-diagram} through the real command line entry point and extension point. */
class ExportCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		PrintStream quietOut = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
		return HelixCli.run(args, quietOut, new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void svgExportSucceedsAndWritesAnSvgFile() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path out = folder.resolve("governance.svg");
		assertEquals(HelixCommand.OK, run("export-diagram", model.toString(), "--viewpoint", "org.helix.viewpoint.governance",
				"--format", "svg", "--output", out.toString()), err::toString);
		assertTrue(Files.readString(out).contains("<svg"));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
	void pngExportSucceedsWhenADisplayIsAvailable() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path out = folder.resolve("programme.png");
		assertEquals(HelixCommand.OK, run("export-diagram", model.toString(), "--viewpoint", "Programme", "--format", "png", "--output",
				out.toString()), err::toString);
		byte[] png = Files.readAllBytes(out);
		assertEquals((byte) 0x89, png[0]);
		assertEquals('P', png[1]);
	}

	@Test
	@DisabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
	void pngExportWithoutADisplayIsAnErrorThatSaysSo() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path out = folder.resolve("programme.png");
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR,
				run("export-diagram", model.toString(), "--viewpoint", "Programme", "--format", "png", "--output", out.toString()));
		assertTrue(err.toString().contains("needs a display"), err.toString());
	}

	@Test
	void wrongArgumentsGiveExitCodeTwo() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path out = folder.resolve("x.svg");
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint", "nope", "--format",
				"svg", "--output", out.toString()));
		assertTrue(err.toString().contains("org.helix.viewpoint.governance"), "lists the installed viewpoints: " + err);
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint", "Governance",
				"--format", "gif", "--output", out.toString()));
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--format", "svg", "--output",
				out.toString()));
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", folder.resolve("missing.helix").toString(),
				"--viewpoint", "Governance", "--format", "svg", "--output", out.toString()));
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint", "Governance",
				"--format", "svg", "--output", folder.resolve("no/such/folder/x.svg").toString()));
	}

	@Test
	void aCorruptDiagramsFileIsAnErrorNamingItsLineAndColumnAndStaysUnchanged() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path diagrams = folder.resolve(model.getFileName().toString().replace(".helix", ".helix-diagrams"));
		// an unknown attribute on line 3 of an otherwise valid diagrams file
		String corrupt = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<notation:DiagramFile xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:notation=\""
				+ org.helix.diagram.model.notation.NotationPackage.eNS_URI + "\" formatVersion=\"1.0\">\n"
				+ "  <diagrams name=\"Bestuur\" kleur=\"groen\"/>\n"
				+ "</notation:DiagramFile>\n";
		Files.writeString(diagrams, corrupt, StandardCharsets.UTF_8);
		Path out = folder.resolve("governance.svg");

		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint",
				"org.helix.viewpoint.governance", "--format", "svg", "--output", out.toString()));

		assertTrue(err.toString().contains(diagrams + ":3:"), err.toString());
		assertTrue(err.toString().contains("kleur"), err.toString());
		assertEquals(corrupt, Files.readString(diagrams), "export never writes the diagrams file");
		assertTrue(Files.notExists(out));
	}
	/** Issue 16: {@code --viewpoint PATH.helix-viewpoint} takes a specification file as readily as an installed id. */
	@Test
	void aViewpointFileIsUsedAsReadilyAsAnInstalledId() throws Exception {
		Path model = Fixtures.save(Example.KLIMAATSPRONG, folder);
		Path specification = folder.resolve("actors.helix-viewpoint");
		// the New Viewpoint wizard's template, with the governance viewpoint's id: a file may reuse an installed id
		Files.writeString(specification, org.helix.diagram.ui.viewpoint.NewViewpointWizard.template("Actors")
				.replace("id=\"workspace.actors\"", "id=\"org.helix.viewpoint.governance\""), StandardCharsets.UTF_8);
		Path out = folder.resolve("actors.svg");
		assertEquals(HelixCommand.OK, run("export-diagram", model.toString(), "--viewpoint", specification.toString(),
				"--format", "svg", "--output", out.toString()), err::toString);
		String svg = Files.readString(out);
		long organisations = svg.split("data-mapping=\"workspace.actors.organisation\"", -1).length - 1;
		assertTrue(organisations > 10, "the organisations of Klimaatsprong: " + organisations);
		assertTrue(svg.contains("#dbe8f6"), "in the template's style");

		// a misspelt feature: refused, with the file, the element and the column
		Files.writeString(specification, Files.readString(specification).replace("labelExpression=\"name\"", "labelExpression=\"nam\""));
		err.reset();
		Path broken = folder.resolve("broken.svg");
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint", specification.toString(),
				"--format", "svg", "--output", broken.toString()));
		assertTrue(err.toString().contains(specification + ": Layer 'Organisations' \u203a NodeMapping 'Organisation', labelExpression: "
				+ "unknown feature 'nam' on Organisation; did you mean 'name'? at column 1 in 'nam'"), err.toString());
		assertTrue(Files.notExists(broken));

		err.reset();
		assertEquals(HelixCommand.USAGE_OR_IO_ERROR, run("export-diagram", model.toString(), "--viewpoint",
				folder.resolve("missing.helix-viewpoint").toString(), "--format", "svg", "--output", broken.toString()));
		assertTrue(err.toString().contains("no viewpoint file"), err.toString());
	}
}
