package org.helix.io.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.persistence.HelixPersistence;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult;
import org.helix.io.RowResult.Outcome;
import org.helix.io.Table;
import org.helix.io.TableFormatException;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.model.core.HelixModel;

/**
 * {@code import FILE.helix DATA.csv|DATA.xlsx --kind KIND [--mapping MAPPING.json] [--dry-run] [--skip-bad-rows]}.
 * Exit codes: 0 imported (or, for a dry run, nothing rejected); 1 rows rejected (nothing written); 2 usage, unreadable
 * files or a bad mapping.
 */
public class ImportCommand implements HelixCommand {

	static final String USAGE = "usage: import FILE.helix DATA.csv|DATA.xlsx --kind KIND [--mapping MAPPING.json] [--dry-run] [--skip-bad-rows]";

	/** Rows listed one by one in a dry run before "… and N more". */
	private static final int LISTED = 50;

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		List<String> rest = new ArrayList<>(arguments);
		boolean dryRun = rest.remove("--dry-run");
		boolean skipBadRows = rest.remove("--skip-bad-rows");
		Arguments parsed = Arguments.parse(rest, Set.of("kind", "mapping"));
		if (parsed.positional().size() != 2) {
			throw CommandException.usage("expected a model file and a data file, got " + parsed.positional().size()
					+ (parsed.positional().isEmpty() ? "" : ": " + String.join(" ", parsed.positional())) + "; " + USAGE);
		}
		TableKind<?> kind = kind(parsed.option("kind"));
		String modelArgument = parsed.positional().get(0);
		Path modelFile = context.resolve(modelArgument);
		Path dataFile = context.resolve(parsed.positional().get(1));
		HelixModel model = context.loadModel(modelArgument);
		Table table;
		try {
			table = TableImport.read(dataFile);
		} catch (IOException | TableFormatException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot read " + dataFile.getFileName() + ": " + e.getMessage(), e);
		}
		ColumnMapping mapping = mapping(context, parsed.option("mapping"), modelFile, kind, table);
		ImportPlan plan = TableImport.plan(model, kind, table, mapping);

		context.out().println("Import of " + kind.id() + " from " + dataFile.getFileName() + " into "
				+ modelFile.getFileName() + (dryRun ? " (dry run)" : "") + ": " + plan.rows().size() + " rows");
		context.out().println("  create:    " + plan.count(Outcome.CREATE));
		context.out().println("  update:    " + plan.count(Outcome.UPDATE));
		context.out().println("  unchanged: " + plan.count(Outcome.UNCHANGED));
		context.out().println("  rejected:  " + plan.count(Outcome.REJECTED));
		for (RowResult row : plan.rejected()) {
			context.out().println(row.describe());
		}
		if (dryRun) {
			int listed = 0;
			for (RowResult row : plan.rows()) {
				if (row.outcome() == Outcome.CREATE || row.outcome() == Outcome.UPDATE) {
					if (listed++ < LISTED) {
						context.out().println(row.describe());
					}
				}
			}
			if (listed > LISTED) {
				context.out().println("… and " + (listed - LISTED) + " more to create or update");
			}
			context.out().println("Dry run: " + modelFile.getFileName() + " is not written.");
			return plan.hasRejected() ? MODEL_PROBLEMS : OK;
		}
		if (plan.hasRejected() && !skipBadRows) {
			context.out().println("Nothing imported: " + plan.count(Outcome.REJECTED)
					+ " rows rejected. Correct them, or import the other rows with --skip-bad-rows.");
			return MODEL_PROBLEMS;
		}
		if (!plan.changesModel()) {
			context.out().println("Nothing to change; " + modelFile.getFileName() + " is not written.");
			return plan.hasRejected() ? MODEL_PROBLEMS : OK;
		}
		BasicCommandStack stack = new BasicCommandStack();
		stack.execute(plan.command(skipBadRows));
		try {
			HelixPersistence.save(model, modelFile);
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write " + modelFile.getFileName()
					+ "; the file is unchanged: " + e.getMessage(), e);
		}
		if (parsed.option("mapping") != null) {
			// saved for next time: the next import of this kind into this model uses it without --mapping
			Path kept = ColumnMapping.besideModel(modelFile, kind.id());
			try {
				mapping.save(kept);
				context.out().println("Mapping saved beside the model for next time: " + kept.getFileName());
			} catch (IOException e) {
				context.err().println("helix import: the mapping could not be saved beside the model: " + e.getMessage());
			}
		}
		context.out().println("Imported into " + modelFile.getFileName() + (plan.hasRejected()
				? " without the " + plan.count(Outcome.REJECTED) + " rejected rows (--skip-bad-rows)" : "") + ".");
		return plan.hasRejected() ? MODEL_PROBLEMS : OK;
	}

	static TableKind<?> kind(String id) throws CommandException {
		String known = String.join(", ", TableImport.kinds().stream().map(TableKind::id).toList());
		if (id == null) {
			throw CommandException.usage("--kind is required (" + known + ")");
		}
		return TableImport.kind(id).orElseThrow(() -> CommandException.usage("unknown kind '" + id + "'; use " + known));
	}

	private static ColumnMapping mapping(CommandContext context, String option, Path modelFile, TableKind<?> kind, Table table)
			throws CommandException {
		ColumnMapping mapping;
		Path file = option != null ? context.resolve(option) : ColumnMapping.besideModel(modelFile, kind.id());
		if (option != null || Files.isRegularFile(file)) {
			try {
				mapping = ColumnMapping.load(file);
			} catch (IOException e) {
				throw new CommandException(USAGE_OR_IO_ERROR, "cannot read mapping " + file.getFileName() + ": " + e.getMessage(), e);
			}
			if (option == null) {
				context.out().println("Using the mapping saved beside the model: " + file.getFileName());
			}
		} else {
			mapping = ColumnMapping.automatic(kind, table.header());
		}
		List<String> problems = mapping.problems(kind, table.header());
		if (!problems.isEmpty()) {
			throw CommandException.usage("mapping " + (option == null && !Files.isRegularFile(file) ? "by column names" : file.getFileName())
					+ ": " + String.join("; ", problems));
		}
		if (mapping.columns().isEmpty()) {
			throw CommandException.usage("no column of " + String.join(", ", table.header()) + " is a field of " + kind.id()
					+ " (" + String.join(", ", kind.fieldNames()) + "); give --mapping");
		}
		return mapping;
	}
}
