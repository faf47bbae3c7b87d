package org.helix.ui.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.ColumnMapping;
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.model.description.TableDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.table.DeclaredCrossTable;
import org.helix.diagram.table.DeclaredTable;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * Any table or cross-table specification of the viewpoint registry (installed, or a workspace {@code .helix-viewpoint}
 * file), shown without Java of its own: the user picks the table, the view evaluates it with {@link DeclaredTable} or
 * {@link DeclaredCrossTable} on the model of the active model editor (the root: the model itself, or the element of
 * the table's domain class with the most content), and follows the model after every command. A click on a header
 * sorts by that column; a double-click on a cell of a column with a declared cell editor edits it in place (text or
 * choice; the operations run as one command); a click on a cross-table cell runs the cell tool as one command. The list of
 * tables follows the registry (a workspace file saved appears at once).
 */
public class DeclaredTableView extends ModelEditorView {

	public static final String ID = "org.helix.ui.declaredTable";

	private Combo chooser;
	private org.eclipse.swt.custom.TableEditor cellEditor;
	private Table table;
	private final List<AbstractTableDescription> descriptions = new ArrayList<>();
	private AbstractTableDescription selected;
	private DeclaredTable declared;
	private DeclaredCrossTable cross;
	private final List<EObject> lines = new ArrayList<>();
	private final List<EObject> crossColumns = new ArrayList<>();
	private ColumnMapping sortColumn;
	private boolean descending;
	private final Map<String, Color> colours = new HashMap<>();
	private final Consumer<ViewpointRegistry.Change> registryListener = change -> {
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			if (chooser != null && !chooser.isDisposed()) {
				refreshChooser();
				modelChanged();
			}
		});
	};

	@Override
	protected void createControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		new Label(parent, SWT.NONE).setText("Table:");
		chooser = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		chooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		chooser.addListener(SWT.Selection, e -> {
			int index = chooser.getSelectionIndex();
			select(index < 0 ? null : descriptions.get(index));
		});
		table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDown, e -> clicked(new Point(e.x, e.y)));
		table.addListener(SWT.MouseDoubleClick, e -> editAt(new Point(e.x, e.y)));
		cellEditor = new org.eclipse.swt.custom.TableEditor(table);
		cellEditor.grabHorizontal = true;
		refreshChooser();
		ViewpointRegistry.getDefault().addListener(registryListener);
	}

	/** Every table of the registry, by label, the selection kept when it is still there. */
	private void refreshChooser() {
		String selectedId = selected == null ? null : selected.getId();
		descriptions.clear();
		for (Viewpoint viewpoint : ViewpointRegistry.getDefault().viewpoints()) {
			descriptions.addAll(viewpoint.getTables());
		}
		descriptions.sort(Comparator.comparing(DeclaredTableView::title, String.CASE_INSENSITIVE_ORDER));
		chooser.setItems(descriptions.stream().map(DeclaredTableView::title).toArray(String[]::new));
		selected = null;
		for (int i = 0; i < descriptions.size(); i++) {
			if (descriptions.get(i).getId().equals(selectedId)) {
				chooser.select(i);
				selected = descriptions.get(i);
			}
		}
	}

	private static String title(AbstractTableDescription description) {
		return (description.getLabel() != null ? description.getLabel() : description.getId()) + " (" + description.getId() + ")";
	}

	/** Shows the table with this id (tests and the Model menu use it); false when the registry has none. */
	public boolean show(String tableId) {
		refreshChooser();
		for (int i = 0; i < descriptions.size(); i++) {
			if (descriptions.get(i).getId().equals(tableId)) {
				chooser.select(i);
				select(descriptions.get(i));
				return true;
			}
		}
		return false;
	}

	private void select(AbstractTableDescription description) {
		selected = description;
		sortColumn = null;
		descending = false;
		modelChanged();
	}

	@Override
	protected void modelChanged() {
		if (table == null || table.isDisposed()) {
			return;
		}
		declared = null;
		cross = null;
		lines.clear();
		crossColumns.clear();
		EObject root = selected == null ? null : root(selected);
		if (selected instanceof TableDescription description && root != null) {
			declared = new DeclaredTable(description, root);
			lines.addAll(sortColumn == null ? declared.lines() : declared.sorted(declared.lines(), sortColumn, descending));
		} else if (selected instanceof CrossTableDescription description && root != null) {
			cross = new DeclaredCrossTable(description, root);
			lines.addAll(cross.lines());
			crossColumns.addAll(cross.columns(List.copyOf(lines)));
		}
		rebuild();
		if (selected == null) {
			setContentDescription(descriptions.isEmpty() ? "No table is declared in the installed or workspace viewpoints."
					: "Choose a table (" + descriptions.size() + " declared).");
		} else if (root == null) {
			setContentDescription(getModelEditor() == null ? "Open a Helix model to see " + title(selected) + "."
					: "The model has no " + selected.getDomainClass() + " to show " + title(selected) + " on.");
		} else {
			setContentDescription(lines.size() + " lines" + (cross != null ? " × " + crossColumns.size() + " columns" : ""));
		}
	}

	/** The element the table is opened on: the model when it is of the domain class, else the one with the most content. */
	private EObject root(AbstractTableDescription description) {
		if (getModelEditor() == null || getModelEditor().getModel() == null) {
			return null;
		}
		EObject model = getModelEditor().getModel();
		String name = description.getDomainClass();
		if (isA(model.eClass(), name)) {
			return model;
		}
		Resource resource = model.eResource();
		EObject best = null;
		int most = -1;
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (isA(element.eClass(), name)) {
				int size = 0;
				for (var inner = element.eAllContents(); inner.hasNext(); inner.next()) {
					size++;
				}
				if (size > most) {
					most = size;
					best = element;
				}
			}
		}
		return best;
	}

	private static boolean isA(EClass eClass, String name) {
		return name != null && (eClass.getName().equals(name) || eClass.getEAllSuperTypes().stream().anyMatch(s -> s.getName().equals(name)));
	}

	private void rebuild() {
		table.setRedraw(false);
		try {
			table.removeAll();
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			if (declared != null) {
				List<ColumnMapping> columns = declared.columns().stream().filter(ColumnMapping::isVisibleByDefault).toList();
				for (ColumnMapping mapping : columns) {
					TableColumn column = new TableColumn(table, mapping.isAlignRight() ? SWT.RIGHT : SWT.LEFT);
					column.setText(mapping.getLabel() != null ? mapping.getLabel() : mapping.getId());
					column.setWidth(mapping.getWidth() > 0 ? mapping.getWidth() : 160);
					column.setData(mapping);
					column.addListener(SWT.Selection, e -> sortBy(mapping));
					if (mapping == sortColumn) {
						table.setSortColumn(column);
						table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
					}
				}
				for (EObject line : lines) {
					TableItem item = new TableItem(table, SWT.NONE);
					item.setData(line);
					for (int c = 0; c < columns.size(); c++) {
						item.setText(c, declared.text(line, columns.get(c)));
						paint(item, c, declared.background(line, columns.get(c)), declared.foreground(line, columns.get(c)));
					}
				}
			} else if (cross != null) {
				TableColumn first = new TableColumn(table, SWT.LEFT);
				first.setText(cross.description().getLineHeader() == null ? "" : cross.description().getLineHeader());
				first.setWidth(260);
				for (EObject element : crossColumns) {
					TableColumn column = new TableColumn(table, SWT.CENTER);
					column.setText(cross.columnHeader(element));
					column.setToolTipText(cross.columnLabel(element));
					column.setData(element);
					column.setWidth(90);
				}
				for (EObject line : lines) {
					TableItem item = new TableItem(table, SWT.NONE);
					item.setData(line);
					item.setText(0, cross.lineLabel(line));
					for (int c = 0; c < crossColumns.size(); c++) {
						item.setText(c + 1, cross.cell(line, crossColumns.get(c)));
						paint(item, c + 1, cross.background(line, crossColumns.get(c)), cross.foreground(line, crossColumns.get(c)));
					}
				}
			}
		} finally {
			table.setRedraw(true);
		}
	}

	private void sortBy(ColumnMapping column) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		modelChanged();
	}

	/** A click on a cross-table cell runs its cell tool as one command on the model editor's stack. */
	private void clicked(Point point) {
		if (cross == null || !cross.hasCellTool() || getModelEditor() == null) {
			return;
		}
		TableItem item = table.getItem(point);
		if (item == null) {
			return;
		}
		for (int c = 1; c < table.getColumnCount(); c++) {
			if (item.getBounds(c).contains(point)) {
				Command command = cross.cellCommand(domain(), (EObject) item.getData(), crossColumns.get(c - 1));
				if (command.canExecute()) {
					domain().getCommandStack().execute(command);
				} else {
					getViewSite().getActionBars().getStatusLineManager().setMessage(command.getDescription());
				}
				return;
			}
		}
	}

	/** A double-click on a cell of a column with a declared cell editor: a text field or a choice, in place. */
	private void editAt(Point point) {
		TableItem item = declared == null ? null : table.getItem(point);
		if (item == null) {
			return;
		}
		for (int c = 0; c < table.getColumnCount(); c++) {
			if (item.getBounds(c).contains(point) && table.getColumn(c).getData() instanceof ColumnMapping column && declared.editable(column)) {
				openEditor(item, c, column);
				return;
			}
		}
	}

	private void openEditor(TableItem item, int index, ColumnMapping column) {
		EObject line = (EObject) item.getData();
		if (cellEditor.getEditor() != null) {
			cellEditor.getEditor().dispose();
		}
		List<Object> choices = declared.choices(line, column);
		if (column.getCellEditor().getKind() == org.helix.diagram.model.description.CellEditorKind.CHOICE && !choices.isEmpty()) {
			Combo combo = new Combo(table, SWT.READ_ONLY | SWT.DROP_DOWN);
			choices.forEach(choice -> combo.add(DeclaredTable.text(choice)));
			combo.setText(item.getText(index));
			combo.addListener(SWT.Selection, e -> {
				int chosen = combo.getSelectionIndex();
				combo.dispose();
				if (chosen >= 0) {
					edit(line, column, choices.get(chosen));
				}
			});
			combo.addListener(SWT.FocusOut, e -> combo.dispose());
			cellEditor.setEditor(combo, item, index);
			combo.setFocus();
		} else {
			org.eclipse.swt.widgets.Text text = new org.eclipse.swt.widgets.Text(table, SWT.NONE);
			text.setText(item.getText(index));
			text.selectAll();
			text.addListener(SWT.DefaultSelection, e -> {
				String value = text.getText();
				text.dispose();
				edit(line, column, value);
			});
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_ESCAPE) {
					text.dispose();
				}
			});
			text.addListener(SWT.FocusOut, e -> text.dispose());
			cellEditor.setEditor(text, item, index);
			text.setFocus();
		}
	}

	/**
	 * Runs the column's declared operations with {@code $value} = {@code value} as one command on the model editor's
	 * stack; false, with the reason in the status line, when they cannot apply. The cell editors call it; tests too.
	 */
	public boolean edit(EObject line, ColumnMapping column, Object value) {
		if (declared == null || getModelEditor() == null) {
			return false;
		}
		Command command = declared.editCommand(domain(), line, column, value);
		if (!command.canExecute()) {
			getViewSite().getActionBars().getStatusLineManager().setMessage(command.getDescription());
			return false;
		}
		domain().getCommandStack().execute(command);
		return true;
	}

	/** The column of the shown table with this id, or null. */
	public ColumnMapping column(String id) {
		return declared == null ? null : declared.column(id);
	}

	private void paint(TableItem item, int column, String background, String foreground) {
		Color back = colour(background);
		if (back != null) {
			item.setBackground(column, back);
		}
		Color fore = colour(foreground);
		if (fore != null) {
			item.setForeground(column, fore);
		}
	}

	private Color colour(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		return colours.computeIfAbsent(hex.toLowerCase(Locale.ROOT), h -> new Color(Integer.parseInt(h.substring(1, 3), 16),
				Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16)));
	}

	// ---- what tests read

	public Table getTable() {
		return table;
	}

	/** The ids of the tables the user can choose, in the order shown. */
	public List<String> tableIds() {
		return descriptions.stream().map(AbstractTableDescription::getId).toList();
	}

	/** The lines shown, in order. */
	public List<EObject> lines() {
		return List.copyOf(lines);
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	public void dispose() {
		ViewpointRegistry.getDefault().removeListener(registryListener);
		colours.values().forEach(Color::dispose);
		super.dispose();
	}
}
