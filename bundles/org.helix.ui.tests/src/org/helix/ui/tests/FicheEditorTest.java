package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.RagStatus;
import org.helix.model.ecosystem.Actor;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.ActionFicheEditor;
import org.helix.ui.programme.Edits;
import org.helix.ui.programme.FichePage;
import org.helix.ui.programme.FicheTableView;
import org.helix.ui.programme.KpiChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The action fiche on the Klimaatsprong example, typed into like a coordinator would, with Undo, Redo and Save. */
class FicheEditorTest {

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	static HelixModelEditor openModel(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
		processEvents();
		return assertInstanceOf(HelixModelEditor.class, part);
	}

	static PriorityAction firstAction(HelixModelEditor editor) {
		return Edits.mainProgramme(editor.getModel().eResource()).getActions().get(0);
	}

	private static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		processEvents();
	}

	/** Types into the cell editor that has the focus and presses Enter. */
	private static void typeInCell(String text) {
		Text cell = assertInstanceOf(Text.class, PlatformUI.getWorkbench().getDisplay().getFocusControl(), "a cell editor has the focus");
		cell.setText(text);
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	private static void typeInField(FichePage page, String field, String text) {
		Text control = (Text) page.part(field);
		control.setFocus();
		control.setText(text);
		control.notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
	}

	private static void click(FichePage page, String button) {
		((Button) page.part(button)).notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	/** An indicator of the model with measurements, to follow as a KPI (the example links none to actions). */
	private static Indicator indicatorWithMeasurements(PriorityAction action) {
		return Edits.allOf(action.eResource(), Indicator.class).stream()
				.filter(i -> i.getMeasurements().size() >= 2 && i.getBaselineValue() != null).findFirst()
				.orElseGet(() -> Edits.allOf(action.eResource(), Indicator.class).stream()
						.filter(i -> i.getMeasurements().size() >= 2).findFirst().orElseThrow());
	}

	@Test
	void doubleClickOnAnActionOpensItsFicheWithEveryField() throws Exception {
		HelixModelEditor editor = openModel(copyOfExample(Example.KLIMAATSPRONG, "fiche-open.helix"));
		PriorityAction action = firstAction(editor);
		editor.showElement(action.getId());
		editor.getViewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
		processEvents();
		ActionFicheEditor fiche = assertInstanceOf(ActionFicheEditor.class, page().getActiveEditor());
		assertSame(action, fiche.getAction());
		// the tab says which action (issue 11: every tab read "Fiche"); the example's actions have no code
		assertEquals("Het monitoren van de voortgang\u2026", fiche.getPartName());
		ActionFicheEditor second = (ActionFicheEditor) editor.openFiche(Edits.mainProgramme(action.eResource()).getActions().get(1));
		assertEquals("Het proactief identificeren van\u2026", second.getPartName());
		page().activate(fiche);
		processEvents();
		FichePage page = fiche.getFichePage();
		assertEquals(action.getName(), ((Text) page.part("Title")).getText());
		assertEquals(java.util.Objects.toString(action.getCode(), ""), ((Text) page.part("Code")).getText());
		for (String part : List.of("Status", "Dimensions", "Lead", "Project leader", "Group", "Priority years", "Objectives",
				"Scope", "Plan of approach", "Timing", "Milestones", "Deliverables", "Planned", "Committed", "Spent", "KPIs",
				"Measurements", "Depends on", "Risks", "Source citations")) {
			assertNotNull(page.part(part), part);
		}
		assertEquals(action.getDeliverables().size(), ((TableViewer) page.part("Deliverables")).getTable().getItemCount());
		assertEquals(action.getCitations().size(), ((TableViewer) page.part("Source citations")).getTable().getItemCount());
		assertTrue(action.getCitations().size() > 0, "the example cites the programme note");
	}

	@Test
	void fieldsCommitOneUndoableCommandEach() throws Exception {
		HelixModelEditor editor = openModel(copyOfExample(Example.KLIMAATSPRONG, "fiche-fields.helix"));
		PriorityAction action = firstAction(editor);
		FichePage page = ((ActionFicheEditor) editor.openFiche(action)).getFichePage();
		processEvents();
		String title = action.getName();

		typeInField(page, "Title", "Voortgang monitoren");
		assertEquals("Voortgang monitoren", action.getName());
		assertTrue(editor.isDirty(), "the model editor is dirty after a fiche edit");

		typeInField(page, "Planned", "1 500 000,50");
		assertEquals(0, new BigDecimal("1500000.50").compareTo(action.getBudgetPlanned()));
		typeInField(page, "Planned", "veel");
		assertEquals(0, new BigDecimal("1500000.50").compareTo(action.getBudgetPlanned()), "no command for a bad number");
		typeInField(page, "Planned", "");
		assertNull(action.getBudgetPlanned(), "empty means unknown, not zero");

		typeInField(page, "Priority years", "2026, 2027");
		assertEquals(List.of(2026, 2027), action.getPriorityYears());

		Combo status = (Combo) page.part("Status");
		status.select(ActionStatus.values().length - 1);
		status.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(ActionStatus.values()[ActionStatus.values().length - 1], action.getStatus());

		for (int i = 0; i < 5; i++) {
			execute(ActionFactory.UNDO.getCommandId());
		}
		assertEquals(title, action.getName(), "five fields, five commands, five undos");
		assertEquals(title, ((Text) page.part("Title")).getText(), "the field shows the undone value");
		assertFalse(editor.isDirty());
	}

	private static String label(FichePage page, String part) {
		return ((Label) page.part(part)).getText();
	}

	private static void choose(FichePage page, String combo, int index) {
		Combo control = (Combo) page.part(combo);
		control.select(index);
		control.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	@Test
	void trackingFieldsAndAJustifiedRagOverrideShowComputedAndEffectiveRagAndUndo() throws Exception {
		HelixModelEditor editor = openModel(copyOfExample(Example.KLIMAATSPRONG, "fiche-tracking.helix"));
		PriorityAction action = firstAction(editor);
		ActionFicheEditor fiche = (ActionFicheEditor) editor.openFiche(action);
		FichePage page = fiche.getFichePage();
		processEvents();
		assertEquals(RagStatus.UNSPECIFIED, action.getRagOverride(), "the example sets no override");

		// as shipped the example reports no progress: no data (grey), not red, and the plan the rating would use is
		// shown as derived (the planned-date fields are empty): priority year 2026, a deliverable due 2026-07-01,
		// milestones up to 2026-10-01 (klimaatsprong.helix)
		assertEquals("", ((Text) page.part("Planned start")).getText());
		assertEquals("derived start 2026-01-01 from the priority years, end 2026-10-01 from the deliverables and milestones",
				label(page, "Plan measured"));
		assertEquals("No data: no progress recorded: enter the percent complete, or the status of a deliverable or the result of a milestone",
				label(page, "Computed RAG"));
		assertEquals("No data, computed (no override)", label(page, "RAG in effect"));
		// a milestone without a result says so, and is not shown as missed
		TableViewer milestones = (TableViewer) page.part("Milestones");
		assertEquals("Result", milestones.getTable().getColumn(3).getText());
		assertEquals("Not recorded", milestones.getTable().getItem(0).getText(3));
		action.getMilestones().get(0).eSet(org.helix.model.core.CorePackage.Literals.MILESTONE__ACHIEVED, Boolean.FALSE);
		milestones.refresh();
		assertEquals("Missed", milestones.getTable().getItem(0).getText(3));
		action.getMilestones().get(0).eSet(org.helix.model.core.CorePackage.Literals.MILESTONE__ACHIEVED, null);
		milestones.refresh();

		// a plan that ended in 2025 with 10 % done: far behind whatever day the test runs on (after 2025)
		typeInField(page, "Planned start", "2024-01-01");
		typeInField(page, "Planned end", "2025-01-01");
		typeInField(page, "Percent complete", "10 %");
		assertEquals(LocalDate.of(2025, 1, 1), action.getPlannedEnd());
		assertEquals(10.0, action.getPercentComplete());
		assertTrue(label(page, "Computed RAG").startsWith("Red: 10 % done, 100 % expected by " + LocalDate.now()), label(page, "Computed RAG"));
		assertEquals("Red, computed (no override)", label(page, "RAG in effect"));
		assertEquals("planned 2024-01-01 to 2025-01-01", label(page, "Plan measured"));

		typeInField(page, "Percent complete", "150");
		assertEquals(10.0, action.getPercentComplete(), "no command for a percentage above 100");
		assertEquals(IMessageProvider.ERROR, page.getForm().getMessageType(), "the form says why");
		typeInField(page, "Percent complete", "10");
		assertEquals(IMessageProvider.NONE, page.getForm().getMessageType());

		// Tab runs through the tracking fields in reading order, skipping the labels
		Text start = (Text) page.part("Planned start");
		start.setFocus();
		start.traverse(SWT.TRAVERSE_TAB_NEXT);
		assertSame(page.part("Planned end"), start.getDisplay().getFocusControl());
		((Text) page.part("Percent complete")).traverse(SWT.TRAVERSE_TAB_NEXT);
		assertSame(page.part("RAG override"), start.getDisplay().getFocusControl());

		// an override without a reason: set, dated today in the same command, but ignored and warned about
		choose(page, "RAG override", 1);
		assertEquals(RagStatus.GREEN, action.getRagOverride());
		assertEquals(LocalDate.now(), action.getRagOverrideDate());
		assertEquals("Set RAG override", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"value and date are one command (the third undo below takes back both)");
		assertEquals(IMessageProvider.WARNING, page.getForm().getMessageType());
		List<String> messages = java.util.Arrays.stream(page.getForm().getForm().getChildrenMessages()).map(m -> m.getMessage()).toList();
		assertTrue(messages.stream().anyMatch(m -> m.contains("RAG override Green has no justification")), messages.toString());
		assertEquals("Red, computed: the override is ignored without a justification", label(page, "RAG in effect"));

		// the justification, committed by leaving the field with Tab: now the override wins
		Text justification = (Text) page.part("Justification");
		justification.setFocus();
		justification.setText("Het rapport is in ontwerp klaar;\nde bespreking op het jaarevent ligt vast.");
		justification.traverse(SWT.TRAVERSE_TAB_NEXT);
		processEvents();
		assertSame(page.part("Override date"), justification.getDisplay().getFocusControl(), "Tab leaves the multi-line field");
		assertTrue(action.getRagOverrideJustification().startsWith("Het rapport is in ontwerp klaar;"));
		assertEquals(IMessageProvider.NONE, page.getForm().getMessageType(), "the warning goes with the justification");
		assertEquals("Green, the override is in effect (computed: Red)", label(page, "RAG in effect"));
		assertTrue(label(page, "Computed RAG").startsWith("Red:"), "the computed RAG is still shown");
		choose(page, "Override by", 1 + Edits.allOf(action.eResource(), Actor.class).indexOf(action.getLead()));
		assertSame(action.getLead(), action.getRagOverrideBy());

		UiTestSupport.bigWindow();
		page().setPartState(page().getReference(fiche), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		page.setFocus(); // the first screen, as the fiche opens: focus in Code, scrolled to the top
		page.getForm().setOrigin(0, 0);
		processEvents();
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "fiche-editor.png");
		page().setPartState(page().getReference(fiche), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		processEvents();

		// the fiche table shows the RAG that counts, sorts by it and exports it; the tracking columns are optional
		FicheTableView table = assertInstanceOf(FicheTableView.class, page().showView(HelixUI.FICHE_TABLE_ID));
		processEvents();
		int rag = table.columnIndex("RAG");
		int plannedEnd = table.columnIndex("Planned end");
		assertEquals(table.header().indexOf("Status") + 1, table.header().indexOf("RAG"), "RAG beside the status: " + table.header());
		assertFalse(table.header().contains("Planned end"), "tracking dates are hidden until chosen");
		table.setColumnVisible(plannedEnd, true);
		table.setColumnVisible(table.columnIndex("% complete"), true);
		List<String> header = table.header();
		int row = rowOf(table, action);
		assertEquals("Green (override)", table.rows().get(row).get(header.indexOf("RAG")));
		assertEquals("2025-01-01", table.rows().get(row).get(header.indexOf("Planned end")));
		assertEquals("10", table.rows().get(row).get(header.indexOf("% complete")));
		table.sortBy(rag);
		List<Integer> order = new ArrayList<>();
		for (List<String> cells : table.rows()) {
			String text = cells.get(header.indexOf("RAG"));
			order.add(List.of("Green", "Amber", "Red", "No data").indexOf(text.replaceAll(" \\(.*", "")));
		}
		assertFalse(order.contains(-1), order.toString());
		List<Integer> sorted = new ArrayList<>(order);
		sorted.sort(null);
		assertEquals(sorted, order, "green, amber, red, then no data");
		assertTrue(order.contains(3), "the other actions of the example have no progress data: " + order);
		table.setColumnVisible(plannedEnd, false);

		// Undo, through the workbench with the fiche active: by, justification, then value and date together
		page().activate(fiche);
		processEvents();
		execute(ActionFactory.UNDO.getCommandId());
		assertNull(action.getRagOverrideBy());
		execute(ActionFactory.UNDO.getCommandId());
		assertNull(action.getRagOverrideJustification());
		assertEquals("", ((Text) page.part("Justification")).getText());
		assertEquals(IMessageProvider.WARNING, page.getForm().getMessageType(), "unjustified again");
		execute(ActionFactory.UNDO.getCommandId());
		assertEquals(RagStatus.UNSPECIFIED, action.getRagOverride());
		assertNull(action.getRagOverrideDate(), "the date set with the override goes with it");
		assertEquals(0, ((Combo) page.part("RAG override")).getSelectionIndex());
		assertEquals("Red, computed (no override)", label(page, "RAG in effect"));
		assertEquals(IMessageProvider.NONE, page.getForm().getMessageType());
		assertEquals("Red", table.rows().get(rowOf(table, action)).get(table.header().indexOf("RAG")), "the table follows undo");
		execute(ActionFactory.REDO.getCommandId());
		assertEquals(RagStatus.GREEN, action.getRagOverride());
		assertNotNull(action.getRagOverrideDate());
	}

	private static int rowOf(FicheTableView table, PriorityAction action) {
		org.eclipse.swt.widgets.TableItem[] items = table.getViewer().getTable().getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getData() == action) {
				return i;
			}
		}
		throw new AssertionError("no row for " + action.getName());
	}

	@Test
	void deliverableAndMeasurementAddedInTheFicheUndoRedoSaveAndReopen() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "fiche-save.helix");
		HelixModelEditor editor = openModel(file);
		PriorityAction action = firstAction(editor);
		String actionId = action.getId();
		ActionFicheEditor fiche = (ActionFicheEditor) editor.openFiche(action);
		FichePage page = fiche.getFichePage();
		processEvents();
		int deliverables = action.getDeliverables().size();

		// Add puts the cursor in the new row's first cell; type the name, Enter; then the due date
		click(page, "Deliverables add");
		assertEquals(deliverables + 1, action.getDeliverables().size());
		typeInCell("Eindrapport monitoring");
		Deliverable added = action.getDeliverables().get(deliverables);
		assertEquals("Eindrapport monitoring", added.getName());
		TableViewer table = (TableViewer) page.part("Deliverables");
		table.editElement(added, 1);
		typeInCell("2027-06-30");
		assertEquals("2027-06-30", table.getTable().getItem(deliverables).getText(1));
		// the day typed is the day stored, whatever the machine's zone (./helix test runs this in Europe/Brussels)
		assertEquals(LocalDate.of(2027, 6, 30), added.getDueDate());

		// a KPI (linked by the same command the Link… dialog issues) and a new measurement typed into it
		Indicator kpi = indicatorWithMeasurements(action);
		Edits.add(fiche.getEditingDomain(), action, ProgrammePackage.Literals.PRIORITY_ACTION__KPIS, kpi);
		processEvents();
		((TableViewer) page.part("KPIs")).setSelection(new StructuredSelection(kpi));
		processEvents();
		int measurements = kpi.getMeasurements().size();
		click(page, "Measurements add");
		Measurement measurement = kpi.getMeasurements().get(measurements);
		typeInCell("2025");
		((TableViewer) page.part("Measurements")).editElement(measurement, 2);
		typeInCell("19.5");
		assertEquals(Integer.valueOf(2025), measurement.getYear());
		assertEquals(0, new BigDecimal("19.5").compareTo(measurement.getValue()));
		assertTrue(KpiChart.measured(kpi).stream().anyMatch(p -> p[0] == 2025 && p[1] == 19.5), "the chart plots it");
		assertNotNull(page.getChart().getControl().getSeriesSet().getSeries(KpiChart.MEASURED));

		// Undo through the workbench while the fiche is active, then Redo
		assertSame(fiche, page().getActiveEditor());
		execute(ActionFactory.UNDO.getCommandId());
		assertNull(measurement.getValue(), "undo takes back the value");
		execute(ActionFactory.REDO.getCommandId());
		assertEquals(0, new BigDecimal("19.5").compareTo(measurement.getValue()), "redo puts it back");

		UiTestSupport.bigWindow();
		page().setPartState(page().getReference(fiche), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		page.getForm().reflow(true);
		processEvents();
		org.eclipse.swt.widgets.Control kpis = ((TableViewer) page.part("KPIs")).getControl();
		page.getForm().setOrigin(0, page.getForm().getBody().getDisplay().map(kpis, page.getForm().getBody(), 0, 0).y - 60);
		processEvents();
		UiTestSupport.screenshot(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "fiche-editor-kpis.png");
		page().setPartState(page().getReference(fiche), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

		execute(ActionFactory.SAVE.getCommandId());
		assertFalse(editor.isDirty(), "Save in the fiche saves the model");
		assertFalse(fiche.isDirty());

		page().closeAllEditors(false);
		processEvents();
		HelixModelEditor reopened = openModel(file);
		PriorityAction again = (PriorityAction) reopened.getModel().eResource().getEObject(actionId);
		Deliverable saved = again.getDeliverables().stream().filter(d -> "Eindrapport monitoring".equals(d.getName()))
				.findFirst().orElseThrow();
		assertEquals(LocalDate.of(2027, 6, 30), saved.getDueDate(), "saved and reopened as the same calendar day");
		Indicator savedKpi = again.getKpis().stream().filter(i -> i.getId().equals(kpi.getId())).findFirst().orElseThrow();
		assertTrue(savedKpi.getMeasurements().stream().anyMatch(m -> Integer.valueOf(2025).equals(m.getYear())
				&& m.getValue() != null && m.getValue().compareTo(new BigDecimal("19.5")) == 0));
		EObject unused = saved;
		assertNotNull(unused);
	}
}
