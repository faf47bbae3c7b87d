package org.helix.diagram.ui.viewpoint;

import org.eclipse.ui.IStartup;

/** Loads the workspace's viewpoint files when the workbench starts, so that their problems show without opening a diagram,
 * and follows open models with the validation rules' markers. */
public class ViewpointStartup implements IStartup {

	@Override
	public void earlyStartup() {
		WorkspaceViewpoints.start();
		RuleMarkers.start();
	}
}
