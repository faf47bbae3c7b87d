package org.helix.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.helix.ui.HelixUI;

/**
 * The coordinator's layout: the action fiche table across the top, the fiches and the model editor below it, the
 * traceability matrix and properties at the bottom, the Model Explorer on the left. Editors are shared between
 * perspectives, so switching keeps the open model and fiches.
 */
public class MonitoringPerspective implements IPerspectiveFactory {

	public static final String ID = "org.helix.app.perspective.monitoring";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("org.helix.app.monitoring.left", IPageLayout.LEFT, 0.18f, editorArea);
		left.addView(HelixUI.EXPLORER_ID);

		IFolderLayout top = layout.createFolder("org.helix.app.monitoring.top", IPageLayout.TOP, 0.40f, editorArea);
		top.addView(HelixUI.FICHE_TABLE_ID);

		IFolderLayout bottom = layout.createFolder("org.helix.app.monitoring.bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
		bottom.addView(HelixUI.TRACEABILITY_ID);
		bottom.addView(HelixUI.MEMBERSHIP_MATRIX_ID);
		bottom.addView(IPageLayout.ID_PROP_SHEET);

		layout.addShowViewShortcut(HelixUI.FICHE_TABLE_ID);
		layout.addShowViewShortcut(HelixUI.MEMBERSHIP_MATRIX_ID);
		layout.addNewWizardShortcut(HelixUI.NEW_MODEL_WIZARD_ID);
		layout.addNewWizardShortcut(HelixUI.OPEN_EXAMPLE_WIZARD_ID);
		layout.addShowViewShortcut(HelixUI.TRACEABILITY_ID);
		layout.addShowViewShortcut(HelixUI.EXPLORER_ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(ModellingPerspective.ID);
	}
}
