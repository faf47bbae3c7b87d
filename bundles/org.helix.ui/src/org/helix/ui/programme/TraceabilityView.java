package org.helix.ui.programme;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.helix.model.programme.Objective;
import org.helix.model.programme.Programme;
import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.table.DeclaredCrossTable;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.HelixUI;

/**
 * Which action serves which operational objective, and which operational objective serves which long-term one.
 * Clicking a cell links or unlinks the pair
 * through one EMF command on the model editor's stack, so Undo takes it back.
 * <p>
 * Both matrices are declared cross-tables ({@code tables.helix-viewpoint} of org.helix.diagram.viewpoints, contributed
 * through the extension point org.helix.diagram.viewpoints): lines, columns, cells and the link/unlink tool come from
 * the specification, evaluated by {@link DeclaredCrossTable}. The view shortens the headers to fit and explains them.
 */
public class TraceabilityView extends ModelEditorView {

	public static final String ID = HelixUI.TRACEABILITY_ID;
	public static final String LINKED = DeclaredCrossTable.CHECKED;

	/** The two matrices: the ids of their cross-table specifications. */
	public enum Kind {
		ACTIONS_TO_OPERATIONAL("org.helix.programme.traceability.actions", "Priority actions × operational objectives"),
		OPERATIONAL_TO_LONG_TERM("org.helix.programme.traceability.objectives", "Operational × long-term objectives");

		final String tableId;
		private final String fallbackTitle;

		Kind(String tableId, String fallbackTitle) {
			this.tableId = tableId;
			this.fallbackTitle = fallbackTitle;
		}

		/** The specification's label. */
		String title() {
			AbstractTableDescription description = ViewpointRegistry.getDefault().table(tableId);
			return description != null && description.getLabel() != null ? description.getLabel() : fallbackTitle;
		}

		CrossTableDescription description() {
			return ViewpointRegistry.getDefault().table(tableId) instanceof CrossTableDescription cross ? cross : null;
		}
	}

	private Kind kind = Kind.ACTIONS_TO_OPERATIONAL;
	private Combo chooser;
	private Table table;
	private Label hint;
	/** What the numbered column headers stand for: "Columns: 1 = …; 2 = …". */
	private Label legend;
	private final List<EObject> rows = new ArrayList<>();
	private final List<Objective> columns = new ArrayList<>();
	/** The kind's specification evaluated on the shown programme; null when none is shown. */
	private DeclaredCrossTable matrix;

	@Override
	protected void createControl(Composite parent) {
		parent.setLayout(new GridLayout(3, false));
		chooser = new Combo(parent, SWT.READ_ONLY);
		for (Kind k : Kind.values()) {
			chooser.add(k.title());
		}
		chooser.select(0);
		chooser.addListener(SWT.Selection, e -> show(Kind.values()[chooser.getSelectionIndex()]));
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export CSV…");
		export.addListener(SWT.Selection, e -> CsvExport.exportWithDialog(parent.getShell(),
				kind == Kind.ACTIONS_TO_OPERATIONAL ? "actions-objectives.csv" : "objectives-objectives.csv", header(), csvRows()));
		hint = new Label(parent, SWT.NONE);
		hint.setText("Click a cell to link or unlink.");
		hint.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		legend = new Label(parent, SWT.NONE); // one line: the matrix keeps the height
		legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.addListener(SWT.MouseDown, e -> {
			if (e.button != 1) {
				return;
			}
			TableItem item = table.getItem(new Point(e.x, e.y));
			if (item == null) {
				return;
			}
			for (int c = 1; c < table.getColumnCount(); c++) {
				if (item.getBounds(c).contains(e.x, e.y)) {
					toggle(table.indexOf(item), c - 1);
				}
			}
		});
	}

	public void show(Kind newKind) {
		kind = newKind;
		chooser.select(kind.ordinal());
		modelChanged();
	}

	@Override
	protected void modelChanged() {
		if (table == null || table.isDisposed()) {
			return;
		}
		Programme programme = programme();
		rows.clear();
		columns.clear();
		CrossTableDescription description = kind.description();
		matrix = programme == null || description == null ? null : new DeclaredCrossTable(description, programme);
		if (matrix != null) {
			rows.addAll(matrix.lines());
			matrix.columns(rows).stream().filter(Objective.class::isInstance).map(Objective.class::cast).forEach(columns::add);
		}
		rebuild();
		if (description == null) {
			setContentDescription("The cross-table specification " + kind.tableId + " is not installed (org.helix.diagram.viewpoints).");
			return;
		}
		setContentDescription(programme == null ? "Open a Helix model with a programme to trace its actions and objectives."
				: kind.title() + " of " + Edits.label(programme));
	}

	/** Rebuilds columns only when they changed, so the scroll position and widths survive a toggle. */
	private void rebuild() {
		table.setRedraw(false);
		try {
			boolean sameColumns = table.getColumnCount() == columns.size() + 1;
			for (int c = 0; sameColumns && c < columns.size(); c++) {
				sameColumns = table.getColumn(c + 1).getData() == columns.get(c);
			}
			if (!sameColumns) {
				for (TableColumn column : table.getColumns()) {
					column.dispose();
				}
				TableColumn first = new TableColumn(table, SWT.LEFT);
				first.setText(kind.description() == null || kind.description().getLineHeader() == null ? ""
						: kind.description().getLineHeader());
				first.setWidth(360);
				for (Objective objective : columns) {
					TableColumn column = new TableColumn(table, SWT.CENTER);
					column.setText(shortLabel(objective));
					column.setToolTipText(matrix.columnLabel(objective));
					column.setData(objective);
					// wide enough for its header: a name is never cut to "het opze"
					column.pack();
					column.setWidth(Math.max(column.getWidth(), 48));
				}
				legend.setText(legend(columns));
				legend.setToolTipText(String.join("\n", columns.stream().map(o -> shortLabel(o) + " = " + Edits.label(o)).toList()));
				legend.getParent().layout();
			}
			table.setItemCount(rows.size());
			for (int r = 0; r < rows.size(); r++) {
				TableItem item = table.getItem(r);
				item.setData(rows.get(r));
				item.setText(0, matrix.lineLabel(rows.get(r)));
				for (int c = 0; c < columns.size(); c++) {
					item.setText(c + 1, matrix.cell(rows.get(r), columns.get(c)));
				}
			}
		} finally {
			table.setRedraw(true);
		}
	}

	/**
	 * A column header: "Objective 1" for a coded objective (the legend and the tooltip give its name), else the first
	 * words of its name, cut at a word and never inside one.
	 */
	static String shortLabel(Objective objective) {
		if (objective.getCode() != null && !objective.getCode().isBlank()) {
			return "Objective " + objective.getCode();
		}
		String name = Edits.label(objective);
		if (name.length() <= HEADER_LENGTH) {
			return name;
		}
		int cut = name.lastIndexOf(' ', HEADER_LENGTH);
		return name.substring(0, cut > 8 ? cut : HEADER_LENGTH).strip() + "…";
	}

	private static final int HEADER_LENGTH = 28;

	/** "Columns: Objective 1 = name; …" for the coded objectives (the others show their name in the header). */
	static String legend(List<Objective> objectives) {
		List<String> parts = new ArrayList<>();
		for (Objective objective : objectives) {
			String header = shortLabel(objective);
			String name = objective.getName() == null ? "" : objective.getName();
			if (objective.getCode() != null && !objective.getCode().isBlank()) {
				parts.add(header + " = " + cut(name, 40));
			}
		}
		return parts.isEmpty() ? "" : String.join("; ", parts) + " (hover a header for its full name)";
	}

	/** The first words of a text, at most about {@code length} characters, cut between words. */
	static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int at = text.lastIndexOf(' ', length);
		return text.substring(0, at > 8 ? at : length).strip() + "…";
	}

	public String legendText() {
		return legend.getText();
	}

	/** Runs the specification's cell tool on row × column (link or unlink): one command, undoable. */
	public void toggle(int row, int column) {
		if (getModelEditor() != null && matrix != null) {
			Command command = matrix.cellCommand(domain(), rows.get(row), columns.get(column));
			if (command.canExecute()) {
				domain().getCommandStack().execute(command);
			}
		}
	}

	public Table getTable() {
		return table;
	}

	public List<String> header() {
		List<String> header = new ArrayList<>(List.of(table.getColumnCount() > 0 ? table.getColumn(0).getText() : ""));
		columns.forEach(o -> header.add(matrix.columnLabel(o)));
		return header;
	}

	/** One line per row, "1" where linked and "" where not, so spreadsheets can count. */
	public List<List<String>> csvRows() {
		List<List<String>> csv = new ArrayList<>();
		for (EObject row : rows) {
			List<String> line = new ArrayList<>(List.of(matrix.lineLabel(row)));
			columns.forEach(o -> line.add(matrix.export(row, o)));
			csv.add(line);
		}
		return csv;
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}
}
