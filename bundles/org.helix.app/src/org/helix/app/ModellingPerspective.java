package org.helix.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.helix.ui.HelixUI;

/** The modeller's layout: the Model Explorer (and Start view) on the left, the editor area in the middle, properties and problems below, outline right. */
public class ModellingPerspective implements IPerspectiveFactory {

	public static final String ID = "org.helix.app.perspective.modelling";
	public static final String LEFT_FOLDER = "org.helix.app.folder.left";
	public static final String BOTTOM_FOLDER = "org.helix.app.folder.bottom";
	public static final String RIGHT_FOLDER = "org.helix.app.folder.right";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.22f, editorArea);
		left.addView(HelixUI.EXPLORER_ID);
		left.addView(StartView.ID);

		IFolderLayout bottom = layout.createFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.70f, editorArea);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		// a placeholder, opened by Model > Validate: its SVG tab icon cannot be painted in the product yet (no SVG
		// rasterizer at run time), which would blank the whole folder's tab row at start
		bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);

		IFolderLayout right = layout.createFolder(RIGHT_FOLDER, IPageLayout.RIGHT, 0.78f, editorArea);
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(HelixUI.EXPLORER_ID);
		layout.addShowViewShortcut(StartView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(HelixUI.FICHE_TABLE_ID);
		layout.addShowViewShortcut(HelixUI.TRACEABILITY_ID);
		layout.addShowViewShortcut(HelixUI.MEMBERSHIP_MATRIX_ID);
		layout.addNewWizardShortcut(HelixUI.NEW_MODEL_WIZARD_ID);
		layout.addNewWizardShortcut(HelixUI.OPEN_EXAMPLE_WIZARD_ID);
		layout.addPerspectiveShortcut(ID);
		layout.addPerspectiveShortcut(MonitoringPerspective.ID);
	}
}
