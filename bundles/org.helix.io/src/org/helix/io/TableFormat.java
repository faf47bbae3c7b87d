package org.helix.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A file format for tables, contributed through the extension point {@code org.helix.io.formats}
 * (schema/formats.exsd). Helix's own CSV and XLSX formats are contributed the same way.
 */
public interface TableFormat {

	/**
	 * Reads the first sheet (or the whole file) into a table; the first row is the header.
	 *
	 * @throws TableFormatException when the file is not of this format or is damaged; the message names the row
	 */
	Table read(InputStream in) throws IOException, TableFormatException;

	/** Writes the table, header first. */
	void write(Table table, OutputStream out) throws IOException;
}
