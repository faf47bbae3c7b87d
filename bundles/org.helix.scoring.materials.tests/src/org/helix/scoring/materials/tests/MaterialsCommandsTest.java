package org.helix.scoring.materials.tests;

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
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.RawMaterialsExample;
import org.helix.scoring.materials.cli.internal.CascadeCommand;
import org.helix.scoring.materials.cli.internal.CriticalityCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./helix cli criticality} and {@code cascade} on the raw-materials example saved to a file. */
class MaterialsCommandsTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private CommandContext context() throws Exception {
		HelixPersistence.save(RawMaterialsExample.build(), folder.resolve("grondstoffen.helix"));
		return new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, folder, List.of());
	}

	@Test
	void criticalityPrintsVerdictsAndListChanges() throws Exception {
		assertEquals(0, new CriticalityCommand().run(context(), List.of("grondstoffen.helix")));
		String text = out.toString(StandardCharsets.UTF_8);
		System.out.print(text); // the real output quoted in docs/materials.md
		assertTrue(text.startsWith("Critical when SR >= 1.0 and EI >= 2.8; borderline within 0.1."), text);
		assertTrue(text.contains("  fluoriet: MISSING — stated BORDERLINE, borderline"), text);
		assertTrue(text.contains("    - tantaal: "), text);
		assertTrue(text.contains("    + nikkel: "), text);
	}

	@Test
	void badThresholdsAreRefusedWithExitCodeTwo() throws Exception {
		CommandException error = assertThrows(CommandException.class,
				() -> new CriticalityCommand().run(context(), List.of("grondstoffen.helix", "--margin", "-1")));
		assertEquals(2, error.getExitCode());
		assertThrows(CommandException.class,
				() -> new CriticalityCommand().run(context(), List.of("grondstoffen.helix", "--sr", "high")));
	}

	@Test
	void cascadeOfZinc() throws Exception {
		assertEquals(0, new CascadeCommand().run(context(), List.of("grondstoffen.helix", "zink")));
		String text = out.toString(StandardCharsets.UTF_8);
		System.out.print(text); // the real output quoted in docs/materials.md
		assertTrue(text.startsWith("material: zink\n  company: Nyrstar (produces zink)\n"), text);
		CommandException unknown = assertThrows(CommandException.class,
				() -> new CascadeCommand().run(context(), List.of("grondstoffen.helix", "unobtainium")));
		assertTrue(unknown.getMessage().contains("no raw material 'unobtainium'"), unknown.getMessage());
	}
}
