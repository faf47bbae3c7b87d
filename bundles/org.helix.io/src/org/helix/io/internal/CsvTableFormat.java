package org.helix.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.helix.io.Table;
import org.helix.io.TableFormat;
import org.helix.io.TableFormatException;

/**
 * CSV (RFC 4180, UTF-8, with or without BOM). The separator is a comma, or a semicolon when the header has more
 * semicolons than commas (as spreadsheets in Dutch and other comma-decimal locales save). Contributed to
 * {@code org.helix.io.formats} like any third-party format.
 */
public class CsvTableFormat implements TableFormat {

	@Override
	public Table read(InputStream in) throws IOException, TableFormatException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(in.readAllBytes())).toString();
		} catch (CharacterCodingException e) {
			throw new TableFormatException("not a UTF-8 text file; save the CSV as UTF-8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new TableFormatException("the file is empty; the first row must name the columns");
		}
		int endOfHeader = text.indexOf('\n');
		String headerLine = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
		char separator = count(headerLine, ';') > count(headerLine, ',') ? ';' : ',';
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
		Table table = null;
		int rowNumber = 0;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				rowNumber++;
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				if (table == null) {
					table = new Table(cells.stream().map(String::trim).toList());
					continue;
				}
				table.addRow(rowNumber, cells);
				if (cells.size() > table.header().size()) {
					table.addProblem(rowNumber, "the row has " + cells.size() + " cells, the header " + table.header().size());
				}
			}
		} catch (UncheckedIOException | IllegalStateException e) {
			String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
			throw new TableFormatException("malformed CSV after row " + rowNumber + " (row " + (rowNumber + 1)
					+ " cannot be read): " + message, e);
		}
		return table;
	}

	private static int count(String text, char c) {
		return (int) text.chars().filter(ch -> ch == c).count();
	}

	@Override
	public void write(Table table, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
		printer.printRecord(table.header());
		for (int r = 0; r < table.size(); r++) {
			printer.printRecord(table.row(r));
		}
		printer.flush();
	}
}
