package org.helix.ui.programme;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;

/** Rows of text as CSV (RFC 4180, UTF-8). The rows are taken on the UI thread; the file is written by a job. */
public final class CsvExport {

	private CsvExport() {
	}

	public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
			for (List<String> row : rows) {
				csv.printRecord(row);
			}
		}
	}

	/** Asks for a file, then writes it in the background; errors go to the job's status (and the error log). */
	public static void exportWithDialog(Shell shell, String suggestedName, List<String> header, List<List<String>> rows) {
		String chosen = org.helix.ui.FileDialogs.open(org.helix.ui.FileDialogs.save(shell, suggestedName, "*.csv"));
		if (chosen == null) {
			return;
		}
		Job.create("Export " + Path.of(chosen).getFileName(), monitor -> {
			try {
				write(Path.of(chosen), header, rows);
				return Status.OK_STATUS;
			} catch (IOException e) {
				return Status.error("Could not write " + chosen + ": " + e.getMessage(), e);
			}
		}).schedule();
	}
}
