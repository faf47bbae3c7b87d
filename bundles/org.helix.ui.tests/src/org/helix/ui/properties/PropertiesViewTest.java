package org.helix.ui.properties;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.eclipse.ui.views.properties.tabbed.ISection;
import org.helix.examples.Example;
import org.helix.model.core.Note;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.explorer.ModelExplorerView;
import org.helix.ui.programme.FicheTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tabbed Properties view on the Klimaatsprong example, driven through its real widgets: tabs per type, edits
 * through text fields, combos and the list dialog, each one command that Edit > Undo takes back.
 */
class PropertiesViewTest {

	private IFile file;
	private HelixModelEditor editor;
	private PropertySheet sheet;
	private PriorityAction action;

	@BeforeEach
	void openKlimaatsprong() throws Exception {
		IEditorOpener.closeAll();
		file = copyOfExample(Example.KLIMAATSPRONG, "properties.helix");
		editor = assertInstanceOf(HelixModelEditor.class, IDE.openEditor(workbenchPage(), file, HelixUI.EDITOR_ID));
		sheet = (PropertySheet) workbenchPage().showView(IPageLayout.ID_PROP_SHEET);
		workbenchPage().activate(editor);
		Programme programme = editor.getModel().getProgrammes().stream().filter(p -> !p.getActions().isEmpty())
				.findFirst().orElseThrow();
		action = programme.getActions().get(0);
		select(action);
		editorTabs = tabs();
	}

	@AfterEach
	void closeEditors() {
		IEditorOpener.closeAll();
	}

	@Test
	void anActionShowsFourTabsAndAnOrganisationNoMonitoringTab() {
		assertEquals(List.of("General", "Relations", "Monitoring", "Citations & notes"), tabLabels());
		assertTrue(tabs().getTitleText(new StructuredSelection(action)).contains(action.getName()),
				"the title names the element");

		Organisation organisation = editor.getModel().getActors().stream().filter(Organisation.class::isInstance)
				.map(Organisation.class::cast).findFirst().orElseThrow();
		select(organisation);
		List<String> tabs = tabLabels();
		assertFalse(tabs.contains("Monitoring"), "an organisation has nothing to monitor: " + tabs);
		assertTrue(tabs.containsAll(List.of("General", "Relations", "Citations & notes")), tabs.toString());
	}

	@Test
	void generalTabEditsCommitOnEnterAndOnFocusOutAndUndo() throws Exception {
		FeatureSection general = showTab(PropertyTab.GENERAL, FeatureSection.class);
		assertEquals(List.of("name", "code", "id"), general.fields().stream().limit(3).map(FeatureField::name).toList(),
				"name, code and id first");
		assertFalse(general.fields().stream().anyMatch(field -> field.name().equals("status")),
				"status is on the Monitoring tab");
		String original = action.getName();
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		Text name = (Text) general.field("name").control();
		assertEquals(original, name.getText());
		name.setFocus();
		name.setText("Voortgangsmonitor");
		assertTrue(name.traverse(SWT.TRAVERSE_RETURN), "Enter commits and moves on to the next field");
		processEvents();
		assertEquals("Voortgangsmonitor", action.getName());
		assertTrue(editor.isDirty());

		Text code = (Text) general.field("code").control();
		String originalCode = action.getCode();
		code.setText("X9");
		code.notifyListeners(SWT.FocusOut, new Event());
		processEvents();
		assertEquals("X9", action.getCode(), "leaving the field commits it");

		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(originalCode, action.getCode(), "Edit > Undo takes back the code");
		assertEquals(originalCode == null ? "" : originalCode, code.getText(), "and the field shows it again");
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(original, action.getName(), "one more Undo takes back the name: one command per edit");
		assertEquals(original, name.getText());
		assertFalse(stack.canUndo());
		assertFalse(editor.isDirty());
	}

	/** Issue 11: the README promises progress and the RAG override on the Monitoring tab; each edit is one command. */
	@Test
	void monitoringTabHasProgressAndTheRagOverride() throws Exception {
		FeatureSection monitoring = showTab(PropertyTab.MONITORING, FeatureSection.class);
		List<String> names = monitoring.fields().stream().map(FeatureField::name).toList();
		assertTrue(names.containsAll(List.of("plannedStart", "plannedEnd", "percentComplete", "ragOverride",
				"ragOverrideJustification", "ragOverrideDate", "ragOverrideBy")), names.toString());
		CommandStack stack = editor.getEditingDomain().getCommandStack();

		Text progress = (Text) monitoring.field("percentComplete").control();
		progress.setFocus();
		progress.setText("40");
		assertTrue(progress.traverse(SWT.TRAVERSE_RETURN));
		processEvents();
		assertEquals(40.0, action.getPercentComplete());

		FeatureField.ChoiceField override = (FeatureField.ChoiceField) monitoring.field("ragOverride");
		override.control().select(override.values().indexOf(org.helix.model.programme.RagStatus.RED));
		override.control().notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(org.helix.model.programme.RagStatus.RED, action.getRagOverride());

		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(org.helix.model.programme.RagStatus.UNSPECIFIED, action.getRagOverride());
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertNull(action.getPercentComplete());
		assertFalse(stack.canUndo());
	}

	@Test
	void monitoringTabRefusesBadNumbersAndSetsStatusFromTheCombo() throws Exception {
		FeatureSection monitoring = showTab(PropertyTab.MONITORING, FeatureSection.class);
		List<String> names = monitoring.fields().stream().map(FeatureField::name).toList();
		assertTrue(names.containsAll(List.of("status", "priorityYears", "budgetPlanned", "budgetCommitted",
				"budgetSpent", "kpis")), names.toString());
		CommandStack stack = editor.getEditingDomain().getCommandStack();
		BigDecimal budget = action.getBudgetPlanned();

		Text planned = (Text) monitoring.field("budgetPlanned").control();
		planned.setText("twelve");
		assertFalse(planned.traverse(SWT.TRAVERSE_RETURN), "a value that is not a number keeps the focus");
		assertEquals(budget, action.getBudgetPlanned());
		assertEquals("twelve", planned.getText(), "what was typed is not lost");
		assertFalse(stack.canUndo());
		planned.setText("1 250 000,50");
		assertTrue(planned.traverse(SWT.TRAVERSE_RETURN));
		processEvents();
		assertEquals(0, new BigDecimal("1250000.50").compareTo(action.getBudgetPlanned()));

		FeatureField.ChoiceField status = (FeatureField.ChoiceField) monitoring.field("status");
		CCombo combo = status.control();
		ActionStatus other = Arrays.stream(ActionStatus.values()).filter(s -> s != action.getStatus()).findFirst()
				.orElseThrow();
		combo.select(status.values().indexOf(other));
		combo.notifyListeners(SWT.Selection, new Event());
		processEvents();
		assertEquals(other, action.getStatus());

		executeCommand(ActionFactory.UNDO.getCommandId());
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(budget, action.getBudgetPlanned());
		assertNotEquals(other, action.getStatus());
		assertFalse(stack.canUndo());
	}

	@Test
	void objectivesAreChosenInTheListDialogAsOneUndoableCommand() throws Exception {
		FeatureSection relations = showTab(PropertyTab.RELATIONS, FeatureSection.class);
		FeatureField.ManyField objectives = (FeatureField.ManyField) relations.field("objectives");
		assertNotNull(objectives, relations.fields().stream().map(FeatureField::name).toList().toString());
		List<Objective> before = new ArrayList<>(action.getObjectives());
		List<Objective> all = editor.getModel().getProgrammes().stream().flatMap(p -> p.getObjectives().stream())
				.filter(o -> !before.contains(o) && o.getName() != null).toList();
		assertTrue(all.size() >= 2, "Klimaatsprong has objectives to link");
		Objective first = all.get(1);
		Objective second = all.get(0);
		String typed = first.getName().substring(0, Math.min(12, first.getName().length()));
		List<String> filtered = new ArrayList<>();
		whenDialogOpens(dialog -> {
			// the filter narrows the candidates to what was typed
			dialog.filter().setText(typed);
			processEvents();
			for (int i = 0; dialog.availableViewer().getElementAt(i) != null; i++) {
				filtered.add(((Objective) dialog.availableViewer().getElementAt(i)).getName());
			}
			dialog.add(List.of(first));
			dialog.filter().setText("");
			dialog.add(List.of(second));
			press(dialog.getShell(), IDialogConstants.OK_LABEL);
		});
		objectives.button().notifyListeners(SWT.Selection, new Event());
		processEvents();

		assertTrue(filtered.contains(first.getName()), filtered.toString());
		assertTrue(filtered.size() < all.size(), "the filter left out objectives that do not match: " + filtered);
		assertTrue(filtered.stream().allMatch(n -> n.toLowerCase().contains(typed.toLowerCase())), filtered.toString());
		List<Objective> expected = new ArrayList<>(before);
		expected.add(first);
		expected.add(second);
		assertEquals(expected, action.getObjectives(), "the chosen objectives, in the order they were chosen");
		assertTrue(objectives.control().getText().contains(first.getName()), "the field shows the new list");

		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(before, action.getObjectives(), "one Undo restores the whole list");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	@Test
	void priorityYearsAreTypedInTheListDialog() throws Exception {
		FeatureSection monitoring = showTab(PropertyTab.MONITORING, FeatureSection.class);
		FeatureField.ManyField years = (FeatureField.ManyField) monitoring.field("priorityYears");
		List<Integer> before = new ArrayList<>(action.getPriorityYears());
		whenDialogOpens(dialog -> {
			assertEquals(null, dialog.filter(), "years are typed, not chosen");
			dialog.add(List.of(2031));
			press(dialog.getShell(), IDialogConstants.OK_LABEL);
		});
		years.button().notifyListeners(SWT.Selection, new Event());
		processEvents();
		List<Integer> expected = new ArrayList<>(before);
		expected.add(2031);
		assertEquals(expected, action.getPriorityYears());
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(before, action.getPriorityYears());
	}

	@Test
	void notesAreAddedOnTheCitationsTabAndUndone() throws Exception {
		CitationsSection citations = showTab(PropertyTab.CITATIONS, CitationsSection.class);
		int citationRows = citations.citationsViewer().getTable().getItemCount();
		assertEquals(action.getCitations().size(), citationRows);
		assertTrue(citationRows > 0, "Klimaatsprong actions cite the plan");
		int notes = action.getNotes().size();
		assertEquals(notes, citations.notesViewer().getTable().getItemCount());
		assertTrue(citations.addNote("Check the budget with the steering group"));
		processEvents();
		assertEquals(notes + 1, action.getNotes().size());
		Note added = action.getNotes().get(notes);
		assertEquals("Check the budget with the steering group", added.getText());
		assertNotNull(added.getDate());
		// like every new element, the note is selected in the editor and shown in the Properties view
		waitUntil("the new note in the Properties view", () -> shownElement(tabs()) == added);
		executeCommand(ActionFactory.UNDO.getCommandId());
		assertEquals(notes, action.getNotes().size());
	}

	@Test
	void anActionSelectedInTheFicheTableShowsTheSameTabsAndEditsTheEditorsModel() throws Exception {
		FicheTableView table = (FicheTableView) workbenchPage().showView(FicheTableView.ID);
		// the Properties view ignores views stacked with it (they hide it): keep the table beside it
		MUIElement tablePlace = placeOf(table.getSite().getService(MPart.class));
		MUIElement explorerPlace = placeOf(workbenchPage().findView(HelixUI.EXPLORER_ID).getSite().getService(MPart.class));
		if (tablePlace.getParent() == placeOf(sheet.getSite().getService(MPart.class)).getParent()) {
			EModelService models = workbenchPage().getWorkbenchWindow().getService(EModelService.class);
			@SuppressWarnings("unchecked")
			MElementContainer<MUIElement> explorerStack = (MElementContainer<MUIElement>) (MElementContainer<?>) explorerPlace
					.getParent();
			models.move(tablePlace, explorerStack);
		}
		workbenchPage().activate(table);
		table.setModelEditor(editor);
		processEvents();
		table.getSite().getSelectionProvider().setSelection(new StructuredSelection(action));
		try {
			waitUntil("the Properties view to follow the fiche table", () -> sheet.getCurrentPage() != tabs0()
					&& sheet.getCurrentPage() instanceof HelixPropertySheetPage tabbed && tabbed.getCurrentTab() != null
					&& shownElement(tabbed) == action);
		} catch (AssertionError e) {
			var current = sheet.getCurrentPage();
			throw new AssertionError(e.getMessage() + ": page " + current + ", active part "
					+ workbenchPage().getActivePart() + ", table selection "
					+ table.getSite().getSelectionProvider().getSelection()
					+ (current instanceof HelixPropertySheetPage t ? ", tab " + t.getCurrentTab()
							+ (t.getCurrentTab() != null ? ", shown " + shownElement(t) : "") : ""));
		}
		assertEquals(List.of("General", "Relations", "Monitoring", "Citations & notes"), tabLabels());
		FeatureSection monitoring = showTab(PropertyTab.MONITORING, FeatureSection.class);
		assertTrue(monitoring.isEditable(), "the fiche table's elements belong to the editor's domain");
		Text spent = (Text) monitoring.field("budgetSpent").control();
		spent.setText("42000");
		assertTrue(spent.traverse(SWT.TRAVERSE_RETURN));
		assertEquals(0, new BigDecimal("42000").compareTo(action.getBudgetSpent()));
		assertTrue(editor.isDirty(), "the edit is on the model editor's command stack");
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertFalse(editor.isDirty());
		workbenchPage().hideView(table);
	}

	@Test
	void anActionOfAnOpenFileSelectedInTheExplorerIsTheEditorsAndEditable() throws Exception {
		ModelExplorerView explorer = (ModelExplorerView) workbenchPage().showView(HelixUI.EXPLORER_ID);
		explorer.getViewer().refresh();
		explorer.getViewer().expandToLevel(file, 4);
		PriorityAction shown = explorerAction(explorer, file);
		assertSame(action, shown, "the explorer shows the open editor's model");
		explorer.getViewer().setSelection(new StructuredSelection(shown), true);
		waitUntil("the Properties view to follow the explorer", () -> sheet.getCurrentPage() instanceof HelixPropertySheetPage tabbed
				&& tabbed.getCurrentTab() != null && shownElement(tabbed) == shown);
		FeatureSection general = showTab(PropertyTab.GENERAL, FeatureSection.class);
		assertTrue(general.isEditable(), "the element belongs to the editor's domain");
		String before = action.getName();
		Text name = (Text) general.field("name").control();
		name.setText("Voortgangsrapport industriële transitie");
		assertTrue(name.traverse(SWT.TRAVERSE_RETURN));
		assertEquals("Voortgangsrapport industriële transitie", action.getName());
		assertTrue(editor.isDirty(), "the edit is on the model editor's command stack");
		editor.getEditingDomain().getCommandStack().undo();
		processEvents();
		assertFalse(editor.isDirty());
		assertEquals(before, action.getName());
	}

	@Test
	void anActionOfAClosedFileSelectedInTheExplorerIsShownReadOnly() throws Exception {
		IFile closed = copyOfExample(Example.KLIMAATSPRONG, "closed.helix");
		ModelExplorerView explorer = (ModelExplorerView) workbenchPage().showView(HelixUI.EXPLORER_ID);
		// the explorer hears of the new file asynchronously and then reads it afresh: let it, before taking its copy
		waitUntil("the explorer to show the new file", () -> explorer.getViewer().testFindItem(closed) != null);
		processEvents();
		explorer.getViewer().expandToLevel(closed, 4);
		PriorityAction copy = explorerAction(explorer, closed);
		assertNotEquals(action, copy, "the explorer reads its own copy of a file no editor has open");
		explorer.getViewer().setSelection(new StructuredSelection(copy), true);
		waitUntil("the Properties view to follow the explorer", () -> sheet.getCurrentPage() instanceof HelixPropertySheetPage tabbed
				&& tabbed.getCurrentTab() != null && shownElement(tabbed) == copy);
		assertEquals(List.of("General", "Relations", "Monitoring", "Citations & notes"), tabLabels());
		FeatureSection general = showTab(PropertyTab.GENERAL, FeatureSection.class);
		assertFalse(general.isEditable(), "the copy belongs to no editing domain, so nothing would record an edit");
		assertFalse(((Text) general.field("name").control()).getEditable());
		assertEquals(copy.getName(), ((Text) general.field("name").control()).getText());
		FeatureSection monitoring = showTab(PropertyTab.MONITORING, FeatureSection.class);
		assertInstanceOf(Text.class, monitoring.field("status").control(), "no drop-down to change the status");
		assertEquals(null, ((FeatureField.ManyField) monitoring.field("priorityYears")).button(), "no list editor");
	}

	private PriorityAction explorerAction(ModelExplorerView explorer, IFile in) {
		Object fileItem = explorer.getViewer().testFindItem(in);
		assertNotNull(fileItem, in.getName() + " is in the explorer");
		return allData(((org.eclipse.swt.widgets.TreeItem) fileItem).getItems()).stream()
				.filter(PriorityAction.class::isInstance).map(PriorityAction.class::cast)
				.filter(a -> action.getId().equals(a.getId())).findFirst().orElseThrow();
	}

	private static List<Object> allData(org.eclipse.swt.widgets.TreeItem[] items) {
		List<Object> data = new ArrayList<>();
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			data.add(item.getData());
			data.addAll(allData(item.getItems()));
		}
		return data;
	}

	@Test
	void screenshotOfTheTabs() throws Exception {
		FeatureSection general = showTab(PropertyTab.GENERAL, FeatureSection.class);
		assertFalse(general.fields().isEmpty());
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 860);
		// the Properties view as tall as the editor, as one arranges it for editing properties
		MPart part = sheet.getSite().getService(MPart.class);
		MElementContainer<?> stack = placeOf(part).getParent();
		MElementContainer<?> sash = stack.getParent();
		String editorShare = sash.getChildren().stream().filter(child -> child != stack)
				.map(child -> ((MUIElement) child).getContainerData()).filter(data -> data != null).findFirst().orElse(null);
		if (editorShare != null) {
			stack.setContainerData(editorShare);
		}
		shell.layout(true, true);
		long until = System.currentTimeMillis() + 500;
		waitUntil("the layout", () -> System.currentTimeMillis() > until);
		screenshot(shell, "properties-tabs.png");
		showTab(PropertyTab.RELATIONS, FeatureSection.class);
		screenshot(shell, "properties-relations.png");
		showTab(PropertyTab.MONITORING, FeatureSection.class);
		screenshot(shell, "properties-monitoring.png");
	}

	// ---- helpers

	private HelixPropertySheetPage editorTabs;

	/** The page the Properties view has for the model editor. */
	private HelixPropertySheetPage tabs0() {
		return editorTabs;
	}

	private HelixPropertySheetPage tabs() {
		return assertInstanceOf(HelixPropertySheetPage.class, sheet.getCurrentPage(),
				"the model editor gives the Properties view the tabbed page");
	}

	private static IWorkbenchPage workbenchPage() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private void select(Object element) {
		workbenchPage().activate(editor);
		editor.setSelection(new StructuredSelection(element));
		waitUntil("the Properties view to show " + element, () -> sheet.getCurrentPage() instanceof HelixPropertySheetPage tabbed
				&& tabbed.getCurrentTab() != null && shownElement(tabbed) == element);
	}

	private static Object shownElement(HelixPropertySheetPage tabbed) {
		ISection section = tabbed.getCurrentTab().getSections()[0];
		return section instanceof FeatureSection features ? features.element()
				: section instanceof CitationsSection citations ? citations.element() : null;
	}

	/** A view sits in its stack through a placeholder (views are shared between perspectives). */
	private static MUIElement placeOf(MPart part) {
		return part.getCurSharedRef() != null ? part.getCurSharedRef() : part;
	}

	private List<String> tabLabels() {
		return Arrays.stream(tabs().getActiveTabs()).map(ITabDescriptor::getLabel).toList();
	}

	private <T extends ISection> T showTab(PropertyTab tab, Class<T> type) {
		tabs().setSelectedTab(tab.id());
		processEvents();
		ISection[] sections = tabs().getCurrentTab().getSections();
		assertEquals(1, sections.length);
		return assertInstanceOf(type, sections[0]);
	}

	private static void executeCommand(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
		processEvents();
	}

	/** Runs {@code driver} on the list dialog once it is open (the dialog is modal: its event loop runs it). */
	private static void whenDialogOpens(java.util.function.Consumer<ValuesDialog> driver) {
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell.getData() instanceof ValuesDialog dialog && shell.isVisible()) {
					driver.accept(dialog);
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/** Clicks the button with this text, as the user would. */
	private static void press(org.eclipse.swt.widgets.Composite parent, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && text.equals(button.getText())) {
				button.notifyListeners(SWT.Selection, new Event());
				return;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite && !composite.isDisposed()) {
				press(composite, text);
				if (parent.isDisposed()) {
					return;
				}
			}
		}
	}

	private interface IEditorOpener {
		static void closeAll() {
			workbenchPage().closeAllEditors(false);
			processEvents();
		}
	}

	/** Xvfb leaves the rows below the status line that the shell does not paint black; they are cut off. */
	private static ImageData withoutBlackBottom(ImageData data) {
		int height = data.height;
		while (height > 1 && rowIsBlack(data, height - 1)) {
			height--;
		}
		if (height == data.height) {
			return data;
		}
		ImageData cropped = new ImageData(data.width, height, data.depth, data.palette);
		int[] row = new int[data.width];
		for (int y = 0; y < height; y++) {
			data.getPixels(0, y, data.width, row, 0);
			cropped.setPixels(0, y, data.width, row, 0);
		}
		return cropped;
	}

	private static boolean rowIsBlack(ImageData data, int y) {
		for (int x = 0; x < data.width; x += 7) {
			if (data.getPixel(x, y) != 0) {
				return false;
			}
		}
		return true;
	}

	/** Written only when the build runs with -Dhelix.screenshots.dir=DIR (see UiTestSupport in org.helix.ui.tests). */
	static void screenshot(Shell shell, String name) {
		String property = System.getProperty("helix.screenshots.dir", "none");
		Path dir = Path.of(property);
		if (property.equals("none") || !Files.isDirectory(dir)) {
			return;
		}
		processEvents();
		shell.update();
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { withoutBlackBottom(image.getImageData()) };
			loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
