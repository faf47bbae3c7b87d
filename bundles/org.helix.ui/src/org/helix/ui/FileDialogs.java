package org.helix.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * File dialogs that start where the user works rather than in the installation folder (the process's working
 * directory, which GTK uses when no folder is given): the folder chosen last in any Helix file dialog, else the
 * workspace's folder, else the user's home. The last folder is kept in the instance preferences, so it survives a
 * restart.
 */
public final class FileDialogs {

	static final String LAST_FOLDER = "fileDialogs.lastFolder";

	private FileDialogs() {
	}

	/** A save dialog for {@code fileName} with the given filter extensions (e.g. "*.csv"), in the initial folder. */
	public static FileDialog save(Shell shell, String fileName, String... extensions) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(extensions);
		dialog.setFileName(fileName);
		dialog.setOverwrite(true);
		dialog.setFilterPath(initialFolder().toString());
		return dialog;
	}

	/** Opens the dialog and remembers the folder of the chosen file; null when cancelled. */
	public static String open(FileDialog dialog) {
		String chosen = dialog.open();
		if (chosen != null && Path.of(chosen).getParent() != null) {
			remember(Path.of(chosen).getParent());
		}
		return chosen;
	}

	/** Where the next dialog starts: the last folder if it still exists, else the workspace, else home. */
	public static Path initialFolder() {
		String last = preferences().get(LAST_FOLDER, null);
		if (last != null && Files.isDirectory(Path.of(last))) {
			return Path.of(last);
		}
		IPath workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation();
		if (workspace != null && Files.isDirectory(workspace.toPath())) {
			return workspace.toPath();
		}
		return Path.of(System.getProperty("user.home"));
	}

	/** Remembers a folder as the start of the next dialog. */
	public static void remember(Path folder) {
		IEclipsePreferences preferences = preferences();
		preferences.put(LAST_FOLDER, folder.toAbsolutePath().toString());
		try {
			preferences.flush();
		} catch (Exception e) { // org.osgi.service.prefs.BackingStoreException
			// kept for this session; the next start begins in the workspace again
		}
	}

	/** Forgets the last folder (tests start from the default). */
	public static void forget() {
		preferences().remove(LAST_FOLDER);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(HelixUI.PLUGIN_ID);
	}
}
