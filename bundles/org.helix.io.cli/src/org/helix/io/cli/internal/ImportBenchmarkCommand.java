package org.helix.io.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult.Outcome;
import org.helix.io.Table;
import org.helix.io.TableFormats;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;

/**
 * {@code import-benchmark [--rows 10000] [--runs 5] [--warmup 2]}: times an import of ROWS rows, from reading the
 * file to the create/update/unchanged plan and a 20-row preview, for KPI measurements and organisations, in CSV and
 * XLSX; then applying the plan as one command. Results in docs/benchmarks.md.
 */
public class ImportBenchmarkCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("rows", "runs", "warmup"));
		int rows = number(parsed.option("rows"), 10_000);
		int runs = number(parsed.option("runs"), 5);
		int warmup = number(parsed.option("warmup"), 2);
		context.out().println("Import of " + rows + " rows: read + map + preview + plan, wall-clock and CPU time of the"
				+ " thread (median of " + runs + " runs after " + warmup + " warm-up runs), then apply as one command");
		try {
			Path folder = Files.createTempDirectory("helix-import-benchmark");
			for (String kind : List.of("kpi-measurements", "organisations")) {
				for (String format : List.of("csv", "xlsx")) {
					measure(context, kind, format, rows, runs, warmup, folder);
				}
			}
		} catch (IOException | org.helix.io.TableFormatException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "benchmark failed: " + e.getMessage(), e);
		}
		return OK;
	}

	private static void measure(CommandContext context, String kindId, String formatId, int rows, int runs, int warmup,
			Path folder) throws IOException, org.helix.io.TableFormatException {
		TableKind<?> kind = TableImport.kind(kindId).orElseThrow();
		Path file = folder.resolve(kindId + "." + formatId);
		try (OutputStream out = Files.newOutputStream(file)) {
			TableFormats.byId(formatId).orElseThrow().create().write(table(kindId, rows), out);
		}
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<Long> times = new ArrayList<>();
		List<Long> cpuTimes = new ArrayList<>();
		List<Long> processCpuTimes = new ArrayList<>();
		ImportPlan plan = null;
		HelixModel model = null;
		for (int i = 0; i < warmup + runs; i++) {
			model = model(kindId, rows);
			long start = System.nanoTime();
			long cpu = threads.getCurrentThreadCpuTime();
			long processCpu = processCpuMillis();
			Table table = TableImport.read(file);
			ColumnMapping mapping = ColumnMapping.automatic(kind, table.header());
			TableImport.preview(table, mapping, 20);
			plan = TableImport.plan(model, kind, table, mapping);
			long time = System.nanoTime() - start;
			cpu = threads.getCurrentThreadCpuTime() - cpu;
			processCpu = processCpuMillis() - processCpu;
			if (i >= warmup) {
				times.add(time);
				cpuTimes.add(cpu);
				processCpuTimes.add(processCpu);
			}
		}
		Collections.sort(times);
		Collections.sort(cpuTimes);
		Collections.sort(processCpuTimes);
		long apply = System.nanoTime();
		new BasicCommandStack().execute(plan.command(false));
		apply = System.nanoTime() - apply;
		context.out().println(String.format(Locale.ROOT, "  %-17s %-4s %6d rows (%d create, %d update, %d unchanged, %d rejected): %6.0f ms (CPU %5.0f ms, process %s); apply %5.0f ms",
				kindId, formatId, plan.rows().size(), plan.count(Outcome.CREATE), plan.count(Outcome.UPDATE),
				plan.count(Outcome.UNCHANGED), plan.count(Outcome.REJECTED), times.get(times.size() / 2) / 1e6,
				cpuTimes.get(cpuTimes.size() / 2) / 1e6,
				processCpuMillis() < 0 ? "n/a" : processCpuTimes.get(processCpuTimes.size() / 2) + " ms", apply / 1e6));
	}

	/**
	 * CPU time of the whole process (every thread, the garbage collector's and the JIT compiler's too) from
	 * /proc/self/stat, in milliseconds at the kernel's 10 ms resolution; -1 where there is no /proc (not Linux).
	 */
	private static long processCpuMillis() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// after the command name: state is field 3, utime field 14 and stime field 15 (man 5 proc)
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
		} catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/**
	 * A model that already holds half of what the table brings: 100 indicators with ROWS/2 measurements, or ROWS/2
	 * organisations. The table updates a quarter, leaves a quarter unchanged and creates half.
	 */
	private static HelixModel model(String kind, int rows) {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		model.setId("benchmark");
		model.setName("Import benchmark");
		if (kind.equals("kpi-measurements")) {
			for (int i = 0; i < 100; i++) {
				Indicator indicator = CoreFactory.eINSTANCE.createIndicator();
				indicator.setId("indicator-" + i);
				indicator.setName("Indicator " + i);
				indicator.setCode("KPI-" + i);
				model.getIndicators().add(indicator);
			}
			for (int r = 0; r < rows / 2; r++) {
				Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
				measurement.setId("m-" + r);
				measurement.setYear(1900 + r / 100);
				measurement.setValue(BigDecimal.valueOf(r));
				model.getIndicators().get(r % 100).getMeasurements().add(measurement);
			}
		} else {
			for (int r = 0; r < rows / 2; r++) {
				Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
				organisation.setId("o-" + r);
				organisation.setName("Organisation " + r);
				organisation.setAbbreviation("ORG" + r);
				model.getActors().add(organisation);
			}
		}
		return model;
	}

	private static Table table(String kind, int rows) {
		if (kind.equals("kpi-measurements")) {
			Table table = new Table(List.of("indicator", "year", "value", "source"));
			for (int r = 0; r < rows; r++) {
				String value = r < rows / 4 ? String.valueOf(r + 1) : String.valueOf(r);
				table.addRow(List.of("KPI-" + (r % 100), String.valueOf(1900 + r / 100), value, r < rows / 2 ? "" : "new"));
			}
			return table;
		}
		Table table = new Table(List.of("name", "abbreviation", "location"));
		for (int r = 0; r < rows; r++) {
			table.addRow(List.of("Organisation " + r, "ORG" + r, r < rows / 4 ? "Gent" : ""));
		}
		return table;
	}

	private static int number(String text, int otherwise) throws CommandException {
		if (text == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < 1) {
				throw CommandException.usage("expected a positive number, got " + text);
			}
			return value;
		} catch (NumberFormatException e) {
			throw CommandException.usage("expected a number, got '" + text + "'");
		}
	}
}
