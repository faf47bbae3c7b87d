package org.helix.cli.commands;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.core.export.CsvExporter;
import org.helix.core.export.JsonExporter;
import org.helix.model.core.HelixModel;

public class ExportCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		// Tables of one kind (export FILE --kind KIND --format csv|xlsx) come from the import/export plug-in, which
		// contributes 'export-table'; the command line itself does not depend on it.
		if (arguments.stream().anyMatch(argument -> argument.equals("--kind") || argument.startsWith("--kind="))) {
			return context.command("export-table")
					.orElseThrow(() -> CommandException.usage("--kind needs the import/export plug-in (org.helix.io.cli), which is not installed"))
					.create().run(context, arguments);
		}
		Arguments parsed = Arguments.parse(arguments, Set.of("format", "output"));
		String file = parsed.singleFile();
		String format = parsed.option("format");
		if (format == null) {
			throw CommandException.usage("--format is required (json or csv)");
		}
		if (!format.equals("json") && !format.equals("csv")) {
			throw CommandException.usage("unknown format '" + format + "'; use json or csv");
		}
		HelixModel model = context.loadModel(file);
		String output = parsed.option("output");
		try {
			if (output == null) {
				Writer writer = new BufferedWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8));
				write(model, format, writer);
				writer.flush();
			} else {
				Path target = context.resolve(output);
				if (target.getParent() != null) {
					Files.createDirectories(target.getParent());
				}
				try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
					write(model, format, writer);
				}
				context.err().println("helix export: wrote " + target);
			}
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write " + (output == null ? "the export" : output) + ": " + e.getMessage(), e);
		}
		return OK;
	}

	private static void write(HelixModel model, String format, Writer writer) throws IOException {
		if (format.equals("json")) {
			JsonExporter.export(model, writer);
			writer.write(System.lineSeparator());
		} else {
			CsvExporter.export(model, writer);
		}
	}
}
