package org.helix.app;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.contexts.IContextService;

public class HelixWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

	public HelixWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new HelixActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1440, 900));
		configurer.setShowCoolBar(true);
		configurer.setShowStatusLine(true);
		configurer.setShowPerspectiveBar(true);
		configurer.setShowProgressIndicator(true);
		configurer.setTitle(HelixBranding.PRODUCT_NAME);
	}

	@Override
	public void postWindowOpen() {
		// the Helix key bindings (Ctrl+Q = Exit) live in this context; see plugin.xml
		IContextService contexts = getWindowConfigurer().getWindow().getService(IContextService.class);
		contexts.activateContext(HelixBranding.WINDOW_CONTEXT_ID);
	}
}
