package org.helix.team.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.team.diff.ModelDiff;
import org.helix.team.git.PullResult;
import org.helix.team.git.TeamException;
import org.helix.team.git.TeamRepository;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The Team menu's operations. Questions are asked on the UI thread before a job starts; the git work runs in a job
 * with progress (rule: the project), and its outcome is shown on the UI thread: a line in the status bar, an error
 * dialog, or the Merge view for conflicts.
 */
public final class TeamOperations {

	public static final String SHARE_TITLE = "Share Project";
	public static final String CLONE_TITLE = "Clone Repository";
	public static final String PROJECT_NAME_TITLE = "Project Name";
	public static final String USER_TITLE = "Remote User";
	public static final String TOKEN_TITLE = "Remote Password or Token";
	public static final String IDENTITY_NAME_TITLE = "Git Identity: Name";
	public static final String IDENTITY_EMAIL_TITLE = "Git Identity: E-mail";
	public static final String COMMIT_TITLE = "Commit";
	public static final String UNSAVED_TITLE = "Unsaved Changes";
	public static final String SAVE_AND_PULL = "Save and Pull";
	public static final String REMOTE_MOVED_TITLE = "Remote Moved On";
	public static final String PULL_MERGE_PUSH = "Pull, Merge and Push";
	public static final String ERROR_TITLE = "Team";

	/** The last outcome shown (also in the status bar), for the user and for tests. */
	private static volatile String lastMessage = "";

	private TeamOperations() {
	}

	public static String lastMessage() {
		return lastMessage;
	}

	// ---- share and clone

	/** Share: makes {@code project} a repository (with a remote if one is given); without a project, clones. */
	public static void share(Shell shell, IProject project) {
		if (project == null) {
			cloneInto(shell);
			return;
		}
		InputDialog remote = new InputDialog(shell, SHARE_TITLE, "Share '" + project.getName()
				+ "' through git. Remote repository (a path, file://…, https://…, ssh://… or user@host:path; empty for none yet):", "", null);
		if (remote.open() != Window.OK) {
			return;
		}
		String address = remote.getValue().isBlank() ? null : remote.getValue().strip();
		CredentialsProvider credentials = address == null ? null : credentials(shell, address);
		Path folder = TeamUI.folder(project);
		run("Share " + project.getName(), project, monitor -> {
			try (TeamRepository repository = TeamRepository.share(folder, address)) {
				TeamUI.rememberCredentials(folder, credentials);
				TeamUI.refresh(project);
				report("Shared " + project.getName() + (address == null ? "" : " with " + address));
			}
		});
	}

	private static void cloneInto(Shell shell) {
		InputDialog address = new InputDialog(shell, CLONE_TITLE,
				"Repository to clone into a new project (a path, file://…, https://…, ssh://… or user@host:path):", "", value -> value.isBlank() ? "" : null);
		if (address.open() != Window.OK) {
			return;
		}
		String remote = address.getValue().strip();
		String suggested = remote.replaceAll("[/\\\\]+$", "").replaceAll(".*[/\\\\]", "").replaceAll("\\.git$", "");
		InputDialog name = new InputDialog(shell, PROJECT_NAME_TITLE, "Name of the new project:", suggested,
				value -> value.isBlank() ? "" : ResourcesPlugin.getWorkspace().getRoot().getProject(value).exists()
						? "a project '" + value + "' exists already" : null);
		if (name.open() != Window.OK) {
			return;
		}
		CredentialsProvider credentials = credentials(shell, remote);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name.getValue().strip());
		Path folder = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(project.getName());
		run("Clone " + remote, ResourcesPlugin.getWorkspace().getRoot(), monitor -> {
			try (TeamRepository repository = TeamRepository.cloneFrom(remote, folder, credentials)) {
				TeamUI.rememberCredentials(folder, credentials);
			}
			IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
			project.create(description, monitor);
			project.open(monitor);
			report("Cloned " + remote + " into project " + project.getName());
		});
	}

	/** User name and token for an HTTPS remote (kept for this session only); null for other remotes. */
	private static CredentialsProvider credentials(Shell shell, String address) {
		if (!address.startsWith("https://") && !address.startsWith("http://")) {
			return null;
		}
		InputDialog user = new InputDialog(shell, USER_TITLE, "User name on " + address + " (empty if none is needed):", "", null);
		if (user.open() != Window.OK || user.getValue().isBlank()) {
			return null;
		}
		InputDialog token = new InputDialog(shell, TOKEN_TITLE, "Password or access token for " + user.getValue() + ":", "", null) {
			@Override
			protected int getInputTextStyle() {
				return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
			}
		};
		if (token.open() != Window.OK) {
			return null;
		}
		return new UsernamePasswordCredentialsProvider(user.getValue(), token.getValue());
	}

	// ---- commit

	/** Commit: asks for the message (and the identity, if git config has none), saving dirty editors first. */
	public static void commit(Shell shell, IProject project) {
		try (TeamRepository repository = repositoryOf(shell, project)) {
			if (repository == null || !askIdentity(shell, repository)) {
				return;
			}
		} catch (TeamException | java.io.IOException e) {
			error(shell, e.getMessage());
			return;
		}
		if (!saveDirtyEditors(shell, project, "Commit", "Save and Commit")) {
			return;
		}
		TeamUI.PendingMerge merge = TeamUI.pendingMerge(project);
		InputDialog message = new InputDialog(shell, COMMIT_TITLE, merge == null ? "What did you change?"
				: "What did you change? (The merge of " + merge.modelPath() + " is recorded with this commit.)", "",
				value -> value.isBlank() ? "a commit needs a message" : null);
		if (message.open() != Window.OK) {
			return;
		}
		String text = message.getValue().strip();
		run("Commit " + project.getName(), project, monitor -> {
			try (TeamRepository repository = TeamUI.open(project)) {
				if (merge != null) {
					commitMerge(project, repository, merge, text, monitor);
				} else {
					repository.commit(text);
					report("Committed: " + text);
				}
				TeamUI.refresh(project);
			}
		});
	}

	/**
	 * Records a merge the Merge view applied in the editor (and the user saved): git merges the remote's commit with
	 * the same resolutions (a merge commit, other files merged by git), then what the user saved is put back on top
	 * when it differs from that merge (their edits after applying it), as a commit with the user's message.
	 */
	private static void commitMerge(IProject project, TeamRepository repository, TeamUI.PendingMerge merge, String text,
			IProgressMonitor monitor) throws Exception {
		Path file = repository.workTree().resolve(merge.modelPath());
		byte[] saved = Files.readAllBytes(file);
		monitor.subTask("merging " + merge.modelPath());
		// the merge starts from the committed version; what the user saved is kept in memory and written back below
		Git.wrap(repository.repository()).checkout().setStartPoint(Constants.HEAD).addPath(merge.modelPath()).call();
		PullResult pulled;
		try {
			pulled = repository.pull(org.helix.team.git.DirtyCheck.NONE, merge.resolutions());
		} catch (TeamException e) {
			Files.write(file, saved);
			throw e;
		}
		if (!pulled.isDone()) {
			Files.write(file, saved); // nothing is lost: the saved merge is back in the working file
			TeamUI.refresh(project);
			if (pulled.status() == PullResult.Status.CONFLICTS) {
				report("The remote moved on again: " + pulled.message());
				Display.getDefault().asyncExec(() -> MergeView.show(project, pulled));
				return;
			}
			throw new TeamException(pulled.message());
		}
		TeamUI.setPendingMerge(project, null);
		HelixModel merged = HelixPersistence.load(file);
		Path savedCopy = Files.createTempFile("helix-saved", "." + HelixPersistence.FILE_EXTENSION);
		Git git = Git.wrap(repository.repository());
		try {
			Files.write(savedCopy, saved);
			HelixModel mine = HelixPersistence.load(savedCopy);
			if (!ModelDiff.compare(merged, mine).isEmpty()) {
				// the user edited after applying the merge: their saved file is what the merge commit holds
				Files.write(file, saved);
				git.add().addFilepattern(merge.modelPath()).call();
			}
		} finally {
			Files.deleteIfExists(savedCopy);
		}
		// the merge commit carries the user's message (amending keeps both parents)
		RevCommit mergeCommit = Versions.commit(repository.repository(), Constants.HEAD);
		git.commit().setAmend(true).setMessage(text + "\n\n" + mergeCommit.getFullMessage()).call();
		report("Committed the merge: " + text);
	}

	private static boolean askIdentity(Shell shell, TeamRepository repository) throws java.io.IOException {
		if (TeamUI.identity(repository) != null) {
			return true;
		}
		InputDialog name = new InputDialog(shell, IDENTITY_NAME_TITLE,
				"git config has no user.name. Your name, as commits show it:", "", value -> value.isBlank() ? "" : null);
		if (name.open() != Window.OK) {
			return false;
		}
		InputDialog email = new InputDialog(shell, IDENTITY_EMAIL_TITLE, "Your e-mail address, as commits show it:", "",
				value -> value.contains("@") ? null : "an e-mail address has an @");
		if (email.open() != Window.OK) {
			return false;
		}
		TeamUI.setIdentity(repository, name.getValue().strip(), email.getValue().strip());
		return true;
	}

	// ---- pull

	/** Pull: never over unsaved changes (the user saves first, or nothing happens). */
	public static void pull(Shell shell, IProject project) {
		if (!isShared(shell, project) || !saveDirtyEditors(shell, project, "Pull", SAVE_AND_PULL)) {
			return;
		}
		run("Pull " + project.getName(), project, monitor -> {
			try (TeamRepository repository = TeamUI.open(project)) {
				monitor.subTask("fetching and merging");
				PullResult result;
				try {
					result = repository.pull(TeamUI.dirtyCheck(project));
				} catch (TeamException e) {
					throw new TeamException(e.getMessage() + uncommittedHint(repository), e);
				}
				TeamUI.refresh(project);
				if (result.status() == PullResult.Status.FAILED) {
					throw new TeamException(result.message() + uncommittedHint(repository));
				}
				showPull(project, result);
			}
		});
	}

	private static void showPull(IProject project, PullResult result) throws TeamException {
		report(result.message());
		switch (result.status()) {
		case CONFLICTS -> Display.getDefault().asyncExec(() -> MergeView.show(project, result));
		case FAILED, BLOCKED_BY_UNSAVED_CHANGES -> throw new TeamException(result.message());
		default -> {
		}
		}
	}

	/** Git does not merge over saved changes that are not committed: says what to do, when that is the cause. */
	private static String uncommittedHint(TeamRepository repository) {
		try {
			return Git.wrap(repository.repository()).status().call().isClean() ? ""
					: ". Your saved changes are not committed yet (they are kept as they are): Team > Commit… first, then pull again";
		} catch (Exception e) {
			return "";
		}
	}

	// ---- push

	/**
	 * Push: when the remote moved on, offers pull-merge-push (never a force push); conflicts of that pull open the
	 * Merge view, and the user pushes again after committing the merge.
	 */
	public static void push(Shell shell, IProject project) {
		if (!isShared(shell, project)) {
			return;
		}
		run("Push " + project.getName(), project, monitor -> {
			try (TeamRepository repository = TeamUI.open(project)) {
				monitor.subTask("asking the remote");
				if (remoteMovedOn(repository)) {
					boolean[] agreed = new boolean[1];
					Display.getDefault().syncExec(() -> agreed[0] = new MessageDialog(activeShell(), REMOTE_MOVED_TITLE, null,
							"The remote has commits you do not have yet, so it refuses the push (Helix never forces it). "
									+ "Pull them, merge the models and push?",
							MessageDialog.QUESTION, 0, PULL_MERGE_PUSH, IDialogConstants.CANCEL_LABEL).open() == 0);
					if (!agreed[0]) {
						report("Not pushed: the remote moved on");
						return;
					}
				}
				monitor.subTask("pushing");
				PullResult stopped = repository.push(TeamUI.dirtyCheck(project), Map.of());
				TeamUI.refresh(project);
				if (stopped == null) {
					report("Pushed " + repository.repository().getBranch());
				} else {
					showPull(project, stopped);
				}
			}
		});
	}

	/** A dry run: would the remote refuse our branch because it has commits we lack? */
	private static boolean remoteMovedOn(TeamRepository repository) throws Exception {
		String branch = repository.repository().getBranch();
		for (PushResult result : Git.wrap(repository.repository()).push().setRemote(TeamRepository.REMOTE).add(branch)
				.setDryRun(true).call()) {
			for (RemoteRefUpdate update : result.getRemoteUpdates()) {
				if (update.getStatus() == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
						|| update.getStatus() == RemoteRefUpdate.Status.REJECTED_REMOTE_CHANGED) {
					return true;
				}
			}
		}
		return false;
	}

	// ---- helpers

	private static boolean isShared(Shell shell, IProject project) {
		if (project == null) {
			error(shell, "Select a project or open one of its models first.");
			return false;
		}
		if (!Files.isDirectory(TeamUI.folder(project).resolve(".git"))) {
			error(shell, "'" + project.getName() + "' is not shared yet: Team > Share Project... first.");
			return false;
		}
		return true;
	}

	private static TeamRepository repositoryOf(Shell shell, IProject project) throws TeamException {
		return isShared(shell, project) ? TeamUI.open(project) : null;
	}

	/** Asks to save the project's dirty editors; false when the user would rather not (nothing happens then). */
	static boolean saveDirtyEditors(Shell shell, IProject project, String what, String button) {
		List<HelixModelEditor> dirty = TeamUI.editors(project).stream().filter(HelixModelEditor::isDirty).toList();
		if (dirty.isEmpty()) {
			return true;
		}
		String names = String.join(", ", dirty.stream().map(editor -> editor.getEditorInput().getName()).toList());
		int answer = new MessageDialog(shell, UNSAVED_TITLE, null, names + " has unsaved changes. " + what
				+ " works on the saved files and never overwrites unsaved work: save first?", MessageDialog.QUESTION, 0,
				button, IDialogConstants.CANCEL_LABEL).open();
		if (answer != 0) {
			report(what + " not done: unsaved changes in " + names);
			return false;
		}
		dirty.forEach(editor -> editor.doSave(null));
		return dirty.stream().noneMatch(HelixModelEditor::isDirty);
	}

	interface GitWork {
		void run(IProgressMonitor monitor) throws Exception;
	}

	/** Runs {@code work} in a job with progress; a failure is shown in an error dialog. */
	static Job run(String name, org.eclipse.core.runtime.jobs.ISchedulingRule rule, GitWork work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(name, IProgressMonitor.UNKNOWN);
				try {
					work.run(monitor);
					return Status.OK_STATUS;
				} catch (Exception e) {
					String message = e.getMessage() == null ? e.toString() : e.getMessage();
					report(name + " failed: " + message);
					Display.getDefault().asyncExec(() -> error(activeShell(), name + " failed: " + message));
					return Status.OK_STATUS; // shown in a dialog already; no second report in the error log
				} finally {
					monitor.done();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == TeamUI.JOB_FAMILY;
			}
		};
		job.setRule(rule);
		job.setUser(true);
		job.schedule();
		return job;
	}

	static void report(String message) {
		lastMessage = message;
		Display.getDefault().asyncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
				var site = window.getActivePage().getActivePart().getSite();
				if (site instanceof org.eclipse.ui.IViewSite view) {
					view.getActionBars().getStatusLineManager().setMessage(message);
				} else if (site instanceof org.eclipse.ui.IEditorSite editor) {
					editor.getActionBars().getStatusLineManager().setMessage(message);
				}
			}
		});
	}

	static void error(Shell shell, String message) {
		MessageDialog.openError(shell, ERROR_TITLE, message);
	}

	static Shell activeShell() {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null ? Display.getDefault().getActiveShell() : window.getShell();
	}

	static IViewPart showView(String id) {
		try {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			return page.showView(id);
		} catch (PartInitException e) {
			error(activeShell(), "cannot open the view: " + e.getMessage());
			return null;
		}
	}

	static void ifFile(IFile file, Consumer<IFile> then) {
		if (file != null) {
			then.accept(file);
		}
	}
}
