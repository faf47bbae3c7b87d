package org.helix.ui.properties;

import java.util.function.Consumer;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

/**
 * The tabbed Properties page of the Helix parts (model editor, fiche editor, fiche table, explorer): tabs and sections
 * are contributed in plugin.xml under {@link #CONTRIBUTOR_ID}, their content is decided by {@link PropertyTab}.
 */
public class HelixPropertySheetPage extends TabbedPropertySheetPage {

	public static final String CONTRIBUTOR_ID = "org.helix.ui.properties";

	private static final ITabbedPropertySheetPageContributor CONTRIBUTOR = () -> CONTRIBUTOR_ID;

	private final IWorkbenchPart owner;
	private final Consumer<IActionBars> globalActions;

	/**
	 * @param owner the part whose selection this page shows
	 * @param globalActions puts the owner's handlers (undo, redo, ...) into the Properties view's action bars, so
	 *            that Ctrl+Z keeps working while a field has the focus
	 */
	public HelixPropertySheetPage(IWorkbenchPart owner, Consumer<IActionBars> globalActions) {
		super(CONTRIBUTOR);
		this.owner = owner;
		this.globalActions = globalActions;
	}

	/**
	 * The platform only keeps the sections live while the contributor itself is the active part; one contributor
	 * serves several Helix parts here, so activating the owner counts as activating the Properties view.
	 */
	@Override
	protected void handlePartActivated(IWorkbenchPart part) {
		IWorkbenchPart sheet = part == owner ? propertySheetShowingThis() : null;
		super.handlePartActivated(sheet != null ? sheet : part);
	}

	private IWorkbenchPart propertySheetShowingThis() {
		if (owner.getSite() == null || owner.getSite().getPage() == null) {
			return null;
		}
		for (IViewReference reference : owner.getSite().getPage().getViewReferences()) {
			if (IPageLayout.ID_PROP_SHEET.equals(reference.getId())
					&& reference.getPart(false) instanceof PropertySheet sheet && sheet.getCurrentPage() == this) {
				return sheet;
			}
		}
		return null;
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		globalActions.accept(actionBars);
	}
}
