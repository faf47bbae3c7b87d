package org.helix.team.cli.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helix.cli.Arguments;
import org.helix.cli.CommandContext;
import org.helix.cli.CommandException;
import org.helix.cli.HelixCommand;
import org.helix.team.diff.Change;
import org.helix.team.diff.ModelDiff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** {@code diff OLD NEW [--format text|json]}: the semantic difference of two versions of a model. */
public class DiffCommand implements HelixCommand {

	@Override
	public int run(CommandContext context, List<String> arguments) throws CommandException {
		Arguments parsed = Arguments.parse(arguments, Set.of("format"));
		List<String> files = parsed.positional();
		if (files.size() != 2) {
			throw CommandException.usage("two model files expected (OLD NEW), got " + files.size()
					+ (files.isEmpty() ? "" : ": " + String.join(" ", files)) + "; usage: diff OLD NEW [--format text|json]");
		}
		String format = parsed.option("format") == null ? "text" : parsed.option("format");
		if (!format.equals("text") && !format.equals("json")) {
			throw CommandException.usage("unknown format '" + format + "'; known formats: text, json");
		}
		List<Change> changes = ModelDiff.compare(context.loadModel(files.get(0)), context.loadModel(files.get(1)));
		Map<Change.Kind, Integer> counts = new EnumMap<>(Change.Kind.class);
		for (Change.Kind kind : Change.Kind.values()) {
			counts.put(kind, 0);
		}
		changes.forEach(change -> counts.merge(change.kind(), 1, Integer::sum));
		if (format.equals("text")) {
			changes.forEach(change -> context.out().println(change.toText()));
			context.out().println(changes.size() + " change" + (changes.size() == 1 ? "" : "s") + ": "
					+ counts.get(Change.Kind.ADDED) + " added, " + counts.get(Change.Kind.REMOVED) + " removed, "
					+ counts.get(Change.Kind.MOVED) + " moved, " + counts.get(Change.Kind.CHANGED) + " changed, "
					+ counts.get(Change.Kind.REORDERED) + " reordered");
			return OK;
		}
		try {
			writeJson(context, files, changes, counts);
		} catch (IOException e) {
			throw new CommandException(USAGE_OR_IO_ERROR, "cannot write the JSON: " + e.getMessage(), e);
		}
		return OK;
	}

	private static void writeJson(CommandContext context, List<String> files, List<Change> changes,
			Map<Change.Kind, Integer> counts) throws IOException {
		Writer writer = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
		try (JsonGenerator json = new JsonFactory().createGenerator(writer)) {
			json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("old", files.get(0));
			json.writeStringField("new", files.get(1));
			json.writeObjectFieldStart("summary");
			for (Map.Entry<Change.Kind, Integer> count : counts.entrySet()) {
				json.writeNumberField(count.getKey().name().toLowerCase(java.util.Locale.ROOT), count.getValue());
			}
			json.writeEndObject();
			json.writeArrayFieldStart("changes");
			for (Change change : changes) {
				json.writeStartObject();
				json.writeStringField("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
				json.writeStringField("id", change.id());
				json.writeStringField("type", change.type());
				json.writeStringField("path", change.path());
				json.writeStringField("feature", change.feature());
				json.writeStringField("old", change.oldValue());
				json.writeStringField("new", change.newValue());
				json.writeStringField("text", change.toText());
				json.writeEndObject();
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		writer.write(System.lineSeparator());
		writer.flush();
	}
}
