package org.helix.io.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.io.Table;
import org.helix.io.TableFormats;
import org.helix.io.TableKind;
import org.helix.model.core.HelixModel;

/**
 * {@code export FILE.helix --kind KIND --format csv|xlsx [--out PATH]}: a kind's elements as a table. Without
 * {@code --out} the file goes beside the model as {@code NAME-KIND.EXT}. The file is written to a temporary file
 * first and moved into place, so a failed export leaves no half-written file.
 */
public class TableExportCommand implements HelixCommand {

	static final String USAGE = "usage: export FILE.helix --kind KIND --format csv|xlsx [--out PATH]";

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("kind", "format", "out"));
		String file = parsed.singleFile();
		TableKind<?> kind = ImportCommand.kind(parsed.option("kind"));
		String formatId = parsed.option("format");
		String known = String.join("|", TableFormats.all().stream().map(TableFormats.Descriptor::id).toList());
		if (formatId == null) {
			throw CommandException.usage("--format is required (" + known + "); " + USAGE);
		}
		TableFormats.Descriptor format = TableFormats.byId(formatId)
				.orElseThrow(() -> CommandException.usage("unknown format '" + formatId + "'; use " + known));
		HelixModel model = context.loadModel(file);
		Path modelFile = context.resolve(file);
		Path target;
		if (parsed.option("out") != null) {
			target = context.resolve(parsed.option("out"));
		} else {
			String name = modelFile.getFileName().toString();
			int dot = name.lastIndexOf('.');
			target = modelFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-" + kind.id() + "."
					+ format.extensions().get(0));
		}
		Table table = kind.export(model);
		try {
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
			try {
				try (OutputStream out = Files.newOutputStream(temporary)) {
					format.create().write(table, out);
				}
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(temporary);
			}
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write " + target + ": " + e.getMessage(), e);
		}
		context.out().println("Exported " + table.size() + " " + kind.id() + " rows to " + target);
		return OK;
	}
}
