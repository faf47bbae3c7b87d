package org.helix.app.tests;

import java.io.File;

import org.eclipse.ui.IWorkbenchWindow;

/** The package-private parts of {@link org.helix.app.HelpContentsAction} the tests use (the fragment shares its bundle, not its package). */
final class HelpContentsActionAccess {

	static final String TITLE = org.helix.app.HelpContentsAction.TITLE;
	private final IWorkbenchWindow window;

	HelpContentsActionAccess(IWorkbenchWindow window) {
		this.window = window;
	}

	/** Runs Help Contents as on a machine without a browser. */
	void runWithoutBrowser() {
		org.helix.app.HelpContentsAction action = org.helix.app.HelpContentsAction.withoutBrowser(window);
		try {
			action.run();
		} finally {
			action.dispose();
		}
	}

	static File guideFolder() {
		return org.helix.app.HelpContentsAction.guideFolder();
	}
}
