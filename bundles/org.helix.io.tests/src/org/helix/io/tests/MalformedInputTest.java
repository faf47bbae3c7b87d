package org.helix.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.cli.CommandException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult;
import org.helix.io.RowResult.Outcome;
import org.helix.io.Table;
import org.helix.io.TableFormatException;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.io.cli.internal.ImportCommand;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed CSV and a malformed XLSX: every bad row is reported with its number and reason; nothing is applied. */
class MalformedInputTest {

	@TempDir
	Path folder;

	private static Map<Integer, String> rejected(ImportPlan plan) {
		Map<Integer, String> rows = new TreeMap<>();
		for (RowResult row : plan.rejected()) {
			rows.put(row.rowNumber(), String.join("; ", row.reasons()));
		}
		return rows;
	}

	@Test
	void malformedCsvReportsEveryBadRowAndLeavesTheModelUnchanged() throws Exception {
		HelixModel model = Fixtures.klimaatsprongWithTracking();
		HelixModel before = EcoreUtil.copy(model);
		Path csv = Fixtures.copy("kpi-measurements-malformed.csv", folder);
		TableKind<?> kind = TableImport.kind("kpi-measurements").orElseThrow();
		Table table = TableImport.read(csv);
		ImportPlan plan = TableImport.plan(model, kind, table, ColumnMapping.automatic(kind, table.header()));

		Map<Integer, String> rejected = rejected(plan);
		assertEquals(List.of(3, 4, 5, 6, 8, 9, 10, 11), List.copyOf(rejected.keySet()), rejected.toString());
		assertTrue(rejected.get(3).contains("value: 'veel' is not a number"), rejected.get(3));
		assertTrue(rejected.get(4).contains("date: '2024-13-01' is not a date"), rejected.get(4));
		assertTrue(rejected.get(5).contains("no indicator matches 'Staalproductie wereldwijd'"), rejected.get(5));
		assertTrue(rejected.get(6).contains("the row has 6 cells, the header 5"), rejected.get(6));
		assertTrue(rejected.get(8).contains("rows 8, 9 all match measurement 2022 of 'Productie raffinage'") && rejected.get(8).contains("(duplicate)"), rejected.get(8));
		assertTrue(rejected.get(10).contains("projection: 'misschien' is not true or false"), rejected.get(10));
		assertTrue(rejected.get(11).contains("year: '2023.5' is not a whole number"), rejected.get(11));
		assertEquals(1, plan.count(Outcome.UNCHANGED)); // row 2: Emissies 2023 = 20.6, Table 1
		assertEquals(1, plan.count(Outcome.CREATE)); // row 7: the 2005 base value as a measurement

		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> plan.command(false));
		assertTrue(refused.getMessage().contains("8 rows rejected; nothing is applied"), refused.getMessage());
		assertTrue(EcoreUtil.equals(before, model), "planning must not change the model");
	}

	@Test
	void cliImportOfMalformedCsvWritesNothingAndExitsOne() throws Exception {
		Path modelFile = folder.resolve("klimaatsprong.helix");
		HelixPersistence.save(Fixtures.klimaatsprongWithTracking(), modelFile);
		byte[] before = Files.readAllBytes(modelFile);
		Fixtures.copy("kpi-measurements-malformed.csv", folder);
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		int exit = new ImportCommand().run(cli.context,
				List.of("klimaatsprong.helix", "kpi-measurements-malformed.csv", "--kind", "kpi-measurements"));
		String text = cli.output();
		System.out.print(text); // quoted in docs/import-export.md
		assertEquals(1, exit, text);
		assertTrue(text.contains("  create:    1\n  update:    0\n  unchanged: 1\n  rejected:  8\n"), text);
		assertTrue(text.contains("row 3: rejected — value: 'veel' is not a number"), text);
		assertTrue(text.contains("Nothing imported: 8 rows rejected."), text);
		assertArrayEquals(before, Files.readAllBytes(modelFile), "a failed import must not write the model");
	}

	@Test
	void malformedXlsxReportsEveryBadRowAndLeavesTheModelUnchanged() throws Exception {
		Path xlsx = folder.resolve("kpi.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			Sheet sheet = workbook.createSheet("KPI");
			Row header = sheet.createRow(0);
			String[] names = { "indicator", "date", "year", "value" };
			for (int c = 0; c < names.length; c++) {
				header.createCell(c).setCellValue(names[c]);
			}
			Row ok = sheet.createRow(1); // Table 1: Emissies 2023 = 20.6
			ok.createCell(0).setCellValue("Emissies");
			ok.createCell(2).setCellValue(2023);
			ok.createCell(3).setCellValue(20.6);
			Row text = sheet.createRow(2);
			text.createCell(0).setCellValue("Energiegebruik");
			text.createCell(2).setCellValue(2023);
			text.createCell(3).setCellValue("284 PJ");
			Row error = sheet.createRow(3);
			error.createCell(0).setCellValue("Productie staal");
			error.createCell(2).setCellValue(2023);
			error.createCell(3).setCellErrorValue(FormulaError.DIV0.getCode());
			Row unknown = sheet.createRow(4);
			unknown.createCell(0).setCellValue("Onbekende indicator");
			unknown.createCell(2).setCellValue(2023);
			unknown.createCell(3).setCellValue(1);
			Row create = sheet.createRow(5); // Table 1: the 2005 base value
			create.createCell(0).setCellValue("Emissies");
			create.createCell(2).setCellValue(2005);
			create.createCell(3).setCellValue(27.4);
			Row outside = sheet.createRow(6);
			outside.createCell(0).setCellValue("Tewerkstelling");
			outside.createCell(2).setCellValue(2022);
			outside.createCell(3).setCellValue(92);
			outside.createCell(5).setCellValue("extra");
			workbook.write(out);
		}
		Path modelFile = folder.resolve("klimaatsprong.helix");
		HelixPersistence.save(Fixtures.klimaatsprongWithTracking(), modelFile);
		byte[] before = Files.readAllBytes(modelFile);

		HelixModel model = HelixPersistence.load(modelFile);
		TableKind<?> kind = TableImport.kind("kpi-measurements").orElseThrow();
		Table table = TableImport.read(xlsx);
		ImportPlan plan = TableImport.plan(model, kind, table, ColumnMapping.automatic(kind, table.header()));
		Map<Integer, String> rejected = rejected(plan);
		assertEquals(List.of(3, 4, 5, 7), List.copyOf(rejected.keySet()), rejected.toString());
		assertTrue(rejected.get(3).contains("value: '284 PJ' is not a number"), rejected.get(3));
		assertTrue(rejected.get(4).contains("cell D4 holds an error value"), rejected.get(4));
		assertTrue(rejected.get(5).contains("no indicator matches 'Onbekende indicator'"), rejected.get(5));
		assertTrue(rejected.get(7).contains("cell F7 is outside the header's columns"), rejected.get(7));
		assertEquals(1, plan.count(Outcome.UNCHANGED));
		assertEquals(1, plan.count(Outcome.CREATE));

		Fixtures.Cli cli = new Fixtures.Cli(folder);
		assertEquals(1, new ImportCommand().run(cli.context, List.of("klimaatsprong.helix", "kpi.xlsx", "--kind", "kpi-measurements")));
		assertArrayEquals(before, Files.readAllBytes(modelFile), "a failed import must not write the model");
	}

	@Test
	void unreadableFilesAndBadArgumentsExitTwo() throws Exception {
		Path modelFile = folder.resolve("klimaatsprong.helix");
		HelixPersistence.save(Fixtures.klimaatsprongWithTracking(), modelFile);
		byte[] before = Files.readAllBytes(modelFile);
		Files.writeString(folder.resolve("broken.xlsx"), "this is not a workbook");
		Files.writeString(folder.resolve("quote.csv"), "indicator,year,value\nEmissies,2023,\"20.6\n");
		Files.writeString(folder.resolve("data.txt"), "indicator\n");
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		ImportCommand command = new ImportCommand();

		CommandException broken = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "broken.xlsx", "--kind", "kpi-measurements")));
		assertEquals(2, broken.getExitCode());
		assertTrue(broken.getMessage().startsWith("cannot read broken.xlsx: not a readable XLSX workbook"), broken.getMessage());
		CommandException quote = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "quote.csv", "--kind", "kpi-measurements")));
		assertEquals(2, quote.getExitCode());
		assertTrue(quote.getMessage().contains("malformed CSV after row 1 (row 2 cannot be read)"), quote.getMessage());
		CommandException type = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "data.txt", "--kind", "kpi-measurements")));
		assertTrue(type.getMessage().contains("no table format reads this file type (known: csv, xlsx)"), type.getMessage());
		CommandException kind = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "quote.csv", "--kind", "kpis")));
		assertEquals(2, kind.getExitCode());
		assertTrue(kind.getMessage().startsWith("unknown kind 'kpis'; use actions, organisations, memberships"), kind.getMessage());
		CommandException option = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "quote.csv", "--kind", "kpi-measurements", "--force", "yes")));
		assertEquals(2, option.getExitCode());
		assertTrue(option.getMessage().startsWith("unknown option --force"), option.getMessage());
		CommandException missing = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "--kind", "kpi-measurements")));
		assertEquals(2, missing.getExitCode());
		Files.writeString(folder.resolve("bad.mapping.json"), "{\"kind\": \"kpi-measurements\", \"columns\": {\"indicator\": \"kpi\"}}");
		Files.writeString(folder.resolve("ok.csv"), "indicator,year,value\nEmissies,2023,20.6\n");
		CommandException mapping = assertThrows(CommandException.class, () -> command.run(cli.context,
				List.of("klimaatsprong.helix", "ok.csv", "--kind", "kpi-measurements", "--mapping", "bad.mapping.json")));
		assertEquals(2, mapping.getExitCode());
		assertTrue(mapping.getMessage().contains("column 'indicator' maps to 'kpi', which is not a field of kpi-measurements"),
				mapping.getMessage());
		assertThrows(TableFormatException.class, () -> TableImport.read(folder.resolve("broken.xlsx")));
		assertArrayEquals(before, Files.readAllBytes(modelFile));
	}
}
