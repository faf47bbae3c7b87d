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
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.ui.jface.AdapterFactoryContentProvider;

/**
 * The explorer's tree: workspace projects and folders, their {@code .helix} files, and inside each file its model.
 * Files are read when first expanded, into a read-only copy owned by the explorer; a changed file is read again.
 */
class ModelExplorerContentProvider extends AdapterFactoryContentProvider {

	/** Shown instead of the model of a file that cannot be loaded. */
	record LoadProblem(IFile file, String message) {
	}

	private final ResourceSet resourceSet = HelixPersistence.newResourceSet();
	private final Map<IFile, Object> models = new HashMap<>();
	private final Map<Resource, IFile> files = new HashMap<>();

	ModelExplorerContentProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
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
		return super.getChildren(parent);
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
		return super.hasChildren(element);
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
			return files.get(model.eResource());
		}
		return super.getParent(element);
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
		for (IFile file : List.copyOf(models.keySet())) {
			forget(file);
		}
		super.dispose();
	}
}
