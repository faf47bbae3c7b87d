package org.helix.diagram.ui.spec;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.Page;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.helix.diagram.expression.ExpressionChecker;

/**
 * The workbench's Properties view for a specification editor: the same fields as the editor's own properties pane
 * ({@link DetailsPane}), following the editor's tree selection.
 */
final class SpecPropertiesPage extends Page implements IPropertySheetPage {

	private final EditingDomain domain;
	private final Consumer<SpecPropertiesPage> disposed;
	private DetailsPane pane;

	SpecPropertiesPage(EditingDomain domain, Consumer<SpecPropertiesPage> disposed) {
		this.domain = domain;
		this.disposed = disposed;
	}

	@Override
	public void createControl(Composite parent) {
		pane = new DetailsPane(parent, domain, ExpressionChecker.forHelixModel());
	}

	@Override
	public Control getControl() {
		return pane == null ? null : pane.control();
	}

	@Override
	public void setFocus() {
		pane.control().setFocus();
	}

	@Override
	public void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (pane != null && part instanceof SpecificationEditor && selection instanceof IStructuredSelection structured) {
			EObject selected = structured.getFirstElement() instanceof EObject element ? element : null;
			if (selected != pane.element()) {
				pane.show(selected);
			}
		}
	}

	/** The fields shown, or null before the view made its control. */
	DetailsPane pane() {
		return pane;
	}

	@Override
	public void dispose() {
		disposed.accept(this);
		super.dispose();
	}
}
