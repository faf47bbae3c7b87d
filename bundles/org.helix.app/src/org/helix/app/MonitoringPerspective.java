package org.helix.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.helix.ui.HelixUI;

/**
 * The coordinator's layout: the Model Explorer on the left; across the top the fiche table, on which the Programme
 * Dashboard (org.helix.analysis.ui) stacks itself above it at full width so that its four charts stay readable at
 * 1600x1000 (long dimension names need the width); below, the fiches and the model editor beside the traceability
 * matrix, membership matrix and properties. Editors are shared between perspectives, so switching keeps the open
 * model and fiches.
 */
public class MonitoringPerspective implements IPerspectiveFactory {

	public static final String ID = "org.helix.app.perspective.monitoring";
	/** The folder with the fiche table; other bundles place their views relative to it. */
	public static final String TOP_FOLDER = "org.helix.app.monitoring.top";
	/** The folder beside the editor area (matrices, properties). */
	public static final String BOTTOM_FOLDER = "org.helix.app.monitoring.bottom";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("org.helix.app.monitoring.left", IPageLayout.LEFT, 0.15f, editorArea);
		left.addView(HelixUI.EXPLORER_ID);

		// 72 % of the height for the fiche table and what stacks above it (the dashboard)
		IFolderLayout top = layout.createFolder(TOP_FOLDER, IPageLayout.TOP, 0.72f, editorArea);
		top.addView(HelixUI.FICHE_TABLE_ID);

		// beside the editor rather than under it: the editor area keeps a usable height for a fiche
		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.RIGHT, 0.45f, editorArea);
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
