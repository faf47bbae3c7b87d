package org.helix.network;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an edge list: a CSV file (RFC 4180, UTF-8, comma-separated) whose header has the columns {@code source} and
 * {@code target} and optionally {@code weight} (any order, case-insensitive, other columns ignored). Each row is a
 * tie of kind {@link TieKind#EDGE}; the nodes are the names in the order they first appear. The weight, when given,
 * must be a positive number (a dot as decimal separator); an empty weight is 1. A row that ties a node to itself is
 * left out and counted ({@link EcosystemNetwork#selfLoops()}). Any other problem stops the reading with a message
 * that gives the line number.
 */
public final class EdgeListReader {

	private EdgeListReader() {
	}

	public static EcosystemNetwork read(Path file) throws NetworkInputException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.getFileName().toString());
		} catch (IOException e) {
			throw new NetworkInputException(file + ": cannot read the edge list: " + e.getMessage(), e);
		}
	}

	/** @param name how messages call the input, e.g. the file name */
	public static EcosystemNetwork read(Reader reader, String name) throws NetworkInputException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(false)
				.setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
		EcosystemNetwork network = new EcosystemNetwork();
		try (CSVParser parser = format.parse(reader)) {
			Map<String, Integer> header = parser.getHeaderMap();
			List<String> columns = header.keySet().stream().map(column -> column.toLowerCase(Locale.ROOT)).toList();
			if (!columns.contains("source") || !columns.contains("target")) {
				throw new NetworkInputException(name + ", line 1: an edge list needs the columns source,target (and optionally weight); the header has: "
						+ String.join(",", header.keySet()));
			}
			// rows are counted, blank ones too, so that the line number is right (quoted line breaks aside)
			long line = 1;
			for (CSVRecord record : parser) {
				line++;
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				String where = name + ", line " + line + ": ";
				String source = value(record, "source", where);
				String target = value(record, "target", where);
				String weightText = columns.contains("weight") ? value(record, "weight", where) : "";
				if (source.isEmpty() || target.isEmpty()) {
					throw new NetworkInputException(where + (source.isEmpty() ? "source" : "target") + " is empty");
				}
				double weight = 1.0;
				if (!weightText.isEmpty()) {
					try {
						weight = Double.parseDouble(weightText);
					} catch (NumberFormatException e) {
						throw new NetworkInputException(name + ", line " + line + ": weight '" + weightText + "' is not a number");
					}
					if (!(weight > 0) || Double.isInfinite(weight)) {
						throw new NetworkInputException(name + ", line " + line + ": weight must be a positive number, got " + weightText);
					}
				}
				network.addNode(new NetworkNode(source, source, "node", null));
				network.addNode(new NetworkNode(target, target, "node", null));
				network.addTie(new Tie(source, target, TieKind.EDGE, true, weight, null));
			}
		} catch (UncheckedIOException e) {
			throw new NetworkInputException(name + ": not a valid CSV file: " + e.getCause().getMessage(), e);
		} catch (IOException | IllegalArgumentException | IllegalStateException e) {
			throw new NetworkInputException(name + ": not a valid CSV file: " + e.getMessage(), e);
		}
		return network;
	}

	private static String value(CSVRecord record, String column, String where) throws NetworkInputException {
		String value = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
		if (value == null) {
			throw new NetworkInputException(where + "the row has " + record.size() + " field(s), no " + column);
		}
		return value.trim();
	}
}
