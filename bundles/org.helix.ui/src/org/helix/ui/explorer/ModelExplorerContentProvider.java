package org.helix.ui.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.jface.AdapterFactoryContentProvider;

/**
 * The explorer's tree: workspace projects and folders, their {@code .helix} files, and inside each file its model.
 * A file open in a model editor shows the editor's model itself, through the editor's item providers, so the explorer
 * shows unsaved edits at once and its own edits can be commands on the editor's command stack. Other files are read
 * when first expanded, into a read-only copy owned by the explorer; a changed file is read again.
 */
class ModelExplorerContentProvider extends AdapterFactoryContentProvider {

	/** Shown instead of the model of a file that cannot be loaded. */
	record LoadProblem(IFile file, String message) {
	}

	private final ResourceSet resourceSet = HelixPersistence.newResourceSet();
	private final Map<IFile, Object> models = new HashMap<>();
	private final Map<Resource, IFile> files = new HashMap<>();
	/** The open model editors, by file. */
	private final Map<IFile, HelixModelEditor> editors = new HashMap<>();

	ModelExplorerContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/** From now on the file shows the editor's model, and the explorer hears of the editor's changes. */
	void attach(IFile file, HelixModelEditor editor) {
		if (editors.put(file, editor) == null && editorFactory(editor) instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	void detach(IFile file) {
		HelixModelEditor editor = editors.remove(file);
		if (editor != null && editorFactory(editor) instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
	}

	HelixModelEditor editor(IFile file) {
		return editors.get(file);
	}

	Map<IFile, HelixModelEditor> editors() {
		return editors;
	}

	private static AdapterFactory editorFactory(HelixModelEditor editor) {
		return editor.getEditingDomain() instanceof AdapterFactoryEditingDomain domain ? domain.getAdapterFactory() : null;
	}

	/**
	 * The adapter factory whose item providers own {@code element}: an editor's for its model, the explorer's for the
	 * copies. Mixing them would attach the explorer's adapters to the editor's objects, and their changes would not
	 * reach the editor's viewers.
	 */
	AdapterFactory factoryFor(Object element) {
		if (element instanceof EObject object && object.eResource() != null) {
			ResourceSet owner = object.eResource().getResourceSet();
			for (HelixModelEditor editor : editors.values()) {
				if (editor.getEditingDomain() != null && editor.getEditingDomain().getResourceSet() == owner) {
					return editorFactory(editor);
				}
			}
		}
		return adapterFactory;
	}

	/** The file an element of the tree belongs to, or null. */
	IFile fileOf(Object element) {
		if (element instanceof IFile file) {
			return file;
		}
		if (element instanceof EObject object) {
			return getParent(EcoreUtil.getRootContainer(object)) instanceof IFile file ? file : null;
		}
		return null;
	}

	static boolean isModelFile(IResource resource) {
		return resource instanceof IFile && HelixPersistence.FILE_EXTENSION.equals(resource.getFileExtension());
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof IWorkspaceRoot root ? visible(root) : super.getElements(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IContainer container) {
			return visible(container);
		}
		if (parent instanceof IFile file) {
			Object model = model(file);
			return model == null ? new Object[0] : new Object[] { model };
		}
		if (parent instanceof LoadProblem) {
			return new Object[0];
		}
		ITreeItemContentProvider provider = treeProvider(parent);
		return provider == null ? new Object[0] : inTreeOrder(provider.getChildren(parent));
	}

	private ITreeItemContentProvider treeProvider(Object element) {
		AdapterFactory factory = factoryFor(element);
		return factory == null ? null : (ITreeItemContentProvider) factory.adapt(element, ITreeItemContentProvider.class);
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof IContainer container) {
			return visible(container).length > 0;
		}
		if (element instanceof IFile) {
			return true;
		}
		if (element instanceof LoadProblem) {
			return false;
		}
		ITreeItemContentProvider provider = treeProvider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof IResource resource) {
			return resource.getParent();
		}
		if (element instanceof LoadProblem problem) {
			return problem.file();
		}
		if (element instanceof HelixModel model) {
			IFile file = files.get(model.eResource());
			if (file == null) {
				file = editors.entrySet().stream().filter(entry -> entry.getValue().getModel() == model)
						.map(Map.Entry::getKey).findFirst().orElse(null);
			}
			return file;
		}
		ITreeItemContentProvider provider = treeProvider(element);
		return provider == null ? null : provider.getParent(element);
	}

	/** Open projects, folders holding models (at any depth), and model files. */
	private Object[] visible(IContainer container) {
		if (container instanceof IProject project && !project.isOpen()) {
			return new Object[0];
		}
		try {
			List<IResource> shown = new ArrayList<>();
			for (IResource member : container.members()) {
				if (isModelFile(member) || (member instanceof IContainer child && holdsModels(child))) {
					shown.add(member);
				}
			}
			return shown.toArray();
		} catch (CoreException e) {
			return new Object[0];
		}
	}

	private static boolean holdsModels(IContainer container) throws CoreException {
		if (container instanceof IProject project) {
			return project.isOpen();
		}
		return Arrays.stream(container.members()).anyMatch(member -> isModelFile(member)
				|| (member instanceof IContainer child && uncheckedHoldsModels(child)));
	}

	private static boolean uncheckedHoldsModels(IContainer container) {
		try {
			return holdsModels(container);
		} catch (CoreException e) {
			return false;
		}
	}

	/** The file's model, loaded on first use; a file that does not load gives a {@link LoadProblem}. */
	Object model(IFile file) {
		HelixModelEditor editor = editors.get(file);
		if (editor != null && editor.getModel() != null) {
			return editor.getModel();
		}
		return models.computeIfAbsent(file, this::load);
	}

	private Object load(IFile file) {
		if (file.getLocation() == null) {
			return new LoadProblem(file, "not on the local disk");
		}
		try {
			HelixModel model = HelixPersistence.load(resourceSet, file.getLocation().toPath());
			files.put(model.eResource(), file);
			return model;
		} catch (HelixLoadException e) {
			String position = e.getLine() > 0 ? " (line " + e.getLine() + (e.getColumn() > 0 ? ":" + e.getColumn() : "") + ")" : "";
			return new LoadProblem(file, e.getReason() + position);
		}
	}

	/** Forgets the model of a changed or removed file, so that it is read again when shown. */
	void forget(IFile file) {
		Object old = models.remove(file);
		if (old instanceof HelixModel model && model.eResource() != null) {
			Resource resource = model.eResource();
			files.remove(resource);
			resource.unload();
			resourceSet.getResources().remove(resource);
		}
	}

	@Override
	public void dispose() {
		for (IFile file : List.copyOf(editors.keySet())) {
			detach(file);
		}
		for (IFile file : List.copyOf(models.keySet())) {
			forget(file);
		}
		super.dispose();
	}
}
