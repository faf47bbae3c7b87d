package org.helix.diagram.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.model.description.CellStyle;
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.model.description.TableFilter;

/**
 * A {@link CrossTableDescription} evaluated on a model, without any UI: lines × columns, each cell's text, export value
 * and colours from expressions over {@code $line} (also {@code self}) and {@code $column}, and the cell tool as one
 * command. Bad expressions are reported in {@link #problems()}, never thrown.
 */
public class DeclaredCrossTable {

	private final CrossTableDescription description;
	private final EObject root;
	private final TableSupport support = new TableSupport();
	private final Set<String> activeFilters = new HashSet<>();

	public DeclaredCrossTable(CrossTableDescription description, EObject root) {
		this.description = description;
		this.root = root;
		description.getFilters().stream().filter(TableFilter::isActiveByDefault).forEach(f -> activeFilters.add(f.getId()));
	}

	public CrossTableDescription description() {
		return description;
	}

	public List<EObject> lines() {
		return DeclaredTable.lines(description, root, support, activeFilters);
	}

	public void setFilterActive(String filterId, boolean active) {
		if (active) {
			activeFilters.add(filterId);
		} else {
			activeFilters.remove(filterId);
		}
	}

	/** The columns: candidates evaluated on the root with {@code $lines}, precondition, then the column sort. */
	public List<EObject> columns(List<EObject> lines) {
		if (root == null) {
			return List.of();
		}
		Map<String, Object> variables = Map.of("root", root, "lines", lines);
		List<Object> candidates = description.getColumnCandidates() == null || description.getColumnCandidates().isBlank()
				? TableSupport.allOf(root, description.getColumnDomainClass())
				: support.evaluateList(description.getColumnCandidates(), root, variables);
		List<EObject> columns = new ArrayList<>();
		for (Object candidate : candidates) {
			if (candidate instanceof EObject element && TableSupport.isA(element.eClass(), description.getColumnDomainClass())
					&& !columns.contains(element) && support.test(description.getColumnPrecondition(), element, variables)) {
				columns.add(element);
			}
		}
		if (description.getColumnSortExpression() != null && !description.getColumnSortExpression().isBlank()) {
			Map<EObject, Object> keys = new LinkedHashMap<>();
			columns.forEach(column -> keys.put(column, support.evaluate(description.getColumnSortExpression(), column, variables)));
			columns.sort(Comparator.comparing(keys::get, TableSupport.KEYS));
		}
		return columns;
	}

	private String or(String expression, String fallback) {
		return expression == null || expression.isBlank() ? fallback : expression;
	}

	public String lineLabel(EObject line) {
		return TableSupport.text(support.evaluate(or(description.getLineLabelExpression(), "name"), line, Map.of("root", root)));
	}

	/** The full name of a column (tooltip, export header). */
	public String columnLabel(EObject column) {
		return TableSupport.text(support.evaluate(or(description.getColumnLabelExpression(), "name"), column, Map.of("root", root)));
	}

	/** The short header of a column. */
	public String columnHeader(EObject column) {
		String header = description.getColumnHeaderExpression();
		return header == null || header.isBlank() ? columnLabel(column)
				: TableSupport.text(support.evaluate(header, column, Map.of("root", root)));
	}

	private Map<String, Object> variables(EObject line, EObject column) {
		return Map.of("root", root, "line", line, "column", column);
	}

	/** What a cell whose expression gives true shows (false shows nothing), e.g. a link in a traceability matrix. */
	public static final String CHECKED = "\u25cf";

	/** The cell's value: the cell label expression over the line ({@code self}, {@code $line}) and {@code $column}. */
	public Object value(EObject line, EObject column) {
		return support.evaluate(description.getCellLabelExpression(), line, variables(line, column));
	}

	/** The text of a cell; a boolean cell shows {@link #CHECKED} for true and nothing for false. */
	public String cell(EObject line, EObject column) {
		Object value = value(line, column);
		return value instanceof Boolean b ? (b ? CHECKED : "") : TableSupport.text(value);
	}

	/** The cell in CSV exports: the export expression, else the cell value; a boolean as 1 or nothing. */
	public String export(EObject line, EObject column) {
		String expression = description.getCellExportExpression();
		Object value = expression == null || expression.isBlank() ? value(line, column)
				: support.evaluate(expression, line, variables(line, column));
		return value instanceof Boolean b ? (b ? "1" : "") : TableSupport.text(value); // spreadsheets count the ones
	}

	public CellStyle style(EObject line, EObject column) {
		for (CellStyle style : description.getCellStyles()) {
			if (support.test(style.getCondition(), line, variables(line, column))) {
				return style;
			}
		}
		return null;
	}

	public String background(EObject line, EObject column) {
		CellStyle style = style(line, column);
		return style == null ? null : style.getBackgroundColor();
	}

	public String foreground(EObject line, EObject column) {
		CellStyle style = style(line, column);
		return style == null ? null : style.getForegroundColor();
	}

	public boolean hasCellTool() {
		return description.getCellTool() != null && !description.getCellTool().getOperations().isEmpty();
	}

	/** What a click on the cell does, as ONE command; unexecutable without a cell tool. */
	public Command cellCommand(EditingDomain domain, EObject line, EObject column) {
		if (!hasCellTool()) {
			return UnexecutableCommand.INSTANCE;
		}
		String label = description.getCellTool().getLabel();
		return org.helix.diagram.operations.ModelOperations.command(domain, label == null ? "Edit cell" : label, description.getCellTool().getOperations(), line,
				variables(line, column));
	}

	public List<String> problems() {
		return support.problems();
	}
}
