package org.helix.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.helix.io.Table;
import org.helix.io.TableFormat;
import org.helix.io.TableFormatException;

/**
 * Excel workbooks (.xlsx) through Apache POI: the first sheet, its first row the header. Numbers are read as their
 * shortest decimal text (2023, not 2023.0), date cells as ISO dates, error cells make their row rejected. Written
 * numbers become number cells (plain decimals without leading zeros, so codes such as "007" stay text).
 */
public class XlsxTableFormat implements TableFormat {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,15})?");

	@Override
	public Table read(InputStream in) throws IOException, TableFormatException {
		Workbook workbook;
		try {
			workbook = withPoiClassLoader(() -> new XSSFWorkbook(in));
		} catch (IOException | RuntimeException e) {
			throw new TableFormatException("not a readable XLSX workbook: " + e.getMessage(), e);
		}
		try (workbook) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new TableFormatException("the workbook has no sheet");
			}
			Sheet sheet = workbook.getSheetAt(0);
			Row headerRow = sheet.getRow(sheet.getFirstRowNum());
			if (headerRow == null) {
				throw new TableFormatException("the first sheet is empty; its first row must name the columns");
			}
			List<String> header = new ArrayList<>();
			for (int c = 0; c < headerRow.getLastCellNum(); c++) {
				Cell cell = headerRow.getCell(c);
				header.add(cell == null ? "" : text(cell, null).trim());
			}
			while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
				header.remove(header.size() - 1);
			}
			Table table = new Table(header);
			for (int r = headerRow.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				int rowNumber = r + 1;
				List<String> cells = new ArrayList<>();
				List<String> problems = new ArrayList<>();
				for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
					Cell cell = row.getCell(c);
					String text = cell == null ? "" : text(cell, problems);
					if (c < header.size()) {
						cells.add(text);
					} else if (!text.isBlank()) {
						problems.add("cell " + new CellReference(r, c).formatAsString() + " is outside the header's columns");
					}
				}
				table.addRow(rowNumber, cells);
				for (String problem : problems) {
					table.addProblem(rowNumber, problem);
				}
			}
			return table;
		}
	}

	private static String text(Cell cell, List<String> problems) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
		case STRING:
			return cell.getStringCellValue();
		case NUMERIC:
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
		case BOOLEAN:
			return String.valueOf(cell.getBooleanCellValue());
		case ERROR:
			if (problems != null) {
				problems.add("cell " + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString() + " holds an error value");
			}
			return "";
		default:
			return "";
		}
	}

	@Override
	public void write(Table table, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = withPoiClassLoader(XSSFWorkbook::new)) {
			Sheet sheet = workbook.createSheet("Helix");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int[] widths = new int[table.header().size()];
			Row header = sheet.createRow(0);
			for (int c = 0; c < table.header().size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(table.header().get(c));
				cell.setCellStyle(bold);
				widths[c] = table.header().get(c).length();
			}
			for (int r = 0; r < table.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<String> cells = table.row(r);
				for (int c = 0; c < cells.size(); c++) {
					String text = cells.get(c);
					if (text == null || text.isEmpty()) {
						continue;
					}
					Cell cell = row.createCell(c);
					if (isPlainNumber(text)) {
						cell.setCellValue(Double.parseDouble(text));
					} else {
						cell.setCellValue(text);
					}
					if (c < widths.length) {
						widths[c] = Math.max(widths[c], Math.min(text.length(), 60));
					}
				}
			}
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, (widths[c] + 2) * 256);
			}
			sheet.createFreezePane(0, 1);
			withPoiClassLoader(() -> {
				workbook.write(out);
				return null;
			});
		}
	}

	/** A number whose cell reads back as the same text (so "1.10" and "007" stay text). */
	private static boolean isPlainNumber(String text) {
		return NUMBER.matcher(text).matches()
				&& BigDecimal.valueOf(Double.parseDouble(text)).stripTrailingZeros().toPlainString().equals(text);
	}

	private interface IoSupplier<T> {
		T get() throws IOException;
	}

	/**
	 * XMLBeans finds its schema types through the thread's context class loader; under OSGi that is not POI's. Set it
	 * to the loader of POI's OOXML classes for the call.
	 */
	private static <T> T withPoiClassLoader(IoSupplier<T> call) throws IOException {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
		try {
			return call.get();
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
