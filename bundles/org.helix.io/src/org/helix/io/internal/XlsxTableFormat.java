package org.helix.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
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

	/**
	 * Reads the first sheet as a stream of XML events (POI's event API: {@link XSSFReader}, the read-only shared
	 * strings), never building POI's in-memory workbook with an object per cell: 10,000 rows read several times faster
	 * and with a fraction of the garbage (docs/benchmarks.md). The texts are those the workbook model gave before.
	 */
	@Override
	public Table read(InputStream in) throws IOException, TableFormatException {
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(in);
		} catch (InvalidFormatException | IOException | RuntimeException e) {
			throw new TableFormatException("not a readable XLSX workbook: " + e.getMessage(), e);
		}
		try {
			return withPoiClassLoader(() -> {
				try {
					XSSFReader reader = new XSSFReader(workbook);
					Iterator<InputStream> sheets = reader.getSheetsData();
					if (!sheets.hasNext()) {
						throw new TableFormatException("the workbook has no sheet");
					}
					SheetHandler handler = new SheetHandler(new ReadOnlySharedStringsTable(workbook), reader.getStylesTable());
					try (InputStream sheet = sheets.next()) {
						XMLReader xml = XMLHelper.newXMLReader();
						xml.setContentHandler(handler);
						xml.parse(new InputSource(sheet));
					}
					if (handler.table == null) {
						throw new TableFormatException("the first sheet is empty; its first row must name the columns");
					}
					return handler.table;
				} catch (TableFormatException e) {
					throw new TableFormatIOException(e);
				} catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
					throw new TableFormatIOException(new TableFormatException("not a readable XLSX workbook: " + e.getMessage(), e));
				}
			});
		} catch (TableFormatIOException e) {
			throw e.problem;
		} finally {
			workbook.revert(); // read only: close without saving
		}
	}

	/** Carries a {@link TableFormatException} out of {@link #withPoiClassLoader}. */
	private static final class TableFormatIOException extends IOException {
		private static final long serialVersionUID = 1L;
		final TableFormatException problem;

		TableFormatIOException(TableFormatException problem) {
			super(problem.getMessage(), problem);
			this.problem = problem;
		}
	}

	/**
	 * The sheet's XML ({@code <row r=..><c r=.. t=.. s=..><v>..</v></c></row>}): the first row is the header, every
	 * other row a data row with its number as Excel shows it. Numbers as their shortest decimal text, date-formatted
	 * numbers as ISO dates, formulas by their cached value, error cells marking their row malformed.
	 */
	private static final class SheetHandler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;
		private final StylesTable styles;
		/** Per style index: null not yet known, else whether its number format is a date format. */
		private final Map<Integer, Boolean> dateStyles = new HashMap<>();
		Table table;
		private List<String> header;
		private int rowIndex = -1;
		/** The current row's cell texts by column, and the columns holding an error value. */
		private final Map<Integer, String> cells = new HashMap<>();
		private final java.util.Set<Integer> errors = new java.util.HashSet<>();
		private int lastColumn;
		private int column;
		private String type;
		private int style;
		private final StringBuilder value = new StringBuilder();
		private boolean collecting;
		private boolean inInlineString;

		SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
				cells.clear();
				errors.clear();
				lastColumn = -1;
			}
			case "c" -> {
				String reference = attributes.getValue("r");
				column = reference == null ? lastColumn + 1 : columnIndex(reference);
				type = attributes.getValue("t");
				String s = attributes.getValue("s");
				style = s == null ? 0 : Integer.parseInt(s);
				value.setLength(0);
				lastColumn = Math.max(lastColumn, column);
			}
			case "v" -> collecting = true;
			case "is" -> inInlineString = true;
			case "t" -> collecting = inInlineString;
			default -> {
				// formulas (f) and everything else: only the cached value counts
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (collecting) {
				value.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
			case "v", "t" -> collecting = false;
			case "is" -> inInlineString = false;
			case "c" -> cellEnded();
			case "row" -> rowEnded();
			default -> {
				// nothing
			}
			}
		}

		private void cellEnded() {
			String text = value.toString();
			String cell;
			if (type == null || type.equals("n")) {
				cell = text.isEmpty() ? "" : number(Double.parseDouble(text));
			} else {
				cell = switch (type) {
				case "s" -> text.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(text.trim())).getString();
				case "b" -> String.valueOf(text.trim().equals("1"));
				case "e" -> {
					errors.add(column);
					yield "";
				}
				default -> text; // inlineStr, str (a formula's text), d (an ISO date)
				};
			}
			cells.put(column, cell);
		}

		private String number(double number) {
			if (isDateStyle(style) && DateUtil.isValidExcelDate(number)) {
				return DateUtil.getLocalDateTime(number).toLocalDate().toString();
			}
			return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
		}

		private boolean isDateStyle(int index) {
			if (styles == null || index >= styles.getNumCellStyles()) {
				return false;
			}
			return dateStyles.computeIfAbsent(index, i -> {
				XSSFCellStyle cellStyle = styles.getStyleAt(i);
				return cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
			});
		}

		private void rowEnded() {
			if (table == null) {
				header = new ArrayList<>();
				for (int c = 0; c <= lastColumn; c++) {
					header.add(cells.getOrDefault(c, "").trim());
				}
				while (!header.isEmpty() && header.get(header.size() - 1).isEmpty()) {
					header.remove(header.size() - 1);
				}
				table = new Table(header);
				return;
			}
			int rowNumber = rowIndex + 1;
			List<String> row = new ArrayList<>(Math.min(lastColumn + 1, header.size()));
			List<String> problems = new ArrayList<>();
			for (int c = 0; c <= lastColumn; c++) {
				String text = cells.getOrDefault(c, "");
				if (errors.contains(c)) {
					problems.add("cell " + new CellReference(rowIndex, c).formatAsString() + " holds an error value");
				}
				if (c < header.size()) {
					row.add(text);
				} else if (!text.isBlank()) {
					problems.add("cell " + new CellReference(rowIndex, c).formatAsString() + " is outside the header's columns");
				}
			}
			table.addRow(rowNumber, row);
			for (String problem : problems) {
				table.addProblem(rowNumber, problem);
			}
		}

		/** "AB12" → 27. */
		private static int columnIndex(String reference) {
			int index = 0;
			for (int i = 0; i < reference.length(); i++) {
				char ch = reference.charAt(i);
				if (ch < 'A' || ch > 'Z') {
					break;
				}
				index = index * 26 + (ch - 'A' + 1);
			}
			return index - 1;
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
