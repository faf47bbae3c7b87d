package org.helix.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuListener;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.DecoratingLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.helix.core.command.TriggeringCommandStack;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.AdapterFactoryContentProvider;
import org.helix.ui.jface.AdapterFactoryLabelProvider;
import org.helix.ui.jface.InlineRename;
import org.helix.ui.jface.NewChildMenu;
import org.helix.ui.properties.HelixPropertySheetPage;

/**
 * The editor of {@code .helix} files: the model as a tree, its properties in the tabbed Properties view, an Outline
 * page.
 * Every change is an EMF command on the editing domain's command stack, so the workbench's Undo and Redo (and the
 * dirty state) follow it. A file that cannot be loaded is shown as a message, and the editor never writes it.
 */
public class HelixModelEditor extends EditorPart implements IEditingDomainProvider, IMenuListener, IGotoMarker {

	public static final String ID = HelixUI.EDITOR_ID;
	/** Fired (as a part property) when the editor has (re)loaded its file: the model objects are new ones. */
	public static final int PROP_MODEL = 0x401;
	/** The editor's pages, in tab order. */
	public static final int OVERVIEW_PAGE = 0;
	public static final int TREE_PAGE = 1;

	private ComposedAdapterFactory adapterFactory;
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private HelixLoadException loadError;
	private Composite container;
	private CTabFolder pages;
	private OverviewPage overview;
	private TreeViewer viewer;
	private final ExternalChanges externalChanges = new ExternalChanges(this);
	private HelixOutlinePage outlinePage;
	private final Map<String, IAction> globalActions = new HashMap<>();
	private final List<CommandStackAction> stackActions = new ArrayList<>();
	private final List<SelectionCommandAction> selectionActions = new ArrayList<>();
	private final CommandStackListener commandStackListener = this::commandStackChanged;
	private final CommandStackListener overviewListener = event -> refreshOverview();
	private final List<SaveParticipant> saveParticipants = new ArrayList<>();
	private java.util.function.Function<IFile, IPath> saveAsChooser;
	private InlineRename inlineRename;
	private org.eclipse.jface.action.Action renameAction;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (pathOf(input) == null) {
			throw new PartInitException("Helix opens .helix files on disk; cannot open " + input.getName());
		}
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		adapterFactory = HelixUI.createAdapterFactory();
		// a diagram editor opened on the same file shares this domain; its refresh triggers need this stack
		// (without triggers it is a BasicCommandStack)
		domain = new AdapterFactoryEditingDomain(adapterFactory, new TriggeringCommandStack(), new HashMap<>());
		HelixPersistence.configure(domain.getResourceSet());
		domain.getCommandStack().addCommandStackListener(commandStackListener);
		domain.getCommandStack().addCommandStackListener(overviewListener);
		createActions();
	}

	/** The file behind an editor input, for workspace files and files opened from disk. */
	static Path pathOf(IEditorInput input) {
		if (input instanceof IFileEditorInput fileInput) {
			IPath location = fileInput.getFile().getLocation();
			return location == null ? null : location.toPath();
		}
		if (input instanceof IURIEditorInput uriInput && "file".equals(uriInput.getURI().getScheme())) {
			return Path.of(uriInput.getURI());
		}
		return null;
	}

	private IFile workspaceFile() {
		return getEditorInput() instanceof IFileEditorInput fileInput ? fileInput.getFile() : null;
	}

	// ---- loading

	@Override
	public void createPartControl(Composite parent) {
		container = new Composite(parent, SWT.NONE);
		container.setLayout(new GridLayout());
		load();
		externalChanges.start();
	}

	/** (Re)loads the file; shows the tree, or the load error. Never writes the file. */
	private void load() {
		for (Control child : container.getChildren()) {
			child.dispose();
		}
		viewer = null;
		pages = null;
		overview = null;
		loadError = null;
		if (resource != null) {
			resource.unload();
			domain.getResourceSet().getResources().remove(resource);
			resource = null;
		}
		try {
			HelixModel model = HelixPersistence.load(domain.getResourceSet(), pathOf(getEditorInput()));
			resource = model.eResource();
			createPages(container);
		} catch (HelixLoadException e) {
			loadError = e;
			createErrorMessage(container, e);
		}
		externalChanges.loaded();
		container.layout(true, true);
		firePropertyChange(PROP_MODEL);
	}

	/** An overview form and the model tree, as tabs at the bottom like the workbench's multi-page editors. */
	private void createPages(Composite parent) {
		GridLayout layout = (GridLayout) parent.getLayout();
		layout.marginWidth = layout.marginHeight = 0;
		pages = new CTabFolder(parent, SWT.BOTTOM | SWT.FLAT);
		pages.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		overview = new OverviewPage(this, adapterFactory);
		CTabItem overviewItem = new CTabItem(pages, SWT.NONE);
		overviewItem.setText("Overview");
		overviewItem.setControl(overview.createControl(pages));
		Composite treePage = new Composite(pages, SWT.NONE);
		treePage.setLayout(new GridLayout());
		createTree(treePage);
		CTabItem treeItem = new CTabItem(pages, SWT.NONE);
		treeItem.setText("Model");
		treeItem.setControl(treePage);
		pages.setSelection(OVERVIEW_PAGE);
	}

	/** The index of the page shown (see {@link #OVERVIEW_PAGE}), or -1 when the file did not load. */
	public int getActivePage() {
		return pages == null || pages.isDisposed() ? -1 : pages.getSelectionIndex();
	}

	public void setActivePage(int index) {
		if (pages != null && !pages.isDisposed()) {
			pages.setSelection(index);
		}
	}

	public void showTreePage() {
		setActivePage(TREE_PAGE);
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	/** The Overview page's element counts as its labels show them. */
	public Map<org.helix.ui.ElementKind, String> overviewCounts() {
		return overview == null ? Map.of() : overview.shownCounts();
	}

	/** The Overview page's validation summary as shown. */
	public String overviewValidation() {
		return overview == null ? "" : overview.validationText();
	}

	/** Shows the overview's current state, e.g. after validation changed the file's markers. */
	void refreshOverview() {
		if (overview != null && isAlive()) {
			overview.refresh();
		}
	}

	private void createTree(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		// decorated by the workbench, so that contributed decorators (e.g. the RAG status of actions) show here
		viewer.setLabelProvider(new DecoratingLabelProvider(new AdapterFactoryLabelProvider(adapterFactory),
				new org.helix.ui.jface.CurrentTextDecorator(PlatformUI.getWorkbench().getDecoratorManager().getLabelDecorator())));
		viewer.setUseHashlookup(true);
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		// a priority action opens as its fiche; anything else expands or collapses as usual
		viewer.addDoubleClickListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof PriorityAction action) {
				openFiche(action);
			}
		});
		getSite().setSelectionProvider(viewer);
		TreeDragAndDrop.install(viewer, domain);
		for (SelectionCommandAction action : selectionActions) {
			viewer.addSelectionChangedListener(action);
		}
		inlineRename = new InlineRename(viewer, this::rename);
		viewer.addSelectionChangedListener(event -> updateRenameAction());
		updateRenameAction();
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this);
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(menu, viewer);
		if (outlinePage != null) {
			outlinePage.setInput(resource);
		}
	}

	private static void createErrorMessage(Composite parent, HelixLoadException e) {
		Label icon = new Label(parent, SWT.NONE);
		icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_ERROR_TSK));
		Label title = new Label(parent, SWT.WRAP);
		title.setText("This file cannot be opened as a Helix model. It has not been changed.");
		Text message = new Text(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		message.setText(describe(e));
		message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	/** File, position and reason on separate lines; e.g. "Line 12, column 40". Also used by the diagram editor. */
	public static String describe(HelixLoadException e) {
		StringBuilder text = new StringBuilder("File: ").append(e.getFile()).append('\n');
		if (e.getLine() > 0) {
			text.append("Line ").append(e.getLine());
			if (e.getColumn() > 0) {
				text.append(", column ").append(e.getColumn());
			}
			text.append('\n');
		}
		return text.append("Problem: ").append(e.getReason()).toString();
	}

	// ---- commands and actions

	private void createActions() {
		stackActions.add(CommandStackAction.undo(domain));
		stackActions.add(CommandStackAction.redo(domain));
		stackActions.forEach(action -> globalActions.put(action.getId(), action));
		addSelectionAction(ActionFactory.DELETE, "&Delete", (d, s) -> DeleteCommand.create(d, s));
		addSelectionAction(ActionFactory.CUT, "Cu&t", (d, s) -> CutToClipboardCommand.create(d, s));
		addSelectionAction(ActionFactory.COPY, "&Copy", (d, s) -> CopyToClipboardCommand.create(d, s));
		addSelectionAction(ActionFactory.PASTE, "&Paste",
				(d, s) -> s.size() == 1 ? FreshIdsPaste.create(d, s.get(0)) : null);
		org.eclipse.jface.action.Action revert = new org.eclipse.jface.action.Action("Re&vert") {
			@Override
			public void run() {
				revert();
			}
		};
		revert.setId(ActionFactory.REVERT.getId());
		globalActions.put(revert.getId(), revert);
		// F2, as in the Model Explorer: the workbench binds it to the Rename command, whose handler is this action
		renameAction = new org.eclipse.jface.action.Action("Rena&me") {
			@Override
			public void run() {
				startRename(viewer == null ? null : viewer.getStructuredSelection().getFirstElement());
			}
		};
		renameAction.setId(ActionFactory.RENAME.getId());
		renameAction.setActionDefinitionId(ActionFactory.RENAME.getCommandId());
		renameAction.setEnabled(false);
		globalActions.put(renameAction.getId(), renameAction);
	}

	private void updateRenameAction() {
		IStructuredSelection selection = viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
		renameAction.setEnabled(selection.size() == 1 && InlineRename.canRename(selection.getFirstElement()));
	}

	/** Opens the tree's in-place name field on {@code element} (shown, selected); false when it has no name to edit. */
	public boolean startRename(Object element) {
		if (viewer == null || !InlineRename.canRename(element)) {
			return false;
		}
		setActivePage(TREE_PAGE);
		viewer.setSelection(new StructuredSelection(element), true);
		return inlineRename.start(element);
	}

	/** The tree's in-place rename (F2, Rename, a new element). */
	public InlineRename inlineRename() {
		return inlineRename;
	}

	/** Renames a named element with one undoable command. */
	public void rename(org.helix.model.core.NamedElement element, String name) {
		domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, element,
				org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, name));
	}

	/** A new element is selected and its name open for typing, so that naming it is part of making it. */
	private void created(Collection<?> affected) {
		if (affected.size() == 1 && InlineRename.canRename(affected.iterator().next())) {
			startRename(affected.iterator().next());
		}
	}

	private void addSelectionAction(ActionFactory factory, String text,
			java.util.function.BiFunction<EditingDomain, List<?>, Command> command) {
		SelectionCommandAction action = new SelectionCommandAction(factory.getId(), text, domain, command,
				id -> inlineRename != null && inlineRename.forward(id));
		action.setActionDefinitionId(factory.getCommandId());
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		String image = switch (factory.getId()) {
		case "delete" -> ISharedImages.IMG_TOOL_DELETE;
		case "cut" -> ISharedImages.IMG_TOOL_CUT;
		case "copy" -> ISharedImages.IMG_TOOL_COPY;
		case "paste" -> ISharedImages.IMG_TOOL_PASTE;
		default -> null;
		};
		if (image != null) {
			action.setImageDescriptor(images.getImageDescriptor(image));
		}
		selectionActions.add(action);
		globalActions.put(action.getId(), action);
	}

	/** The handlers this editor gives the workbench's global actions (undo, redo, delete, cut, copy, paste, revert). */
	public Map<String, IAction> globalActions() {
		return globalActions;
	}

	/** Puts this editor's handlers into {@code bars}; also used by the Properties and Outline pages. */
	void contributeGlobalActions(IActionBars bars) {
		globalActions.forEach(bars::setGlobalActionHandler);
		bars.updateActionBars();
	}

	private void commandStackChanged(EventObject event) {
		if (container == null || container.isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		Command command = domain.getCommandStack().getMostRecentCommand();
		if (command != null && viewer != null) {
			Collection<?> affected = command.getAffectedObjects();
			if (!affected.isEmpty()) {
				setSelection(new StructuredSelection(affected.toArray()));
			}
		}
		if (viewer != null && command != null && getModel() != null) {
			// a relationship is labelled by the names of its ends: renaming an end renames the tie in the tree too
			Collection<?> affected = command.getAffectedObjects();
			Object[] ties = getModel().getRelationships().stream()
					.filter(tie -> affected.contains(tie.getSource()) || affected.contains(tie.getTarget())).toArray();
			if (ties.length > 0) {
				viewer.update(ties, null);
			}
		}
		if (viewer != null) {
			// the undone or redone command changed the selection's commands' executability
			selectionActions.forEach(action -> action.setSelection(viewer.getStructuredSelection()));
		}
	}

	@Override
	public void menuAboutToShow(IMenuManager menu) {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (selection.size() == 1) {
			Object selected = selection.getFirstElement();
			if (selected instanceof PriorityAction action) {
				menu.add(new org.eclipse.jface.action.Action("Open &Fiche") {
					@Override
					public void run() {
						openFiche(action);
					}
				});
				menu.add(new Separator());
			}
			MenuManager newChild = new MenuManager("&New Child");
			NewChildMenu.fill(newChild, domain.getNewChildDescriptors(selected, null),
					descriptor -> new CreateChildAction(domain, selected, descriptor, selection.toList(), this::created));
			menu.add(newChild);
			Object parent = domain.getParent(selected);
			if (parent instanceof EObject) {
				MenuManager newSibling = new MenuManager("N&ew Sibling");
				NewChildMenu.fill(newSibling, domain.getNewChildDescriptors(null, selected),
						descriptor -> new CreateChildAction(domain, parent, descriptor, selection.toList(), this::created));
				menu.add(newSibling);
			}
			menu.add(new Separator());
		}
		stackActions.forEach(menu::add);
		menu.add(new Separator());
		for (String id : List.of("cut", "copy", "paste")) {
			menu.add(globalActions.get(id));
		}
		menu.add(new Separator());
		menu.add(renameAction);
		menu.add(globalActions.get(ActionFactory.DELETE.getId()));
		menu.add(new Separator());
		CommandContributionItemParameter validate = new CommandContributionItemParameter(getSite(), null,
				HelixUI.VALIDATE_COMMAND_ID, CommandContributionItem.STYLE_PUSH);
		menu.add(new CommandContributionItem(validate));
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
	}

	// ---- selection and navigation

	/**
	 * Opens the fiche of one of this model's priority actions (the editor {@link HelixUI#FICHE_EDITOR_ID}, on a
	 * {@link ModelElementInput}); null (with a status message) when it cannot open. By id, so that this editor does not
	 * depend on the fiche editor, which depends on it.
	 */
	public IEditorPart openFiche(PriorityAction action) {
		try {
			return getSite().getPage().openEditor(new ModelElementInput(this, action), HelixUI.FICHE_EDITOR_ID);
		} catch (PartInitException e) {
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(e.getMessage());
			return null;
		}
	}

	/** The label this editor's tree shows for {@code element}. */
	public String labelOf(Object element) {
		return new org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator(adapterFactory).getText(element);
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	public void setSelection(IStructuredSelection selection) {
		if (viewer != null) {
			viewer.setSelection(selection, true);
		}
	}

	/** Selects and reveals the element with this id; false when the model has none (or is not loaded). */
	public boolean showElement(String id) {
		EObject element = id == null || resource == null ? null : resource.getEObject(id);
		if (element == null) {
			return false;
		}
		reveal(List.of(element));
		return true;
	}

	/** Shows the tree page with these elements selected and visible. */
	public void reveal(Collection<?> elements) {
		setActivePage(TREE_PAGE);
		setSelection(new StructuredSelection(elements.toArray()));
	}

	/** The Problems view calls this (through {@code IDE.gotoMarker}) for a validation marker of this file. */
	@Override
	public void gotoMarker(IMarker marker) {
		showElement(marker.getAttribute(HelixUI.ELEMENT_ID, null));
	}

	// ---- model access

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** The loaded model, or null when the file could not be loaded. */
	public HelixModel getModel() {
		return resource != null && !resource.getContents().isEmpty()
				&& resource.getContents().get(0) instanceof HelixModel model ? model : null;
	}

	/** Why the file could not be loaded, or null when it was. */
	public HelixLoadException getLoadError() {
		return loadError;
	}

	// ---- saving

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return resource != null;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (resource == null) {
			return;
		}
		saveTo(workspaceFile(), pathOf(getEditorInput()), monitor);
	}

	@Override
	public void doSaveAs() {
		IFile target = saveAsTarget();
		if (target != null) {
			saveAs(target);
		}
	}

	/**
	 * Asks where to save a copy: the workbench's Save As dialog, or what a test put in {@link #saveAsChooser}.
	 * Returns null when the user cancels. A name without the {@code .helix} extension gets it.
	 */
	private IFile saveAsTarget() {
		IFile current = workspaceFile();
		IPath chosen = saveAsChooser != null ? saveAsChooser.apply(current) : askSaveAsTarget(current);
		if (chosen == null) {
			return null;
		}
		if (!HelixPersistence.FILE_EXTENSION.equals(chosen.getFileExtension())) {
			chosen = chosen.addFileExtension(HelixPersistence.FILE_EXTENSION);
		}
		return ResourcesPlugin.getWorkspace().getRoot().getFile(chosen);
	}

	private IPath askSaveAsTarget(IFile current) {
		SaveAsDialog dialog = new SaveAsDialog(getSite().getShell());
		if (current != null) {
			dialog.setOriginalFile(current);
		}
		return dialog.open() == SaveAsDialog.OK ? dialog.getResult() : null;
	}

	/**
	 * Replaces the Save As dialog (null: the workbench's {@link SaveAsDialog}); given the current file, it returns the
	 * workspace path to save to, or null to cancel. A seam for tests, so that they can drive the real Save As path.
	 */
	public void setSaveAsChooser(java.util.function.Function<IFile, IPath> chooser) {
		this.saveAsChooser = chooser;
	}

	/**
	 * Saves the model to {@code file} and continues editing that file: the resource, the editor input and those who
	 * save with the model (its diagrams) move there. On failure nothing moves and the old file is untouched.
	 */
	public boolean saveAs(IFile file) {
		if (file.getLocation() == null) {
			MessageDialog.openError(getSite().getShell(), "Save As failed", "Helix saves models on the local file system; "
					+ file.getFullPath() + " is not.");
			return false;
		}
		URI previous = resource.getURI();
		Path path = file.getLocation().toPath();
		resource.setURI(URI.createFileURI(path.toAbsolutePath().toString()));
		if (!saveTo(file, path, null)) {
			resource.setURI(previous);
			return false;
		}
		setInputWithNotify(new FileEditorInput(file));
		setPartName(file.getName());
		return true;
	}

	/**
	 * Saves the model, then whatever registered to be saved with it ({@link #addSaveParticipant}). A workspace file is
	 * written through the workspace ({@link WorkspaceFiles}: validateEdit, local history, scheduling rule, backup);
	 * a file outside the workspace atomically by {@link HelixPersistence}. It runs on the UI thread because the model
	 * belongs to it and the save takes well under a second even for large models (see docs/benchmarks.md). On failure
	 * the user is told why, and the editor stays dirty: nothing is lost.
	 */
	private boolean saveTo(IFile file, Path path, IProgressMonitor monitor) {
		try {
			if (file != null) {
				byte[] content = HelixPersistence.toBytes(resource);
				WorkspaceFiles.write(file, content, getSite().getShell(), monitor);
				resource.setModified(false);
			} else {
				HelixPersistence.save(resource, path);
			}
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed",
					"Helix could not save " + path + ":\n" + e.getMessage() + "\n\nThe file on disk is unchanged.");
			return false;
		} catch (CoreException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed", "Helix could not save " + path + ":\n"
					+ WorkspaceFiles.reason(e) + "\n\nYour changes are still in the editor; the file on disk is unchanged"
					+ " (or, if the write itself failed, its previous content is in " + HelixPersistence.backupOf(path).getFileName()
					+ " and in local history).");
			return false;
		}
		externalChanges.saved(path);
		for (SaveParticipant participant : List.copyOf(saveParticipants)) {
			try {
				participant.modelSaved(this, file, monitor);
			} catch (IOException | CoreException e) {
				String reason = e instanceof CoreException core ? WorkspaceFiles.reason(core) : e.getMessage();
				MessageDialog.openError(getSite().getShell(), "Save failed", "The model was saved to " + path
						+ ", but not everything saved with it:\n" + reason + "\n\nThe editor keeps these changes; save again to retry.");
				return false;
			}
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		firePropertyChange(PROP_DIRTY);
		return true;
	}

	/**
	 * Something saved together with the model when the user saves it, such as the diagrams of an open diagram editor
	 * that shares this editor's command stack (its changes are part of the same dirty state). After a Save As the
	 * model's resource already has its new URI when {@link #modelSaved} is called.
	 */
	public interface SaveParticipant {
		/**
		 * The model has just been written to {@code modelFile} (null for a file outside the workspace; the
		 * resource's URI names it then); write what belongs with it. {@code modelFile} may be new (Save As): the
		 * editor's input changes to it once every participant has saved.
		 */
		void modelSaved(HelixModelEditor editor, IFile modelFile, IProgressMonitor monitor) throws IOException, CoreException;
	}

	public void addSaveParticipant(SaveParticipant participant) {
		saveParticipants.add(participant);
	}

	public void removeSaveParticipant(SaveParticipant participant) {
		saveParticipants.remove(participant);
	}

	/** The file on disk, for workspace files and files opened from outside the workspace. */
	Path path() {
		return pathOf(getEditorInput());
	}

	IFile file() {
		return workspaceFile();
	}

	/** Continues editing the same model under the file's new name after a move or rename in the workspace. */
	void moved(IFile newFile) {
		if (resource != null && newFile.getLocation() != null) {
			// the resource follows, so what is saved with it (its diagrams) is written beside the new file
			resource.setURI(URI.createFileURI(newFile.getLocation().toFile().getAbsolutePath()));
		}
		setInputWithNotify(new FileEditorInput(newFile));
		setPartName(newFile.getName());
	}

	boolean isAlive() {
		return container != null && !container.isDisposed();
	}

	/** A dirty editor whose file was deleted says so in its tab; saving writes the file again. */
	void markDeleted(boolean deleted) {
		String name = getEditorInput().getName();
		setPartName(deleted ? name + " (deleted on disk)" : name);
		if (deleted) {
			getEditorSite().getActionBars().getStatusLineManager()
					.setErrorMessage(name + " was deleted on disk; Save writes it again, closing without saving drops it");
		}
	}

	/** Drops all unsaved changes and the undo history, and reloads the file. */
	public void revert() {
		// keep what the user looked at: the same page and, by id, the same elements
		int page = getActivePage();
		List<String> selected = viewer == null ? List.of() : ((List<?>) viewer.getStructuredSelection().toList()).stream()
				.filter(org.helix.model.core.Identifiable.class::isInstance)
				.map(element -> ((org.helix.model.core.Identifiable) element).getId()).toList();
		domain.getCommandStack().flush();
		load();
		firePropertyChange(PROP_DIRTY);
		if (resource != null) {
			List<EObject> again = selected.stream().map(resource::getEObject).filter(java.util.Objects::nonNull).toList();
			if (!again.isEmpty()) {
				setSelection(new StructuredSelection(again.toArray()));
			}
			if (page >= 0) {
				setActivePage(page);
			}
		}
	}

	// ---- pages for the Properties and Outline views

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			return type.cast(createPropertySheetPage());
		}
		if (type == IContentOutlinePage.class) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new HelixOutlinePage(this, adapterFactory);
				outlinePage.setInput(resource);
			}
			return type.cast(outlinePage);
		}
		if (type == IGotoMarker.class) {
			return type.cast(this);
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	/** The tabbed Properties page; undo and redo keep working while it has the focus. Its sections follow the stack. */
	private IPropertySheetPage createPropertySheetPage() {
		return new HelixPropertySheetPage(this, this::contributeGlobalActions);
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		} else if (container != null) {
			container.setFocus();
		}
	}

	@Override
	public void dispose() {
		externalChanges.stop();
		domain.getCommandStack().removeCommandStackListener(overviewListener);
		domain.getCommandStack().removeCommandStackListener(commandStackListener);
		stackActions.forEach(CommandStackAction::dispose);
		// the tree disposes its content and label providers (and their images) with its control
		if (outlinePage != null) {
			outlinePage.dispose();
		}
		for (Resource loaded : domain.getResourceSet().getResources()) {
			loaded.unload();
		}
		adapterFactory.dispose();
		super.dispose();
	}
}
