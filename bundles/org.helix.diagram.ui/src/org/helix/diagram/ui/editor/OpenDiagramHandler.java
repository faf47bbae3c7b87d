package org.helix.diagram.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISources;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * "Open Diagram…" for a selected {@code .helix} file, a selected model element (model editor, Model Explorer) or
 * the model of the active model editor. It asks which viewpoint's diagram to open (or takes the {@code description}
 * parameter); the diagram of an element whose class is the diagram's root class shows that element, and for any
 * other element the diagram opens with the element's nodes selected.
 */
public class OpenDiagramHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.helix.diagram.ui.openDiagram";
	public static final String DESCRIPTION_PARAMETER = "org.helix.diagram.ui.openDiagram.description";

	/** What to open: the file, and the element (null for the file itself). */
	record Target(IFile file, EObject element) {
	}

	@Override
	public void setEnabled(Object evaluationContext) {
		if (evaluationContext instanceof IEvaluationContext context) {
			Object selection = context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
			Object editor = context.getVariable(ISources.ACTIVE_EDITOR_NAME);
			setBaseEnabled(target(selection instanceof ISelection s ? s : null, editor instanceof IEditorPart e ? e : null) != null);
		}
	}

	static Target target(ISelection selection, IEditorPart activeEditor) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			Object selected = structured.getFirstElement();
			IFile file = Adapters.adapt(selected, IFile.class);
			if (file != null && "helix".equals(file.getFileExtension())) {
				return new Target(file, null);
			}
			if (selected instanceof EObject element && fileOf(element.eResource()) != null) {
				return new Target(fileOf(element.eResource()), element);
			}
		}
		IEditorInput input = activeEditor == null || activeEditor instanceof DiagramEditor ? null : activeEditor.getEditorInput();
		IFile file = input == null ? null : Adapters.adapt(input, IFile.class);
		return file != null && "helix".equals(file.getFileExtension()) ? new Target(file, null) : null;
	}

	private static IFile fileOf(Resource resource) {
		if (resource == null || resource.getURI() == null || !"helix".equals(resource.getURI().fileExtension())) {
			return null;
		}
		org.eclipse.emf.common.util.URI uri = resource.getURI();
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length > 0 ? files[0] : null;
		}
		return null;
	}

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Target target = target(HandlerUtil.getCurrentSelection(event), HandlerUtil.getActiveEditor(event));
		if (target == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Open Diagram",
					"Select a Helix model (.helix file) or an element of one to open a diagram of it.");
			return null;
		}
		org.helix.diagram.ui.viewpoint.WorkspaceViewpoints.start();
		List<DiagramDescription> candidates = candidates(target.element());
		DiagramDescription description = null;
		String id = event.getParameter(DESCRIPTION_PARAMETER);
		if (id != null) {
			description = ViewpointRegistry.getDefault().diagram(id);
			if (description == null) {
				throw new ExecutionException("unknown diagram description " + id);
			}
		} else {
			ElementListSelectionDialog dialog = new ElementListSelectionDialog(HandlerUtil.getActiveShell(event), new LabelProvider() {
				@Override
				public String getText(Object element) {
					if (element instanceof ViewpointRegistry.Broken broken) {
						return brokenLabel(broken);
					}
					DiagramDescription d = (DiagramDescription) element;
					return ((Viewpoint) d.eContainer()).getLabel() + " – " + d.getLabel();
				}
			});
			dialog.setTitle("Open Diagram");
			dialog.setMessage("Diagram of " + (target.element() == null ? target.file().getName() : label(target.element())) + ":");
			List<Object> elements = new ArrayList<>(candidates);
			elements.addAll(ViewpointRegistry.getDefault().broken()); // listed with their reason, never dropped
			dialog.setElements(elements.toArray());
			if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
				return null;
			}
			if (dialog.getFirstResult() instanceof ViewpointRegistry.Broken broken) {
				MessageDialog.openError(HandlerUtil.getActiveShell(event), "Open Diagram", "The viewpoint cannot be used:\n\n"
						+ String.join("\n", broken.problems().stream().map(Object::toString).toList()));
				return null;
			}
			description = (DiagramDescription) dialog.getFirstResult();
		}
		try {
			open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), target, description);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
		return null;
	}

	/** Opens (or activates) the diagram and selects the element's nodes. */
	static DiagramEditor open(org.eclipse.ui.IWorkbenchPage page, Target target, DiagramDescription description) throws PartInitException {
		EObject element = target.element();
		String fragment = element == null ? null : element.eResource().getURIFragment(element);
		// the model itself is every diagram's default root: no root, so it is the same editor as opened from the file
		String root = element != null && element.eContainer() != null && isRootClass(element.eClass(), description) ? fragment : null;
		if (root == null && element != null && description.getRootExpression() != null && !description.getRootExpression().isBlank()) {
			// the description's root expression says which element a diagram opened on this one shows
			EObject rooted = org.helix.diagram.sync.DiagramRoots.root(description, element);
			root = rooted.eContainer() != null ? rooted.eResource().getURIFragment(rooted) : null;
		}
		DiagramEditor editor = DiagramEditor.open(page, new DiagramEditorInput(target.file(), description.getId(), root, fragment));
		editor.reveal(fragment); // when it was open already
		return editor;
	}

	/**
	 * The diagrams offered for an element: those whose root class it is first, then the others (which show the whole
	 * model, with the element selected if they show it).
	 */
	static List<DiagramDescription> candidates(EObject element) {
		List<DiagramDescription> first = new ArrayList<>(), rest = new ArrayList<>();
		for (Viewpoint viewpoint : ViewpointRegistry.getDefault().viewpoints()) {
			for (DiagramDescription description : viewpoint.getDiagrams()) {
				(element != null && isRootClass(element.eClass(), description) ? first : rest).add(description);
			}
		}
		first.addAll(rest);
		return first;
	}

	/** How the dialog lists a viewpoint that could not be loaded: its name (or file) and why. */
	static String brokenLabel(ViewpointRegistry.Broken broken) {
		String name = broken.label() != null ? broken.label() : broken.viewpointId() != null ? broken.viewpointId() : broken.origin();
		return name + " – not loaded: " + broken.reason();
	}

	private static boolean isRootClass(EClass eClass, DiagramDescription description) {
		String domainClass = description.getDomainClass();
		if (domainClass == null) {
			return false;
		}
		if (eClass.getName().equals(domainClass)) {
			return true;
		}
		return eClass.getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(domainClass));
	}

	private static String label(EObject element) {
		Object name = element.eClass().getEStructuralFeature("name") == null ? null : element.eGet(element.eClass().getEStructuralFeature("name"));
		return element.eClass().getName() + (name == null ? "" : " " + name);
	}
}
