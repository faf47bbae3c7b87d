package org.helix.ui.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.eclipse.ui.part.ViewPart;
import org.helix.ui.jface.ElementDragAndDrop;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.ElementKind;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.jface.ItemImages;
import org.helix.ui.programme.ActionFicheEditor;

/**
 * The Model Explorer: the workspace's Helix models and what they contain, as Archi's model tree and Capella's project
 * explorer show them. It filters by kind of element, links with the model editor both ways, and edits through its
 * context menu and by drag and drop. Every edit is a command on the command stack of the file's model editor, which
 * it opens (without activating it) when needed, so Undo in either place undoes it.
 */
public class ModelExplorerView extends ViewPart {

	public static final String ID = HelixUI.EXPLORER_ID;

	private static final String LINK_STATE = "linkWithEditor";
	private static final String HIDDEN_STATE = "hiddenKinds";

	private ComposedAdapterFactory adapterFactory;
	private TreeViewer viewer;
	private ModelExplorerContentProvider contentProvider;
	private final IResourceChangeListener workspaceListener = this::workspaceChanged;
	private final Set<ElementKind> hiddenKinds = EnumSet.noneOf(ElementKind.class);
	private final Map<ElementKind, IAction> kindActions = new EnumMap<>(ElementKind.class);
	private boolean linking;
	private IAction linkAction;
	/** True while one side of the link follows the other, so the follower does not lead back. */
	private boolean syncing;
	private final List<Action> selectionActions = new ArrayList<>();
	private Action deleteAction;
	private Action renameAction;
	private org.helix.ui.jface.InlineRename inlineRename;
	private Action undoAction;
	private Action redoAction;
	private final CommandStackListener stackListener = event -> updateActions();
	private final IPropertyListener editorListener = this::editorPropertyChanged;
	private final IPartListener2 partListener = new EditorTracker();
	private final ISelectionListener editorSelectionListener = this::editorSelectionChanged;

	@Override
	public void init(IViewSite site, IMemento memento) throws PartInitException {
		super.init(site, memento);
		if (memento != null) {
			linking = Boolean.TRUE.equals(memento.getBoolean(LINK_STATE));
			String hidden = memento.getString(HIDDEN_STATE);
			if (hidden != null) {
				Arrays.stream(hidden.split(",")).filter(name -> !name.isBlank()).forEach(name -> {
					try {
						hiddenKinds.add(ElementKind.valueOf(name));
					} catch (IllegalArgumentException e) {
						// a kind of an older version; nothing to hide
					}
				});
			}
		}
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putBoolean(LINK_STATE, linking);
		memento.putString(HIDDEN_STATE, String.join(",", hiddenKinds.stream().map(Enum::name).toList()));
	}

	@Override
	public void createPartControl(Composite parent) {
		adapterFactory = HelixUI.createAdapterFactory();
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		contentProvider = new ModelExplorerContentProvider(adapterFactory);
		viewer.setContentProvider(contentProvider);
		// decorated by the workbench, so that contributed decorators (e.g. the RAG status of actions) show here
		viewer.setLabelProvider(new DecoratingLabelProvider(new ExplorerLabels(),
				new org.helix.ui.jface.CurrentTextDecorator(PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator())));
		viewer.setUseHashlookup(true);
		viewer.addFilter(new KindFilter());
		viewer.setInput(ResourcesPlugin.getWorkspace().getRoot());
		viewer.addDoubleClickListener(event -> open(event.getSelection() instanceof IStructuredSelection s ? s.getFirstElement() : null));
		viewer.addSelectionChangedListener(event -> {
			updateActions();
			if (linking) {
				revealInEditor(event.getStructuredSelection());
			}
		});
		getSite().setSelectionProvider(viewer);
		inlineRename = new org.helix.ui.jface.InlineRename(viewer, this::rename);
		createActions();
		createContextMenu();
		addDragAndDrop();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(workspaceListener, IResourceChangeEvent.POST_CHANGE);
		IWorkbenchPage page = getSite().getPage();
		page.addPartListener(partListener);
		page.addSelectionListener(editorSelectionListener);
		for (IEditorReference reference : page.getEditorReferences()) {
			if (reference.getEditor(false) instanceof HelixModelEditor editor) {
				attach(editor);
			}
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	// ---- opening

	/** Opens a model file in the Helix editor, or the file of a model element with that element selected. */
	public IEditorPart open(Object element) {
		IWorkbenchPage page = getSite().getPage();
		try {
			if (element instanceof IFile file) {
				return IDE.openEditor(page, file, HelixUI.EDITOR_ID);
			}
			if (element instanceof EObject object && object.eResource() != null) {
				IFile modelFile = contentProvider.fileOf(object);
				if (modelFile != null) {
					IEditorPart editor = IDE.openEditor(page, modelFile, HelixUI.EDITOR_ID);
					if (editor instanceof HelixModelEditor helixEditor) {
						attach(helixEditor);
						EObject own = inEditor(helixEditor, object);
						if (own != null) {
							helixEditor.reveal(List.of(own));
						}
						// the fiche must edit the editor's object, never the explorer's copy
						if (own instanceof PriorityAction action) {
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

	/** Opens the element's file in the model editor and selects the element there (for an action: not its fiche). */
	public HelixModelEditor openInEditor(Object element) {
		IFile file = contentProvider.fileOf(element);
		if (file == null) {
			return null;
		}
		try {
			if (IDE.openEditor(getSite().getPage(), file, HelixUI.EDITOR_ID) instanceof HelixModelEditor editor) {
				attach(editor);
				EObject own = element instanceof EObject object ? inEditor(editor, object) : null;
				if (own != null) {
					editor.reveal(List.of(own));
				}
				return editor;
			}
		} catch (PartInitException e) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
		}
		return null;
	}

	// ---- editing through the model editor's command stack

	/** The open model editor of the element's file; with {@code open}, opened (not activated) when it is not. */
	public HelixModelEditor editorFor(Object element, boolean open) {
		IFile file = contentProvider.fileOf(element);
		if (file == null) {
			return null;
		}
		HelixModelEditor editor = contentProvider.editor(file);
		if (editor == null) {
			editor = findEditor(file);
		}
		if (editor == null && open) {
			try {
				if (IDE.openEditor(getSite().getPage(), file, HelixUI.EDITOR_ID, false) instanceof HelixModelEditor opened) {
					editor = opened;
				}
			} catch (PartInitException e) {
				getViewSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			}
		}
		if (editor != null) {
			attach(editor);
		}
		return editor;
	}

	private HelixModelEditor findEditor(IFile file) {
		for (IEditorReference reference : getSite().getPage().getEditorReferences()) {
			if (reference.getEditor(false) instanceof HelixModelEditor editor
					&& editor.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)) {
				return editor;
			}
		}
		return null;
	}

	/** The editor's own object for an element shown in the explorer: the same one, or the one with the same id. */
	static EObject inEditor(HelixModelEditor editor, EObject element) {
		HelixModel model = editor.getModel();
		if (model == null || element.eResource() == null) {
			return null;
		}
		Resource resource = model.eResource();
		if (element.eResource() == resource) {
			return element;
		}
		return resource.getEObject(element.eResource().getURIFragment(element));
	}

	/**
	 * Makes a command from the editor's domain and the editor's objects for {@code elements} (all of one file) and
	 * executes it on the editor's command stack; the explorer then selects what the command affected.
	 */
	private boolean execute(List<?> elements, BiFunction<EditingDomain, List<EObject>, Command> factory) {
		if (elements.isEmpty() || !elements.stream().allMatch(EObject.class::isInstance)) {
			return false;
		}
		IFile file = contentProvider.fileOf(elements.get(0));
		if (file == null || !elements.stream().allMatch(element -> file.equals(contentProvider.fileOf(element)))) {
			return false;
		}
		HelixModelEditor editor = editorFor(file, true);
		if (editor == null || editor.getModel() == null) {
			getViewSite().getActionBars().getStatusLineManager().setErrorMessage("Cannot edit " + file.getName()
					+ ": it does not open in the model editor");
			return false;
		}
		List<EObject> own = elements.stream().map(element -> inEditor(editor, (EObject) element)).toList();
		if (own.contains(null)) {
			return false;
		}
		EditingDomain domain = editor.getEditingDomain();
		Command command = factory.apply(domain, own);
		if (command == null || !command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		Collection<?> affected = command.getAffectedObjects();
		if (!affected.isEmpty()) {
			viewer.setSelection(new StructuredSelection(affected.toArray()), true);
		}
		return true;
	}

	/** Deletes the elements (and the references to them) with one undoable command. */
	public boolean delete(List<?> elements) {
		return execute(elements, DeleteCommand::create);
	}

	/** Renames a named element with one undoable command. */
	public boolean rename(Object element, String name) {
		return element instanceof NamedElement && execute(List.of(element),
				(domain, own) -> SetCommand.create(domain, own.get(0), CorePackage.Literals.NAMED_ELEMENT__NAME, name));
	}

	/**
	 * Adds the child a new-child descriptor of {@code owner}'s item provider describes, named "New organisation" (see
	 * {@link org.helix.ui.jface.NewChildMenu#name}), and opens its name for typing.
	 */
	public boolean createChild(Object owner, Object descriptor) {
		boolean done = execute(List.of(owner), (domain, own) -> {
			org.helix.ui.jface.NewChildMenu.name(own.get(0), descriptor);
			return CreateChildCommand.create(domain, own.get(0), descriptor, own);
		});
		Object created = org.helix.ui.jface.NewChildMenu.child(descriptor);
		if (done && created != null) {
			startRename(created);
		}
		return done;
	}

	/** Opens the in-place name field on a named element shown here (F2, Rename); false when it cannot. */
	public boolean startRename(Object element) {
		if (!org.helix.ui.jface.InlineRename.canRename(element)) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(element), true);
		return inlineRename.start(element);
	}

	/** The explorer's in-place rename. */
	public org.helix.ui.jface.InlineRename inlineRename() {
		return inlineRename;
	}

	/**
	 * The commands the item providers offer for new children of {@code owner} (or new siblings of {@code sibling},
	 * when owner is null): asked of the editor's domain when the file is open, else of a domain over the explorer's copy.
	 */
	public Collection<?> newChildDescriptors(Object owner, Object sibling) {
		Object element = owner != null ? owner : sibling;
		HelixModelEditor editor = editorFor(element, false);
		EditingDomain domain = editor != null ? editor.getEditingDomain() : scratchDomain();
		return domain.getNewChildDescriptors(owner, sibling);
	}

	private EditingDomain scratchDomain() {
		return new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
	}

	/** Whether dropping {@code dragged} at {@code location} (one of the ViewerDropAdapter LOCATION_ constants) works. */
	public boolean canDrop(Object target, List<?> dragged, int location, int operation) {
		if (!(target instanceof EObject) || dragged.isEmpty() || !dragged.stream().allMatch(EObject.class::isInstance)) {
			return false;
		}
		IFile file = contentProvider.fileOf(target);
		if (file == null || !dragged.stream().allMatch(element -> file.equals(contentProvider.fileOf(element)))
				|| dragged.contains(target)) {
			return false;
		}
		HelixModelEditor editor = editorFor(target, false);
		EditingDomain domain = editor != null && isShown(editor, target) ? editor.getEditingDomain() : scratchDomain();
		Command command = ElementDragAndDrop.dropCommand(domain, target, dragged, location, operation);
		try {
			return command.canExecute();
		} finally {
			command.dispose();
		}
	}

	private static boolean isShown(HelixModelEditor editor, Object element) {
		return element instanceof EObject object && editor.getModel() != null && object.eResource() == editor.getModel().eResource();
	}

	/** Moves (or copies) the dragged elements with EMF's drag-and-drop command on the editor's stack. */
	public boolean drop(Object target, List<?> dragged, int location, int operation) {
		List<Object> all = new ArrayList<>();
		all.add(target);
		all.addAll(dragged);
		return execute(all, (domain, own) -> ElementDragAndDrop.dropCommand(domain, own.get(0), own.subList(1, own.size()), location, operation));
	}

	private void addDragAndDrop() {
		ElementDragAndDrop.addDragSupport(viewer);
		viewer.addDropSupport(ElementDragAndDrop.OPERATIONS, ElementDragAndDrop.transfers(), new ExplorerDropAdapter(this));
	}

	// ---- actions, menus

	private void createActions() {
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		deleteAction = selectionAction("&Delete", () -> {
			if (!inlineRename.forward(ActionFactory.DELETE.getId())) {
				delete(viewer.getStructuredSelection().toList());
			}
		});
		deleteAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
		deleteAction.setActionDefinitionId(ActionFactory.DELETE.getCommandId());
		renameAction = selectionAction("Rena&me", () -> startRename(viewer.getStructuredSelection().getFirstElement()));
		renameAction.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		undoAction = selectionAction("&Undo", () -> stack().undo());
		undoAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redoAction = selectionAction("&Redo", () -> stack().redo());
		redoAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));

		IActionBars bars = getViewSite().getActionBars();
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
		bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), renameAction);
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);

		linkAction = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				setLinkingEnabled(isChecked());
			}
		};
		linkAction.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		linkAction.setToolTipText("Link with Editor: selecting here selects in the model editor, and the other way round");
		linkAction.setChecked(linking);
		Action collapse = new Action("Collapse All") {
			@Override
			public void run() {
				viewer.collapseAll();
			}
		};
		collapse.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_ELCL_COLLAPSEALL));
		IToolBarManager toolbar = bars.getToolBarManager();
		toolbar.add(collapse);
		toolbar.add(linkAction);

		MenuManager types = new MenuManager("Show Element &Types");
		for (ElementKind kind : ElementKind.values()) {
			Action toggle = new Action(kind.label(), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					setKindVisible(kind, isChecked());
				}
			};
			toggle.setChecked(!hiddenKinds.contains(kind));
			kindActions.put(kind, toggle);
			types.add(toggle);
		}
		types.add(new Separator());
		types.add(new Action("Show &All") {
			@Override
			public void run() {
				for (ElementKind kind : ElementKind.values()) {
					setKindVisible(kind, true);
				}
			}
		});
		IMenuManager viewMenu = bars.getMenuManager();
		viewMenu.add(types);
		viewMenu.add(new Separator());
		viewMenu.add(linkAction);
		updateActions();
	}

	private Action selectionAction(String text, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		selectionActions.add(action);
		return action;
	}

	/** The command stack of the open editor of the selection's file, or null. */
	private CommandStack stack() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		HelixModelEditor editor = first == null ? null : editorFor(first, false);
		return editor == null ? null : editor.getEditingDomain().getCommandStack();
	}

	private void updateActions() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<?> selection = viewer.getStructuredSelection().toList();
		boolean elements = !selection.isEmpty() && selection.stream().allMatch(EObject.class::isInstance)
				&& selection.stream().noneMatch(HelixModel.class::isInstance);
		deleteAction.setEnabled(elements);
		renameAction.setEnabled(selection.size() == 1 && selection.get(0) instanceof NamedElement);
		CommandStack stack = stack();
		undoAction.setEnabled(stack != null && stack.canUndo());
		undoAction.setText(stack != null && stack.canUndo() ? "&Undo " + stack.getUndoCommand().getLabel() : "&Undo");
		redoAction.setEnabled(stack != null && stack.canRedo());
		redoAction.setText(stack != null && stack.canRedo() ? "&Redo " + stack.getRedoCommand().getLabel() : "&Redo");
	}

	private void createContextMenu() {
		MenuManager menu = new MenuManager("#PopupMenu");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
	}

	/** Open, New Child, New Sibling, Rename, Delete, Undo and Redo for what is selected. */
	void fillContextMenu(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		Object first = selection.getFirstElement();
		if (selection.size() == 1 && (first instanceof IFile || first instanceof EObject)) {
			menu.add(new Action("&Open") {
				@Override
				public void run() {
					openInEditor(first);
				}
			});
			if (first instanceof PriorityAction) {
				menu.add(new Action("Open &Fiche") {
					@Override
					public void run() {
						open(first);
					}
				});
			}
			menu.add(new Separator());
		}
		if (selection.size() == 1 && first instanceof EObject element) {
			MenuManager newChild = new MenuManager("&New Child");
			org.helix.ui.jface.NewChildMenu.fill(newChild, newChildDescriptors(element, null),
					descriptor -> new DescriptorAction(element, descriptor));
			menu.add(newChild);
			Object parent = contentProvider.getParent(element);
			if (parent instanceof EObject owner) {
				MenuManager newSibling = new MenuManager("N&ew Sibling");
				org.helix.ui.jface.NewChildMenu.fill(newSibling, newChildDescriptors(null, element),
						descriptor -> new DescriptorAction(owner, descriptor));
				menu.add(newSibling);
			}
			menu.add(new Separator());
		}
		updateActions();
		menu.add(undoAction);
		menu.add(redoAction);
		menu.add(new Separator());
		menu.add(renameAction);
		menu.add(deleteAction);
		menu.add(new Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
	}

	/** One entry of New Child or New Sibling; creates the child through the editor when chosen. */
	private final class DescriptorAction extends Action {

		private final Object owner;
		private final Object descriptor;

		DescriptorAction(Object owner, Object descriptor) {
			this.owner = owner;
			this.descriptor = descriptor;
			HelixModelEditor editor = editorFor(owner, false);
			EditingDomain domain = editor != null && isShown(editor, owner) ? editor.getEditingDomain() : scratchDomain();
			Command preview = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			if (preview instanceof org.eclipse.emf.edit.command.CommandActionDelegate delegate) {
				setText(delegate.getText());
				setToolTipText(delegate.getToolTipText());
				setImageDescriptor(ItemImages.descriptor(delegate.getImage()));
			} else {
				setText(preview.getLabel());
			}
		}

		@Override
		public void run() {
			createChild(owner, descriptor);
		}
	}

	// ---- filtering by kind

	public boolean isKindVisible(ElementKind kind) {
		return !hiddenKinds.contains(kind);
	}

	/** Shows or hides the elements of one kind (and what they contain). */
	public void setKindVisible(ElementKind kind, boolean visible) {
		boolean changed = visible ? hiddenKinds.remove(kind) : hiddenKinds.add(kind);
		kindActions.get(kind).setChecked(visible);
		if (changed) {
			viewer.refresh();
		}
	}

	/** The view menu's toggle for a kind, as the user clicks it. */
	public IAction kindAction(ElementKind kind) {
		return kindActions.get(kind);
	}

	private final class KindFilter extends ViewerFilter {
		@Override
		public boolean select(Viewer unused, Object parent, Object element) {
			ElementKind kind = ElementKind.of(element);
			return kind == null || !hiddenKinds.contains(kind);
		}
	}

	// ---- link with editor

	public boolean isLinkingEnabled() {
		return linking;
	}

	public IAction linkAction() {
		return linkAction;
	}

	public void setLinkingEnabled(boolean enabled) {
		linking = enabled;
		linkAction.setChecked(enabled);
		if (enabled) {
			if (getSite().getPage().getActiveEditor() instanceof HelixModelEditor editor) {
				revealInExplorer(editor, editor.getViewer() == null ? StructuredSelection.EMPTY : editor.getViewer().getStructuredSelection());
			}
		}
	}

	/** Brings the selection's editor to the top and selects the same elements there. */
	private void revealInEditor(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		if (syncing || first == null) {
			return;
		}
		HelixModelEditor editor = editorFor(first, false);
		if (editor == null) {
			return;
		}
		List<EObject> own = new ArrayList<>();
		for (Object element : selection.toList()) {
			EObject mine = element instanceof EObject object ? inEditor(editor, object) : null;
			if (mine != null) {
				own.add(mine);
			}
		}
		syncing = true;
		try {
			getSite().getPage().bringToTop(editor);
			if (!own.isEmpty()) {
				editor.reveal(own);
			}
		} finally {
			syncing = false;
		}
	}

	private void editorSelectionChanged(IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) {
		if (linking && !syncing && part instanceof HelixModelEditor editor && selection instanceof IStructuredSelection structured) {
			revealInExplorer(editor, structured);
		}
	}

	/** Selects the editor's selection (or, without one, its file) in the explorer. */
	private void revealInExplorer(HelixModelEditor editor, IStructuredSelection selection) {
		if (!(editor.getEditorInput() instanceof IFileEditorInput input) || viewer.getControl().isDisposed()) {
			return;
		}
		attach(editor);
		List<Object> shown = new ArrayList<>();
		for (Object element : selection.toList()) {
			if (isShown(editor, element)) {
				shown.add(element);
			}
		}
		if (shown.isEmpty()) {
			shown.add(input.getFile());
		}
		syncing = true;
		try {
			viewer.setSelection(new StructuredSelection(shown), true);
		} finally {
			syncing = false;
		}
	}

	// ---- following the editors

	/** From now on the editor's file shows the editor's model. */
	private void attach(HelixModelEditor editor) {
		if (!(editor.getEditorInput() instanceof IFileEditorInput input) || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		IFile file = input.getFile();
		if (contentProvider.editor(file) == editor) {
			return;
		}
		contentProvider.attach(file, editor);
		editor.addPropertyListener(editorListener);
		editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		showModelOf(file);
	}

	private void detach(HelixModelEditor editor) {
		IFile file = null;
		for (Map.Entry<IFile, HelixModelEditor> entry : contentProvider.editors().entrySet()) {
			if (entry.getValue() == editor) {
				file = entry.getKey();
			}
		}
		if (file == null) {
			return;
		}
		editor.removePropertyListener(editorListener);
		editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		contentProvider.detach(file);
		// the editor's unsaved changes are gone; show the file as it is on disk
		contentProvider.forget(file);
		if (!viewer.getControl().isDisposed()) {
			showModelOf(file);
			updateActions();
		}
	}

	private void editorPropertyChanged(Object source, int property) {
		if (!(source instanceof HelixModelEditor editor) || !(editor.getEditorInput() instanceof IFileEditorInput input)) {
			return;
		}
		if (property == HelixModelEditor.PROP_MODEL) {
			showModelOf(input.getFile());
		} else if (property == IEditorPart.PROP_DIRTY) {
			viewer.update(input.getFile(), null);
		} else if (property == IEditorPart.PROP_INPUT) {
			// a moved file: follow it under its new name
			detach(editor);
			attach(editor);
		}
	}

	/**
	 * Shows the file's current model (the editor's or the explorer's copy), keeping what was expanded and selected
	 * below it, found again by id in the new objects.
	 */
	private void showModelOf(IFile file) {
		Set<String> expanded = new HashSet<>();
		for (Object element : viewer.getExpandedElements()) {
			if (element instanceof EObject object && file.equals(contentProvider.fileOf(object))) {
				expanded.add(fragment(object));
			}
		}
		List<String> selected = new ArrayList<>();
		for (Object element : viewer.getStructuredSelection().toList()) {
			if (element instanceof EObject object && file.equals(contentProvider.fileOf(object))) {
				selected.add(fragment(object));
			}
		}
		boolean fileExpanded = viewer.getExpandedState(file);
		viewer.refresh(file);
		if (!fileExpanded || !(contentProvider.model(file) instanceof HelixModel model)) {
			return;
		}
		Resource resource = model.eResource();
		List<Object> expand = new ArrayList<>(Arrays.asList(viewer.getExpandedElements()));
		expand.add(file);
		expanded.stream().map(resource::getEObject).filter(Objects::nonNull).forEach(expand::add);
		viewer.setExpandedElements(expand.toArray());
		List<EObject> reselect = selected.stream().map(resource::getEObject).filter(Objects::nonNull).toList();
		if (!reselect.isEmpty()) {
			syncing = true;
			try {
				viewer.setSelection(new StructuredSelection(reselect.toArray()), false);
			} finally {
				syncing = false;
			}
		}
	}

	private static String fragment(EObject object) {
		return object.eResource() == null ? "" : object.eResource().getURIFragment(object);
	}

	private final class EditorTracker implements IPartListener2 {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof HelixModelEditor editor) {
				attach(editor);
			}
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof HelixModelEditor editor) {
				detach(editor);
			}
		}

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (linking && !syncing && reference.getPart(false) instanceof HelixModelEditor editor) {
				revealInExplorer(editor, editor.getViewer() == null ? StructuredSelection.EMPTY : editor.getViewer().getStructuredSelection());
			} else if (linking && !syncing && reference.getPart(false) instanceof ActionFicheEditor fiche && fiche.getModelEditor() != null) {
				revealInExplorer(fiche.getModelEditor(), new StructuredSelection(fiche.getAction()));
			}
		}
	}

	// ---- workspace changes

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
			// files open in an editor show the editor's model, which follows the file by itself
			changed.removeIf(file -> contentProvider.editor(file) != null);
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
		IWorkbenchPage page = getSite().getPage();
		page.removePartListener(partListener);
		page.removeSelectionListener(editorSelectionListener);
		for (HelixModelEditor editor : List.copyOf(contentProvider.editors().values())) {
			editor.removePropertyListener(editorListener);
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
		}
		super.dispose();
		// the tree has disposed its providers by now; the adapter factory goes last
		if (adapterFactory != null) {
			adapterFactory.dispose();
		}
	}

	/** Resources as the workbench shows them, model elements as their own item providers label them. */
	private final class ExplorerLabels extends LabelProvider {

		private final WorkbenchLabelProvider resources = new WorkbenchLabelProvider();
		private final ItemImages images = new ItemImages();

		@Override
		public String getText(Object element) {
			if (element instanceof IFile file && contentProvider.editor(file) != null && contentProvider.editor(file).isDirty()) {
				// as Archi marks a model with unsaved changes
				return "*" + resources.getText(element);
			}
			if (element instanceof IResource) {
				return resources.getText(element);
			}
			if (element instanceof ModelExplorerContentProvider.LoadProblem problem) {
				return "Cannot be read: " + problem.message();
			}
			IItemLabelProvider provider = itemLabels(element);
			String text = provider == null ? null : provider.getText(element);
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
			IItemLabelProvider provider = itemLabels(element);
			return provider == null ? null : images.get(provider.getImage(element));
		}

		private IItemLabelProvider itemLabels(Object element) {
			if (element instanceof IItemLabelProvider provider) {
				return provider;
			}
			return element == null ? null
					: (IItemLabelProvider) contentProvider.factoryFor(element).adapt(element, IItemLabelProvider.class);
		}

		@Override
		public void dispose() {
			resources.dispose();
			images.dispose();
			super.dispose();
		}
	}
}
