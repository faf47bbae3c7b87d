package org.helix.analysis.ui.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PartInitException;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.programme.ActionFicheEditor;
import java.util.ArrayList;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.helix.analysis.ModelSnapshot;
import org.helix.analysis.ui.AsOfDate;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.programme.Programme;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The programme dashboard: for a programme of the active Helix editor's model, four charts computed in a Job from
 * the monitoring analyzers ({@link DashboardData}): RAG per dimension, budget per dimension, deadlines by month and
 * the trend of a selected KPI. It follows the active editor and recomputes when the model changes.
 */
public class DashboardView extends ViewPart {

	public static final String ID = "org.helix.analysis.ui.dashboardView";
	public static final Object JOB_FAMILY = DashboardView.class;
	public static final String GREEN = "green", AMBER = "amber", RED = "red", NO_DATA = "no data";
	public static final String PLANNED = "planned", COMMITTED = "committed", SPENT = "spent";
	public static final String OVERDUE = "overdue", UPCOMING = "upcoming";
	public static final String MEASURED = "measured", TRAJECTORY = "baseline → target";

	private Combo programmeCombo;
	private Combo kpiCombo;
	private Label status;
	private Chart ragChart;
	private Chart budgetChart;
	private Chart deadlineChart;
	private Chart kpiChart;
	private Label budgetNote;
	static final int MIN_CHART_WIDTH = 380, MIN_CHART_HEIGHT = 180;

	private HelixModelEditor editor;
	private List<Programme> programmes = List.of();
	private Programme programme;
	private Indicator kpi;
	private LocalDate asOf;
	private AsOfDate asOfDate;
	private DashboardData data;
	private Job job;
	private final CommandStackListener modelListener = event -> scheduleRefresh();

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			IWorkbenchPart part = reference.getPart(false);
			if (part instanceof HelixModelEditor helixEditor && helixEditor != editor) {
				setEditor(helixEditor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) == editor) {
				setEditor(null);
			}
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(7, false));
		new Label(parent, SWT.NONE).setText("Programme:");
		programmeCombo = new Combo(parent, SWT.READ_ONLY);
		programmeCombo.addListener(SWT.Selection, e -> {
			int i = programmeCombo.getSelectionIndex();
			if (i >= 0 && i < programmes.size() && programmes.get(i) != programme) {
				programme = programmes.get(i);
				kpi = null;
				scheduleRefresh();
			}
		});
		new Label(parent, SWT.NONE).setText("KPI:");
		kpiCombo = new Combo(parent, SWT.READ_ONLY);
		kpiCombo.addListener(SWT.Selection, e -> {
			int i = kpiCombo.getSelectionIndex();
			if (data != null && i >= 0 && i < data.kpis().size()) {
				kpi = data.kpis().get(i);
				showKpi();
			}
		});
		asOfDate = new AsOfDate(parent, date -> {
			asOf = date;
			scheduleRefresh();
		});
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

		// below a readable size the charts scroll rather than shrink until category labels are dropped
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.H_SCROLL | SWT.V_SCROLL);
		scroller.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		scroller.setMinSize(MIN_CHART_WIDTH * 2, MIN_CHART_HEIGHT * 2);
		Composite charts = new Composite(scroller, SWT.NONE);
		scroller.setContent(charts);
		GridLayout grid = new GridLayout(2, true);
		charts.setLayout(grid);
		ragChart = chart(charts, "RAG per dimension (actions)");
		budgetChart = chart(charts, "Budget per dimension (€, known amounts)");
		budgetNote = new Label(budgetChart.getParent(), SWT.WRAP);
		budgetNote.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		// long dimension names read better down the side: horizontal bars
		ragChart.setOrientation(SWT.VERTICAL);
		budgetChart.setOrientation(SWT.VERTICAL);
		deadlineChart = chart(charts, "Deadlines by due month (deliverables and milestones)");
		kpiChart = chart(charts, "KPI trend");
		for (Chart chart : List.of(ragChart, budgetChart, deadlineChart)) {
			Control plot = chart.getPlotArea().getControl();
			plot.addListener(SWT.MouseMove, e -> chart.getPlotArea().setToolTipText(barTooltip(chart, e.x, e.y)));
			plot.addListener(SWT.MouseDoubleClick, e -> drillDown(chart, e.x, e.y));
		}

		getSite().getPage().addPartListener(partListener);
		if (getSite().getPage().getActiveEditor() instanceof HelixModelEditor active) {
			setEditor(active);
		} else {
			for (var reference : getSite().getPage().getEditorReferences()) {
				if (reference.getEditor(false) instanceof HelixModelEditor open) {
					setEditor(open);
					break;
				}
			}
		}
		if (editor == null) {
			status.setText("Open a Helix model to see its programme dashboard.");
		}
	}

	private static Chart chart(Composite parent, String title) {
		Composite cell = new Composite(parent, SWT.NONE);
		cell.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout();
		layout.marginWidth = layout.marginHeight = 0;
		cell.setLayout(layout);
		Chart chart = new Chart(cell, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.getTitle().setText(title);
		chart.getTitle().setFont(JFaceResources.getDefaultFont());
		// beside the plot: the height is what a dashboard of two rows lacks at 1600x1000
		chart.getLegend().setPosition(SWT.RIGHT);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		return chart;
	}

	/** Follows another editor (or none): listens to its command stack and recomputes. */
	public void setEditor(HelixModelEditor newEditor) {
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
		}
		editor = newEditor;
		programme = null;
		kpi = null;
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().addCommandStackListener(modelListener);
		}
		scheduleRefresh();
	}

	/** The date the analyses measure against; null means today. */
	public Job setAsOf(LocalDate date) {
		if (asOfDate != null) {
			asOfDate.set(date == null ? LocalDate.now() : date);
		}
		asOf = date;
		return scheduleRefresh();
	}

	public AsOfDate asOfDate() {
		return asOfDate;
	}

	/**
	 * Recomputes in a Job (a pending one is cancelled first) and shows the result on the UI thread. The Job reads a
	 * snapshot copied here, on the UI thread; its result is mapped back to the live programme and KPIs by id.
	 */
	public Job scheduleRefresh() {
		if (job != null) {
			job.cancel();
		}
		HelixModel model = editor == null ? null : editor.getModel();
		if (model == null) {
			showNothing("No Helix model is open.");
			return null;
		}
		LocalDate date = asOf != null ? asOf : LocalDate.now();
		programmes = DashboardData.programmes(model);
		if (programme == null || !programmes.contains(programme)) {
			programme = DashboardData.defaultProgramme(model, date);
		}
		if (programme == null) {
			// never the previous model's charts under this message
			showNothing("The model has no programme.");
			return null;
		}
		ModelSnapshot snapshot = ModelSnapshot.of(model);
		Programme target = snapshot.model().getProgrammes().get(model.getProgrammes().indexOf(programme));
		RefreshJob newJob = new RefreshJob(snapshot.model(), target, date);
		newJob.done = computed -> {
			if (!ragChart.isDisposed()) {
				ragChart.getDisplay().asyncExec(() -> {
					if (job == newJob && !ragChart.isDisposed() && editor != null && editor.getModel() == model) {
						show(computed.mappedTo(ModelSnapshot.byId(model), snapshot));
					}
				});
			}
		};
		job = newJob;
		// a burst of commands (a compound edit, undo of several) yields one recomputation
		newJob.schedule(150);
		return newJob;
	}

	/**
	 * The dashboard of one programme of a snapshot, which only this job reads. Public so that tests can check each
	 * result against a fresh computation on the same snapshot.
	 */
	public static final class RefreshJob extends Job {

		private final HelixModel snapshot;
		private final Programme programme;
		private final LocalDate asOf;
		private volatile java.util.function.Consumer<DashboardData> done;
		private volatile DashboardData data;

		RefreshJob(HelixModel snapshot, Programme programme, LocalDate asOf) {
			super("Programme dashboard");
			this.snapshot = snapshot;
			this.programme = programme;
			this.asOf = asOf;
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			DashboardData computed = DashboardData.compute(snapshot, programme, asOf, monitor);
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			data = computed;
			done.accept(computed);
			return Status.OK_STATUS;
		}

		public HelixModel snapshot() {
			return snapshot;
		}

		/** The programme of the snapshot that the dashboard shows. */
		public Programme programme() {
			return programme;
		}

		public LocalDate asOf() {
			return asOf;
		}

		/** The data computed on the snapshot (before it is mapped to the live model); null until the job has run. */
		public DashboardData data() {
			return data;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}

	/** Shows computed data in the four charts. */
	public void show(DashboardData computed) {
		data = computed;
		programmeCombo.setItems(programmes.stream().map(p -> p.getName() == null ? p.getId() : p.getName()).toArray(String[]::new));
		programmeCombo.select(programmes.indexOf(computed.programme()));
		if (kpi == null || !computed.kpis().contains(kpi)) {
			kpi = computed.kpis().stream().filter(k -> !DashboardData.measured(k).isEmpty() && !DashboardData.trajectory(k).isEmpty())
					.findFirst().orElse(computed.kpis().isEmpty() ? null : computed.kpis().get(0));
		}
		kpiCombo.setItems(computed.kpis().stream().map(k -> k.getName() == null ? k.getId() : k.getName()).toArray(String[]::new));
		kpiCombo.select(computed.kpis().indexOf(kpi));
		// the date is in the picker; the label is only for "no programme"
		status.setText("");
		status.getParent().layout();

		clear(ragChart);
		String[] dims = computed.rag().stream().map(DashboardData.RagBar::dimension).toArray(String[]::new);
		categories(ragChart, dims);
		bar(ragChart, GREEN, computed.rag().stream().mapToDouble(DashboardData.RagBar::green).toArray(), new Color(0, 150, 60), true);
		bar(ragChart, AMBER, computed.rag().stream().mapToDouble(DashboardData.RagBar::amber).toArray(), new Color(255, 180, 0), true);
		bar(ragChart, RED, computed.rag().stream().mapToDouble(DashboardData.RagBar::red).toArray(), new Color(210, 30, 30), true);
		bar(ragChart, NO_DATA, computed.rag().stream().mapToDouble(DashboardData.RagBar::noData).toArray(), new Color(170, 170, 170), true);
		finish(ragChart);

		clear(budgetChart);
		// with no amount known at all an axis would show nothing but -1..1: the words say it instead
		boolean nothingKnown = allUnknown(computed.budget());
		showBudgetChart(!nothingKnown);
		budgetNote.setText(budgetNote(computed.budget()));
		if (!nothingKnown) {
			categories(budgetChart, computed.budget().stream().map(DashboardData.BudgetBar::dimension).toArray(String[]::new));
			String[] names = { PLANNED, COMMITTED, SPENT };
			Color[] colors = { new Color(70, 110, 200), new Color(240, 150, 40), new Color(120, 60, 150) };
			for (int i = 0; i < 3; i++) {
				int index = i;
				bar(budgetChart, names[i], computed.budget().stream().mapToDouble(b -> b.known()[index].doubleValue()).toArray(), colors[i], false);
			}
		}
		finish(budgetChart);
		budgetChart.getParent().layout();

		clear(deadlineChart);
		categories(deadlineChart, computed.deadlines().stream().map(m -> m.month().toString()).toArray(String[]::new));
		bar(deadlineChart, OVERDUE, computed.deadlines().stream().mapToDouble(DashboardData.DeadlineMonth::overdue).toArray(), new Color(210, 30, 30), true);
		bar(deadlineChart, UPCOMING, computed.deadlines().stream().mapToDouble(DashboardData.DeadlineMonth::upcoming).toArray(), new Color(70, 110, 200), true);
		finish(deadlineChart);

		showKpi();
	}

	/** True when every planned, committed and spent amount of every action is unknown (or there are no actions). */
	static boolean allUnknown(List<DashboardData.BudgetBar> bars) {
		return bars.stream().allMatch(b -> b.allUnknown(0) && b.allUnknown(1) && b.allUnknown(2));
	}

	/**
	 * What the budget chart cannot show, in words: the amounts that are unknown (they are not counted as 0) and where
	 * to enter them; empty when every amount is known.
	 */
	public static String budgetNote(List<DashboardData.BudgetBar> bars) {
		int actions = bars.stream().mapToInt(DashboardData.BudgetBar::actions).sum();
		if (allUnknown(bars)) {
			return actions == 0 ? "No action of this programme has a dimension, so there is no budget per dimension."
					: "Planned, committed and spent amounts are unknown for all " + actions + " actions — enter them in the fiche's Budget section.";
		}
		List<String> parts = new ArrayList<>();
		for (DashboardData.BudgetBar bar : bars) {
			String unknown = unknownWords(bar);
			if (!unknown.isEmpty()) {
				parts.add(bar.dimension() + ": " + unknown);
			}
		}
		return parts.isEmpty() ? ""
				: "Unknown amounts are not counted. " + String.join("; ", parts) + ". Enter them in the fiche's Budget section.";
	}

	/** E.g. "planned unknown for 1 of 4 actions, committed for 2, spent for 2"; empty when all are known. */
	static String unknownWords(DashboardData.BudgetBar bar) {
		int[] u = bar.unknown();
		String[] names = { PLANNED, COMMITTED, SPENT };
		if (u[0] == u[1] && u[1] == u[2]) {
			return u[0] == 0 ? "" : "planned, committed and spent unknown for " + u[0] + " of " + bar.actions() + " actions";
		}
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			if (u[i] > 0) {
				parts.add(parts.isEmpty() ? names[i] + " unknown for " + u[i] + " of " + bar.actions() + " actions"
						: names[i] + " for " + u[i]);
			}
		}
		return String.join(", ", parts);
	}

	private void showBudgetChart(boolean visible) {
		budgetChart.setVisible(visible);
		((GridData) budgetChart.getLayoutData()).exclude = !visible;
		// without the chart the note takes the cell
		((GridData) budgetNote.getLayoutData()).verticalAlignment = visible ? SWT.TOP : SWT.CENTER;
		((GridData) budgetNote.getLayoutData()).grabExcessVerticalSpace = !visible;
	}

	/** The note shown with the budget chart (or instead of it when nothing is known). */
	public String budgetNoteText() {
		return budgetNote.getText();
	}

	// ---- tooltips and drill-down on the bars

	/** A bar of a bar chart: its series and its index among the categories. */
	public record Bar(String series, int index) {
	}

	/** The bar under a point of the chart's plot area, or null. */
	public static Bar barAt(Chart chart, int x, int y) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			if (series instanceof IBarSeries<?> bars && bars.isVisible()) {
				Rectangle[] bounds = bars.getBounds();
				for (int i = 0; bounds != null && i < bounds.length; i++) {
					if (bounds[i] != null && bounds[i].width > 0 && bounds[i].height > 0 && bounds[i].contains(x, y)) {
						return new Bar(series.getId(), i);
					}
				}
			}
		}
		return null;
	}

	/** The exact figures of the bar under the point, or null (no tooltip) off the bars. */
	public String barTooltip(Chart chart, int x, int y) {
		Bar bar = barAt(chart, x, y);
		return bar == null || data == null ? null : tooltip(chart, bar);
	}

	String tooltip(Chart chart, Bar bar) {
		if (chart == ragChart && bar.index() < data.rag().size()) {
			DashboardData.RagBar rag = data.rag().get(bar.index());
			int count = switch (bar.series()) {
			case GREEN -> rag.green();
			case AMBER -> rag.amber();
			case RED -> rag.red();
			default -> rag.noData();
			};
			int total = rag.green() + rag.amber() + rag.red() + rag.noData();
			return rag.dimension() + ": " + count + " of " + total + " actions " + (bar.series().equals(NO_DATA) ? "have no data" : bar.series())
					+ "\nDouble-click to select them";
		}
		if (chart == budgetChart && bar.index() < data.budget().size()) {
			DashboardData.BudgetBar budget = data.budget().get(bar.index());
			int i = List.of(PLANNED, COMMITTED, SPENT).indexOf(bar.series());
			int known = budget.actions() - budget.unknown()[i];
			return budget.dimension() + ": " + bar.series() + " € " + AMOUNT.format(budget.known()[i]) + ", the sum of " + known + " of "
					+ budget.actions() + " actions" + (budget.unknown()[i] > 0 ? " (" + budget.unknown()[i] + " unknown, not counted)" : "")
					+ "\nDouble-click to select the actions";
		}
		if (chart == deadlineChart && bar.index() < data.deadlines().size()) {
			DashboardData.DeadlineMonth month = data.deadlines().get(bar.index());
			int count = bar.series().equals(OVERDUE) ? month.overdue() : month.upcoming();
			return month.month() + ": " + count + " deliverable" + (count == 1 ? "" : "s") + " or milestone" + (count == 1 ? "" : "s") + " "
					+ bar.series() + "\nDouble-click to select their actions";
		}
		return null;
	}

	private static final java.text.DecimalFormat AMOUNT = new java.text.DecimalFormat("#,##0.##",
			java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH));

	/**
	 * Double-click on a bar: the actions behind it; one action opens in its fiche, several are selected in the model
	 * editor (which comes to the front).
	 */
	public List<PriorityAction> drillDown(Chart chart, int x, int y) {
		Bar bar = barAt(chart, x, y);
		if (bar == null || data == null || data.programme() == null || editor == null) {
			return List.of();
		}
		List<PriorityAction> actions = actionsOf(chart, bar);
		if (actions.size() == 1) {
			try {
				ActionFicheEditor.open(editor, actions.get(0));
			} catch (PartInitException e) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			}
		} else if (!actions.isEmpty()) {
			getSite().getPage().activate(editor);
			editor.reveal(actions);
		}
		return actions;
	}

	/** The programme's (live) actions that a bar counts. */
	List<PriorityAction> actionsOf(Chart chart, Bar bar) {
		List<PriorityAction> all = data.programme().getActions();
		if (chart == ragChart || chart == budgetChart) {
			String dimension = chart == ragChart ? data.rag().get(bar.index()).dimension() : data.budget().get(bar.index()).dimension();
			List<PriorityAction> inDimension = all.stream().filter(a -> a.getDimensions().isEmpty() ? dimension.equals(DashboardData.NO_DIMENSION)
					: a.getDimensions().stream().anyMatch(d -> DashboardData.label(d).equals(dimension))).toList();
			if (chart == budgetChart) {
				return inDimension;
			}
			LocalDate date = asOf != null ? asOf : LocalDate.now();
			return inDimension.stream().filter(a -> {
				ElementStatus status = StatusProviders.status(a, date);
				Rag rag = status == null ? null : status.rag();
				return bar.series().equals(rag == null ? NO_DATA : rag.name().toLowerCase(Locale.ROOT));
			}).toList();
		}
		java.time.YearMonth month = data.deadlines().get(bar.index()).month();
		return all.stream().filter(a -> a.getDeliverables().stream().anyMatch(d -> d.getDueDate() != null && java.time.YearMonth.from(d.getDueDate()).equals(month))
				|| a.getMilestones().stream().anyMatch(m -> m.getDate() != null && java.time.YearMonth.from(m.getDate()).equals(month))).toList();
	}

	private void showKpi() {
		clear(kpiChart);
		if (kpi == null) {
			kpiChart.getTitle().setText("KPI trend (no KPI)");
		} else {
			String rag = data == null ? null : data.kpiRag().get(kpi);
			kpiChart.getTitle().setText("KPI trend: " + kpi.getName() + (rag == null ? "" : " (" + rag + ")"));
			kpiChart.getAxisSet().getYAxis(0).getTitle().setText(kpi.getUnit() == null ? "" : kpi.getUnit());
			kpiChart.getAxisSet().getYAxis(0).getTitle().setVisible(kpi.getUnit() != null);
			line(kpiChart, TRAJECTORY, DashboardData.trajectory(kpi), new Color(100, 100, 100), LineStyle.DASH);
			line(kpiChart, MEASURED, DashboardData.measured(kpi), new Color(30, 60, 160), LineStyle.SOLID);
		}
		finish(kpiChart);
	}

	/** Empties every chart and combo and says why, so nothing of a previous model or programme stays on screen. */
	private void showNothing(String message) {
		job = null; // a job still running for the previous model must not fill the charts again
		data = null;
		programme = null;
		kpi = null;
		if (ragChart.isDisposed()) {
			return;
		}
		programmeCombo.removeAll();
		kpiCombo.removeAll();
		for (Chart chart : List.of(ragChart, budgetChart, deadlineChart, kpiChart)) {
			clear(chart);
			finish(chart);
		}
		status.setText(message);
		status.getParent().layout();
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	private static void categories(Chart chart, String[] categories) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories.length == 0 ? new String[] { "(none)" } : categories);
	}

	private static void bar(Chart chart, String id, double[] values, Color color, boolean stacked) {
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
		series.setYSeries(values);
		series.setBarColor(color);
		if (stacked) {
			series.enableStack(true);
		}
	}

	private static void line(Chart chart, String id, List<double[]> points, Color color, LineStyle style) {
		if (points.isEmpty()) {
			return;
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
		series.setXSeries(points.stream().mapToDouble(p -> p[0]).toArray());
		series.setYSeries(points.stream().mapToDouble(p -> p[1]).toArray());
		series.setLineColor(color);
		series.setSymbolColor(color);
		series.setSymbolType(PlotSymbolType.CIRCLE);
		series.setLineStyle(style);
	}

	private static void finish(Chart chart) {
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	/** The line above the charts: empty while a programme is shown, else why none is. */
	public String statusText() {
		return status.getText();
	}

	public Chart getRagChart() {
		return ragChart;
	}

	public Chart getBudgetChart() {
		return budgetChart;
	}

	public Chart getDeadlineChart() {
		return deadlineChart;
	}

	public Chart getKpiChart() {
		return kpiChart;
	}

	public Combo getKpiCombo() {
		return kpiCombo;
	}

	public DashboardData getData() {
		return data;
	}

	public HelixModelEditor getEditor() {
		return editor;
	}

	@Override
	public void setFocus() {
		programmeCombo.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (editor != null && editor.getEditingDomain() != null) {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(modelListener);
		}
		if (job != null) {
			job.cancel();
		}
		super.dispose();
	}
}
