package org.helix.team.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.KlimaatsprongExample;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;
import org.helix.team.git.PullResult;
import org.helix.team.git.TeamRepository;
import org.helix.team.merge.Conflict;
import org.helix.ui.editor.HelixModelEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two coordinators share the Klimaatsprong example (seed 001) through a bare repository on the local disk. VLAIO
 * works in this workbench: the Team menu's operations, the model editor, the History, Compare and Merge views, with
 * their real dialogs answered as a user would. VEKA works on "another machine": a clone driven through
 * {@link TeamRepository} directly.
 */
class TeamUiTest {

	/** Priority action A1 of the programme note (seed 001, line 2924). */
	static final String MONITORING = "Het monitoren van de voortgang van de industriële transitie";
	/** Another priority action of seed 001 (infrastructure dimension). */
	static final String LOGISTICS = "Het opmaken van een roadmap voor de logistieke keten van de toekomst";
	static final String FILE = "klimaatsprong.helix";
	static final String VEKA = "Bart Claes (VEKA)";

	private static int projects;

	Path scratch;
	Path remote;
	IProject project;
	IFile model;
	TeamRepository veka;

	@BeforeEach
	void shareThroughTheTeamMenu() throws Exception {
		scratch = Files.createTempDirectory("helix-team-ui");
		remote = scratch.resolve("klimaatsprong.git");
		Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("vlaio-" + ++projects);
		project.create(null);
		project.open(null);
		Path file = TeamUI.folder(project).resolve(FILE);
		HelixPersistence.save(KlimaatsprongExample.build(), file);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		model = project.getFile(FILE);

		// Team > Share Project...: the remote is a path; then the identity (git config) and the first commit
		answer(TeamOperations.SHARE_TITLE, remote.toString(), "OK");
		TeamOperations.share(shell(), project);
		waitForTeamJobs();
		assertTrue(Files.isDirectory(TeamUI.folder(project).resolve(".git")), TeamOperations.lastMessage());
		try (TeamRepository vlaio = TeamUI.open(project)) {
			identity(vlaio, "An Peeters (VLAIO)", "an.peeters@vlaio.example");
		}
		commitThroughTheMenu("Klimaatsprong voor de Industrie 2026-2030: model shared");
		TeamOperations.push(shell(), project);
		waitForTeamJobs();
		assertEquals("Pushed main", TeamOperations.lastMessage());

		veka = TeamRepository.cloneFrom(remote.toUri().toString(), scratch.resolve("veka"), null);
		identity(veka, VEKA, "bart.claes@veka.example");
	}

	@AfterEach
	void cleanUp() throws Exception {
		page().closeAllEditors(false);
		waitUntil("editors closed", () -> page().getEditorReferences().length == 0);
		veka.close();
		TeamUI.setPendingMerge(project, null);
		project.delete(true, true, null);
		try (Stream<Path> paths = Files.walk(scratch)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	@Test
	void aCleanPullUpdatesTheOpenEditorAndThePushCarriesBoth() throws Exception {
		HelixModelEditor editor = openEditor();
		vekaEdits(m -> action(m, LOGISTICS).setStatus(ActionStatus.STARTED), "Logistieke roadmap gestart");

		edit(editor, MONITORING, LocalDate.of(2026, 9, 30));
		editor.doSave(null);
		commitThroughTheMenu("Monitoring: einddatum 30 september");
		// Team > Pull, as the menu runs it: on the project of the active model editor
		page().activate(editor);
		execute("org.helix.team.ui.pull");
		waitForTeamJobs();
		waitUntil("the editor reloads the merged file",
				() -> editor.getModel() != null && action(editor.getModel(), LOGISTICS).getStatus() == ActionStatus.STARTED);
		assertEquals(LocalDate.of(2026, 9, 30), action(editor.getModel(), MONITORING).getPlannedEnd());
		assertFalse(editor.isDirty());
		assertEquals(2, head().getParentCount(), "the pull made a merge commit");

		TeamOperations.push(shell(), project);
		waitForTeamJobs();
		assertEquals("Pushed main", TeamOperations.lastMessage());
		assertEquals(PullResult.Status.FAST_FORWARD, veka.pull(() -> false).status());
		HelixModel theirs = HelixPersistence.load(veka.workTree().resolve(FILE));
		assertEquals(LocalDate.of(2026, 9, 30), action(theirs, MONITORING).getPlannedEnd());
	}

	@Test
	void aConflictingPullOpensTheMergeViewTheirsIsOneUndoableChangeAndTheCommitRecordsTheMerge() throws Exception {
		HelixModelEditor editor = openEditor();
		vekaEdits(m -> action(m, MONITORING).setPlannedEnd(LocalDate.of(2026, 12, 31)), "Monitoring: einde van het jaar");
		edit(editor, MONITORING, LocalDate.of(2026, 9, 30));
		editor.doSave(null);
		commitThroughTheMenu("Monitoring: einddatum 30 september");
		RevCommit mine = head();

		TeamOperations.pull(shell(), project);
		waitForTeamJobs();
		waitUntil("the Merge view with the conflict",
				() -> page().findView(TeamUI.MERGE_VIEW) instanceof MergeView view && view.rows().size() == 1);
		MergeView merge = (MergeView) page().findView(TeamUI.MERGE_VIEW);
		Conflict conflict = merge.rows().get(0).conflict();
		assertEquals(Conflict.Kind.SAME_FEATURE, conflict.kind());
		assertEquals("2026-09-30", conflict.ours());
		assertEquals("2026-12-31", conflict.theirs());
		assertEquals(mine, head(), "a stopped pull changes nothing");
		merge.tableViewer().getTable().select(0);
		merge.tableViewer().getTable().notifyListeners(SWT.Selection, new Event());
		bigView(merge);
		screenshot(merge.tableViewer().getControl().getParent(), "team-merge-view.png");

		merge.choose(conflict.id(), MergeView.Choice.THEIRS);
		press(merge.tableViewer().getControl().getParent(), MergeView.APPLY);
		waitForTeamJobs();
		waitUntil("the merge in the editor", () -> editor.isDirty());
		assertEquals(LocalDate.of(2026, 12, 31), action(editor.getModel(), MONITORING).getPlannedEnd());
		assertEquals(LocalDate.of(2026, 9, 30), action(HelixPersistence.load(model.getLocation().toPath()), MONITORING).getPlannedEnd(),
				"nothing is written before the user saves");

		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(LocalDate.of(2026, 9, 30), action(editor.getModel(), MONITORING).getPlannedEnd(), "one Undo takes the merge back");
		assertFalse(editor.isDirty());
		editor.getEditingDomain().getCommandStack().redo();
		assertEquals(LocalDate.of(2026, 12, 31), action(editor.getModel(), MONITORING).getPlannedEnd());

		editor.doSave(null);
		commitThroughTheMenu("Monitoring: einde van het jaar, zoals VEKA voorstelde");
		assertEquals(2, head().getParentCount(), "the commit records the merge");
		assertNull(TeamUI.pendingMerge(project));
		assertEquals(LocalDate.of(2026, 12, 31), action(HelixPersistence.load(model.getLocation().toPath()), MONITORING).getPlannedEnd());
		TeamOperations.push(shell(), project);
		waitForTeamJobs();
		assertEquals("Pushed main", TeamOperations.lastMessage());
	}

	@Test
	void aPullWithUnsavedChangesAsksAndNeverOverwritesThem() throws Exception {
		HelixModelEditor editor = openEditor();
		vekaEdits(m -> action(m, LOGISTICS).setStatus(ActionStatus.STARTED), "Logistieke roadmap gestart");
		edit(editor, MONITORING, LocalDate.of(2026, 9, 30));
		RevCommit before = head();

		AtomicBoolean asked = answer(TeamOperations.UNSAVED_TITLE, null, "Cancel");
		TeamOperations.pull(shell(), project);
		waitForTeamJobs();
		assertTrue(asked.get(), "the pull asked first");
		assertEquals(before, head(), "nothing pulled");
		assertTrue(editor.isDirty());
		assertEquals(LocalDate.of(2026, 9, 30), action(editor.getModel(), MONITORING).getPlannedEnd(), "the unsaved edit is kept");

		// saved but not committed: git does not pull over it, and says so; the saved edit stays in the file
		asked = answer(TeamOperations.UNSAVED_TITLE, null, TeamOperations.SAVE_AND_PULL);
		AtomicBoolean told = answer(TeamOperations.ERROR_TITLE, null, "OK");
		TeamOperations.pull(shell(), project);
		waitForTeamJobs();
		assertTrue(asked.get());
		waitUntil("the error dialog answered", told::get);
		assertTrue(TeamOperations.lastMessage().contains("Team > Commit"), TeamOperations.lastMessage());
		assertEquals(before, head(), "nothing pulled");
		assertFalse(editor.isDirty());
		assertEquals(LocalDate.of(2026, 9, 30), action(HelixPersistence.load(model.getLocation().toPath()), MONITORING).getPlannedEnd());

		commitThroughTheMenu("Monitoring: einddatum 30 september");
		TeamOperations.pull(shell(), project);
		waitForTeamJobs();
		waitUntil("the editor shows both edits",
				() -> editor.getModel() != null && action(editor.getModel(), LOGISTICS).getStatus() == ActionStatus.STARTED);
		assertEquals(LocalDate.of(2026, 9, 30), action(editor.getModel(), MONITORING).getPlannedEnd());
		assertFalse(editor.isDirty());
	}

	@Test
	void aRejectedPushOffersPullMergePushNeverAForcePush() throws Exception {
		HelixModelEditor editor = openEditor();
		edit(editor, MONITORING, LocalDate.of(2026, 9, 30));
		editor.doSave(null);
		commitThroughTheMenu("Monitoring: einddatum 30 september");
		vekaEdits(m -> action(m, LOGISTICS).setStatus(ActionStatus.STARTED), "Logistieke roadmap gestart");
		RevCommit theirs = veka.history(FILE).get(0);

		AtomicBoolean asked = answer(TeamOperations.REMOTE_MOVED_TITLE, null, TeamOperations.PULL_MERGE_PUSH);
		TeamOperations.push(shell(), project);
		waitForTeamJobs();
		assertTrue(asked.get(), "the push offered pull-merge-push");
		assertEquals("Pushed main", TeamOperations.lastMessage());
		try (Git bare = Git.open(remote.toFile())) {
			RevCommit pushed = bare.log().setMaxCount(1).call().iterator().next();
			assertEquals(2, pushed.getParentCount());
			assertTrue(List.of(pushed.getParents()).stream().anyMatch(parent -> parent.equals(theirs)), "VEKA's commit is kept, not overwritten");
		}
		waitUntil("the editor shows both", () -> action(editor.getModel(), LOGISTICS).getStatus() == ActionStatus.STARTED);
	}

	@Test
	void theHistoryListsTheCommitsTheBlameNamesTheAuthorAndCompareShowsThePath() throws Exception {
		vekaEdits(m -> {
			action(m, MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
			action(m, LOGISTICS).setStatus(ActionStatus.STARTED);
		}, "Monitoring: einddatum 30 september; logistieke roadmap gestart");
		TeamOperations.pull(shell(), project);
		waitForTeamJobs();
		HelixModelEditor editor = openEditor();
		waitUntil("the pulled date", () -> LocalDate.of(2026, 9, 30).equals(action(editor.getModel(), MONITORING).getPlannedEnd()));

		// Team > Show History on the active model editor
		page().activate(editor);
		execute("org.helix.team.ui.showHistory");
		HistoryView history = (HistoryView) page().findView(TeamUI.HISTORY_VIEW);
		waitForTeamJobs();
		waitUntil("the history", () -> !history.isComputing() && history.commitsViewer().getTable().getItemCount() == 2);
		assertEquals(VEKA, history.commitsViewer().getTable().getItem(0).getText(1));
		assertEquals("Monitoring: einddatum 30 september; logistieke roadmap gestart",
				history.commitsViewer().getTable().getItem(0).getText(2));
		assertEquals("An Peeters (VLAIO)", history.commitsViewer().getTable().getItem(1).getText(1));

		// selecting the action in the editor shows its blame
		page().activate(editor);
		PriorityAction monitoring = action(editor.getModel(), MONITORING);
		editor.reveal(List.of(monitoring));
		waitUntil("the blame of the action", () -> history.blameViewer().getTable().getItemCount() == 2);
		assertEquals(VEKA, history.blameViewer().getTable().getItem(0).getText(1));
		assertTrue(history.blameViewer().getTable().getItem(0).getText(2).startsWith("planned end: ")
				&& history.blameViewer().getTable().getItem(0).getText(2).endsWith("→ 2026-09-30"),
				history.blameViewer().getTable().getItem(0).getText(2));
		assertEquals("created", history.blameViewer().getTable().getItem(1).getText(2));
		bigView(history);
		screenshot(history.commitsViewer().getControl().getParent().getParent(), "team-history-view.png");

		CompareView compare = (CompareView) TeamOperations.showView(TeamUI.COMPARE_VIEW);
		compare.show(model);
		waitForTeamJobs();
		waitUntil("the versions", () -> !compare.isComputing() && compare.versionCount() == 3);
		compare.compare(2, 1); // the shared version → VEKA's commit
		waitForTeamJobs();
		waitUntil("the changes", () -> !compare.isComputing() && compare.treeViewer().getTree().getItemCount() == 2);
		TreeItem element = Stream.of(compare.treeViewer().getTree().getItems())
				.filter(item -> item.getText().endsWith("Priority action '" + MONITORING + "'")).findFirst()
				.orElseThrow(() -> new AssertionError("no node for the monitoring action"));
		assertTrue(element.getText().startsWith("Programme 'Klimaatsprong voor de Industrie' › "), element.getText());
		assertEquals(1, element.getItemCount());
		assertTrue(element.getItem(0).getText().startsWith("planned end: ") && element.getItem(0).getText().endsWith("→ 2026-09-30"),
				element.getItem(0).getText());
		bigView(compare);
		screenshot(compare.treeViewer().getControl().getParent(), "team-compare-view.png");

		// selecting the change shows the action in the editor
		editor.setSelection(new org.eclipse.jface.viewers.StructuredSelection());
		compare.treeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(
				((CompareView.ElementChanges) element.getData()).changes().get(0)), true);
		waitUntil("the action selected in the editor", () -> editor.getViewer().getStructuredSelection().getFirstElement() == action(editor.getModel(), MONITORING));

		// the working copy: an unsaved edit is compared too
		edit(editor, LOGISTICS, LocalDate.of(2027, 6, 30));
		compare.compare(1, 0);
		waitForTeamJobs();
		waitUntil("the unsaved change", () -> !compare.isComputing() && compare.treeViewer().getTree().getItemCount() == 1
				&& compare.treeViewer().getTree().getItem(0).getText().endsWith("Priority action '" + LOGISTICS + "'"));
	}

	@Test
	void theMainMenuHasTheTeamMenu() {
		assertTrue(Stream.of(shell().getMenuBar().getItems()).anyMatch(item -> item.getText().replace("&", "").equals("Team")),
				"a Team menu in the menu bar");
		org.eclipse.ui.commands.ICommandService commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
		for (String id : List.of("share", "commit", "pull", "push", "showHistory", "compareVersions")) {
			assertTrue(commands.getCommand("org.helix.team.ui." + id).isDefined(), id);
		}
	}

	private static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand(commandId, null);
	}

	// ---- the two coordinators

	private void commitThroughTheMenu(String message) {
		answer(TeamOperations.COMMIT_TITLE, message, "OK");
		TeamOperations.commit(shell(), project);
		waitForTeamJobs();
		assertTrue(TeamOperations.lastMessage().contains(message), TeamOperations.lastMessage());
	}

	private void vekaEdits(Consumer<HelixModel> edit, String message) throws Exception {
		Path file = veka.workTree().resolve(FILE);
		HelixModel theirs = HelixPersistence.load(file);
		edit.accept(theirs);
		HelixPersistence.save(theirs, file);
		veka.commit(message);
		assertNull(veka.push(() -> false, Map.of()));
	}

	private RevCommit head() throws Exception {
		try (TeamRepository vlaio = TeamUI.open(project)) {
			return Versions.commit(vlaio.repository(), Constants.HEAD);
		}
	}

	private static void identity(TeamRepository repository, String name, String email) throws Exception {
		StoredConfig config = repository.repository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", email);
		config.save();
	}

	private HelixModelEditor openEditor() throws Exception {
		HelixModelEditor editor = (HelixModelEditor) IDE.openEditor(page(), model, HelixModelEditor.ID, true);
		waitUntil("the model loaded", () -> editor.getModel() != null);
		return editor;
	}

	/** An edit as the user makes it: a command on the editor's stack. */
	private static void edit(HelixModelEditor editor, String action, LocalDate plannedEnd) {
		editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(),
				action(editor.getModel(), action), ProgrammePackage.Literals.PRIORITY_ACTION__PLANNED_END, plannedEnd));
		assertTrue(editor.isDirty());
	}

	static PriorityAction action(HelixModel model, String name) {
		List<PriorityAction> found = new ArrayList<>();
		model.eAllContents().forEachRemaining(element -> {
			if (element instanceof PriorityAction action && name.equals(action.getName())) {
				found.add(action);
			}
		});
		assertEquals(1, found.size(), "one action '" + name + "'");
		return found.get(0);
	}

	// ---- the workbench

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}

	private static void waitForTeamJobs() {
		waitUntil("the Team jobs", () -> Job.getJobManager().find(TeamUI.JOB_FAMILY).length == 0);
	}

	/** Runs the event loop until {@code condition} holds (jobs post their results with asyncExec). */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out waiting for " + what + "; last Team message: " + TeamOperations.lastMessage());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
		while (display.readAndDispatch()) {
			// show what the condition's cause posted
		}
	}

	/**
	 * Answers the next dialog titled {@code title} once it is open: types {@code text} into its text field (unless
	 * null) and presses the button labelled {@code button}.
	 */
	static AtomicBoolean answer(String title, String text, String button) {
		AtomicBoolean answered = new AtomicBoolean();
		Display display = Display.getCurrent();
		Runnable[] poll = new Runnable[1];
		long deadline = System.currentTimeMillis() + 60_000;
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (title.equals(shell.getText()) && shell.isVisible()) {
					List<Control> controls = controls(shell);
					if (text != null) {
						controls.stream().filter(Text.class::isInstance).findFirst().ifPresent(c -> ((Text) c).setText(text));
					}
					if (press(shell, button)) {
						answered.set(true);
						return;
					}
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
		return answered;
	}

	static boolean press(Control root, String label) {
		for (Control control : controls(root)) {
			if (control instanceof Button button && button.getText().replace("&", "").equals(label) && button.isEnabled()) {
				button.notifyListeners(SWT.Selection, new Event());
				return true;
			}
		}
		return false;
	}

	static List<Control> controls(Control control) {
		List<Control> all = new ArrayList<>();
		all.add(control);
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				all.addAll(controls(child));
			}
		}
		return all;
	}

	/** Gives the workbench window a screenshot-friendly size and the view most of it. */
	private static void bigView(org.eclipse.ui.IViewPart view) {
		shell().setBounds(0, 0, 1280, 860);
		page().setPartState(page().getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		waitUntil("the window laid out", () -> true);
	}

	/** Saves what {@code control} shows as NAME in {@code helix.screenshots.dir} (nothing without that property). */
	static void screenshot(Control control, String name) throws Exception {
		String property = System.getProperty("helix.screenshots.dir", "none");
		Path dir = Path.of(property);
		if (property.equals("none") || !Files.isDirectory(dir)) {
			return;
		}
		control.update();
		Display display = control.getDisplay();
		org.eclipse.swt.graphics.Rectangle bounds = display.map(control.getParent(), null, control.getBounds());
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(dir.resolve(name).toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		page().setPartState(page().getActivePartReference(), IWorkbenchPage.STATE_RESTORED);
	}
}
