package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.team.cli.internal.DiffCommand;
import org.helix.team.cli.internal.MergeCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./helix cli diff} and {@code merge} as docs/collaboration.md describes them, on the Klimaatsprong example. */
class TeamCommandsTest {

	@TempDir
	Path folder;

	ByteArrayOutputStream out = new ByteArrayOutputStream();
	CommandContext context;

	@BeforeEach
	void versions() throws Exception {
		context = new CommandContext(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, folder, List.of());
		Path base = Klimaatsprong.write(folder.resolve("base.helix"));
		HelixModel old = HelixPersistence.load(base);
		Klimaatsprong.action(old, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 7, 1));
		save(old, "old.helix");
		HelixModel ours = HelixPersistence.load(folder.resolve("old.helix"));
		Klimaatsprong.action(ours, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
		save(ours, "new.helix");
		HelixModel theirs = HelixPersistence.load(folder.resolve("old.helix"));
		Klimaatsprong.action(theirs, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED);
		save(theirs, "theirs.helix");
	}

	private void save(HelixModel model, String name) throws Exception {
		HelixPersistence.save(model, folder.resolve(name));
		Files.deleteIfExists(HelixPersistence.backupOf(folder.resolve(name)));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void diffAsText() throws Exception {
		assertEquals(0, new DiffCommand().run(context, List.of("old.helix", "new.helix")));
		assertEquals("~ Programme 'Klimaatsprong voor de Industrie' › Priority action '" + Klimaatsprong.MONITORING
				+ "' › planned end: 2026-07-01 → 2026-09-30\n1 change: 0 added, 0 removed, 0 moved, 1 changed, 0 reordered\n",
				output());
	}

	@Test
	void diffAsJson() throws Exception {
		assertEquals(0, new DiffCommand().run(context, List.of("old.helix", "new.helix", "--format", "json")));
		String json = output();
		assertTrue(json.contains("\"summary\" : {\n    \"added\" : 0,\n    \"removed\" : 0,\n    \"moved\" : 0,\n    \"changed\" : 1,\n    \"reordered\" : 0\n  }"), json);
		assertTrue(json.contains("\"kind\" : \"changed\""), json);
		assertTrue(json.contains("\"type\" : \"PriorityAction\""), json);
		assertTrue(json.contains("\"feature\" : \"planned end\",\n    \"old\" : \"2026-07-01\",\n    \"new\" : \"2026-09-30\""), json);
	}

	@Test
	void unknownParametersAreUsageErrors() {
		CommandException option = assertThrows(CommandException.class,
				() -> new DiffCommand().run(context, List.of("old.helix", "new.helix", "--colour", "always")));
		assertEquals(2, option.getExitCode());
		assertTrue(option.getMessage().startsWith("unknown option --colour"), option.getMessage());
		CommandException format = assertThrows(CommandException.class,
				() -> new DiffCommand().run(context, List.of("old.helix", "new.helix", "--format", "xml")));
		assertEquals(2, format.getExitCode());
		assertEquals("unknown format 'xml'; known formats: text, json", format.getMessage());
		CommandException files = assertThrows(CommandException.class,
				() -> new MergeCommand().run(context, List.of("old.helix", "new.helix", "--output", "x.helix")));
		assertEquals(2, files.getExitCode());
		CommandException output = assertThrows(CommandException.class,
				() -> new MergeCommand().run(context, List.of("old.helix", "new.helix", "theirs.helix")));
		assertEquals(2, output.getExitCode());
		assertTrue(output.getMessage().startsWith("--output FILE is required"), output.getMessage());
		assertTrue(Files.notExists(folder.resolve("x.helix")));
	}

	@Test
	void mergeWritesTheMergedModelAndExitsZeroWhenClean() throws Exception {
		assertEquals(0, new MergeCommand().run(context, List.of("old.helix", "new.helix", "theirs.helix", "--output", "merged.helix")));
		assertEquals("merged cleanly into merged.helix\n", output());
		HelixModel merged = HelixPersistence.load(folder.resolve("merged.helix"));
		assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(merged, Klimaatsprong.MONITORING).getPlannedEnd());
		assertEquals(ActionStatus.STARTED, Klimaatsprong.action(merged, Klimaatsprong.LOGISTICS).getStatus());
	}

	@Test
	void aBrokenInputIsAnErrorAndTheOutputStaysAsItWas() throws Exception {
		Files.writeString(folder.resolve("broken.helix"), "<not a model");
		byte[] before = Files.readAllBytes(folder.resolve("new.helix"));
		CommandException broken = assertThrows(CommandException.class, () -> new MergeCommand().run(context,
				List.of("old.helix", "new.helix", "broken.helix", "--output", "new.helix")));
		assertEquals(2, broken.getExitCode());
		assertTrue(broken.getMessage().contains("broken.helix"), broken.getMessage());
		assertArrayEquals(before, Files.readAllBytes(folder.resolve("new.helix")));
	}
}
