package org.helix.analysis.ui.tests;

import static org.helix.analysis.ui.tests.AnalysisViewTest.allItems;
import static org.helix.analysis.ui.tests.AnalysisViewTest.processEvents;
import static org.helix.analysis.ui.tests.AnalysisViewTest.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.analysis.status.Rag;
import org.helix.analysis.ui.decorators.RagDecorator;
import org.helix.examples.Example;
import org.helix.model.core.Identifiable;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.RagStatus;
import org.helix.monitoring.ActionPlan;
import org.helix.monitoring.RagRollUp;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.explorer.ModelExplorerView;
import org.junit.jupiter.api.Test;

/**
 * The RAG decorator in the real workbench: three Klimaatsprong actions get tracking data through the editor's command
 * stack, planned from 100 days ago to 100 days ahead (expected progress 0.5 today): 50 % done is GREEN (ratio 1.0),
 * 40 % AMBER (0.8), 10 % RED (0.2). The editor's tree and, after saving, the Model Explorer show the colours. As
 * opened, before any progress is entered, everything is "no data".
 */
class RagDecorationTest {

	@Test
	void decoratorRatesFixtureActionsAndTheExplorerShowsIt() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IFile file = copyOfKlimaatsprong("helix-rag-decoration-tests");
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page, file, HelixUI.EDITOR_ID);
		RagDecorator decorator = assertInstanceOf(RagDecorator.class,
				PlatformUI.getWorkbench().getDecoratorManager().getLightweightLabelDecorator(RagDecorator.ID), "enabled by default");

		Programme programme = editor.getModel().getProgrammes().stream().filter(p -> Integer.valueOf(2026).equals(p.getStartYear()))
				.findFirst().orElseThrow();
		PriorityAction green = programme.getActions().get(0);
		PriorityAction amber = programme.getActions().get(1);
		PriorityAction red = programme.getActions().get(2);
		// as opened on first start: the example reports no progress at all (no percent complete, status, deliverable
		// status or milestone result), so nothing is rated: every action, dimension and the programme is grey
		// "[no data]", never RED (issue 11: unknown is not zero)
		TreeViewer tree = editor.getViewer();
		tree.expandToLevel(programme, 1);
		for (PriorityAction action : programme.getActions()) {
			waitUntil("no data on " + action.getName() + " as opened",
					() -> label(tree, action).endsWith(RagDecorator.NO_DATA) && decorator.status(action) != null);
			assertTrue(decorator.status(action).noData(), action.getName());
			assertTrue(decorator.status(action).explanation().startsWith("no data: no progress recorded: enter the percent complete"),
					decorator.status(action).explanation());
		}
		waitUntil("no data on the programme", () -> decorator.status(programme) != null);
		assertTrue(decorator.status(programme).noData(), decorator.status(programme).toString());
		assertTrue(label(tree, programme).endsWith(RagDecorator.NO_DATA), label(tree, programme));

		EditingDomain domain = editor.getEditingDomain();
		CompoundCommand tracking = new CompoundCommand("Tracking data");
		track(domain, tracking, green, 50.0);
		track(domain, tracking, amber, 40.0);
		track(domain, tracking, red, 10.0);
		domain.getCommandStack().execute(tracking);
		// computed in the background on a snapshot, then mapped onto the live elements
		waitUntil("the decorator's statuses after the change", () -> decorator.rag(green) == Rag.GREEN
				&& decorator.rag(amber) == Rag.AMBER && decorator.rag(red) == Rag.RED);
		// dimension and programme: the worst-of roll-up, the same as the monitoring code gives today
		RagRollUp rollUp = RagRollUp.of(programme, LocalDate.now());
		assertEquals(rollUp.programmeRag().name(), decorator.rag(programme).name());
		for (var dimension : red.getDimensions()) {
			assertEquals(String.valueOf(rollUp.rag(dimension)), String.valueOf(decorator.rag(dimension)), dimension.getName());
		}

		// the editor's tree shows the decoration (computed in the background, then relabelled)
		waitUntil("decorated labels in the editor", () -> label(tree, red).endsWith(" [RED]") && label(tree, green).endsWith(" [GREEN]")
				&& label(tree, amber).endsWith(" [AMBER]"));

		// a justified override, undoably: the cache is dropped on the change and the label follows
		domain.getCommandStack().execute(new CompoundCommand("Override", List.of(
				SetCommand.create(domain, red, ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE, RagStatus.GREEN),
				SetCommand.create(domain, red, ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION,
						"Vertraging opgevangen binnen het jaarprogramma"))));
		waitUntil("the overridden status", () -> decorator.rag(red) == Rag.GREEN);
		waitUntil("the overridden label", () -> label(tree, red).endsWith(" [GREEN, overridden]"));
		domain.getCommandStack().undo();
		waitUntil("the status after undo", () -> decorator.rag(red) == Rag.RED);
		waitUntil("the label after undo", () -> label(tree, red).endsWith(" [RED]"));

		// the Model Explorer reads the saved file into its own copy and decorates that
		editor.doSave(null);
		ModelExplorerView explorer = (ModelExplorerView) page.showView(HelixUI.EXPLORER_ID);
		String redId = ((Identifiable) red).getId();
		waitUntil("the RAG decoration in the explorer", () -> {
			explorer.getViewer().refresh();
			explorer.getViewer().expandToLevel(file, 4);
			processEvents();
			Optional<TreeItem> item = allItems(explorer.getViewer().getTree().getItems()).stream()
					.filter(i -> i.getData() instanceof PriorityAction a && redId.equals(a.getId())).findFirst();
			return item.isPresent() && item.get().getText().endsWith(" [RED]") && item.get().getImage() != null;
		});
		page.closeEditor(editor, false);
	}

	private static void track(EditingDomain domain, CompoundCommand command, PriorityAction action, double percent) {
		LocalDate today = LocalDate.now();
		command.append(SetCommand.create(domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__PLANNED_START,
				today.minusDays(100)));
		command.append(SetCommand.create(domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__PLANNED_END,
				today.plusDays(100)));
		command.append(SetCommand.create(domain, action, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, percent));
	}

	private static String label(TreeViewer viewer, Object element) {
		processEvents();
		TreeItem item = allItems(viewer.getTree().getItems()).stream().filter(i -> i.getData() == element).findFirst().orElse(null);
		assertNotNull(item, "a tree item for " + element);
		return item.getText();
	}

	static IFile copyOfKlimaatsprong(String projectName) throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
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
		assertTrue(file.exists());
		return file;
	}
}
