package org.helix.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.helix.cli.CommandException;
import org.helix.cli.commands.ExportCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.io.Table;
import org.helix.io.TableImport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./helix cli export FILE.helix --kind KIND --format csv|xlsx [--out PATH]} as the issue spells it. */
class ExportCommandTest {

	@TempDir
	Path folder;

	@Test
	void exportWithKindWritesTheTableBesideTheModelOrToOut() throws Exception {
		HelixPersistence.save(Fixtures.klimaatsprongWithTracking(), folder.resolve("klimaatsprong.helix"));
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		assertEquals(0, new ExportCommand().run(cli.context, List.of("klimaatsprong.helix", "--kind", "budgets", "--format", "xlsx")));
		Path beside = folder.resolve("klimaatsprong-budgets.xlsx");
		Table table = TableImport.read(beside);
		assertEquals(List.of("id", "programme", "code", "name", "budgetPlanned", "budgetCommitted", "budgetSpent"), table.header());
		assertEquals(18, table.size()); // the 18 priority actions of the programme note
		assertEquals("250000", table.cell(0, 4));
		assertEquals("120000.50", table.cell(0, 5));
		assertEquals("", table.cell(0, 6), "an unknown amount stays empty");

		assertEquals(0, new ExportCommand().run(cli.context,
				List.of("klimaatsprong.helix", "--kind", "organisations", "--format", "csv", "--out", "out/orgs.csv")));
		String csv = Files.readString(folder.resolve("out/orgs.csv"));
		assertTrue(csv.startsWith("id,name,abbreviation,aliases,kind,helix,level,location,parent,description\r\n"), csv);
		assertTrue(cli.output().contains("Exported 18 budgets rows to "), cli.output());

		CommandException format = assertThrows(CommandException.class, () -> new ExportCommand().run(cli.context,
				List.of("klimaatsprong.helix", "--kind", "budgets", "--format", "ods")));
		assertEquals(2, format.getExitCode());
		assertEquals("unknown format 'ods'; use csv|xlsx", format.getMessage());
		CommandException kind = assertThrows(CommandException.class, () -> new ExportCommand().run(cli.context,
				List.of("klimaatsprong.helix", "--kind", "fiches", "--format", "csv")));
		assertEquals(2, kind.getExitCode());
	}
}
