package org.helix.network.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.helix.analysis.ModelSnapshot;
import org.helix.model.core.HelixModel;
import org.helix.network.EcosystemNetwork;
import org.helix.network.ModelNetworkBuilder;
import org.helix.network.NetworkMetrics;
import org.helix.network.NetworkNode;
import org.helix.network.NodeMetrics;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.CsvExport;

/**
 * The network metrics of the model in the active Helix editor as a table: one row per actor, the columns of
 * {@code ./helix cli network --format csv} (docs/network.md), sortable by any column, filtered by name or helix. The
 * metrics are computed in a Job on a snapshot of the model, again after every change, so the table always says what
 * the model says now; double-click selects the actor in the model editor.
 */
public class NetworkMetricsView extends ViewPart {

	public static final String ID = "org.helix.network.ui.metricsView";
	/** The view's jobs belong to this family, so tests (and shutdown) can wait for them. */
	public static final Object JOB_FAMILY = NetworkMetricsView.class;

	/** One actor: what the network knows of it and its metrics. */
	public record Row(NetworkNode node, NodeMetrics metrics) {
	}

	/** What one computation found: the rows and the graph's line. */
	public record Result(List<Row> rows, String summary) {
	}

	private record Column(String header, int width, boolean numeric, Function<Row, Object> value) {
	}

	private static final List<Column> COLUMNS = List.of(
			new Column("Actor", 260, false, row -> row.node().label()),
			new Column("Type", 110, false, row -> row.node().type()),
			new Column("Helix", 110, false, row -> row.node().group()),
			new Column("Degree", 65, true, row -> row.metrics().degree()),
			new Column("In", 45, true, row -> row.metrics().inDegree()),
			new Column("Out", 45, true, row -> row.metrics().outDegree()),
			new Column("Betweenness", 95, true, row -> row.metrics().betweenness()),
			new Column("Closeness", 85, true, row -> row.metrics().closeness()),
			new Column("Eigenvector", 90, true, row -> row.metrics().eigenvector()),
			new Column("PageRank", 85, true, row -> row.metrics().pagerank()),
			new Column("Constraint", 85, true, row -> Double.isNaN(row.metrics().constraint()) ? null : row.metrics().constraint()),
			new Column("Brokerage", 80, true, row -> row.metrics().brokerage().total()),
			new Column("Community", 85, true, row -> row.metrics().community()),
			new Column("Component", 85, true, row -> row.metrics().component()));

	private TableViewer viewer;
	private Label summary;
	private Text filter;
	private IAction directedAction;
	private HelixModelEditor editor;
	private Result result;
	private Job running;
	private int sortColumn = 6; // betweenness: who sits between the others is what a modeller looks for first
	private boolean descending = true;

	private final CommandStackListener modelChanged = event -> recompute();

	private final IPartListener2 editorTracker = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof HelixModelEditor activated && activated != editor) {
				track(activated);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				track(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().margins(4, 4).create());
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		filter.setMessage("Filter by actor, type or helix");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
		filter.addModifyListener(event -> viewer.refresh());

		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (int i = 0; i < COLUMNS.size(); i++) {
			addColumn(i);
		}
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int order = comparator(COLUMNS.get(sortColumn)).compare((Row) a, (Row) b);
				return descending ? -order : order;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				String text = filter.getText().trim().toLowerCase(Locale.ROOT);
				NetworkNode node = ((Row) element).node();
				return text.isEmpty() || contains(node.label(), text) || contains(node.type(), text) || contains(node.group(), text);
			}
		});
		updateSortIndicator();
		viewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Row row && editor != null && editor.showElement(row.node().id())) {
				getSite().getPage().activate(editor);
			}
		});

		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		directedAction = new Action("Directed", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				recompute();
			}
		};
		directedAction.setToolTipText("Treat the ties as directed (from → to); in and out degree then differ");
		toolBar.add(directedAction);
		toolBar.add(new org.eclipse.jface.action.Separator());
		toolBar.add(new Action("Export CSV…") {
			@Override
			public void run() {
				exportCsv();
			}
		});

		getSite().getPage().addPartListener(editorTracker);
		track(activeHelixEditor());
	}

	private void addColumn(int index) {
		Column column = COLUMNS.get(index);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, column.numeric() ? SWT.RIGHT : SWT.LEFT);
		TableColumn tableColumn = viewerColumn.getColumn();
		tableColumn.setText(column.header());
		tableColumn.setWidth(column.width());
		tableColumn.setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return format(column.value().apply((Row) element));
			}
		});
		tableColumn.addListener(SWT.Selection, event -> sortBy(index));
	}

	/** Sorts by the column; a second click on the same column turns the order round. Numbers start with the largest. */
	public void sortBy(int column) {
		if (column == sortColumn) {
			descending = !descending;
		} else {
			sortColumn = column;
			descending = COLUMNS.get(column).numeric();
		}
		updateSortIndicator();
		viewer.refresh();
	}

	private void updateSortIndicator() {
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(sortColumn));
		table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
	}

	private static Comparator<Row> comparator(Column column) {
		// an unknown value (a constraint of an isolated actor) sorts below every known one, whichever the direction
		return (a, b) -> {
			Object x = column.value().apply(a);
			Object y = column.value().apply(b);
			if (x == null || y == null) {
				return x == y ? 0 : x == null ? -1 : 1;
			}
			if (x instanceof Number n && y instanceof Number m) {
				return Double.compare(n.doubleValue(), m.doubleValue());
			}
			return String.valueOf(x).compareToIgnoreCase(String.valueOf(y));
		};
	}

	static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return String.format(Locale.ROOT, "%.4f", d);
		}
		return String.valueOf(value);
	}

	private static boolean contains(String text, String part) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(part);
	}

	private HelixModelEditor activeHelixEditor() {
		IWorkbenchPage page = getSite().getPage();
		if (page.getActiveEditor() instanceof HelixModelEditor active) {
			return active;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof HelixModelEditor found) {
				return found;
			}
		}
		return null;
	}

	/** Follows {@code next} (null: no model) and computes its metrics. */
	private void track(HelixModelEditor next) {
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
		}
		editor = next;
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(modelChanged);
		}
		recompute();
	}

	/**
	 * Computes the metrics of the tracked editor's model in a Job on a snapshot taken here, on the UI thread; a newer
	 * computation cancels an older one. Returns the job, or null when no model is open.
	 */
	public Job recompute() {
		if (running != null) {
			running.cancel();
		}
		HelixModel model = editor == null ? null : editor.getModel();
		if (model == null) {
			result = null;
			show(new Result(List.of(), "Open a Helix model to see the network of its actors."));
			return null;
		}
		HelixModel snapshot = ModelSnapshot.of(model).model();
		boolean directed = directedAction.isChecked();
		String title = editor.getTitle();
		Job job = new Job("Network metrics of " + title) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Result computed = compute(snapshot, directed, title, monitor);
					if (!viewer.getControl().isDisposed()) {
						viewer.getControl().getDisplay().asyncExec(() -> {
							if (running == this) {
								show(computed);
							}
						});
					}
					return Status.OK_STATUS;
				} catch (OperationCanceledException e) {
					return Status.CANCEL_STATUS;
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		running = job;
		job.schedule();
		return job;
	}

	/** The rows and summary line of a model's network: what the view shows, computed off the UI thread. */
	public static Result compute(HelixModel model, boolean directed, String title, IProgressMonitor monitor) {
		EcosystemNetwork network = ModelNetworkBuilder.build(model);
		NetworkMetrics metrics = NetworkMetrics.compute(network.graph(directed, EcosystemNetwork.allKinds()),
				id -> network.node(id).group(), monitor);
		List<Row> rows = new ArrayList<>();
		for (NodeMetrics node : metrics.nodes()) {
			rows.add(new Row(network.node(node.id()), node));
		}
		String line = String.format(Locale.ROOT,
				"%s: %d actors, %d ties (%s), %d components, %d communities, modularity %.3f. All tie kinds; betweenness normalised, "
						+ "closeness Wasserman–Faust, eigenvector of unit length (docs/network.md).",
				title, metrics.nodeCount(), metrics.edgeCount(), directed ? "directed" : "undirected", metrics.componentCount(),
				metrics.communityCount(), metrics.modularity());
		return new Result(List.copyOf(rows), line);
	}

	private void show(Result shown) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		result = shown;
		summary.setText(shown.summary());
		viewer.setInput(shown.rows());
		summary.getParent().layout();
	}

	/** What the table shows now (after the last computation), for tests. */
	public Result result() {
		return result;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public Text filter() {
		return filter;
	}

	public IAction directedAction() {
		return directedAction;
	}

	private void exportCsv() {
		if (result == null || result.rows().isEmpty()) {
			return;
		}
		List<String> header = COLUMNS.stream().map(Column::header).toList();
		List<List<String>> rows = new ArrayList<>();
		// the rows in the order and selection shown
		for (org.eclipse.swt.widgets.TableItem item : viewer.getTable().getItems()) {
			Row row = (Row) item.getData();
			rows.add(COLUMNS.stream().map(column -> format(column.value().apply(row))).toList());
		}
		CsvExport.exportWithDialog(getSite().getShell(), "network-metrics.csv", header, rows);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(editorTracker);
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelChanged);
		}
		if (running != null) {
			running.cancel();
		}
		super.dispose();
	}
}
