package org.helix.analysis.ui.tests;

import static org.helix.analysis.ui.tests.AnalysisViewTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.ui.AnalysisView;
import org.helix.analysis.ui.dashboard.DashboardView;
import org.helix.monitoring.ActionPlan;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.Test;

/** The as-of date picker of the Analysis view and the dashboard: a new date re-runs in a Job and the results follow. */
class AsOfDateTest {

	@Test
	void pickingADateRerunsTheAnalysisAndTheDashboard() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, RagDecorationTest.copyOfKlimaatsprong("helix-as-of-tests"),
				HelixUI.EDITOR_ID);
		// a fresh view: earlier tests may have left one showing another date
		if (page.findView(AnalysisView.ID) != null) {
			page.hideView(page.findView(AnalysisView.ID));
		}
		AnalysisView view = (AnalysisView) page.showView(AnalysisView.ID);
		assertEquals(LocalDate.now(), view.asOf(), "the picker starts at today");

		Job first = view.runAnalysis(editor, view.checkedAnalyzers(), LocalDate.of(2026, 1, 15));
		waitUntil("the first run", () -> first.getResult() != null && runOn(view.getLastRun(), LocalDate.of(2026, 1, 15)));
		long overdueEarly = count(view.getLastRun(), "milestone.overdue");
		assertEquals(LocalDate.of(2026, 1, 15), view.asOf(), "the picker shows the date of the results");

		// the user picks 30 June 2027 in the picker: the view runs again, in a Job, as of that date
		pick(view.asOfDate().control(), LocalDate.of(2027, 6, 30));
		assertEquals(LocalDate.of(2027, 6, 30), view.asOf());
		waitUntil("the run as of the picked date", () -> runOn(view.getLastRun(), LocalDate.of(2027, 6, 30)));
		long overdueLate = count(view.getLastRun(), "milestone.overdue");
		// the seed's milestones of 2026 are not achieved: by mid-2027 they are overdue, in January 2026 not yet all
		assertTrue(overdueLate > overdueEarly, overdueEarly + " overdue milestones in Jan 2026, " + overdueLate + " in Jun 2027");

		DashboardView dashboard = (DashboardView) page.showView(DashboardView.ID);
		assertEquals(editor, dashboard.getEditor());
		pick(dashboard.asOfDate().control(), LocalDate.of(2026, 3, 1));
		waitUntil("the dashboard as of the picked date",
				() -> dashboard.getData() != null && dashboard.getData().asOf().equals(LocalDate.of(2026, 3, 1)));
		pick(dashboard.asOfDate().control(), LocalDate.of(2027, 3, 1));
		waitUntil("the dashboard as of the next picked date",
				() -> dashboard.getData() != null && dashboard.getData().asOf().equals(LocalDate.of(2027, 3, 1)));
		page.closeEditor(editor, false);
	}

	/** What a user's pick sends: the new date, then a Selection event. */
	private static void pick(DateTime picker, LocalDate date) {
		picker.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		picker.notifyListeners(SWT.Selection, null);
	}

	private static boolean runOn(AnalysisRun run, LocalDate date) {
		return run != null && date.equals(run.getAsOf());
	}

	private static long count(AnalysisRun run, String code) {
		return run.getResults().stream().flatMap(r -> r.getFindings().stream()).filter(f -> f.getCode().equals(code)).count();
	}
}
