package org.helix.network.ui.tests;

import static org.helix.ui.testsupport.UiSupport.screenshot;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.model.core.CorePackage;
import org.helix.model.core.NamedElement;
import org.helix.network.ui.NetworkMetricsView;
import org.helix.network.ui.NetworkMetricsView.Row;
import org.helix.ui.ExampleProject;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.Test;

/**
 * The Network Metrics view in the real workbench on the Klimaatsprong example. The expected figures are those of the
 * example's network as docs/network.md lists them ("Example: Klimaatsprong": 74 actors, 166 ties; Port of
 * Antwerp-Bruges first by betweenness, 0.3019, then Fluxys, 0.1478), which were checked against networkx there.
 */
class NetworkMetricsViewTest {

	@Test
	void tableOfTheExampleSortsFiltersFollowsEditsAndSelects() throws Exception {
		UiSupport.windowSize();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, copyOfKlimaatsprong(), HelixModelEditor.ID);
		NetworkMetricsView view = (NetworkMetricsView) page.showView(NetworkMetricsView.ID);
		waitUntil("the metrics of the example", () -> rows(view).size() == 74);

		assertTrue(view.result().summary().contains("74 actors, 166 ties (undirected)"), view.result().summary());
		// sorted by betweenness, the largest first: the port is the hub of the decarbonisation projects
		assertEquals(List.of("Port of Antwerp-Bruges", "Fluxys"), shownNames(view).subList(0, 2));
		assertEquals("0.3019", cell(view, 0, 6));
		assertEquals("0.1478", cell(view, 1, 6));
		assertEquals("27", cell(view, 0, 3));
		screenshot("network-metrics.png");

		// a click on Actor sorts by name, A first
		view.sortBy(0);
		List<String> names = shownNames(view);
		assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names);

		// the filter matches the helix column
		view.filter().setText("industry");
		waitUntil("the filter", () -> view.viewer().getTable().getItemCount() < 74);
		for (TableItem item : view.viewer().getTable().getItems()) {
			assertEquals("INDUSTRY", item.getText(2), item.getText(0));
		}
		view.filter().setText("");

		// an edit is a command; the table follows it, computed again on a snapshot
		EObject fluxys = element(editor, view, "Fluxys");
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), fluxys,
				CorePackage.Literals.NAMED_ELEMENT__NAME, "Fluxys Belgium"));
		waitUntil("the renamed actor in the table", () -> shownNames(view).contains("Fluxys Belgium"));
		assertEquals("Fluxys Belgium", ((NamedElement) fluxys).getName());

		// directed: the ties' direction counts, so the summary says so and in- and out-degree differ somewhere
		view.directedAction().setChecked(true);
		view.directedAction().run();
		waitUntil("the directed metrics", () -> view.result() != null && view.result().summary().contains("(directed)"));
		assertTrue(rows(view).stream().anyMatch(row -> row.metrics().inDegree() != row.metrics().outDegree()));

		// double-click: the actor is selected in the model editor
		view.sortBy(6);
		Row first = (Row) view.viewer().getTable().getItem(0).getData();
		view.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(first));
		view.viewer().getTable().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		waitUntil("the actor selected in the editor", () -> page.getActivePart() == editor);
		Object selected = ((IStructuredSelection) editor.getViewer().getSelection()).getFirstElement();
		assertEquals(first.node().label(), ((NamedElement) selected).getName());

		page.closeEditor(editor, false);
	}

	private static List<Row> rows(NetworkMetricsView view) {
		return view.result() == null ? List.of() : view.result().rows();
	}

	private static List<String> shownNames(NetworkMetricsView view) {
		return Arrays.stream(view.viewer().getTable().getItems()).map(item -> item.getText(0)).toList();
	}

	private static String cell(NetworkMetricsView view, int row, int column) {
		return view.viewer().getTable().getItem(row).getText(column);
	}

	private static EObject element(HelixModelEditor editor, NetworkMetricsView view, String name) {
		String id = rows(view).stream().filter(row -> row.node().label().equals(name)).findFirst().orElseThrow().node().id();
		return editor.getModel().eResource().getEObject(id);
	}

	private static IFile copyOfKlimaatsprong() throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-network-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile model = project.getFile(Example.KLIMAATSPRONG.fileName());
		if (model.exists()) {
			model.delete(true, null);
		}
		try (InputStream in = Example.KLIMAATSPRONG.open()) {
			model.create(in, true, null);
		}
		return model;
	}
}
