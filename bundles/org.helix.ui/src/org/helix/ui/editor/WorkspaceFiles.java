package org.helix.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.helix.core.persistence.HelixPersistence;

/**
 * Writes Helix files (models and their diagrams) through the Eclipse workspace, so that team providers can check
 * the file out or refuse ({@code validateEdit}), the previous content is kept in local history (Compare With &gt;
 * Local History) and no other workspace operation runs on the file meanwhile (its scheduling rule).
 *
 * <p>The content is serialised to bytes before anything is written, so a failure while producing the XML never
 * touches the file, and the previous content is copied to {@code NAME.bak} (as {@link HelixPersistence#save} keeps
 * it) before the workspace replaces it.
 */
public final class WorkspaceFiles {

	private WorkspaceFiles() {
	}

	/**
	 * Replaces the content of {@code file} (or creates it) with {@code content}.
	 *
	 * @param uiContext a {@code Shell} for team providers that ask the user (e.g. to check out), or null
	 * @throws CoreException when {@code validateEdit} refuses (e.g. a read-only file), with the refusal as status;
	 *         or when the write fails, in which case {@code NAME.bak} and local history hold the previous content
	 */
	public static void write(IFile file, byte[] content, Object uiContext, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = file.getWorkspace();
		if (file.exists()) {
			IStatus allowed = workspace.validateEdit(new IFile[] { file }, uiContext);
			if (!allowed.isOK()) {
				throw new CoreException(allowed);
			}
		}
		IFile backup = file.getParent().getFile(org.eclipse.core.runtime.IPath.fromOSString(file.getName() + HelixPersistence.BACKUP_SUFFIX));
		IResourceRuleFactory rules = workspace.getRuleFactory();
		ISchedulingRule rule = MultiRule.combine(file.exists() ? rules.modifyRule(file) : rules.createRule(file), rules.refreshRule(backup));
		// Save As may name a folder that does not exist yet: create it under the rule of the nearest existing one
		IContainer existing = file.getParent();
		while (!existing.exists() && existing.getParent() != null) {
			existing = existing.getParent();
		}
		if (existing != file.getParent()) {
			rule = MultiRule.combine(rule, existing);
		}
		workspace.run(progress -> {
			createFolders(file.getParent(), progress);
			if (file.exists()) {
				keepBackup(file);
				file.setContents(new ByteArrayInputStream(content), IResource.FORCE | IResource.KEEP_HISTORY, progress);
			} else {
				file.create(new ByteArrayInputStream(content), IResource.FORCE, progress);
			}
			// the backup was written beside the file on disk: let the workspace see it
			backup.refreshLocal(IResource.DEPTH_ZERO, progress);
		}, rule, IWorkspace.AVOID_UPDATE, monitor);
	}

	private static void createFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container.exists() || !(container instanceof IFolder folder)) {
			return; // a missing project is not created: the write then fails with the workspace's message
		}
		createFolders(folder.getParent(), monitor);
		folder.create(IResource.FORCE, true, monitor);
	}

	/** Whether {@code file} already holds exactly {@code content} (nothing to write). */
	public static boolean holds(IFile file, byte[] content) {
		if (!file.exists() || file.getLocation() == null) {
			return false;
		}
		try {
			return java.util.Arrays.equals(java.nio.file.Files.readAllBytes(file.getLocation().toPath()), content);
		} catch (IOException e) {
			return false;
		}
	}

	private static void keepBackup(IFile file) throws CoreException {
		if (file.getLocation() == null) {
			return; // not on the local file system: local history still keeps the previous state
		}
		Path location = file.getLocation().toPath();
		try {
			HelixPersistence.keepBackup(location);
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot keep the backup " + HelixPersistence.backupOf(location) + ": " + e.getMessage(), e));
		}
	}

	/** The reason in a failure of {@link #write}, for a message. */
	public static String reason(CoreException e) {
		IStatus status = e.getStatus();
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			StringBuilder text = new StringBuilder(status.getMessage());
			for (IStatus child : status.getChildren()) {
				text.append('\n').append(child.getMessage());
			}
			return text.toString();
		}
		return status.getMessage();
	}
}
