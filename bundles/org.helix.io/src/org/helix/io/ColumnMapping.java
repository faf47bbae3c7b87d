package org.helix.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Which column of a table feeds which field of a kind. Saved as JSON so the next import of the same spreadsheet needs no
 * mapping again:
 *
 * <pre>
 * { "kind": "material-assessments",
 *   "columns": { "Raw material": "material", "SR": "supplyRisk" },
 *   "values": { "list": "EU criticality assessment 2023", "year": "2023" } }
 * </pre>
 *
 * Columns the mapping does not name are ignored (and the fields they would feed left as they are). {@code values}
 * gives fields the table has no column for one value for every row (optional).
 */
public final class ColumnMapping {

	private final String kind;
	private final Map<String, String> columns;
	private final Map<String, String> values;

	public ColumnMapping(String kind, Map<String, String> columns) {
		this(kind, columns, Map.of());
	}

	public ColumnMapping(String kind, Map<String, String> columns, Map<String, String> values) {
		this.kind = kind;
		this.columns = new LinkedHashMap<>(columns);
		this.values = new LinkedHashMap<>(values);
	}

	/** Field → the value every row gets (for fields the table has no column for). */
	public Map<String, String> values() {
		return java.util.Collections.unmodifiableMap(values);
	}

	public String kind() {
		return kind;
	}

	/** Column header → field name, in the mapping's order (the preview shows the fields in it). */
	public Map<String, String> columns() {
		return java.util.Collections.unmodifiableMap(columns);
	}

	/** The field a column feeds, or null. */
	public String field(String header) {
		return columns.get(header);
	}

	/**
	 * The mapping a table gets without a mapping file: a column feeds the field it is named after (case, spaces,
	 * dashes and underscores do not matter), or one the kind knows by another name ({@link #SYNONYMS}).
	 */
	public static ColumnMapping automatic(TableKind<?> kind, List<String> header) {
		Map<String, String> columns = new LinkedHashMap<>();
		for (String column : header) {
			String wanted = simple(column);
			for (String field : kind.fieldNames()) {
				if (simple(field).equals(wanted) || SYNONYMS.getOrDefault(wanted, "").equals(field)) {
					columns.put(column, field);
					break;
				}
			}
		}
		return new ColumnMapping(kind.id(), columns);
	}

	/** Headers the EU's and coordinators' spreadsheets use for fields, simplified as {@link #simple(String)} does. */
	public static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("rawmaterial", "material"),
			Map.entry("rawmaterials", "material"), Map.entry("materialname", "material"),
			Map.entry("grondstof", "material"), Map.entry("sr", "supplyRisk"), Map.entry("ei", "economicImportance"),
			Map.entry("leveringsrisico", "supplyRisk"), Map.entry("bevoorradingsrisico", "supplyRisk"),
			Map.entry("economischbelang", "economicImportance"), Map.entry("naam", "name"), Map.entry("jaar", "year"),
			Map.entry("lijst", "list"), Map.entry("waarde", "value"), Map.entry("kpi", "indicator"),
			Map.entry("planned", "budgetPlanned"), Map.entry("committed", "budgetCommitted"),
			Map.entry("spent", "budgetSpent"), Map.entry("gepland", "budgetPlanned"),
			Map.entry("vastgelegd", "budgetCommitted"), Map.entry("besteed", "budgetSpent"));

	private static String simple(String text) {
		return Keys.normalise(text).replaceAll("[\\s_\\-().]", "");
	}

	/** Problems of the mapping against a kind and a table: unknown fields, columns the table does not have. */
	public List<String> problems(TableKind<?> kind, List<String> header) {
		List<String> problems = new ArrayList<>();
		if (this.kind != null && !this.kind.equals(kind.id())) {
			problems.add("the mapping is for kind '" + this.kind + "', not '" + kind.id() + "'");
		}
		Map<String, String> used = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : columns.entrySet()) {
			if (!kind.fieldNames().contains(entry.getValue())) {
				problems.add("column '" + entry.getKey() + "' maps to '" + entry.getValue() + "', which is not a field of "
						+ kind.id() + " (" + String.join(", ", kind.fieldNames()) + ")");
			} else if (used.containsKey(entry.getValue())) {
				problems.add("columns '" + used.get(entry.getValue()) + "' and '" + entry.getKey() + "' both map to '"
						+ entry.getValue() + "'");
			} else {
				used.put(entry.getValue(), entry.getKey());
			}
			if (!header.contains(entry.getKey())) {
				problems.add("the mapping names column '" + entry.getKey() + "', which the table does not have (it has: "
						+ String.join(", ", header) + ")");
			}
		}
		for (String field : values.keySet()) {
			if (!kind.fieldNames().contains(field)) {
				problems.add("value for '" + field + "', which is not a field of " + kind.id());
			} else if (used.containsKey(field)) {
				problems.add("'" + field + "' has both a column ('" + used.get(field) + "') and a value");
			}
		}
		return problems;
	}

	public static ColumnMapping load(Path file) throws IOException {
		String kind = null;
		Map<String, String> columns = new LinkedHashMap<>();
		Map<String, String> values = new LinkedHashMap<>();
		try (JsonParser parser = new JsonFactory().createParser(Files.readAllBytes(file))) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IOException(file.getFileName() + ": a mapping is a JSON object {\"kind\": …, \"columns\": {…}}");
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if (name.equals("kind") && value == JsonToken.VALUE_STRING) {
					kind = parser.getText();
				} else if ((name.equals("columns") || name.equals("values")) && value == JsonToken.START_OBJECT) {
					while (parser.nextToken() == JsonToken.FIELD_NAME) {
						String key = parser.currentName();
						if (!parser.nextToken().isScalarValue()) {
							throw new IOException(file.getFileName() + ": '" + key + "' in \"" + name + "\" must have a string");
						}
						(name.equals("columns") ? columns : values).put(key, parser.getText());
					}
				} else {
					throw new IOException(file.getFileName() + ": unexpected '" + name + "'; a mapping has \"kind\", \"columns\" and \"values\"");
				}
			}
		} catch (JsonProcessingException e) {
			throw new IOException(file.getFileName() + ": not valid JSON: " + e.getOriginalMessage(), e);
		}
		return new ColumnMapping(kind, columns, values);
	}

	/** Saves the mapping atomically (a temporary file moved into place). */
	public void save(Path file) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
		try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
				JsonGenerator json = new JsonFactory().createGenerator(writer)) {
			json.useDefaultPrettyPrinter();
			json.writeStartObject();
			json.writeStringField("kind", kind);
			json.writeObjectFieldStart("columns");
			for (Map.Entry<String, String> entry : columns.entrySet()) {
				json.writeStringField(entry.getKey(), entry.getValue());
			}
			json.writeEndObject();
			if (!values.isEmpty()) {
				json.writeObjectFieldStart("values");
				for (Map.Entry<String, String> entry : values.entrySet()) {
					json.writeStringField(entry.getKey(), entry.getValue());
				}
				json.writeEndObject();
			}
			json.writeEndObject();
		}
		Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Where the mapping of a kind is kept beside a model: {@code NAME.helix-mapping-KIND.json}. */
	public static Path besideModel(Path modelFile, String kind) {
		String name = modelFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return modelFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".helix-mapping-" + kind + ".json");
	}
}
