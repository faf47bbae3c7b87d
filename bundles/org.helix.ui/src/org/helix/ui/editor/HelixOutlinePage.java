package org.helix.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.helix.ui.jface.AdapterFactoryContentProvider;
import org.helix.ui.jface.AdapterFactoryLabelProvider;

/** The Outline of a Helix model editor: the model's top levels; selecting an element selects it in the editor. */
final class HelixOutlinePage extends ContentOutlinePage {

	private final HelixModelEditor editor;
	private final AdapterFactory adapterFactory;
	private Resource input;

	HelixOutlinePage(HelixModelEditor editor, AdapterFactory adapterFactory) {
		this.editor = editor;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		viewer.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
		viewer.setUseHashlookup(true);
		viewer.setInput(input);
		viewer.expandToLevel(2);
	}

	void setInput(Resource resource) {
		this.input = resource;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.setInput(resource);
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		editor.contributeGlobalActions(actionBars);
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		IStructuredSelection selection = event.getStructuredSelection();
		if (!selection.isEmpty() && getTreeViewer().getControl().isFocusControl()) {
			editor.setSelection(selection);
		}
	}
}
