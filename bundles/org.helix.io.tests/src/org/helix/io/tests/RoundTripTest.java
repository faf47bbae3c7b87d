package org.helix.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.RawMaterialsExample;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult.Outcome;
import org.helix.io.Table;
import org.helix.io.TableFormat;
import org.helix.io.TableFormats;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.io.cli.internal.ImportCommand;
import org.helix.io.cli.internal.TableExportCommand;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import changes nothing, for every kind in every format. */
class RoundTripTest {

	@TempDir
	Path folder;

	static Stream<Arguments> kindsAndFormats() {
		return TableImport.kinds().stream()
				.flatMap(kind -> Stream.of("csv", "xlsx").map(format -> Arguments.of(kind.id(), format)));
	}

	/** Materials live in the raw-materials example; the other kinds in Klimaatsprong with tracking data. */
	private static HelixModel modelFor(String kind) {
		return kind.equals("material-assessments") ? RawMaterialsExample.build() : Fixtures.klimaatsprongWithTracking();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("kindsAndFormats")
	void exportThenImportIsANoOp(String kindId, String formatId) throws Exception {
		HelixModel model = modelFor(kindId);
		HelixModel before = EcoreUtil.copy(model);
		TableKind<?> kind = TableImport.kind(kindId).orElseThrow();
		TableFormat format = TableFormats.byId(formatId).orElseThrow().create();
		Table exported = kind.export(model);
		assertTrue(exported.size() > 0, kindId + " exports no rows");

		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		format.write(exported, bytes);
		Table read = format.read(new ByteArrayInputStream(bytes.toByteArray()));
		assertEquals(exported.header(), read.header());
		assertEquals(exported.size(), read.size());

		ImportPlan plan = TableImport.plan(model, kind, read, ColumnMapping.automatic(kind, read.header()));
		assertEquals(exported.size(), plan.count(Outcome.UNCHANGED), () -> plan.rows().stream()
				.filter(row -> row.outcome() != Outcome.UNCHANGED).limit(5).map(row -> row.describe()).toList().toString());
		assertFalse(plan.changesModel());
		new BasicCommandStack().execute(plan.command(false));
		assertTrue(EcoreUtil.equals(before, model), "the round trip changed the model");
	}

	@ParameterizedTest(name = "{0} through the command line as {1}")
	@MethodSource("kindsAndFormats")
	void commandLineRoundTripLeavesTheFileAlone(String kindId, String formatId) throws Exception {
		Path modelFile = folder.resolve("model.helix");
		HelixPersistence.save(modelFor(kindId), modelFile);
		byte[] before = Files.readAllBytes(modelFile);
		Fixtures.Cli cli = new Fixtures.Cli(folder);
		assertEquals(0, new TableExportCommand().run(cli.context, List.of("model.helix", "--kind", kindId, "--format", formatId)));
		Path table = folder.resolve("model-" + kindId + "." + formatId);
		assertTrue(Files.size(table) > 0);
		assertEquals(0, new ImportCommand().run(cli.context, List.of("model.helix", table.getFileName().toString(), "--kind", kindId)),
				cli.output());
		assertTrue(cli.output().contains("  create:    0\n  update:    0\n"), cli.output());
		assertTrue(cli.output().contains("  rejected:  0\n"), cli.output());
		assertTrue(cli.output().contains("Nothing to change; model.helix is not written."), cli.output());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(modelFile)));
	}
}
