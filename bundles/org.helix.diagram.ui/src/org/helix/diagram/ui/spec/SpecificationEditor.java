package org.helix.diagram.ui.spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.helix.diagram.expression.ExpressionChecker;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.IdentifiedElement;
import org.helix.ui.editor.WorkspaceFiles;
import org.helix.ui.jface.AdapterFactoryContentProvider;
import org.helix.ui.jface.AdapterFactoryLabelProvider;
import org.helix.ui.jface.ElementDragAndDrop;

/**
 * The viewpoint specification editor of {@code .helix-viewpoint} files: the description model as a tree (viewpoint,
 * diagrams, layers, mappings, styles, conditional styles, filters, tools) beside the properties of the selected
 * element, where classes, features, style providers and mappings are picked, and expressions are checked as they are
 * typed ({@link DetailsPane}). Every change is an EMF command (undo, redo); saving is atomic.
 */
public class SpecificationEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.helix.diagram.ui.specificationEditor";

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private String loadProblem;
	private TreeViewer viewer;
	private DetailsPane details;
	private final Map<String, IAction> globalActions = new LinkedHashMap<>();
	private final List<Runnable> actionUpdates = new ArrayList<>();
	private final CommandStackListener commandStackListener = this::commandStackChanged;
	private final List<SpecPropertiesPage> propertiesPages = new ArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		adapterFactory = new ComposedAdapterFactory();
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new SpecItemProviderAdapterFactory());
		domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new HashMap<>());
		domain.getCommandStack().addCommandStackListener(commandStackListener);
		ResourceSet resourceSet = domain.getResourceSet();
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		URI uri = uriOf(input);
		if (uri == null) {
			throw new PartInitException("Not a file: " + input.getName());
		}
		try {
			resource = resourceSet.getResource(uri, true);
		} catch (RuntimeException e) {
			// a file that cannot be read is shown with its reason and never written
			loadProblem = e.getMessage() == null ? e.toString() : e.getMessage();
			resource = resourceSet.getResource(uri, false);
		}
	}

	private static URI uriOf(IEditorInput input) {
		IFile file = input.getAdapter(IFile.class);
		if (file != null) {
			return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		}
		if (input instanceof IURIEditorInput uriInput) {
			return URI.createURI(uriInput.getURI().toString());
		}
		return null;
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadProblem != null) {
			Text message = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP);
			message.setText("This file cannot be opened as a viewpoint specification. It has not been changed.\n\n" + loadProblem);
			return;
		}
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		viewer = new TreeViewer(sash, SWT.MULTI | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		viewer.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
		viewer.setInput(resource);
		viewer.expandToLevel(4);
		details = new DetailsPane(sash, domain, ExpressionChecker.forHelixModel());
		sash.setWeights(45, 55);
		viewer.addSelectionChangedListener(event -> {
			EObject selected = viewer.getStructuredSelection().getFirstElement() instanceof EObject element ? element : null;
			if (selected != details.element()) {
				details.show(selected); // the same element again (after a command on it) keeps its fields and focus
			}
			actionUpdates.forEach(Runnable::run);
		});
		getSite().setSelectionProvider(viewer);
		createActions();
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		getSite().registerContextMenu(menu, viewer);
		installDragAndDrop();
		if (!resource.getContents().isEmpty()) {
			viewer.setSelection(new StructuredSelection(resource.getContents().get(0)), true);
		}
	}

	// ---- actions

	private void createActions() {
		Action undo = action("&Undo", () -> domain.getCommandStack().undo());
		Action redo = action("&Redo", () -> domain.getCommandStack().redo());
		Action delete = action("&Delete", () -> {
			Command command = DeleteCommand.create(domain, viewer.getStructuredSelection().toList());
			if (command.canExecute()) {
				domain.getCommandStack().execute(command);
			}
		});
		Action rename = action("Rena&me...", this::rename);
		globalActions.put(ActionFactory.UNDO.getId(), undo);
		globalActions.put(ActionFactory.REDO.getId(), redo);
		globalActions.put(ActionFactory.DELETE.getId(), delete);
		globalActions.put(ActionFactory.RENAME.getId(), rename);
		actionUpdates.add(() -> {
			undo.setEnabled(domain.getCommandStack().canUndo());
			redo.setEnabled(domain.getCommandStack().canRedo());
			List<?> selection = viewer.getStructuredSelection().toList();
			delete.setEnabled(!selection.isEmpty() && DeleteCommand.create(domain, selection).canExecute());
			rename.setEnabled(selection.size() == 1 && selection.get(0) instanceof IdentifiedElement);
		});
		actionUpdates.forEach(Runnable::run);
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** The actions the workbench's Edit menu and keys (Ctrl+Z, Ctrl+Y, Delete, F2) run while this editor is active. */
	public Map<String, IAction> globalActions() {
		return globalActions;
	}

	private void rename() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof IdentifiedElement element)) {
			return;
		}
		InputDialog dialog = new InputDialog(getSite().getShell(), "Rename", "Label of " + element.getId() + ":",
				element.getLabel() == null ? "" : element.getLabel(), null);
		if (dialog.open() == Window.OK) {
			domain.getCommandStack().execute(SetCommand.create(domain, element,
					DescriptionPackage.Literals.IDENTIFIED_ELEMENT__LABEL, dialog.getValue()));
		}
	}

	private void fillContextMenu(IMenuManager menu) {
		List<?> selection = viewer.getStructuredSelection().toList();
		if (selection.size() == 1) {
			Object owner = selection.get(0);
			MenuManager newChild = new MenuManager("&New Child");
			for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
				Command command = CreateChildCommand.create(domain, owner, descriptor, selection);
				String text = command instanceof org.eclipse.emf.edit.command.CommandActionDelegate delegate
						? delegate.getText() : command.getLabel();
				Action create = action(text, () -> {
					domain.getCommandStack().execute(command);
					viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
				});
				create.setEnabled(command.canExecute());
				newChild.add(create);
			}
			menu.add(newChild);
			menu.add(new Separator());
		}
		globalActions.values().forEach(menu::add);
	}

	private void installDragAndDrop() {
		ElementDragAndDrop.addDragSupport(viewer);
		viewer.addDropSupport(ElementDragAndDrop.OPERATIONS, ElementDragAndDrop.transfers(), new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				Command command = dropCommand(target, getCurrentLocation(), operation);
				try {
					return LocalSelectionTransfer.getTransfer().isSupportedType(type) && command.canExecute();
				} finally {
					command.dispose();
				}
			}

			@Override
			public boolean performDrop(Object data) {
				Command command = dropCommand(getCurrentTarget(), getCurrentLocation(), getCurrentOperation());
				if (!command.canExecute()) {
					return false;
				}
				domain.getCommandStack().execute(command);
				return true;
			}
		});
	}

	/** Moves (or copies) elements of this specification onto or beside another, as one command. */
	private Command dropCommand(Object target, int location, int operation) {
		List<?> dragged = ElementDragAndDrop.dragged();
		boolean own = target instanceof EObject object && object.eResource() == resource && !dragged.isEmpty()
				&& dragged.stream().allMatch(element -> element instanceof EObject e && e.eResource() == resource)
				&& !dragged.contains(target);
		if (!own) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		return ElementDragAndDrop.dropCommand(domain, target, dragged, location, operation);
	}

	private void commandStackChanged(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			if (viewer == null || viewer.getControl().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			actionUpdates.forEach(Runnable::run);
			details.refresh();
			propertiesPages.forEach(page -> {
				if (page.pane() != null) {
					page.pane().refresh();
				}
			});
			// show what the command made or changed (a new child, a moved element)
			Command command = domain.getCommandStack().getMostRecentCommand();
			if (command != null && !command.getAffectedObjects().isEmpty()
					&& command.getAffectedObjects().stream().allMatch(o -> o instanceof EObject e && e.eResource() == resource)) {
				viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
			}
		});
	}

	// ---- saving

	@Override
	public boolean isDirty() {
		return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void doSaveAs() {
		throw new UnsupportedOperationException();
	}

	/**
	 * Writes the specification: serialised to bytes first, so a failure while producing the XML never touches the
	 * file; a workspace file is then replaced through the workspace (with a backup and local history), any other file
	 * through a temporary file moved over it. On failure the editor stays dirty and says why.
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		details.commitFocused();
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			resource.save(bytes, Map.of(org.eclipse.emf.ecore.xmi.XMLResource.OPTION_ENCODING, "UTF-8"));
			IFile file = getEditorInput().getAdapter(IFile.class);
			if (file != null) {
				WorkspaceFiles.write(file, bytes.toByteArray(), getSite().getShell(), monitor);
			} else {
				Path path = Path.of(java.net.URI.create(resource.getURI().toString()));
				Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), path.getFileName().toString(), ".tmp");
				Files.write(temporary, bytes.toByteArray());
				Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
		} catch (IOException | CoreException | RuntimeException e) {
			String reason = e instanceof CoreException core ? WorkspaceFiles.reason(core) : e.getMessage();
			MessageDialog.openError(getSite().getShell(), "Save failed", "Helix could not save " + getEditorInput().getName()
					+ ":\n" + reason + "\n\nYour changes are still in the editor; the file on disk is unchanged.");
			return;
		}
		resource.setModified(false);
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
	}

	// ---- access

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == org.eclipse.ui.views.properties.IPropertySheetPage.class) {
			// the Properties view shows the same fields as the pane beside the tree
			SpecPropertiesPage page = new SpecPropertiesPage(domain, propertiesPages::remove);
			propertiesPages.add(page);
			return type.cast(page);
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	/** The pane of the workbench's Properties view for this editor, once the view asked for it (else null). */
	public DetailsPane propertiesViewPane() {
		return propertiesPages.stream().map(SpecPropertiesPage::pane).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The specification's resource (its root is the Viewpoint). */
	public Resource resource() {
		return resource;
	}

	/** The tree of the specification. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** The properties of the selected element. */
	public DetailsPane details() {
		return details;
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		domain.getCommandStack().removeCommandStackListener(commandStackListener);
		adapterFactory.dispose();
		super.dispose();
	}
}
