package org.helix.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.helix.ui.ExampleProject;

public class HelixWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		// users come back to the layout they left: open views, sizes, perspective
		configurer.setSaveAndRestore(true);
		// labels and icons of workspace resources (Model Explorer, Problems view) come from the IDE's adapters
		IDE.registerAdapters();
	}

	@Override
	public void postStartup() {
		IWorkbenchWindow window = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow();
		if (window != null) {
			boolean firstStart = ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0;
			ExampleProject.installOnFirstStart(window);
			if (firstStart && window.getActivePage() != null) {
				// a newcomer sees the links to the first steps, not the explorer stacked on them
				try {
					window.getActivePage().showView(StartView.ID);
				} catch (org.eclipse.ui.PartInitException e) {
					Platform.getLog(HelixWorkbenchAdvisor.class).log(e.getStatus());
				}
			}
		}
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public void postShutdown() {
		// an RCP application saves the workspace itself; otherwise the next start has to recover it from the disk
		try {
			ResourcesPlugin.getWorkspace().save(true, null);
		} catch (CoreException e) {
			Platform.getLog(HelixWorkbenchAdvisor.class).log(e.getStatus());
		}
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return ModellingPerspective.ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new HelixWorkbenchWindowAdvisor(configurer);
	}
}
