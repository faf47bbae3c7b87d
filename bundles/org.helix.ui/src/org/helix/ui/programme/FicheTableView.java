package org.helix.ui.programme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.DecoratingStyledCellLabelProvider;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.diagram.model.description.CellEditorKind;
import org.helix.diagram.model.description.ColumnMapping;
import org.helix.diagram.model.description.TableDescription;
import org.helix.diagram.table.DeclaredTable;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.AdapterFactoryLabelProvider;

/**
 * All priority actions of the programme in one table, the coordinator's overview: sort by any column, filter by text,
 * edit title and status in place (one command each, on the model editor's stack), hide columns, export what is shown
 * to CSV. Double-click (or Enter) opens the action's fiche.
 * <p>
 * The table is declared, not coded: the columns, cell texts, sort keys, RAG colours and cell edits come from the table
 * specification {@value #TABLE_ID} ({@code tables.helix-viewpoint} of org.helix.diagram.viewpoints, contributed through
 * the extension point org.helix.diagram.viewpoints as a third party would), evaluated by {@link DeclaredTable}. This
 * view only lays it out.
 */
public class FicheTableView extends ModelEditorView {

	public static final String ID = HelixUI.FICHE_TABLE_ID;
	public static final String TABLE_ID = "org.helix.programme.fiches";

	private final TableDescription description = (TableDescription) ViewpointRegistry.getDefault().table(TABLE_ID);
	private final List<ColumnMapping> columns = description == null ? List.of() : description.getColumns();
	/** The specification evaluated on the shown programme; null when none is shown. */
	private DeclaredTable table;
	private final Map<String, org.eclipse.swt.graphics.Color> colours = new HashMap<>();

	private TableViewer viewer;
	private Text filter;
	private Label summary;
	private final boolean[] hidden = new boolean[columns.size()];
	private int sortColumn = 0;
	private boolean descending;

	@Override
	protected void createControl(Composite parent) {
		parent.setLayout(new GridLayout(4, false));
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter actions (any column)");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addListener(SWT.Modify, e -> {
			viewer.refresh();
			updateSummary(); // typed by the user or set by a test: the count follows the rows shown
		});
		Button choose = new Button(parent, SWT.PUSH);
		choose.setText("Columns…");
		choose.addListener(SWT.Selection, e -> chooseColumns());
		Button export = new Button(parent, SWT.PUSH);
		export.setText("Export CSV…");
		export.addListener(SWT.Selection, e -> CsvExport.exportWithDialog(parent.getShell(), "priority-actions.csv", header(), rows()));
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		// the lines come from the specification at each refresh, so a refresh keeps the selection
		viewer.setContentProvider(new IStructuredContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof DeclaredTable declared ? declared.lines().toArray() : new Object[0];
			}
		});
		for (int i = 0; i < columns.size(); i++) {
			ColumnMapping column = columns.get(i);
			TableViewerColumn tc = new TableViewerColumn(viewer, column.isAlignRight() ? SWT.RIGHT : SWT.LEFT);
			tc.getColumn().setText(column.getLabel());
			tc.getColumn().setWidth(width(i));
			tc.getColumn().setMoveable(true);
			tc.setLabelProvider(i == TITLE ? decorated(column) : new DeclaredLabels(column));
			if (column.getCellEditor() != null) {
				tc.setEditingSupport(new DeclaredEditing(column));
			}
			int index = i;
			tc.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		}
		showRagAfterStatus();
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).isVisibleByDefault()) {
				setColumnVisible(i, false);
			}
		}
		viewer.getTable().addListener(SWT.Resize, e -> fitTitle());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return table == null ? 0 : table.comparator(columns.get(sortColumn), descending).compare((EObject) a, (EObject) b);
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return table == null || table.matches((EObject) element, columns, filter.getText());
			}
		});
		viewer.addOpenListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof PriorityAction action
					&& getModelEditor() != null) {
				try {
					ActionFicheEditor.open(getModelEditor(), action);
				} catch (PartInitException ex) {
					getViewSite().getActionBars().getStatusLineManager().setErrorMessage(ex.getMessage());
				}
			}
		});
		getSite().setSelectionProvider(viewer);
		updateSortIndicator();
	}

	/** The column the title is in: it takes the width the others leave and shows the action's icon. */
	private static final int TITLE = 1;

	private int width(int column) {
		return columns.get(column).getWidth() > 0 ? columns.get(column).getWidth() : 100;
	}

	/** A cell's text and colours from the specification (a conditional style, e.g. the RAG's, or the column's). */
	private final class DeclaredLabels extends ColumnLabelProvider {
		private final ColumnMapping column;

		DeclaredLabels(ColumnMapping column) {
			this.column = column;
		}

		@Override
		public String getText(Object element) {
			return table == null ? "" : table.text((EObject) element, column);
		}

		@Override
		public org.eclipse.swt.graphics.Color getForeground(Object element) {
			return table == null ? null : colour(table.foreground((EObject) element, column));
		}

		@Override
		public org.eclipse.swt.graphics.Color getBackground(Object element) {
			return table == null ? null : colour(table.background((EObject) element, column));
		}
	}

	/** The colour of a {@code #rrggbb} of the specification, made once; null for none or a malformed one. */
	private org.eclipse.swt.graphics.Color colour(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
			return null;
		}
		return colours.computeIfAbsent(hex.toLowerCase(Locale.ROOT), h -> new org.eclipse.swt.graphics.Color(
				Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16)));
	}

	private static final org.eclipse.swt.graphics.Color PALE_GREEN = new org.eclipse.swt.graphics.Color(212, 240, 215),
			PALE_AMBER = new org.eclipse.swt.graphics.Color(255, 236, 190), PALE_RED = new org.eclipse.swt.graphics.Color(250, 210, 210),
			PALE_GREY = new org.eclipse.swt.graphics.Color(228, 228, 228);

	/**
	 * The RAG column's cell colour: pale red, amber or green, pale grey when there is no data; the colours the
	 * specification's conditional styles give the RAG column.
	 */
	public static org.eclipse.swt.graphics.Color ragBackground(org.helix.analysis.status.Rag rag) {
		if (rag == null) {
			return PALE_GREY;
		}
		return switch (rag) {
		case GREEN -> PALE_GREEN;
		case AMBER -> PALE_AMBER;
		case RED -> PALE_RED;
		};
	}

	/**
	 * The title takes the width the other columns leave (never less than its initial width), so the last column does
	 * not stretch across the view while titles are cut off.
	 */
	private void fitTitle() {
		org.eclipse.swt.widgets.Table table = viewer.getTable();
		if (table.getColumnCount() <= TITLE) {
			return;
		}
		int[] order = table.getColumnOrder();
		int last = -1;
		for (int i : order) {
			if (!hidden[i]) {
				last = i;
			}
		}
		int others = 0;
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (i != TITLE && !hidden[i]) {
				// GTK stretches the last column over the spare width: count it at its own width, or the title never grows
				others += i == last ? Math.min(table.getColumn(i).getWidth(), width(i)) : table.getColumn(i).getWidth();
			}
		}
		int free = table.getClientArea().width - others;
		table.getColumn(TITLE).setWidth(Math.max(width(TITLE), free));
	}

	/** The RAG beside the status, where the eye looks for it, not after the budget columns off the screen's edge. */
	private void showRagAfterStatus() {
		if (columns.stream().noneMatch(c -> "RAG".equals(c.getLabel())) || columns.stream().noneMatch(c -> "Status".equals(c.getLabel()))) {
			return;
		}
		int rag = columnIndex("RAG");
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			if (i != rag) {
				order.add(i);
			}
			if (i == columnIndex("Status")) {
				order.add(rag);
			}
		}
		viewer.getTable().setColumnOrder(order.stream().mapToInt(Integer::intValue).toArray());
	}

	/** The position of a column by its title, for the tests and callers that do not know the order. */
	public int columnIndex(String title) {
		for (int i = 0; i < columns.size(); i++) {
			if (title.equals(columns.get(i).getLabel())) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	@Override
	protected void modelChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Programme programme = programme();
		if (description == null) {
			setContentDescription("The table specification " + TABLE_ID + " is not installed (org.helix.diagram.viewpoints).");
			return;
		}
		if (table == null ? programme != null : table.root() != programme) {
			table = programme == null ? null : new DeclaredTable(description, programme);
			viewer.setInput(table);
		} else {
			viewer.refresh();
		}
		setContentDescription(programme == null ? "Open a Helix model with a programme to see its priority actions."
				: Edits.label(programme) + " (" + getModelEditor().getEditorInput().getName() + ")");
		updateSummary();
	}

	/** "4 of 18 actions": the rows the filter lets through, of all the programme's actions. */
	private void updateSummary() {
		Programme programme = programme();
		summary.setText(programme == null || table == null ? ""
				: viewer.getTable().getItemCount() + " of " + table.lines().size() + " actions");
		summary.getParent().layout();
	}

	/** The text under the table, e.g. "4 of 18 actions". */
	public String summaryText() {
		return summary.getText();
	}

	// ---- sorting, filtering, columns: public for the tests and the keyboard

	/** Sorts by the column; a second call on the same column reverses the order. */
	public void sortBy(int column) {
		descending = column == sortColumn && !descending;
		sortColumn = column;
		updateSortIndicator();
		viewer.refresh();
	}

	private void updateSortIndicator() {
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(sortColumn));
		viewer.getTable().setSortDirection(descending ? SWT.DOWN : SWT.UP);
	}

	public void setFilter(String text) {
		filter.setText(text); // the Modify listener refreshes the rows and the count
	}

	public TableViewer getViewer() {
		return viewer;
	}

	public void setColumnVisible(int column, boolean visible) {
		hidden[column] = !visible;
		TableColumn tc = viewer.getTable().getColumn(column);
		tc.setWidth(visible ? width(column) : 0);
		tc.setResizable(visible);
		if (column != TITLE) {
			fitTitle();
		}
	}

	private void chooseColumns() {
		List<String> titles = columns.stream().map(ColumnMapping::getLabel).toList();
		List<String> shown = new ArrayList<>();
		for (int i = 0; i < titles.size(); i++) {
			if (!hidden[i]) {
				shown.add(titles.get(i));
			}
		}
		ListSelectionDialog dialog = ListSelectionDialog.of(titles).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(new LabelProvider()).title("Columns").message("Columns to show:").preselect(shown.toArray())
				.create(viewer.getControl().getShell());
		if (dialog.open() == Window.OK) {
			List<Object> chosen = Arrays.asList(dialog.getResult());
			for (int i = 0; i < titles.size(); i++) {
				setColumnVisible(i, chosen.contains(titles.get(i)));
			}
		}
	}

	// ---- export: the visible columns of the visible rows, in the order shown

	private List<Integer> visibleColumns() {
		List<Integer> visible = new ArrayList<>();
		for (int i : viewer.getTable().getColumnOrder()) {
			if (!hidden[i]) {
				visible.add(i);
			}
		}
		return visible;
	}

	public List<String> header() {
		return visibleColumns().stream().map(i -> columns.get(i).getLabel()).toList();
	}

	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (var item : viewer.getTable().getItems()) {
			EObject action = (EObject) item.getData();
			rows.add(visibleColumns().stream().map(i -> table.text(action, columns.get(i))).toList());
		}
		return rows;
	}

	public void exportCsv(Path file) throws java.io.IOException {
		CsvExport.write(file, header(), rows());
	}

	// ---- in-place editing: one command per edit

	/** The title with the action's icon, decorated by the workbench (e.g. with the RAG status of the action). */
	private CellLabelProvider decorated(ColumnMapping column) {
		ComposedAdapterFactory factory = HelixUI.createAdapterFactory();
		AdapterFactoryLabelProvider icons = new AdapterFactoryLabelProvider(factory);
		IStyledLabelProvider styled = new IStyledLabelProvider() {
			@Override
			public StyledString getStyledText(Object element) {
				return new StyledString(table == null ? "" : table.text((EObject) element, column));
			}

			@Override
			public Image getImage(Object element) {
				return icons.getImage(element);
			}

			@Override
			public void addListener(ILabelProviderListener listener) {
			}

			@Override
			public void removeListener(ILabelProviderListener listener) {
			}

			@Override
			public boolean isLabelProperty(Object element, String property) {
				return false;
			}

			@Override
			public void dispose() {
				icons.dispose();
				factory.dispose();
			}
		};
		return new DecoratingStyledCellLabelProvider(styled, PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator(), null);
	}

	/**
	 * Editing a cell as the column's cell editor declares: a text field or a choice, the edit run as the
	 * specification's model operations, ONE command on the model editor's stack (nothing when the value stays).
	 */
	private final class DeclaredEditing extends EditingSupport {
		private final ColumnMapping column;
		private final boolean choice;
		private final CellEditor editor;
		private List<Object> choices = List.of();

		DeclaredEditing(ColumnMapping column) {
			super(viewer);
			this.column = column;
			this.choice = column.getCellEditor().getKind() == CellEditorKind.CHOICE;
			this.editor = choice ? new ComboBoxCellEditor(viewer.getTable(), new String[0], SWT.READ_ONLY)
					: new TextCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (choice) {
				choices = table.choices((EObject) element, column);
				((ComboBoxCellEditor) editor).setItems(choices.stream().map(DeclaredTable::text).toArray(String[]::new));
			}
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return table != null && getModelEditor() != null && table.editable(column);
		}

		@Override
		protected Object getValue(Object element) {
			Object value = table.value((EObject) element, column);
			return choice ? Math.max(0, choices.indexOf(value)) : DeclaredTable.text(value);
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object edited = value;
			if (choice) {
				int index = (Integer) value;
				if (index < 0 || index >= choices.size()) {
					return;
				}
				edited = choices.get(index);
			}
			Command command = table.editCommand(domain(), (EObject) element, column, edited);
			if (command.canExecute()) {
				domain().getCommandStack().execute(command);
			} else if (command.getDescription() != null && !command.getDescription().isBlank()) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(command.getDescription());
			}
		}
	}

	@Override
	public void dispose() {
		colours.values().forEach(org.eclipse.swt.graphics.Color::dispose);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
