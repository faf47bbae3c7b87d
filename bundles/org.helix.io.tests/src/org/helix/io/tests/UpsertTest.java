package org.helix.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.RawMaterialsExample;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult;
import org.helix.io.RowResult.Outcome;
import org.helix.io.Table;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.io.cli.internal.ImportCommand;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.RawMaterial;
import org.helix.model.programme.PriorityAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Matching by id, name, alias, code and symbol; duplicates; one undoable command; EU-shaped criticality table. */
class UpsertTest {

	@TempDir
	Path folder;

	@Test
	void euCriticalityTableMatchesDutchMaterialsByAliasOrSymbolAndListsTheRest() throws Exception {
		HelixModel model = RawMaterialsExample.build();
		HelixModel before = EcoreUtil.copy(model);
		Path csv = Fixtures.copy("eu-criticality-2023-shape.csv", folder);
		Path mappingFile = Fixtures.copy("eu-criticality-2023-shape.mapping.json", folder);
		TableKind<?> kind = TableImport.kind("material-assessments").orElseThrow();
		ColumnMapping mapping = ColumnMapping.load(mappingFile);
		Table table = TableImport.read(csv);
		assertEquals(List.of(), mapping.problems(kind, table.header()));
		ImportPlan plan = TableImport.plan(model, kind, table, mapping);

		Map<String, String> unmatched = new TreeMap<>();
		for (RowResult row : plan.rejected()) {
			unmatched.put(table.cell(row.rowNumber() - 2, 0), String.join("; ", row.reasons()));
		}
		assertEquals(List.of("Coking coal", "Fluorspar", "Natural graphite", "Silica sand"), List.copyOf(unmatched.keySet()));
		assertEquals("no material matches 'Fluorspar'", unmatched.get("Fluorspar"));
		assertEquals(8, plan.count(Outcome.CREATE));

		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(plan.command(true)); // skip the unmatched rows, as the user explicitly chooses
		MaterialList list = model.getMaterialLists().stream()
				.filter(l -> "EU criticality assessment 2023 (table)".equals(l.getName())).findFirst().orElseThrow();
		assertEquals(Integer.valueOf(2023), list.getYear());
		Map<String, String> matched = new TreeMap<>();
		for (ListEntry entry : list.getEntries()) {
			assertNotNull(entry.getId());
			assertNull(entry.getSupplyRisk(), "an empty cell is an unknown value, never 0");
			matched.put(entry.getMaterial().getName(), entry.getMaterial().getName());
		}
		// English → Dutch: by element name (Antimony → antimoon, Cobalt → kobalt), by alias (Potash, Tungsten), by name
		assertEquals(List.of("antimoon", "bismut", "gallium", "germanium", "kalium", "kobalt", "lithium", "wolfraam"),
				List.copyOf(matched.keySet()));

		assertTrue(stack.canUndo());
		stack.undo();
		assertTrue(EcoreUtil.equals(before, model), "undo must take the whole import back");
		stack.redo();
		assertEquals(8, model.getMaterialLists().stream().filter(l -> l.getName().startsWith("EU criticality"))
				.findFirst().orElseThrow().getEntries().size());
	}

	@Test
	void dryRunPrintsCountsAndUnmatchedRows() throws Exception {
		Path modelFile = folder.resolve("grondstoffen.helix");
		HelixPersistence.save(RawMaterialsExample.build(), modelFile);
		byte[] before = Files.readAllBytes(modelFile);
		Fixtures.copy("eu-criticality-2023-shape.csv", folder);
		Fixtures.copy("eu-criticality-2023-shape.mapping.json", folder);
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		int exit = new ImportCommand().run(cli.context, List.of("grondstoffen.helix", "eu-criticality-2023-shape.csv", "--kind",
				"material-assessments", "--mapping", "eu-criticality-2023-shape.mapping.json", "--dry-run"));
		String text = cli.output();
		System.out.print(text); // quoted in docs/import-export.md
		assertEquals(1, exit);
		assertTrue(text.startsWith("Import of material-assessments from eu-criticality-2023-shape.csv into grondstoffen.helix (dry run): 12 rows\n"
				+ "  create:    8\n  update:    0\n  unchanged: 0\n  rejected:  4\n"), text);
		assertTrue(text.contains("row 5: rejected — no material matches 'Coking coal'\n"), text);
		assertTrue(text.contains("row 3: create raw-material assessment 'Bismuth'"), text);
		assertTrue(text.contains("Dry run: grondstoffen.helix is not written."), text);
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(modelFile)));

		assertEquals(1, new ImportCommand().run(cli.context, List.of("grondstoffen.helix", "eu-criticality-2023-shape.csv",
				"--kind", "material-assessments", "--mapping", "eu-criticality-2023-shape.mapping.json", "--skip-bad-rows")));
		assertTrue(cli.output().contains("Mapping saved beside the model for next time: grondstoffen.helix-mapping-material-assessments.json"),
				cli.output());
		HelixModel imported = HelixPersistence.load(modelFile);
		assertEquals(8, imported.getMaterialLists().stream().filter(l -> l.getName().startsWith("EU criticality"))
				.findFirst().orElseThrow().getEntries().size());

		// next time, without --mapping: the saved mapping is used, and the rows now find their entries unchanged
		Fixtures.Cli again = new Fixtures.Cli(folder);
		assertEquals(1, new ImportCommand().run(again.context, List.of("grondstoffen.helix", "eu-criticality-2023-shape.csv",
				"--kind", "material-assessments", "--dry-run")));
		assertTrue(again.output().startsWith("Using the mapping saved beside the model: grondstoffen.helix-mapping-material-assessments.json\n"),
				again.output());
		assertTrue(again.output().contains("  create:    0\n  update:    0\n  unchanged: 8\n  rejected:  4\n"), again.output());
	}

	@Test
	void rowsMatchByIdThenByNameAndUpdateOnlyWhatChanged() throws Exception {
		HelixModel model = Fixtures.klimaatsprongWithTracking();
		PriorityAction first = Fixtures.programme(model).getActions().get(0);
		PriorityAction second = Fixtures.programme(model).getActions().get(1);
		String programme = Fixtures.programme(model).getName();
		TableKind<?> budgets = TableImport.kind("budgets").orElseThrow();
		// the example's actions have no codes: the first row gives the id, the second the name in capitals
		Table table = new Table(List.of("id", "programme", "name", "budgetPlanned", "budgetSpent"));
		table.addRow(List.of(first.getId(), programme, "", "250000.00", "10000")); // planned the same
		table.addRow(List.of("", programme, second.getName().toUpperCase(java.util.Locale.ROOT), "1500000", ""));
		table.addRow(List.of("", programme, "Een actie die niet bestaat", "1", ""));
		ImportPlan plan = TableImport.plan(model, budgets, table, ColumnMapping.automatic(budgets, table.header()));
		assertEquals(Outcome.UPDATE, plan.rows().get(0).outcome());
		assertEquals(List.of("budgetSpent"), plan.rows().get(0).changedFields());
		assertEquals(Outcome.UNCHANGED, plan.rows().get(1).outcome());
		assertEquals(Outcome.REJECTED, plan.rows().get(2).outcome());
		assertTrue(plan.rows().get(2).reasons().get(0).contains("this kind only updates existing elements"),
				plan.rows().get(2).reasons().toString());
		new BasicCommandStack().execute(plan.command(true));
		assertEquals(0, new BigDecimal("10000").compareTo(first.getBudgetSpent()));
		assertEquals(0, new BigDecimal("120000.50").compareTo(first.getBudgetCommitted()), "an unmapped column is left alone");
	}

	@Test
	void duplicatesBothWaysAreRejected() throws Exception {
		HelixModel model = Fixtures.klimaatsprongWithTracking();
		List<Organisation> organisations = model.getActors().stream().filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).filter(o -> o.getAbbreviation() != null && !o.getAbbreviation().isBlank()).toList();
		Organisation a = organisations.get(0);
		Organisation b = organisations.get(1);
		TableKind<?> kind = TableImport.kind("organisations").orElseThrow();
		Table table = new Table(List.of("id", "name", "abbreviation", "location"));
		table.addRow(List.of("", a.getName(), "", "Brussel")); // rows 2 and 3 hit one organisation
		table.addRow(List.of(a.getId(), "", "", "Gent"));
		table.addRow(List.of("", a.getName(), b.getAbbreviation(), "")); // one row, two organisations
		table.addRow(List.of("", "Nieuwe organisatie", "", "Leuven")); // rows 5 and 6 create the same one
		table.addRow(List.of("", "nieuwe  organisatie", "", "Leuven"));
		table.addRow(List.of("", "Derde organisatie", "", "Hasselt"));
		ImportPlan plan = TableImport.plan(model, kind, table, ColumnMapping.automatic(kind, table.header()));
		List<Outcome> outcomes = plan.rows().stream().map(RowResult::outcome).toList();
		assertEquals(List.of(Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED, Outcome.REJECTED,
				Outcome.CREATE), outcomes, plan.rows().toString());
		assertTrue(plan.rows().get(0).reasons().get(0).startsWith("rows 2, 3 all match '" + a.getName()), plan.rows().get(0).reasons().toString());
		assertTrue(plan.rows().get(2).reasons().get(0).startsWith("the row matches 2 elements"), plan.rows().get(2).reasons().toString());
		assertTrue(plan.rows().get(3).reasons().get(0).contains("rows 5, 6 all match"), plan.rows().get(3).reasons().toString());
	}
}
