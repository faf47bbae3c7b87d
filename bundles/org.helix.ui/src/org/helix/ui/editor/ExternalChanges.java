package org.helix.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps a model editor in step with its file when something else changes it: a changed file is reloaded when the
 * editor has no unsaved changes and the user chooses otherwise; a moved file is followed; a deleted file closes a
 * clean editor and marks a dirty one, whose Save writes the file again.
 */
final class ExternalChanges implements IResourceChangeListener {

	static final String TITLE = "File Changed";

	private final HelixModelEditor editor;
	/** What the file looked like when the editor last read or wrote it; a change to the same state is our own save. */
	private FileTime knownTime;
	private long knownSize = -1;
	private boolean asking;

	ExternalChanges(HelixModelEditor editor) {
		this.editor = editor;
	}

	void start() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	void stop() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
	}

	void loaded() {
		remember(editor.path());
	}

	void saved(Path path) {
		remember(path);
		editor.markDeleted(false);
	}

	private void remember(Path path) {
		try {
			knownTime = Files.getLastModifiedTime(path);
			knownSize = Files.size(path);
		} catch (IOException | RuntimeException e) {
			knownTime = null;
			knownSize = -1;
		}
	}

	private boolean differsFromKnown() {
		Path path = editor.path();
		try {
			return path == null || !Files.getLastModifiedTime(path).equals(knownTime) || Files.size(path) != knownSize;
		} catch (IOException e) {
			return true;
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IFile file = editor.file();
		IResourceDelta delta = file == null || event.getDelta() == null ? null : event.getDelta().findMember(file.getFullPath());
		if (delta == null) {
			return;
		}
		Runnable reaction = null;
		if (delta.getKind() == IResourceDelta.REMOVED) {
			if ((delta.getFlags() & IResourceDelta.MOVED_TO) != 0) {
				IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(delta.getMovedToPath());
				reaction = () -> editor.moved(target);
			} else {
				reaction = this::deleted;
			}
		} else if (delta.getKind() == IResourceDelta.CHANGED
				&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
			reaction = this::changed;
		} else if (delta.getKind() == IResourceDelta.ADDED) {
			reaction = this::changed;
		}
		if (reaction != null) {
			Runnable react = reaction;
			Display.getDefault().asyncExec(() -> {
				if (editor.isAlive()) {
					react.run();
				}
			});
		}
	}

	private void changed() {
		if (asking || !differsFromKnown()) {
			return;
		}
		editor.markDeleted(false);
		if (!editor.isDirty()) {
			editor.revert();
			editor.getEditorSite().getActionBars().getStatusLineManager()
					.setMessage(editor.getPartName() + " was changed on disk and has been reloaded");
			return;
		}
		asking = true;
		try {
			MessageDialog dialog = new MessageDialog(editor.getSite().getShell(), TITLE, null, editor.getPartName()
					+ " has been changed on disk, and this editor has unsaved changes.\n\n"
					+ "Load theirs: drop your changes and show the file as it is now.\n"
					+ "Keep mine: keep editing; saving will overwrite the file on disk.",
					MessageDialog.QUESTION, 0, "&Load Theirs", "&Keep Mine");
			if (dialog.open() == 0) {
				editor.revert();
			} else {
				// do not ask again for the same change
				remember(editor.path());
			}
		} finally {
			asking = false;
		}
	}

	private void deleted() {
		if (!editor.isDirty()) {
			editor.getSite().getPage().closeEditor(editor, false);
		} else {
			editor.markDeleted(true);
		}
	}
}
