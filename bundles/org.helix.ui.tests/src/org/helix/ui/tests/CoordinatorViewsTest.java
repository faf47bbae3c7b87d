package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;
import static org.helix.ui.tests.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.helix.analysis.status.Rag;
import org.helix.examples.Example;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.RagStatus;
import org.helix.model.programme.Recommendation;
import org.helix.ui.ExampleProject;
import org.helix.ui.FileDialogs;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.Edits;
import org.helix.ui.programme.FicheTableView;
import org.helix.ui.programme.TraceabilityView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 6 and 7: the coordinator's views at 1600x1000 and the first start, on the Klimaatsprong example in
 * the real workbench.
 */
class CoordinatorViewsTest {

	@AfterEach
	void cleanUp() {
		page().closeAllEditors(false);
		for (String id : List.of(HelixUI.FICHE_TABLE_ID, HelixUI.TRACEABILITY_ID)) {
			if (page().findView(id) != null) {
				page().hideView(page().findView(id));
			}
		}
		FileDialogs.forget();
		processEvents();
	}

	/** The RAG column is coloured (grey for the example's no data, pale red for a justified RED override). */
	@Test
	void ragCellsAreColouredAndTheTitleTakesTheSpareWidth() throws Exception {
		HelixModelEditor editor = FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "rag-colours.helix"));
		UiTestSupport.bigWindow();
		FicheTableView view = assertInstanceOf(FicheTableView.class, page().showView(HelixUI.FICHE_TABLE_ID));
		processEvents();
		Table table = view.getViewer().getTable();
		int rag = view.columnIndex("RAG");
		assertEquals(18, table.getItemCount());
		for (TableItem item : table.getItems()) {
			assertEquals(FicheTableView.ragBackground(null), item.getBackground(rag),
					"no data is grey: " + item.getText(rag));
		}
		PriorityAction action = (PriorityAction) table.getItem(0).getData();
		EditingDomain domain = editor.getEditingDomain();
		domain.getCommandStack().execute(SetCommand.create(domain, action,
				ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION, "Steering group: permits are a year late"));
		domain.getCommandStack().execute(SetCommand.create(domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE, RagStatus.RED));
		processEvents();
		TableItem row = List.of(table.getItems()).stream().filter(item -> item.getData() == action).findFirst().orElseThrow();
		assertEquals("Red (override)", row.getText(rag));
		assertEquals(FicheTableView.ragBackground(Rag.RED), row.getBackground(rag));
		assertTrue(!FicheTableView.ragBackground(Rag.RED).equals(FicheTableView.ragBackground(null)));

		// the title column takes what the others leave; the last column is not stretched across the view
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1600, 1000);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		int others = 0;
		for (TableColumn column : table.getColumns()) {
			// hidden (optional) columns are not resizable
			others += column == table.getColumn(1) || !column.getResizable() ? 0 : column.getWidth();
		}
		int title = table.getColumn(1).getWidth();
		int spent = table.getColumn(view.columnIndex("Spent")).getWidth();
		String widths = java.util.Arrays.stream(table.getColumns()).map(c -> c.getText() + "=" + c.getWidth() + (c.getResizable() ? "" : "(hidden)"))
				.toList().toString();
		assertTrue(table.getClientArea().width > others + 300, "a window wide enough to check: " + table.getClientArea().width + " " + widths);
		assertEquals(table.getClientArea().width - others, title, "the title fills the row");
		assertTrue(title > 3 * spent, "title " + title + " vs spent " + spent);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	/** Headers are never cut inside a word, each fits its column, and numbered ones are explained. */
	@Test
	void matrixHeadersAreReadableAndExplained() throws Exception {
		FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "headers.helix"));
		TraceabilityView view = assertInstanceOf(TraceabilityView.class, page().showView(HelixUI.TRACEABILITY_ID));
		processEvents();
		Table table = view.getTable();
		assertTrue(table.getColumnCount() > 2);
		GC gc = new GC(table);
		try {
			for (int c = 1; c < table.getColumnCount(); c++) {
				TableColumn column = table.getColumn(c);
				Objective objective = (Objective) column.getData();
				String header = column.getText();
				assertEquals(Edits.label(objective), column.getToolTipText(), "the tooltip has the full name");
				assertTrue(column.getWidth() >= gc.textExtent(header).x, "'" + header + "' fits in " + column.getWidth() + " px");
				if (objective.getCode() != null && !objective.getCode().isBlank()) {
					assertEquals("Objective " + objective.getCode(), header);
					String first = objective.getName().split(" ")[0];
					assertTrue(view.legendText().contains(header + " = " + first), view.legendText());
				} else {
					String shown = header.endsWith("…") ? header.substring(0, header.length() - 1) : header;
					assertTrue(objective.getName().startsWith(shown), header);
					assertTrue(shown.length() == objective.getName().length() || objective.getName().charAt(shown.length()) == ' ',
							"cut between words: '" + header + "' of '" + objective.getName() + "'");
				}
			}
		} finally {
			gc.dispose();
		}
	}

	/** Save dialogs start in the workspace, then in the folder chosen last. */
	@Test
	void fileDialogsStartInTheWorkspaceThenTheLastFolder(@TempDir Path dir) {
		FileDialogs.forget();
		FileDialog first = FileDialogs.save(page().getWorkbenchWindow().getShell(), "findings.csv", "*.csv");
		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath();
		assertEquals(workspace.toString(), first.getFilterPath());
		assertFalse(Path.of(System.getProperty("user.dir")).equals(workspace), "not the installation folder");
		FileDialogs.remember(dir);
		assertEquals(dir.toString(), FileDialogs.save(page().getWorkbenchWindow().getShell(), "x.csv", "*.csv").getFilterPath());
	}

	/** The example opens on its Overview page, with the programme selected (for the Properties view). */
	@Test
	void theExampleOpensOnItsOverview() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "first-start.helix");
		IEditorPart part = ExampleProject.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
		processEvents();
		HelixModelEditor editor = assertInstanceOf(HelixModelEditor.class, part);
		assertEquals(HelixModelEditor.OVERVIEW_PAGE, editor.getActivePage(), "the Overview, not the raw tree");
		Object selected = editor.getViewer().getStructuredSelection().getFirstElement();
		Programme programme = assertInstanceOf(Programme.class, selected);
		assertEquals(18, programme.getActions().size());
	}

	/** In the tree, the programme's 18 priority actions come before its 78 recommendations. */
	@Test
	void priorityActionsComeBeforeRecommendations() throws Exception {
		HelixModelEditor editor = FicheEditorTest.openModel(copyOfExample(Example.KLIMAATSPRONG, "order.helix"));
		Programme programme = Edits.mainProgramme(editor.getModel().eResource());
		editor.reveal(List.of(programme.getActions().get(0)));
		processEvents();
		Tree tree = (Tree) editor.getViewer().getControl();
		TreeItem programmeItem = UiTestSupport.allItems(tree.getItems()).stream().filter(item -> item.getData() == programme)
				.findFirst().orElseThrow();
		waitUntil("the programme's children", () -> programmeItem.getItemCount() > 0 && programmeItem.getItem(0).getData() != null);
		List<Object> children = List.of(programmeItem.getItems()).stream().map(TreeItem::getData).toList();
		int firstAction = indexOf(children, PriorityAction.class);
		int firstRecommendation = indexOf(children, Recommendation.class);
		assertTrue(firstAction >= 0 && firstRecommendation >= 0);
		assertTrue(firstAction < firstRecommendation, "actions at " + firstAction + ", recommendations at " + firstRecommendation);
		assertEquals(18, children.stream().filter(PriorityAction.class::isInstance).count());
		assertEquals(programme.getActions(), children.subList(firstAction, firstAction + 18), "the actions in model order");
	}

	private static int indexOf(List<Object> items, Class<?> type) {
		for (int i = 0; i < items.size(); i++) {
			if (type.isInstance(items.get(i))) {
				return i;
			}
		}
		return -1;
	}
}
