package org.helix.app;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;

/**
 * Help > Help Contents. The help system shows the User Guide in a browser (the built-in window needs WebKitGTK,
 * otherwise an external browser) and, when there is none, only says "Unable to open web browser on {0}". So this
 * action checks first and, with no browser, says what to install and offers the guide's folder: its pages are plain
 * HTML files.
 */
public class HelpContentsAction extends Action implements IWorkbenchAction {

	public static final String TITLE = "Help Contents";
	public static final String OPEN_FOLDER = "Open the guide's folder", COPY_PATH = "Copy the folder's path", CLOSE = "Close";
	/** Programs the help system (or xdg-open) can hand a page to. */
	static final List<String> BROWSERS = List.of("xdg-open", "sensible-browser", "x-www-browser", "firefox", "chromium",
			"chromium-browser", "google-chrome", "epiphany", "konqueror");

	private final IWorkbenchWindow window;
	private final IWorkbenchAction delegate;
	private final BooleanSupplier browserAvailable;

	public HelpContentsAction(IWorkbenchWindow window) {
		this(window, () -> embeddedBrowserAvailable(window.getShell()) || externalBrowserAvailable());
	}

	/** The action as on a machine without any browser (for tests). */
	public static HelpContentsAction withoutBrowser(IWorkbenchWindow window) {
		return new HelpContentsAction(window, () -> false);
	}

	private HelpContentsAction(IWorkbenchWindow window, BooleanSupplier browserAvailable) {
		this.window = window;
		this.delegate = ActionFactory.HELP_CONTENTS.create(window);
		this.browserAvailable = browserAvailable;
		setId(delegate.getId());
		setText(delegate.getText());
		setToolTipText(delegate.getToolTipText());
		setImageDescriptor(delegate.getImageDescriptor());
		setActionDefinitionId(delegate.getActionDefinitionId());
	}

	@Override
	public void run() {
		if (browserAvailable.getAsBoolean()) {
			delegate.run();
		} else {
			explainMissingBrowser(window.getShell());
		}
	}

	/** The message shown when no browser is found: what to install and where the guide's pages are. */
	static String message(File folder) {
		return "Helix shows its User Guide in a web browser, and this machine has none that Helix can use.\n\n"
				+ "Install WebKitGTK for the built-in help window (Debian/Ubuntu: sudo apt install libwebkit2gtk-4.1-0; "
				+ "Fedora: sudo dnf install webkit2gtk4.1), or a web browser such as Firefox, then choose Help > Help Contents again.\n\n"
				+ "Meanwhile the guide's pages are plain HTML files, starting with getting-started.html, in:\n"
				+ (folder == null ? "(the help/ folder of the org.helix.app plug-in)" : folder.getAbsolutePath());
	}

	/** Explains, and opens the guide's folder or copies its path if the user asks. Returns the button pressed. */
	static int explainMissingBrowser(Shell shell) {
		File folder = guideFolder();
		MessageDialog dialog = new MessageDialog(shell, TITLE, null, message(folder), MessageDialog.WARNING, 2, OPEN_FOLDER, COPY_PATH, CLOSE);
		int answer = dialog.open();
		if (folder != null && answer == 0 && !Program.launch(folder.getAbsolutePath())) {
			copy(shell, folder);
			MessageDialog.openInformation(shell, TITLE, "No program could open the folder either. Its path is on the clipboard:\n"
					+ folder.getAbsolutePath());
		} else if (folder != null && answer == 1) {
			copy(shell, folder);
		}
		return answer;
	}

	private static void copy(Shell shell, File folder) {
		Clipboard clipboard = new Clipboard(shell.getDisplay());
		try {
			clipboard.setContents(new Object[] { folder.getAbsolutePath() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}

	/** The User Guide's folder on disk (extracted from the plug-in when it is a jar), or null. */
	public static File guideFolder() {
		URL entry = Platform.getBundle("org.helix.app").getEntry("help/");
		try {
			return entry == null ? null : new File(FileLocator.toFileURL(entry).getPath());
		} catch (IOException e) {
			return null;
		}
	}

	/** Whether SWT can make a Browser widget (WebKitGTK installed), which the help window uses. */
	static boolean embeddedBrowserAvailable(Shell parent) {
		Shell probe = new Shell(parent, SWT.NONE);
		try {
			new Browser(probe, SWT.NONE);
			return true;
		} catch (SWTError e) {
			return false;
		} finally {
			probe.dispose();
		}
	}

	/** Whether a program the help system can hand the guide to is on the PATH. */
	static boolean externalBrowserAvailable() {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(File.pathSeparator)) {
			for (String browser : BROWSERS) {
				if (new File(dir, browser).canExecute()) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public void dispose() {
		delegate.dispose();
	}
}
