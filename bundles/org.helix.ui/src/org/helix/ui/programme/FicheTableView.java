package org.helix.ui.programme;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
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
import org.helix.model.core.CorePackage;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.StatusProviders;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.AdapterFactoryLabelProvider;

/**
 * All priority actions of the programme in one table, the coordinator's overview: sort by any column, filter by text,
 * edit title and status in place (one command each, on the model editor's stack), hide columns, export what is shown
 * to CSV. Double-click (or Enter) opens the action's fiche.
 */
public class FicheTableView extends ModelEditorView {

	public static final String ID = HelixUI.FICHE_TABLE_ID;

	/** A column: its title, width, text of a row, and whether it sorts as a number. */
	private record Column(String title, int width, Function<PriorityAction, String> text, Function<PriorityAction, Comparable<?>> key,
			boolean shownAtFirst) {

		Column(String title, int width, Function<PriorityAction, String> text, Function<PriorityAction, Comparable<?>> key) {
			this(title, width, text, key, true);
		}

		/** A column the coordinator adds with Columns…; hidden until then. */
		Column optional() {
			return new Column(title, width, text, key, false);
		}
	}

	private final List<Column> columns = List.of(
			new Column("Code", 60, a -> Values.text(a.getCode()), a -> naturalKey(a.getCode())),
			new Column("Title", 300, a -> Values.text(a.getName()), null),
			new Column("Dimension", 170, a -> Edits.labels(a.getDimensions()), null),
			new Column("Status", 100, a -> statusLabel(a.getStatus()), a -> a.getStatus().getValue()),
			new Column("Lead", 140, a -> Edits.label(a.getLead()), null),
			new Column("Priority years", 100, a -> Values.text(a.getPriorityYears()), null),
			new Column("Deliverables", 80, a -> String.valueOf(a.getDeliverables().size()), a -> a.getDeliverables().size()),
			new Column("Planned", 90, a -> Values.text(a.getBudgetPlanned()), a -> amountKey(a.getBudgetPlanned())),
			new Column("Committed", 90, a -> Values.text(a.getBudgetCommitted()), a -> amountKey(a.getBudgetCommitted())),
			new Column("Spent", 90, a -> Values.text(a.getBudgetSpent()), a -> amountKey(a.getBudgetSpent())),
			new Column("Planned start", 90, a -> Values.text(a.getPlannedStart()), PriorityAction::getPlannedStart).optional(),
			new Column("Planned end", 90, a -> Values.text(a.getPlannedEnd()), PriorityAction::getPlannedEnd).optional(),
			new Column("% complete", 80, a -> Values.percent(a.getPercentComplete()), PriorityAction::getPercentComplete).optional(),
			new Column("RAG", 110, FicheTableView::ragText, FicheTableView::ragKey));

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
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn[] viewerColumns = new TableViewerColumn[columns.size()];
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			TableViewerColumn tc = new TableViewerColumn(viewer, column.key() != null ? SWT.RIGHT : SWT.LEFT);
			viewerColumns[i] = tc;
			tc.getColumn().setText(column.title());
			tc.getColumn().setWidth(column.width());
			tc.getColumn().setMoveable(true);
			tc.setLabelProvider(i == 1 ? decorated(column) : column.title().equals("RAG") ? ragLabels(column)
					: ColumnLabelProvider.createTextProvider(e -> column.text().apply((PriorityAction) e)));
			int index = i;
			tc.getColumn().addListener(SWT.Selection, e -> sortBy(index));
		}
		viewer.getTable().getColumn(0).setAlignment(SWT.LEFT);
		viewer.getTable().getColumn(3).setAlignment(SWT.LEFT);
		viewer.getTable().getColumn(columnIndex("RAG")).setAlignment(SWT.LEFT);
		showRagAfterStatus();
		for (int i = 0; i < columns.size(); i++) {
			if (!columns.get(i).shownAtFirst()) {
				setColumnVisible(i, false);
			}
		}
		viewer.getTable().addListener(SWT.Resize, e -> fitTitle());
		viewerColumns[1].setEditingSupport(new TitleEditing());
		viewerColumns[3].setEditingSupport(new StatusEditing());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int result = comparator(columns.get(sortColumn)).compare((PriorityAction) a, (PriorityAction) b);
				return descending ? -result : result;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String wanted = filter.getText().strip().toLowerCase(Locale.ROOT);
				return wanted.isEmpty() || columns.stream()
						.anyMatch(c -> c.text().apply((PriorityAction) element).toLowerCase(Locale.ROOT).contains(wanted));
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

	private static Comparator<PriorityAction> comparator(Column column) {
		if (column.key() != null) {
			@SuppressWarnings({ "unchecked", "rawtypes" })
			Comparator<PriorityAction> byKey = Comparator.comparing(a -> (Comparable) column.key().apply(a),
					Comparator.nullsLast(Comparator.naturalOrder()));
			return byKey;
		}
		return Comparator.comparing(a -> column.text().apply(a).toLowerCase(Locale.ROOT));
	}

	/** "2" before "10": codes sort by their number when they have one. */
	private static Comparable<?> naturalKey(String code) {
		if (code == null) {
			return null;
		}
		String digits = code.replaceAll("\\D.*$", "");
		return String.format("%09d|%s", digits.isEmpty() ? Integer.MAX_VALUE : Long.parseLong(digits.length() > 9 ? digits.substring(0, 9) : digits), code);
	}

	/** Unknown amounts sort after every known amount (nullsLast), and so are not mistaken for zero. */
	private static Comparable<?> amountKey(BigDecimal amount) {
		return amount;
	}

	/**
	 * The RAG that counts today, as the installed status provider (monitoring) rates it: "Red", "Green (override)" when
	 * a justified override wins, "Amber (override ignored)" when one lacks its justification, "No data" when neither
	 * exists; empty when no provider is installed. Read on the UI thread from the live model.
	 */
	private static String ragText(PriorityAction action) {
		ElementStatus rating = StatusProviders.status(action, LocalDate.now());
		if (rating == null) {
			return "";
		}
		String rag = rating.rag() == null ? FichePage.NO_DATA : FichePage.ragLabel(rating.rag());
		return rating.overridden() ? rag + " (override)" : rating.overrideIgnored() ? rag + " (override ignored)" : rag;
	}

	/** The RAG column in the colour of its RAG, grey for no data, as the fiche shows it. */
	private static ColumnLabelProvider ragLabels(Column column) {
		return new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return column.text().apply((PriorityAction) element);
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				ElementStatus rating = StatusProviders.status((PriorityAction) element, LocalDate.now());
				return rating == null ? null : FichePage.color(rating);
			}

			/** A pale cell of the RAG's colour, so the status reads at a glance down the column (grey: no data). */
			@Override
			public org.eclipse.swt.graphics.Color getBackground(Object element) {
				ElementStatus rating = StatusProviders.status((PriorityAction) element, LocalDate.now());
				return rating == null ? null : ragBackground(rating.rag());
			}
		};
	}

	private static final org.eclipse.swt.graphics.Color PALE_GREEN = new org.eclipse.swt.graphics.Color(212, 240, 215),
			PALE_AMBER = new org.eclipse.swt.graphics.Color(255, 236, 190), PALE_RED = new org.eclipse.swt.graphics.Color(250, 210, 210),
			PALE_GREY = new org.eclipse.swt.graphics.Color(228, 228, 228);

	/** The RAG column's cell colour: pale red, amber or green, pale grey when there is no data. */
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
		int[] order = table.getColumnOrder();
		int last = -1;
		for (int i : order) {
			if (!hidden[i]) {
				last = i;
			}
		}
		int others = 0;
		for (int i = 0; i < table.getColumnCount(); i++) {
			if (i != 1 && !hidden[i]) {
				// GTK stretches the last column over the spare width: count it at its own width, or the title never grows
				others += i == last ? Math.min(table.getColumn(i).getWidth(), columns.get(i).width()) : table.getColumn(i).getWidth();
			}
		}
		int free = table.getClientArea().width - others;
		table.getColumn(1).setWidth(Math.max(columns.get(1).width(), free));
	}

	/** Green before amber before red; unrated last. */
	private static Comparable<?> ragKey(PriorityAction action) {
		ElementStatus rating = StatusProviders.status(action, LocalDate.now());
		return rating == null ? null : rating.rag();
	}

	/** The RAG beside the status, where the eye looks for it, not after the budget columns off the screen's edge. */
	private void showRagAfterStatus() {
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
			if (columns.get(i).title().equals(title)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no column " + title);
	}

	private static String statusLabel(ActionStatus status) {
		String name = status.getName().replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	@Override
	protected void modelChanged() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Programme programme = programme();
		Object rows = programme == null ? List.of() : programme.getActions();
		if (viewer.getInput() != rows) {
			viewer.setInput(rows);
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
		summary.setText(programme == null ? "" : viewer.getTable().getItemCount() + " of " + programme.getActions().size() + " actions");
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
		tc.setWidth(visible ? columns.get(column).width() : 0);
		tc.setResizable(visible);
		if (column != 1) {
			fitTitle();
		}
	}

	private void chooseColumns() {
		List<String> titles = columns.stream().map(Column::title).toList();
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
		return visibleColumns().stream().map(i -> columns.get(i).title()).toList();
	}

	public List<List<String>> rows() {
		List<List<String>> rows = new ArrayList<>();
		for (var item : viewer.getTable().getItems()) {
			PriorityAction action = (PriorityAction) item.getData();
			rows.add(visibleColumns().stream().map(i -> columns.get(i).text().apply(action)).toList());
		}
		return rows;
	}

	public void exportCsv(Path file) throws java.io.IOException {
		CsvExport.write(file, header(), rows());
	}

	// ---- in-place editing: one command per edit

	/** The title with the action's icon, decorated by the workbench (e.g. with the RAG status of the action). */
	private CellLabelProvider decorated(Column column) {
		ComposedAdapterFactory factory = HelixUI.createAdapterFactory();
		AdapterFactoryLabelProvider icons = new AdapterFactoryLabelProvider(factory);
		IStyledLabelProvider styled = new IStyledLabelProvider() {
			@Override
			public StyledString getStyledText(Object element) {
				return new StyledString(column.text().apply((PriorityAction) element));
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

	private final class TitleEditing extends EditingSupport {
		private final TextCellEditor editor = new TextCellEditor(viewer.getTable());

		TitleEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return Values.text(((PriorityAction) element).getName());
		}

		@Override
		protected void setValue(Object element, Object value) {
			Edits.set(domain(), (PriorityAction) element, CorePackage.Literals.NAMED_ELEMENT__NAME, Values.emptyToNull((String) value));
		}
	}

	private final class StatusEditing extends EditingSupport {
		private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(),
				ActionStatus.VALUES.stream().map(FicheTableView::statusLabel).toArray(String[]::new), SWT.READ_ONLY);

		StatusEditing() {
			super(viewer);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return ((PriorityAction) element).getStatus().getValue() >= 0 ? ActionStatus.VALUES.indexOf(((PriorityAction) element).getStatus()) : 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			int index = (Integer) value;
			if (index >= 0) {
				Edits.set(domain(), (PriorityAction) element, ProgrammePackage.Literals.PRIORITY_ACTION__STATUS, ActionStatus.VALUES.get(index));
			}
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
