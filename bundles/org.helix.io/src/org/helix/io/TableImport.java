package org.helix.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.helix.io.internal.Kinds;
import org.helix.model.core.HelixModel;

/**
 * Import and export of tables: read a file through its format, map its columns to a kind's fields, preview, plan the
 * upsert; export a kind's elements. UI-free: the command line and the import wizard both use it.
 */
public final class TableImport {

	private TableImport() {
	}

	/** The kinds: actions, organisations, memberships, kpi-measurements, budgets, material-assessments. */
	public static List<TableKind<?>> kinds() {
		return Kinds.all();
	}

	public static Optional<TableKind<?>> kind(String id) {
		return kinds().stream().filter(kind -> kind.id().equals(id)).findFirst();
	}

	/** Reads a file with the format its extension names. */
	public static Table read(Path file) throws IOException, TableFormatException {
		TableFormats.Descriptor format = TableFormats.forFile(file).orElseThrow(() -> new TableFormatException(
				file.getFileName() + ": no table format reads this file type (known: " + String.join(", ",
						TableFormats.all().stream().flatMap(f -> f.extensions().stream()).toList()) + ")"));
		try (InputStream in = Files.newInputStream(file)) {
			return format.create().read(in);
		}
	}

	/** The table's rows as cells by field name, through the mapping; unmapped columns are left out. */
	public static List<TableKind.Row> rows(Table table, ColumnMapping mapping) {
		List<Integer> columns = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		for (int c = 0; c < table.header().size(); c++) {
			String field = mapping.field(table.header().get(c));
			if (field != null) {
				columns.add(c);
				fields.add(field);
			}
		}
		List<TableKind.Row> rows = new ArrayList<>(table.size());
		for (int r = 0; r < table.size(); r++) {
			Map<String, String> cells = new LinkedHashMap<>();
			boolean empty = true;
			for (int i = 0; i < columns.size(); i++) {
				String text = table.cell(r, columns.get(i));
				cells.put(fields.get(i), text);
				empty &= text.isBlank();
			}
			String problem = table.problem(table.rowNumber(r));
			if (!empty || problem != null) {
				mapping.values().forEach(cells::putIfAbsent);
				rows.add(new TableKind.Row(table.rowNumber(r), cells, problem));
			}
		}
		return rows;
	}

	/** The first rows as the mapping reads them, for a preview table: field names, then values per row. */
	public static List<List<String>> preview(Table table, ColumnMapping mapping, int limit) {
		List<List<String>> preview = new ArrayList<>();
		List<TableKind.Row> rows = rows(table, mapping);
		List<String> fields = new ArrayList<>(mapping.columns().values().stream().distinct().toList());
		mapping.values().keySet().stream().filter(field -> !fields.contains(field)).forEach(fields::add);
		List<String> header = new ArrayList<>();
		header.add("row");
		header.addAll(fields);
		preview.add(header);
		for (TableKind.Row row : rows.subList(0, Math.min(limit, rows.size()))) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(row.number()));
			for (String field : fields) {
				cells.add(row.text(field));
			}
			preview.add(cells);
		}
		return preview;
	}

	/** Plans the import of a table into a model; the model is not changed. */
	public static ImportPlan plan(HelixModel model, TableKind<?> kind, Table table, ColumnMapping mapping) {
		return kind.plan(model, rows(table, mapping));
	}

	/** Writes a kind's elements in a format. */
	public static void export(HelixModel model, TableKind<?> kind, TableFormat format, OutputStream out) throws IOException {
		format.write(kind.export(model), out);
	}
}
