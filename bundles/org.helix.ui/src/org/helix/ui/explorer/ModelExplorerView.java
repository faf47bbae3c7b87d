package org.helix.ui.explorer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.part.ViewPart;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.Identifiable;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.jface.AdapterFactoryLabelProvider;

/**
 * The Model Explorer: the workspace's Helix models and what they contain. Double-clicking a file opens it in the
 * Helix editor; double-clicking an element opens its file and selects it there, and a priority action also opens its
 * fiche.
 */
public class ModelExplorerView extends ViewPart {

	public static final String ID = HelixUI.EXPLORER_ID;

	private ComposedAdapterFactory adapterFactory;
	private TreeViewer viewer;
	private ModelExplorerContentProvider contentProvider;
	private final IResourceChangeListener workspaceListener = this::workspaceChanged;

	@Override
	public void createPartControl(Composite parent) {
		adapterFactory = HelixUI.createAdapterFactory();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		contentProvider = new ModelExplorerContentProvider(adapterFactory);
		viewer.setContentProvider(contentProvider);
		// decorated by the workbench, so that contributed decorators (e.g. the RAG status of actions) show here
		viewer.setLabelProvider(new DecoratingLabelProvider(new ExplorerLabels(new AdapterFactoryLabelProvider(adapterFactory)),
				PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator()));
		viewer.setUseHashlookup(true);
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.addDoubleClickListener(event -> open(event.getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null));
		getSite().setSelectionProvider(viewer);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	/** Opens a model file in the Helix editor, or the file of a model element with that element selected. */
	public IEditorPart open(Object element) {
		IWorkbenchPage page = getSite().getPage();
		try {
			if (element instanceof IFile file) {
				return IDE.openEditor(page, file, HelixUI.EDITOR_ID);
			}
			if (element instanceof EObject object && object.eResource() != null) {
				Object file = contentProvider.getParent(EcoreUtil.getRootContainer(object));
				if (file instanceof IFile modelFile) {
					IEditorPart editor = IDE.openEditor(page, modelFile, HelixUI.EDITOR_ID);
					if (editor instanceof HelixModelEditor helixEditor && object instanceof Identifiable identifiable) {
						helixEditor.showElement(identifiable.getId());
						// the explorer reads its own copy; the fiche must edit the editor's object
						if (object instanceof PriorityAction && helixEditor.getModel() != null
								&& helixEditor.getModel().eResource().getEObject(identifiable.getId()) instanceof PriorityAction action) {
							return helixEditor.openFiche(action);
						}
					}
					return editor;
				}
			}
		} catch (PartInitException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
		if (element != null && viewer.isExpandable(element)) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
		return null;
	}

	/** Re-reads changed model files and shows added and removed ones. */
	private void workspaceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		boolean[] structure = { false };
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (ModelExplorerContentProvider.isModelFile(resource)) {
					changed.add((IFile) resource);
				}
				if (delta.getKind() != IResourceDelta.CHANGED || (delta.getFlags() & IResourceDelta.OPEN) != 0) {
					structure[0] = true;
				}
				return true;
			});
		} catch (CoreException e) {
			structure[0] = true;
		}
		if (changed.isEmpty() && !structure[0]) {
			return;
		}
		viewer.getControl().getDisplay().asyncExec(() -> {
			if (viewer.getControl().isDisposed()) {
				return;
			}
			changed.forEach(contentProvider::forget);
			if (structure[0]) {
				viewer.refresh();
			} else {
				changed.forEach(file -> viewer.refresh(file));
			}
		});
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(workspaceListener);
		super.dispose();
		// the tree has disposed its providers by now; the adapter factory goes last
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}

	/** Resources as the workbench shows them, model elements as the item providers label them. */
	private static final class ExplorerLabels extends LabelProvider {

		private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();
		private final AdapterFactoryLabelProvider elements;

		ExplorerLabels(AdapterFactoryLabelProvider elements) {
			this.elements = elements;
		}

		@Override
		public String getText(Object element) {
			if (element instanceof IResource) {
				return resources.getText(element);
			}
			if (element instanceof ModelExplorerContentProvider.LoadProblem problem) {
				return "Cannot be read: " + problem.message();
			}
			String text = elements.getText(element);
			return text == null || text.isBlank() ? element instanceof EObject object ? ElementLabels.label(object) : "" : text;
		}

		@Override
		public Image getImage(Object element) {
			if (element instanceof IResource) {
				return resources.getImage(element);
			}
			if (element instanceof ModelExplorerContentProvider.LoadProblem) {
				return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
			}
			return elements.getImage(element);
		}

		@Override
		public void dispose() {
			resources.dispose();
			elements.dispose();
			super.dispose();
		}
	}
}
