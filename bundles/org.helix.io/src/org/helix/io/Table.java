package org.helix.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as read from or written to a file: a header and data rows of text cells. {@link #rowNumber(int)} is the row
 * number a spreadsheet shows (the header is row 1), so messages point at the row the user sees.
 */
public final class Table {

	private final List<String> header;
	private final List<List<String>> rows;
	private final List<Integer> rowNumbers;
	private final java.util.Map<Integer, String> problems = new java.util.HashMap<>();

	public Table(List<String> header) {
		this.header = List.copyOf(header);
		this.rows = new ArrayList<>();
		this.rowNumbers = new ArrayList<>();
	}

	/** Adds a data row; {@code rowNumber} is its number in the file (header = 1). */
	public void addRow(int rowNumber, List<String> cells) {
		rows.add(Collections.unmodifiableList(new ArrayList<>(cells)));
		rowNumbers.add(rowNumber);
	}

	/** Adds a data row numbered after the previous one. */
	public void addRow(List<String> cells) {
		addRow(rowNumbers.isEmpty() ? 2 : rowNumbers.get(rowNumbers.size() - 1) + 1, cells);
	}

	/** Marks a row as malformed in the file (too many cells, an error cell); the import rejects it with this reason. */
	public void addProblem(int rowNumber, String problem) {
		problems.merge(rowNumber, problem, (a, b) -> a + "; " + b);
	}

	/** The problem of a row (by its number in the file), or null. */
	public String problem(int rowNumber) {
		return problems.get(rowNumber);
	}

	public List<String> header() {
		return header;
	}

	public int size() {
		return rows.size();
	}

	public List<String> row(int index) {
		return rows.get(index);
	}

	public int rowNumber(int index) {
		return rowNumbers.get(index);
	}

	/** The cell of a row in a column, "" when the row is shorter than the header. */
	public String cell(int index, int column) {
		List<String> row = rows.get(index);
		return column < row.size() && row.get(column) != null ? row.get(column) : "";
	}
}
