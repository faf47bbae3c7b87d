package org.helix.team.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.helix.team.git.DirtyCheck;
import org.helix.team.git.TeamException;
import org.helix.team.git.TeamRepository;
import org.helix.team.merge.Side;
import org.helix.ui.editor.HelixModelEditor;

/**
 * What the Team menu and views share: which project and model a command is about, the open editors of a project,
 * the git identity, the credentials given for a remote in this session, and merges applied in an editor but not yet
 * committed.
 */
public final class TeamUI {

	public static final String HISTORY_VIEW = "org.helix.team.ui.history";
	public static final String COMPARE_VIEW = "org.helix.team.ui.compare";
	public static final String MERGE_VIEW = "org.helix.team.ui.merge";
	/** The family of every git job of the Team menu, so that tests and shutdown can wait for them. */
	public static final Object JOB_FAMILY = TeamUI.class;

	/** Commit times in the author's own time zone (as git shows them): nothing depends on this machine's zone. */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** Credentials typed for a repository (by work tree), kept for this session only, never written. */
	private static final Map<Path, CredentialsProvider> CREDENTIALS = new ConcurrentHashMap<>();

	/**
	 * A model merge the Merge view applied to an editor: the next Commit of the repository records it as a merge
	 * commit with the remote's commit as second parent.
	 *
	 * @param modelPath   the model's path in the repository
	 * @param theirs      the remote commit that was merged
	 * @param resolutions the side chosen per conflict id
	 */
	public record PendingMerge(String modelPath, String theirs, Map<String, Side> resolutions) {
	}

	private static final Map<Path, PendingMerge> PENDING = new ConcurrentHashMap<>();

	private TeamUI() {
	}

	// ---- what a command is about

	/** The model file of the active Helix editor, or of what the selection names (a file or an element). */
	public static IFile modelFile(IWorkbenchWindow window, ISelection selection) {
		IFile fromSelection = fileOf(selection);
		if (fromSelection != null && "helix".equals(fromSelection.getFileExtension())) {
			return fromSelection;
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor instanceof HelixModelEditor && editor.getEditorInput() instanceof IFileEditorInput input) {
			return input.getFile();
		}
		return null;
	}

	/** The project the selection names, or the project of the active editor's model. */
	public static IProject project(IWorkbenchWindow window, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IResource resource
				&& resource.getProject() != null) {
			return resource.getProject();
		}
		IFile file = modelFile(window, selection);
		return file == null ? null : file.getProject();
	}

	static IFile fileOf(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		Object first = structured.getFirstElement();
		if (first instanceof IFile file) {
			return file;
		}
		if (first instanceof EObject object && object.eResource() != null) {
			return fileOf(object.eResource().getURI());
		}
		if (first instanceof IAdaptable adaptable) {
			return adaptable.getAdapter(IFile.class);
		}
		return null;
	}

	static IFile fileOf(URI uri) {
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	/** Where the project is on disk (its git work tree). */
	public static Path folder(IProject project) {
		return project.getLocation().toPath();
	}

	/** The repository of a shared project, or null when the project is not shared (no {@code .git} in it). */
	public static TeamRepository open(IProject project) throws TeamException {
		Path folder = folder(project);
		if (!java.nio.file.Files.isDirectory(folder.resolve(".git"))) {
			return null;
		}
		TeamRepository repository = TeamRepository.open(folder);
		repository.setCredentials(CREDENTIALS.get(folder));
		return repository;
	}

	static void rememberCredentials(Path folder, CredentialsProvider credentials) {
		if (credentials != null) {
			CREDENTIALS.put(folder, credentials);
		}
	}

	/** The model's path in its repository ({@code /}-separated), e.g. {@code klimaatsprong.helix}. */
	public static String repositoryPath(IFile file) {
		return file.getProjectRelativePath().toString();
	}

	// ---- editors

	/** The open Helix editors on files of {@code project} (restoring them if needed), on the UI thread. */
	public static List<HelixModelEditor> editors(IProject project) {
		List<HelixModelEditor> editors = new ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (reference.getEditor(false) instanceof HelixModelEditor editor
							&& editor.getEditorInput() instanceof IFileEditorInput input
							&& input.getFile().getProject().equals(project)) {
						editors.add(editor);
					}
				}
			}
		}
		return editors;
	}

	/** The open Helix editor of {@code file}, or null. */
	public static HelixModelEditor editor(IFile file) {
		return editors(file.getProject()).stream()
				.filter(editor -> ((IFileEditorInput) editor.getEditorInput()).getFile().equals(file)).findFirst().orElse(null);
	}

	/**
	 * Asked by a pull from its job, just before it touches the working tree: whether an editor of the project holds
	 * unsaved changes now (the user may have typed since the pull began).
	 */
	static DirtyCheck dirtyCheck(IProject project) {
		return () -> {
			AtomicBoolean dirty = new AtomicBoolean();
			Display.getDefault().syncExec(() -> dirty.set(editors(project).stream().anyMatch(HelixModelEditor::isDirty)));
			return dirty.get();
		};
	}

	/** Makes the workspace see what git wrote, so that clean editors reload their files. */
	static void refresh(IProject project) throws CoreException {
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	// ---- identity

	/** The identity git config gives for commits in this repository, or null when it gives none. */
	static PersonIdent identity(TeamRepository repository) {
		UserConfig user = repository.repository().getConfig().get(UserConfig.KEY);
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
			return null;
		}
		return new PersonIdent(user.getAuthorName(), user.getAuthorEmail());
	}

	/** Stores the identity in the repository's own config (the user's global config stays as it is). */
	static void setIdentity(TeamRepository repository, String name, String email) throws java.io.IOException {
		StoredConfig config = repository.repository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", email);
		config.save();
	}

	// ---- merges in progress

	public static PendingMerge pendingMerge(IProject project) {
		return PENDING.get(folder(project));
	}

	static void setPendingMerge(IProject project, PendingMerge merge) {
		if (merge == null) {
			PENDING.remove(folder(project));
		} else {
			PENDING.put(folder(project), merge);
		}
	}

	// ---- words

	/** {@code 2026-12-05 14:03} in the author's time zone. */
	public static String when(PersonIdent person) {
		ZoneId zone = person.getZoneId();
		return WHEN.format(person.getWhenAsInstant().atZone(zone));
	}

	public static String when(RevCommit commit) {
		return when(commit.getAuthorIdent());
	}

	/** {@code 1a2b3c4 An Peeters 2026-12-05 14:03 — message's first line}. */
	public static String describe(RevCommit commit) {
		return commit.abbreviate(7).name() + "  " + when(commit) + "  " + commit.getAuthorIdent().getName() + "  "
				+ commit.getShortMessage();
	}
}
