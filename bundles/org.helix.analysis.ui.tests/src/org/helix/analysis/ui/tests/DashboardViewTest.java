package org.helix.analysis.ui.tests;

import static org.helix.analysis.ui.tests.AnalysisViewTest.processEvents;
import static org.helix.analysis.ui.tests.AnalysisViewTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.analysis.ui.dashboard.DashboardData;
import org.helix.analysis.ui.dashboard.DashboardView;
import org.helix.examples.Example;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.CorePackage;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Milestone;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage;
import org.helix.monitoring.ActionPlan;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.Test;

/**
 * The programme dashboard in the real workbench on the Klimaatsprong example: fixture actions, deliverables,
 * milestones, budgets and measurements are added through the editor's command stack, and the chart series must hold
 * the values worked out by hand below (as of 30 June 2026).
 */
class DashboardViewTest {

	static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
	static final String DIMENSION = "Dashboardtest";

	/**
	 * Issue 11: the dashboard said "The model has no programme." but kept the previous charts. With the programmes
	 * removed (one undoable command) every chart is empty; Undo brings them back.
	 */
	@Test
	void withoutAProgrammeNoChartOfTheOldOneStays() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong(), HelixUI.EDITOR_ID);
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		Job first = view.setAsOf(AS_OF);
		waitUntil("the first dashboard", () -> first.getResult() != null && view.getData() != null);
		assertTrue(view.getRagChart().getSeriesSet().getSeries().length > 0);

		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.RemoveCommand.create(domain,
				List.copyOf(editor.getModel().getProgrammes())));
		waitUntil("the dashboard without a programme", () -> view.statusText().equals("The model has no programme."));
		assertNull(view.getData());
		for (Chart chart : List.of(view.getRagChart(), view.getBudgetChart(), view.getDeadlineChart(), view.getKpiChart())) {
			assertEquals(0, chart.getSeriesSet().getSeries().length, chart.getTitle().getText() + " is empty");
		}
		assertEquals(0, view.getKpiCombo().getItemCount());

		domain.getCommandStack().undo();
		waitUntil("the charts again after undo", () -> view.getData() != null && view.getRagChart().getSeriesSet().getSeries().length > 0
				&& view.statusText().isEmpty());
		page.closeEditor(editor, false);
	}

	@Test
	void chartsFollowTheMonitoringAnalysesAndTheCommandStack() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong(), HelixUI.EDITOR_ID);
		DashboardView view = (DashboardView) page.showView(DashboardView.ID);
		assertEquals(editor, view.getEditor(), "the dashboard follows the active Helix editor");
		Job first = view.setAsOf(AS_OF);
		waitUntil("the first dashboard", () -> first.getResult() != null && view.getData() != null && view.getData().asOf().equals(AS_OF));
		DashboardData before = view.getData();
		Programme programme = before.programme();
		assertEquals("Klimaatsprong voor de Industrie", programme.getName(), "the programme running in 2026");
		double[][] deadlinesBefore = deadlineCounts(view.getDeadlineChart());

		// the fixture, in one command: a dimension with four actions (hand-computed below)
		EditingDomain domain = editor.getEditingDomain();
		Indicator emissions = programme.getIndicators().stream().filter(i -> "Emissies".equals(i.getName())).findFirst().orElseThrow();
		domain.getCommandStack().execute(fixture(domain, programme, emissions));
		waitUntil("the dashboard after the change", () -> view.getData() != before && view.getData() != null
				&& Arrays.asList(categories(view.getRagChart())).contains(DIMENSION));

		// RAG: A1 0.5 done vs 180/364 expected -> GREEN; A4 0.4 (2 of 5 milestones) -> ratio 0.81 AMBER;
		// A2 nothing done -> RED; A3 stopped -> no data
		Chart rag = view.getRagChart();
		int d = Arrays.asList(categories(rag)).indexOf(DIMENSION);
		assertEquals(1, y(rag, DashboardView.GREEN)[d]);
		assertEquals(1, y(rag, DashboardView.AMBER)[d]);
		assertEquals(1, y(rag, DashboardView.RED)[d]);
		assertEquals(1, y(rag, DashboardView.NO_DATA)[d]);
		assertEquals(programme.getDimensions().size(), categories(rag).length, "one bar per dimension");

		// budget: known sums, unknown counted (A3 has none; A2 no committed; A4 no spent)
		Chart budget = view.getBudgetChart();
		int b = Arrays.asList(categories(budget)).indexOf(DIMENSION);
		assertTrue(b >= 0, "budget category " + DIMENSION + " in " + Arrays.toString(categories(budget)));
		// the unknowns in words beside the chart (issue 11: "[unknown: P 1, C 2, S 2 of 4]")
		assertTrue(view.budgetNoteText().contains(DIMENSION + ": planned unknown for 1 of 4 actions, committed for 2, spent for 2"),
				view.budgetNoteText());
		assertTrue(view.getBudgetChart().isVisible(), "known amounts: the chart is shown");

		// tooltips with the exact figures, and a double-click selects the actions behind a bar
		rag.redraw();
		rag.update();
		budget.redraw();
		budget.update();
		waitUntil("painted bars", () -> bounds(rag, DashboardView.RED) != null && bounds(budget, DashboardView.PLANNED) != null);
		org.eclipse.swt.graphics.Rectangle red = bounds(rag, DashboardView.RED)[d];
		assertEquals(DIMENSION + ": 1 of 4 actions red\nDouble-click to select them",
				view.barTooltip(rag, red.x + red.width / 2, red.y + red.height / 2));
		org.eclipse.swt.graphics.Rectangle planned = bounds(budget, DashboardView.PLANNED)[b];
		assertEquals(DIMENSION + ": planned € 350,000, the sum of 3 of 4 actions (1 unknown, not counted)\nDouble-click to select the actions",
				view.barTooltip(budget, planned.x + planned.width / 2, planned.y + planned.height / 2));
		org.eclipse.swt.widgets.Event move = new org.eclipse.swt.widgets.Event();
		move.x = red.x + red.width / 2;
		move.y = red.y + red.height / 2;
		rag.getPlotArea().getControl().notifyListeners(SWT.MouseMove, move);
		assertEquals(view.barTooltip(rag, move.x, move.y), rag.getPlotArea().getControl().getToolTipText(), "the plot shows it");
		List<PriorityAction> selected = view.drillDown(budget, planned.x + planned.width / 2, planned.y + planned.height / 2);
		assertEquals(4, selected.size(), "the dimension's four actions");
		assertEquals(new java.util.HashSet<>(selected), new java.util.HashSet<>(editor.getViewer().getStructuredSelection().toList()),
				"selected in the model editor");
		assertEquals(List.of(), view.drillDown(budget, -5, -5), "nothing off the bars");
		assertEquals(350_000, y(budget, DashboardView.PLANNED)[b]);
		assertEquals(130_000, y(budget, DashboardView.COMMITTED)[b]);
		assertEquals(300_000, y(budget, DashboardView.SPENT)[b]);

		// deadlines: +1 overdue in 2026-03 (A1), +1 upcoming in 2026-07 and 2026-09 (A2), +3 in 2026-12 (A4);
		// A1's delivered deliverable and A4's achieved milestones are not counted
		double[][] after = deadlineCounts(view.getDeadlineChart());
		List<String> months = Arrays.asList(categories(view.getDeadlineChart()));
		List<String> monthsBefore = Arrays.asList(before.deadlines().stream().map(m -> m.month().toString()).toArray(String[]::new));
		assertDelta(months, after, monthsBefore, deadlinesBefore, "2026-03", 1, 0);
		assertDelta(months, after, monthsBefore, deadlinesBefore, "2026-07", 0, 1);
		assertDelta(months, after, monthsBefore, deadlinesBefore, "2026-09", 0, 1);
		assertDelta(months, after, monthsBefore, deadlinesBefore, "2026-12", 0, 3);
		double totalBefore = Arrays.stream(deadlinesBefore).flatMapToDouble(Arrays::stream).sum();
		double totalAfter = Arrays.stream(after).flatMapToDouble(Arrays::stream).sum();
		assertEquals(totalBefore + 6, totalAfter, "six fixture deadlines, no more");

		// KPI: choose Emissies in the combo, as a user would
		Combo combo = view.getKpiCombo();
		int index = Arrays.asList(combo.getItems()).indexOf("Emissies");
		assertTrue(index >= 0, "Emissies is a KPI: " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		processEvents();
		Chart kpi = view.getKpiChart();
		ISeries<?> measured = kpi.getSeriesSet().getSeries(DashboardView.MEASURED);
		// 2019, 2022, 2023 from the example; 2024 (year only) and 1 January 2025 (dated) added; the 2030 projection left out
		assertArrayEquals(new double[] { 2019, 2022, 2023, 2024, 2025 }, measured.getXSeries(), 1e-9);
		assertArrayEquals(new double[] { 24.4, 22.1, 20.6, 19.8, 19.0 }, measured.getYSeries(), 1e-9);
		ISeries<?> trajectory = kpi.getSeriesSet().getSeries(DashboardView.TRAJECTORY);
		// baseline 27.4 in 2005 to -62 % in 2030 = 10.412 (the first 2030 target, as the KPI status analyzer takes it)
		assertArrayEquals(new double[] { 2005, 2030 }, trajectory.getXSeries(), 1e-9);
		assertArrayEquals(new double[] { 27.4, 27.4 * 0.38 }, trajectory.getYSeries(), 1e-9);
		// 19.0 in 2025 against 27.4 + (10.412 - 27.4) * 20 / 25 = 13.81 expected: 62 % of the change, RED; and stale
		assertTrue(kpi.getTitle().getText().contains("RED") && kpi.getTitle().getText().contains("stale"), kpi.getTitle().getText());

		// undo: the fixture dimension disappears again
		DashboardData withFixture = view.getData();
		domain.getCommandStack().undo();
		waitUntil("the dashboard after undo", () -> view.getData() != withFixture
				&& !Arrays.asList(categories(view.getRagChart())).contains(DIMENSION));

		domain.getCommandStack().redo();
		waitUntil("the dashboard after redo", () -> Arrays.asList(categories(view.getRagChart())).contains(DIMENSION));
		combo.select(Arrays.asList(combo.getItems()).indexOf("Emissies"));
		combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		page.activate(view);
		screenshot("dashboard.png");
		page.setPartState(page.findViewReference(DashboardView.ID), IWorkbenchPage.STATE_RESTORED);
	}

	private static org.eclipse.swt.graphics.Rectangle[] bounds(Chart chart, String series) {
		return ((org.eclipse.swtchart.IBarSeries<?>) chart.getSeriesSet().getSeries(series)).getBounds();
	}

	/**
	 * Issue 11: in the monitoring perspective at 1600x1000 the dashboard showed 2 of 4 dimension labels. It now sits
	 * above the fiche table at full width: visible, and tall enough for a label per dimension. On the example every
	 * amount is unknown: the budget chart gives way to words instead of an empty -1..1 axis.
	 */
	@Test
	void monitoringPerspectiveShowsAllDimensionsAndUnknownBudgetsInWords() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window.getActivePage();
		window.getShell().setBounds(0, 0, 1600, 1000);
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong(), HelixUI.EDITOR_ID);
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.helix.app.perspective.monitoring"));
		page.resetPerspective();
		processEvents();
		try {
			checkMonitoringPerspective(window, page);
		} finally {
			page.closeEditor(editor, false);
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId("org.helix.app.perspective.modelling"));
		}
	}

	private static void checkMonitoringPerspective(IWorkbenchWindow window, IWorkbenchPage page) throws Exception {
		DashboardView view = (DashboardView) page.findView(DashboardView.ID);
		assertNotNull(view, "the monitoring perspective has the dashboard");
		assertTrue(page.isPartVisible(view), "not hidden behind the fiche table");
		assertTrue(page.isPartVisible(page.findView(HelixUI.FICHE_TABLE_ID)), "and the fiche table beside it");
		Job first = view.setAsOf(AS_OF);
		waitUntil("the dashboard", () -> first.getResult() != null && view.getData() != null && view.getData().asOf().equals(AS_OF));
		processEvents();
		Chart rag = view.getRagChart();
		assertEquals(4, categories(rag).length, Arrays.toString(categories(rag)));
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(rag);
		gc.setFont(rag.getAxisSet().getXAxis(0).getTick().getFont());
		int lineHeight = gc.getFontMetrics().getHeight();
		gc.dispose();
		org.eclipse.swt.graphics.Rectangle plot = rag.getPlotArea().getControl().getBounds();
		// horizontal bars: the categories go down the side, one text line each at least
		assertTrue(plot.height >= 4 * (lineHeight + 4), "plot " + plot + " for 4 labels of " + lineHeight + " px");
		assertTrue(plot.width >= 150, "room for the bars: " + plot);
		assertTrue(rag.getSize().y > 150 && rag.getSize().x > 500, "chart " + rag.getSize());

		assertEquals("Planned, committed and spent amounts are unknown for all 18 actions — enter them in the fiche's Budget section.",
				view.budgetNoteText());
		assertFalse(view.getBudgetChart().isVisible(), "no empty axis");
		assertEquals(0, view.getBudgetChart().getSeriesSet().getSeries().length);
		screenshot(window.getShell(), "monitoring-perspective.png");
	}

	/** The whole window as it is (no view maximised), into {@code helix.screenshots.dir}/NAME when that is set. */
	private static void screenshot(Shell shell, String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		if (property.equals("none") || !Files.isDirectory(Path.of(property))) {
			return;
		}
		processEvents();
		AnalysisViewTest.screenshot(Path.of(property).resolve(name));
	}

	private static void assertDelta(List<String> months, double[][] after, List<String> monthsBefore, double[][] before,
			String month, int overdue, int upcoming) {
		int i = months.indexOf(month);
		assertTrue(i >= 0, month + " in " + months);
		int j = monthsBefore.indexOf(month);
		double overdueBefore = j < 0 ? 0 : before[0][j];
		double upcomingBefore = j < 0 ? 0 : before[1][j];
		assertEquals(overdueBefore + overdue, after[0][i], "overdue in " + month);
		assertEquals(upcomingBefore + upcoming, after[1][i], "upcoming in " + month);
	}

	private static double[][] deadlineCounts(Chart chart) {
		return new double[][] { y(chart, DashboardView.OVERDUE), y(chart, DashboardView.UPCOMING) };
	}

	private static String[] categories(Chart chart) {
		return chart.getAxisSet().getXAxis(0).getCategorySeries();
	}

	private static double[] y(Chart chart, String series) {
		ISeries<?> s = chart.getSeriesSet().getSeries(series);
		assertNotNull(s, "series " + series);
		return s.getYSeries();
	}

	private static CompoundCommand fixture(EditingDomain domain, Programme programme, Indicator emissions) {
		ProgrammeFactory pf = ProgrammeFactory.eINSTANCE;
		Dimension dimension = pf.createDimension();
		dimension.setId("fixture-dimension");
		dimension.setName(DIMENSION);

		PriorityAction green = action("fixture-a1", "A1 groen", dimension, "100000", "80000", "50000");
		green.getDeliverables().add(deliverable("fixture-a1-d1", LocalDate.of(2026, 3, 31), null));
		green.getDeliverables().add(deliverable("fixture-a1-d2", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 5, 1)));

		PriorityAction red = action("fixture-a2", "A2 rood", dimension, "200000", null, "250000");
		red.getDeliverables().add(deliverable("fixture-a2-d1", LocalDate.of(2026, 9, 15), null));
		red.getMilestones().add(milestone("fixture-a2-m1", LocalDate.of(2026, 7, 15), false));

		PriorityAction stopped = action("fixture-a3", "A3 gestopt", dimension, null, null, null);
		stopped.setStatus(ActionStatus.STOPPED);

		PriorityAction amber = action("fixture-a4", "A4 amber", dimension, "50000", "50000", null);
		amber.getMilestones().add(milestone("fixture-a4-m1", LocalDate.of(2026, 2, 1), true));
		amber.getMilestones().add(milestone("fixture-a4-m2", LocalDate.of(2026, 4, 1), true));
		for (int i = 3; i <= 5; i++) {
			amber.getMilestones().add(milestone("fixture-a4-m" + i, LocalDate.of(2026, 12, 31), false));
		}

		Measurement m2024 = CoreFactory.eINSTANCE.createMeasurement();
		m2024.setId("fixture-m2024");
		m2024.setYear(2024);
		m2024.setValue(new BigDecimal("19.8"));
		Measurement m2025 = CoreFactory.eINSTANCE.createMeasurement();
		m2025.setId("fixture-m2025");
		m2025.setDate(LocalDate.of(2025, 1, 1));
		m2025.setValue(new BigDecimal("19.0"));
		Measurement projection = CoreFactory.eINSTANCE.createMeasurement();
		projection.setId("fixture-projection");
		projection.setYear(2030);
		projection.setValue(new BigDecimal("12"));
		projection.setProjection(true);

		CompoundCommand command = new CompoundCommand("Dashboard fixture");
		command.append(AddCommand.create(domain, programme, ProgrammePackage.Literals.PROGRAMME__DIMENSIONS, dimension));
		command.append(AddCommand.create(domain, programme, ProgrammePackage.Literals.PROGRAMME__ACTIONS, List.of(green, red, stopped, amber)));
		command.append(AddCommand.create(domain, emissions, CorePackage.Literals.INDICATOR__MEASUREMENTS, List.of(m2024, m2025, projection)));
		return command;
	}

	private static PriorityAction action(String id, String name, Dimension dimension, String planned, String committed, String spent) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setId(id);
		action.setName(name);
		action.getPriorityYears().add(2026);
		action.getDimensions().add(dimension);
		action.setBudgetPlanned(planned == null ? null : new BigDecimal(planned));
		action.setBudgetCommitted(committed == null ? null : new BigDecimal(committed));
		action.setBudgetSpent(spent == null ? null : new BigDecimal(spent));
		return action;
	}

	private static Deliverable deliverable(String id, LocalDate due, LocalDate deliveredOn) {
		Deliverable deliverable = ProgrammeFactory.eINSTANCE.createDeliverable();
		deliverable.setId(id);
		deliverable.setName(id);
		deliverable.setDueDate(due);
		deliverable.setDeliveredOn(deliveredOn);
		return deliverable;
	}

	private static Milestone milestone(String id, LocalDate date, boolean achieved) {
		Milestone milestone = CoreFactory.eINSTANCE.createMilestone();
		milestone.setId(id);
		milestone.setName(id);
		milestone.setDate(date);
		milestone.setAchieved(achieved);
		return milestone;
	}

	private static IFile copyOfKlimaatsprong() throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-dashboard-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile("klimaatsprong.helix");
		if (file.exists()) {
			file.delete(true, null);
		}
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			file.create(in, true, null);
		}
		return file;
	}

	/** The workbench window into {@code helix.screenshots.dir}/NAME when that property is set; else nothing. */
	private static void screenshot(String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		if (property.equals("none") || !Files.isDirectory(Path.of(property))) {
			return;
		}
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(shell.getDisplay().getPrimaryMonitor().getClientArea());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.setPartState(page.findViewReference(DashboardView.ID), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		AnalysisViewTest.screenshot(Path.of(property).resolve(name));
	}
}
