package org.helix.diagram.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.CellEditor;
import org.helix.diagram.model.description.CellEditorKind;
import org.helix.diagram.model.description.CellStyle;
import org.helix.diagram.model.description.ColumnMapping;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.TableDescription;
import org.helix.diagram.model.description.TableFilter;

/**
 * A {@link TableDescription} evaluated on a model, without any UI: the lines, each cell's text, sort key and colours,
 * sorting, filtering (by the declared filters and by text) and cell edits as commands. Evaluate on the thread that owns
 * the model; a bad expression is reported in {@link #problems()} and gives an empty cell, never an exception.
 */
public class DeclaredTable {

	private final TableDescription description;
	private final EObject root;
	final TableSupport support = new TableSupport();
	private final Set<String> activeFilters = new HashSet<>();

	public DeclaredTable(TableDescription description, EObject root) {
		this.description = description;
		this.root = root;
		description.getFilters().stream().filter(TableFilter::isActiveByDefault).forEach(f -> activeFilters.add(f.getId()));
	}

	public TableDescription description() {
		return description;
	}

	public EObject root() {
		return root;
	}

	public List<ColumnMapping> columns() {
		return description.getColumns();
	}

	/** The column with this id, or null. */
	public ColumnMapping column(String id) {
		return columns().stream().filter(c -> id.equals(c.getId())).findFirst().orElse(null);
	}

	/** The lines in their declared order (candidates, precondition, active filters, initial sort). */
	public List<EObject> lines() {
		return lines(description, root, support, activeFilters);
	}

	static List<EObject> lines(AbstractTableDescription description, EObject root, TableSupport support, Set<String> activeFilters) {
		if (root == null) {
			return List.of();
		}
		Map<String, Object> variables = Map.of("root", root);
		List<Object> candidates = description.getSemanticCandidates() == null || description.getSemanticCandidates().isBlank()
				? TableSupport.allOf(root, description.getLineDomainClass())
				: support.evaluateList(description.getSemanticCandidates(), root, variables);
		List<EObject> lines = new ArrayList<>();
		for (Object candidate : candidates) {
			if (candidate instanceof EObject element && TableSupport.isA(element.eClass(), description.getLineDomainClass())
					&& !lines.contains(element) && support.test(description.getLinePrecondition(), element, variables)
					&& description.getFilters().stream().filter(f -> activeFilters.contains(f.getId()))
							.allMatch(f -> support.test(f.getCondition(), element, variables))) {
				lines.add(element);
			}
		}
		if (description.getLineSortExpression() != null && !description.getLineSortExpression().isBlank()) {
			Map<EObject, Object> keys = new LinkedHashMap<>();
			lines.forEach(line -> keys.put(line, support.evaluate(description.getLineSortExpression(), line, variables)));
			lines.sort(Comparator.comparing(keys::get, TableSupport.KEYS)); // stable: ties keep the candidates' order
		}
		return lines;
	}

	public void setFilterActive(String filterId, boolean active) {
		if (active) {
			activeFilters.add(filterId);
		} else {
			activeFilters.remove(filterId);
		}
	}

	public boolean isFilterActive(String filterId) {
		return activeFilters.contains(filterId);
	}

	private Map<String, Object> variables(EObject line) {
		return Map.of("root", root, "line", line);
	}

	/** The cell's value: the column's label expression, or the feature named by its id. */
	public Object value(EObject line, ColumnMapping column) {
		String expression = column.getLabelExpression();
		if (expression == null || expression.isBlank()) {
			expression = column.getId();
		}
		return support.evaluate(expression, line, variables(line));
	}

	/** The text of the cell. */
	public String text(EObject line, ColumnMapping column) {
		return TableSupport.text(value(line, column));
	}

	/** The key the column sorts by: the sort expression's value, else the cell's value. */
	public Object sortKey(EObject line, ColumnMapping column) {
		if (column.getSortExpression() != null && !column.getSortExpression().isBlank()) {
			return support.evaluate(column.getSortExpression(), line, variables(line));
		}
		Object value = value(line, column);
		return value == null || value instanceof List<?> || value instanceof EObject ? TableSupport.text(value) : value;
	}

	/** The lines ordered by a column (unknown keys last in both directions), stable. */
	public List<EObject> sorted(List<EObject> lines, ColumnMapping column, boolean descending) {
		List<EObject> sorted = new ArrayList<>(lines);
		Map<EObject, Object> cache = new LinkedHashMap<>();
		sorted.forEach(line -> cache.put(line, sortKey(line, column)));
		sorted.sort(Comparator.comparing(cache::get, keys(descending)));
		return sorted;
	}

	/** The order of two lines by a column's sort keys (unknown keys last in both directions). */
	public Comparator<EObject> comparator(ColumnMapping column, boolean descending) {
		return Comparator.comparing(line -> sortKey(line, column), keys(descending));
	}

	private static Comparator<Object> keys(boolean descending) {
		return descending ? (a, b) -> a == null || b == null ? TableSupport.KEYS.compare(a, b) : TableSupport.KEYS.compare(b, a)
				: TableSupport.KEYS;
	}

	/** Whether any of the given columns' text contains the text, ignoring case (blank: every line). */
	public boolean matches(EObject line, List<ColumnMapping> columns, String text) {
		String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		return wanted.isEmpty() || columns.stream().anyMatch(c -> text(line, c).toLowerCase(Locale.ROOT).contains(wanted));
	}

	/** The style of the first conditional style that holds, or null. */
	public CellStyle style(EObject line, ColumnMapping column) {
		for (CellStyle style : column.getConditionalStyles()) {
			if (support.test(style.getCondition(), line, variables(line))) {
				return style;
			}
		}
		return null;
	}

	/** The cell's background as {@code #rrggbb}: a conditional style's, else the column's; null for none. */
	public String background(EObject line, ColumnMapping column) {
		CellStyle style = style(line, column);
		return style != null && style.getBackgroundColor() != null ? style.getBackgroundColor() : column.getBackgroundColor();
	}

	public String foreground(EObject line, ColumnMapping column) {
		CellStyle style = style(line, column);
		return style != null && style.getForegroundColor() != null ? style.getForegroundColor() : column.getForegroundColor();
	}

	public boolean editable(ColumnMapping column) {
		return column.getCellEditor() != null && !column.getCellEditor().getOperations().isEmpty();
	}

	/**
	 * The values a CHOICE editor offers: its choices expression, else the literals of the enum feature its first
	 * SetValue sets; empty for a text editor.
	 */
	public List<Object> choices(EObject line, ColumnMapping column) {
		CellEditor editor = column.getCellEditor();
		if (editor == null || editor.getKind() != CellEditorKind.CHOICE) {
			return List.of();
		}
		if (editor.getChoicesExpression() != null && !editor.getChoicesExpression().isBlank()) {
			return support.evaluateList(editor.getChoicesExpression(), line, variables(line));
		}
		for (ModelOperation operation : editor.getOperations()) {
			if (operation instanceof SetValue set) {
				EStructuralFeature feature = line.eClass().getEStructuralFeature(set.getFeatureName());
				if (feature != null && feature.getEType() instanceof EEnum eEnum) {
					return eEnum.getELiterals().stream().map(literal -> (Object) literal.getInstance()).toList();
				}
			}
		}
		return List.of();
	}

	/** The text of a value, as cells and choices show it. */
	public static String text(Object value) {
		return TableSupport.text(value);
	}

	/**
	 * The edit of a cell as ONE command: the column's operations with {@code $value} = the edited value (text for a
	 * text editor, the chosen value for a choice). Unexecutable when the column has no editor or an operation does not
	 * apply.
	 */
	public Command editCommand(EditingDomain domain, EObject line, ColumnMapping column, Object value) {
		if (!editable(column)) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		Map<String, Object> variables = new LinkedHashMap<>(variables(line));
		variables.put("value", value);
		return org.helix.diagram.operations.ModelOperations.command(domain, "Edit " + column.getLabel(), column.getCellEditor().getOperations(), line, variables);
	}

	public List<String> problems() {
		return support.problems();
	}
}
