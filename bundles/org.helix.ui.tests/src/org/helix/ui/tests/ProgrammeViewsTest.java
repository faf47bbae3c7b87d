package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.helix.examples.Example;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.Edits;
import org.helix.ui.programme.FicheTableView;
import org.helix.ui.programme.TraceabilityView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fiche table, the traceability matrix and the Programme monitoring perspective on the Klimaatsprong example. */
class ProgrammeViewsTest {

	private static final String MODELLING = "org.helix.app.perspective.modelling";
	private static final String MONITORING = "org.helix.app.perspective.monitoring";

	@AfterEach
	void cleanUp() {
		page().closeAllEditors(false);
		IPerspectiveDescriptor modelling = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MODELLING);
		page().setPerspective(modelling);
		for (String id : List.of(HelixUI.FICHE_TABLE_ID, HelixUI.TRACEABILITY_ID)) {
			if (page().findView(id) != null) {
				page().hideView(page().findView(id));
			}
		}
		processEvents();
	}

	private static List<String> column(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}

	/** The titles in row order; the Title cells also carry the RAG decoration (" [RED]"), which may come later. */
	private static List<String> titles(Table table) {
		List<String> titles = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			titles.add(((PriorityAction) item.getData()).getName());
		}
		return titles;
	}

	private static org.eclipse.swt.widgets.Text findSearchField(org.eclipse.swt.widgets.Composite parent) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Text text && (text.getStyle() & SWT.SEARCH) != 0) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				org.eclipse.swt.widgets.Text found = findSearchField(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void ficheTableSortsFiltersEditsAndExports(@TempDir Path dir) throws Exception {
		HelixModelEditor editor = FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "table.helix"));
		FicheTableView view = assertInstanceOf(FicheTableView.class, page().showView(HelixUI.FICHE_TABLE_ID));
		processEvents();
		Table table = view.getViewer().getTable();
		assertEquals(18, table.getItemCount(), "all 18 priority actions");

		// the example's actions carry no codes (the note numbers none), so sort by title and by deliverable count
		view.sortBy(1);
		List<String> titles = titles(table);
		List<String> sorted = new ArrayList<>(titles);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, titles, "sorted by title");
		view.sortBy(1);
		assertEquals(sorted.get(17), titles(table).get(0), "a second click reverses the order");
		view.sortBy(6);
		List<Integer> counts = column(table, 6).stream().map(Integer::valueOf).toList();
		List<Integer> ascending = new ArrayList<>(counts);
		ascending.sort(null);
		assertEquals(ascending, counts, "deliverable counts sort as numbers");

		view.setFilter("monitoren");
		processEvents();
		assertEquals(1, table.getItemCount(), column(table, 1).toString());
		assertTrue(table.getItem(0).getText(1).contains("monitoren van de voortgang"));
		view.setFilter("");
		assertEquals(18, table.getItemCount());
		assertEquals("18 of 18 actions", view.summaryText());

		// typed into the search field (not through setFilter): the count follows the rows shown (issue 11)
		org.eclipse.swt.widgets.Text search = findSearchField(table.getParent());
		search.setFocus();
		search.setText("monitoren");
		waitUntil("the filtered rows", () -> table.getItemCount() == 1);
		assertEquals("1 of 18 actions", view.summaryText());
		search.setText("");
		waitUntil("all rows again", () -> table.getItemCount() == 18);
		assertEquals("18 of 18 actions", view.summaryText());

		// in-place edit of a title: one command on the model editor's stack
		PriorityAction action = (PriorityAction) table.getItem(0).getData();
		String old = action.getName();
		view.getViewer().editElement(action, 1);
		org.eclipse.swt.widgets.Text cell = assertInstanceOf(org.eclipse.swt.widgets.Text.class,
				table.getDisplay().getFocusControl());
		cell.setText("Aangepaste titel");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		assertEquals("Aangepaste titel", action.getName());
		assertTrue(editor.isDirty());
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertEquals(old, action.getName());

		view.setColumnVisible(2, false);
		Path csv = dir.resolve("actions.csv");
		view.exportCsv(csv);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals(19, lines.size(), "header and 18 actions");
		assertFalse(lines.get(0).contains("Dimension"), "hidden columns are not exported: " + lines.get(0));
		assertTrue(lines.get(0).startsWith("Code,Title,Status"), lines.get(0));
		view.setColumnVisible(2, true);

		view.sortBy(1);
		UiTestSupport.bigWindow();
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "fiche-table.png");
		declaredTableScreenshot(editor, table);
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	/**
	 * With -Dhelix.screenshots.dir: the table at 1600×1000 for docs/diagrams.md (the view is rendered from the shipped
	 * specification org.helix.programme.fiches), after a few actions report progress so that the RAG column, coloured
	 * by the specification's conditional styles, shows more than "No data".
	 */
	private static void declaredTableScreenshot(HelixModelEditor editor, Table table) throws Exception {
		if (System.getProperty("helix.screenshots.dir", "none").equals("none")) {
			return;
		}
		double[] percents = { 95, 85, 20, 100, 70, 5 };
		// actions of the priority year 2026, so that monitoring expects progress by now
		List<Object> thisYear = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getData() instanceof PriorityAction action && action.getPriorityYears().contains(2026) && thisYear.size() < percents.length) {
				thisYear.add(action);
			}
		}
		org.eclipse.emf.common.command.CompoundCommand progress = new org.eclipse.emf.common.command.CompoundCommand("Report progress");
		for (int i = 0; i < thisYear.size(); i++) {
			progress.append(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), thisYear.get(i),
					org.helix.model.programme.ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, percents[i]));
		}
		editor.getEditingDomain().getCommandStack().execute(progress);
		waitUntil("the RAG of the reporting actions", () -> java.util.Arrays.stream(table.getItems()).anyMatch(item -> java.util.stream.IntStream
				.range(0, table.getColumnCount()).mapToObj(item::getText).anyMatch(t -> t.startsWith("Green") || t.startsWith("Amber") || t.startsWith("Red"))));
		table.deselectAll();
		org.helix.ui.testsupport.UiSupport.screenshot("declared-table.png");
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
	}

	@Test
	void aClickOnAMatrixCellLinksAndUndoUnlinks(@TempDir Path dir) throws Exception {
		HelixModelEditor editor = FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "matrix.helix"));
		TraceabilityView view = assertInstanceOf(TraceabilityView.class, page().showView(HelixUI.TRACEABILITY_ID));
		processEvents();
		Table table = view.getTable();
		assertEquals(18, table.getItemCount(), "one row per priority action");
		assertTrue(table.getColumnCount() > 1, "operational objectives as columns");

		PriorityAction action = (PriorityAction) table.getItem(0).getData();
		Objective objective = (Objective) table.getColumn(1).getData();
		boolean linked = action.getObjectives().contains(objective);
		// a real click on the cell
		table.setTopIndex(0);
		processEvents();
		Rectangle cell = table.getItem(0).getBounds(1);
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		table.notifyListeners(SWT.MouseDown, click);
		processEvents();
		assertEquals(!linked, action.getObjectives().contains(objective), "the click toggled the link");
		assertEquals(linked ? "" : TraceabilityView.LINKED, table.getItem(0).getText(1));
		assertTrue(editor.isDirty());

		// Undo with the matrix itself active (issue 11: Undo was disabled there), then Redo
		page().activate(view);
		org.eclipse.core.commands.Command undo = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand(ActionFactory.UNDO.getCommandId());
		waitUntil("Undo enabled in the matrix", () -> page().getActivePart() == view && undo.isEnabled());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ActionFactory.UNDO.getCommandId(), null);
		processEvents();
		assertEquals(linked, action.getObjectives().contains(objective), "Undo takes the toggle back");
		assertEquals(linked ? TraceabilityView.LINKED : "", table.getItem(0).getText(1));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ActionFactory.REDO.getCommandId(), null);
		processEvents();
		assertEquals(!linked, action.getObjectives().contains(objective), "Redo links again");
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ActionFactory.UNDO.getCommandId(), null);
		processEvents();
		assertEquals(linked, action.getObjectives().contains(objective));

		Path csv = dir.resolve("matrix.csv");
		org.helix.ui.programme.CsvExport.write(csv, view.header(), view.csvRows());
		assertEquals(19, Files.readAllLines(csv, StandardCharsets.UTF_8).size());

		view.show(TraceabilityView.Kind.OPERATIONAL_TO_LONG_TERM);
		processEvents();
		assertTrue(table.getItemCount() > 0, "operational objectives as rows");
		assertTrue(Edits.label(table.getItem(0).getData()).length() > 0);
		view.show(TraceabilityView.Kind.ACTIONS_TO_OPERATIONAL);

		UiTestSupport.bigWindow();
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "traceability-matrix.png");
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void programmeMonitoringPerspectiveShowsTheFicheTableBesideModelling() throws Exception {
		FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "perspective.helix"));
		IPerspectiveDescriptor monitoring = PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MONITORING);
		assertNotNull(monitoring, "the perspective is registered");
		assertEquals("Programme monitoring", monitoring.getLabel());
		page().setPerspective(monitoring);
		processEvents();
		assertEquals(MONITORING, page().getPerspective().getId());
		FicheTableView table = assertInstanceOf(FicheTableView.class, page().findView(HelixUI.FICHE_TABLE_ID));
		assertNotNull(page().findView(HelixUI.EXPLORER_ID));
		assertNotNull(page().findView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET));
		assertEquals(18, table.getViewer().getTable().getItemCount(), "it shows the open model's actions");
		assertEquals(1, page().getEditorReferences().length, "the model editor stays open across perspectives");

		page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(MODELLING));
		processEvents();
		assertEquals(MODELLING, page().getPerspective().getId());
	}
}
