package org.helix.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.helix.core.command.TriggeringCommandStack;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutJob;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.OperationAction;
import org.helix.diagram.model.description.ReconnectEdgeTool;
import org.helix.diagram.model.description.ReconnectionKind;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.DropTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramResources;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.sync.DiagramSynchronizer;
import org.helix.diagram.sync.DiagramTools;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.scene.SvgWriter;
import org.helix.diagram.viewpoint.Legend;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.HelixModel;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.editor.WorkspaceFiles;
import org.helix.ui.properties.HelixPropertySheetPage;
import org.helix.ui.properties.PropertySheetPageAdapterFactory;

/**
 * Diagram editor on a {@code .helix} file for one viewpoint. When the model editor has the same file open, the
 * diagram editor works in that editor's editing domain: one command stack, so undo, redo and the dirty state are
 * shared and a change made in either shows in both. Otherwise it has its own domain over its own ResourceSet (the
 * model and its {@code .helix-diagrams}). Every change is a command on that stack; undo covers model and diagram
 * together. The selection it publishes is the semantic elements, so the Properties view shows them.
 */
public class DiagramEditor extends EditorPart
		implements ISelectionProvider, IEditingDomainProvider, ITabbedPropertySheetPageContributor {

	public static final String ID = "org.helix.diagram.ui.editor";

	private EditingDomain domain;
	/** The model editor whose domain this editor shares, or null when it has its own. */
	private IEditorPart modelEditor;
	private DiagramSession session;
	private DiagramTools tools;
	private Diagram diagram;
	private DiagramDescription description;
	private HelixModel model;
	private Path file;
	private DiagramCanvas canvas;
	private ToolBar palette;
	/** The tools' icons ({@code Tool.icon}) shown in the palette; disposed when it is filled again and with the editor. */
	private final List<org.eclipse.swt.graphics.Image> paletteImages = new ArrayList<>();

	private void disposePaletteImages() {
		paletteImages.forEach(org.eclipse.swt.graphics.Image::dispose);
		paletteImages.clear();
	}

	/** The palette's tool items (text, image), for tests. */
	public List<ToolItem> paletteItems() {
		return palette == null ? List.of() : List.of(palette.getItems());
	}
	private Tool armedTool;
	private final List<ISelectionChangedListener> selectionListeners = new ArrayList<>();
	private final List<CommandStackListener> stackActions = new ArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::modelChanged);
	/** A viewpoint file was saved (or deleted): the diagram takes the new description at once, on the UI thread. */
	private final java.util.function.Consumer<ViewpointRegistry.Change> viewpointListener = change -> {
		DiagramDescription shown = description;
		if (shown != null && change.descriptionIds().contains(shown.getId())) {
			Display.getDefault().asyncExec(this::viewpointChanged);
		}
	};
	/** Why the model or its diagrams could not be loaded, or null; such an editor shows the message and never saves. */
	private HelixLoadException loadError;
	/** The user saved the model in the model editor: the diagrams, on the same command stack, belong with it. */
	private final HelixModelEditor.SaveParticipant saveWithModel = (editor, modelFile, monitor) -> saveDiagrams(modelFile, monitor);
	/** The model editor saved its model under a new name (Save As): the diagrams moved with it, so does this editor. */
	private final IPropertyListener modelEditorMoved = (source, id) -> {
		if (id == PROP_DIRTY) {
			// the shared command stack was saved (or changed) through the model editor or another diagram editor: a
			// save fires no command-stack event, so without this the tab kept its '*' after saving (issue 11)
			firePropertyChange(PROP_DIRTY);
		}
		if (id == PROP_INPUT && modelEditor != null && modelEditor.getEditorInput() instanceof IFileEditorInput moved
				&& !moved.getFile().equals(((DiagramEditorInput) getEditorInput()).getFile())) {
			follow(moved.getFile());
		}
	};
	private final IPartListener2 modelEditorClosed = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			if (modelEditor != null && reference.getPart(false) == modelEditor) {
				// its editing domain, which this editor used, is gone
				modelEditor = null;
				getSite().getPage().closeEditor(DiagramEditor.this, false);
			}
		}
	};

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput diagramInput)) {
			throw new PartInitException("the diagram editor opens a DiagramEditorInput (a .helix file and a viewpoint)");
		}
		setSite(site);
		setInput(input);
		org.helix.diagram.ui.viewpoint.WorkspaceViewpoints.start();
		org.helix.diagram.ui.viewpoint.RuleMarkers.start();
		description = ViewpointRegistry.getDefault().diagram(diagramInput.descriptionId());
		if (description == null) {
			// maybe a workspace viewpoint not loaded yet (an editor restored at start-up)
			org.helix.diagram.ui.viewpoint.WorkspaceViewpoints.startAndWait();
			description = ViewpointRegistry.getDefault().diagram(diagramInput.descriptionId());
		}
		if (description == null) {
			throw new PartInitException("unknown diagram description " + diagramInput.descriptionId());
		}
		file = diagramInput.getPath().toPath();
		try {
			modelEditor = openModelEditor(site.getPage(), diagramInput.getFile());
			if (modelEditor != null) {
				domain = ((IEditingDomainProvider) modelEditor).getEditingDomain();
				model = helixModel(domain.getResourceSet());
			} else {
				ResourceSet resourceSet = HelixPersistence.newResourceSet();
				domain = DiagramSession.createEditingDomain(resourceSet);
				model = HelixPersistence.load(resourceSet, file);
			}
			session = DiagramSession.open(domain, model.eResource(), ViewpointRegistry.getDefault()::diagram);
		} catch (HelixLoadException e) {
			// shown in the editor (file, line, column); nothing is loaded, so nothing can be saved over the file
			loadError = e;
			setPartName(diagramInput.getName() + " – " + description.getLabel());
			if (modelEditor != null) {
				site.getPage().addPartListener(modelEditorClosed);
			}
			return;
		} catch (IOException e) {
			throw new PartInitException("cannot open " + file + ": " + e.getMessage(), e);
		}
		tools = new DiagramTools(session);
		EObject root = diagramInput.rootFragment() == null ? null : model.eResource().getEObject(diagramInput.rootFragment());
		diagram = session.diagrams().stream().filter(d -> description.getId().equals(d.getDescriptionId()))
				.filter(d -> root == null || d.getSemanticRoot() == root).findFirst()
				.orElseGet(() -> session.createDiagram(description, root != null ? root : DiagramExports.root(model, description),
						description.getLabel()));
		updateTitle();
		site.setSelectionProvider(this);
		domain.getCommandStack().addCommandStackListener(stackListener);
		ViewpointRegistry.getDefault().addListener(viewpointListener);
		if (modelEditor != null) {
			if (modelEditor instanceof HelixModelEditor helix) {
				helix.addSaveParticipant(saveWithModel);
			}
			modelEditor.addPropertyListener(modelEditorMoved);
			site.getPage().addPartListener(modelEditorClosed);
		}
		IAction undo = new StackAction("&Undo", CommandStack::canUndo, CommandStack::undo);
		IAction redo = new StackAction("&Redo", CommandStack::canRedo, CommandStack::redo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		site.getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), new Action("&Delete") {
			@Override
			public void run() {
				deleteSelection();
			}
		});
		site.getActionBars().setGlobalActionHandler(ActionFactory.SELECT_ALL.getId(), new Action("Select &All") {
			@Override
			public void run() {
				canvas.select(allShown());
			}
		});
	}

	/**
	 * Opens (or activates) the diagram editor for an input. Matches by editor id and input: the model editor's
	 * FileEditorInput equals any input of the same file, so matching by input alone would activate the model editor.
	 */
	public static DiagramEditor open(IWorkbenchPage page, DiagramEditorInput input) throws PartInitException {
		return (DiagramEditor) page.openEditor(input, ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
	}

	/**
	 * The open model editor of the same file whose domain can be shared: it has loaded the model and its command stack
	 * supports the diagram refresh triggers.
	 */
	static IEditorPart openModelEditor(IWorkbenchPage page, IFile file) {
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part == null || part instanceof DiagramEditor || !(part instanceof IEditingDomainProvider provider)) {
				continue;
			}
			if (part.getEditorInput() instanceof IFileEditorInput input && input.getFile().equals(file)
					&& provider.getEditingDomain() != null
					&& provider.getEditingDomain().getCommandStack() instanceof TriggeringCommandStack
					&& helixModel(provider.getEditingDomain().getResourceSet()) != null) {
				return part;
			}
		}
		return null;
	}

	private static HelixModel helixModel(ResourceSet resourceSet) {
		for (Resource resource : resourceSet.getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof HelixModel model) {
				return model;
			}
		}
		return null;
	}

	/** True when this editor shares the model editor's editing domain. */
	public boolean sharesModelEditorDomain() {
		return modelEditor != null;
	}

	@Override
	public void createPartControl(Composite parent) {
		if (loadError != null) {
			createErrorMessage(parent, loadError);
			return;
		}
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		body.setLayout(layout);
		palette = new ToolBar(body, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		canvas = new DiagramCanvas(body);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fillPalette();
		canvas.setListener(new DiagramCanvas.Listener() {
			@Override
			public void moved(Map<Node, double[]> positions) {
				execute(NodeMoves.move(diagram, positions, true));
			}

			@Override
			public void resized(Node node, double x, double y, double width, double height) {
				execute(NotationCommands.resize(diagram, node, x, y, width, height));
			}

			@Override
			public void clicked(double x, double y, DiagramElement element, boolean doubleClick) {
				if (doubleClick) {
					if (!navigate(element)) {
						directEdit(element);
					}
				} else {
					useTool(x, y, element);
				}
			}

			@Override
			public void enter(double x, double y, DiagramElement element) {
				directEdit(element); // Enter or F2 = direct edit, whatever a double-click does
			}

			@Override
			public void selectionChanged(Set<DiagramElement> selected) {
				publishSelection(selected);
			}

			@Override
			public boolean canConnect(Node source, Node target) {
				return armedTool instanceof EdgeCreationTool tool && tools.createEdge(tool, diagram, source, target).canExecute();
			}

			@Override
			public void connect(Node source, Node target) {
				if (armedTool instanceof EdgeCreationTool tool) {
					execute(tools.createEdge(tool, diagram, source, target));
					disarm();
				}
			}

			@Override
			public boolean canReconnect(org.helix.diagram.model.notation.Edge edge, boolean sourceEnd) {
				return reconnectTools(edge).stream().anyMatch(tool -> tool.getReconnectionKind() == ReconnectionKind.BOTH
						|| (tool.getReconnectionKind() == ReconnectionKind.SOURCE) == sourceEnd);
			}

			@Override
			public boolean canReconnect(org.helix.diagram.model.notation.Edge edge, boolean sourceEnd, Node node) {
				return reconnectCommand(edge, sourceEnd, node) != null;
			}

			@Override
			public void reconnect(org.helix.diagram.model.notation.Edge edge, boolean sourceEnd, Node node) {
				execute(reconnectCommand(edge, sourceEnd, node));
			}
		});
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				deleteSelection();
			} else if (e.keyCode == SWT.F2 && canvas.selection().size() == 1) {
				directEdit(canvas.selection().iterator().next());
			}
		});
		createContextMenu();
		createDropTarget();
		canvas.setScene(SceneBuilder.build(diagram));
		boolean nothingPlaced = diagram.getNodes().stream().noneMatch(Node::isPlaced);
		if (nothingPlaced && !diagram.getNodes().isEmpty()) {
			arrange(true); // a new diagram: lay it out in the background
		} else {
			DiagramExports.layoutUnplaced(session, diagram, description); // only new nodes: fast
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					canvas.showTopLeft();
					reveal(((DiagramEditorInput) getEditorInput()).revealFragment());
				}
			});
		}
	}

	// ---- palette and toolbar

	private void fillPalette() {
		for (ToolItem item : palette.getItems()) {
			item.dispose();
		}
		disposePaletteImages();
		ToolItem select = new ToolItem(palette, SWT.RADIO);
		select.setText("Select");
		select.setSelection(true);
		select.addListener(SWT.Selection, e -> arm(null));
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !diagram.getActiveLayers().contains(layer.getId())) {
				continue;
			}
			for (Tool tool : layer.getTools()) {
				if (tool instanceof NodeCreationTool || tool instanceof EdgeCreationTool) {
					ToolItem item = new ToolItem(palette, SWT.RADIO);
					item.setText((tool instanceof NodeCreationTool ? "+ " : "→ ") + (tool.getLabel() != null ? tool.getLabel() : tool.getId()));
					String icon = org.helix.diagram.viewpoint.Icons.location(tool, tool.getIcon());
					org.eclipse.swt.graphics.Image image = icon == null ? null
							: org.helix.diagram.ui.render.DiagramRenderer.loadIcon(palette.getDisplay(), icon);
					if (image != null) { // a missing icon is logged once and left out: the label still says what the tool does
						paletteImages.add(image);
						item.setImage(image);
					}
					item.setToolTipText(tool instanceof NodeCreationTool ? "Click on the diagram to create"
							: "Drag from the source node to the target node");
					item.addListener(SWT.Selection, e -> {
						if (item.getSelection()) {
							arm(tool);
						}
					});
				}
			}
		}
		new ToolItem(palette, SWT.SEPARATOR);
		if (description.getLayers().stream().anyMatch(Layer::isOptional)) {
			dropDown("Layers", "Optional layers of this viewpoint: what they show is added to the diagram", this::fillLayerMenu);
		}
		if (!description.getFilters().isEmpty()) {
			dropDown("Filters", "Filters of this viewpoint: an active filter hides what it matches", this::fillFilterMenu);
		}
		ToolItem legendItem = new ToolItem(palette, SWT.CHECK);
		legendItem.setText("Legend");
		legendItem.setToolTipText("Shows what the colours, shapes and lines mean (from the viewpoint's mappings and conditional styles)");
		legendItem.setSelection(canvas.isLegendShown());
		legendItem.addListener(SWT.Selection, e -> canvas.setLegendShown(legendItem.getSelection()));
		canvas.setLegend(Legend.of(description, diagram.getActiveLayers())); // the active layers' mappings
		push("Arrange all", "Lays the diagram out again; asks whether pinned nodes stay where they are", this::arrangeAll);
		push("Fit", "Shows the whole diagram (Ctrl+0)", () -> canvas.fit());
		push("Zoom in", "Ctrl+wheel, + or Ctrl+=", () -> canvas.zoomBy(1.25));
		push("Zoom out", "Ctrl+wheel or -", () -> canvas.zoomBy(0.8));
		palette.getParent().layout(true, true);
	}

	private void push(String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(palette, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	/** A toolbar item that opens a menu of check items, filled when it opens (the state lives in the diagram). */
	private void dropDown(String text, String tip, java.util.function.Consumer<Menu> fill) {
		ToolItem item = new ToolItem(palette, SWT.DROP_DOWN);
		item.setText(text); // SWT.DROP_DOWN draws the arrow
		item.setToolTipText(tip);
		Menu menu = new Menu(palette.getShell(), SWT.POP_UP);
		item.setData(menu); // the menu of the item, for tests that select in it as a user does
		item.addListener(SWT.Dispose, e -> menu.dispose());
		item.addListener(SWT.Selection, e -> {
			for (MenuItem old : menu.getItems()) {
				old.dispose();
			}
			fill.accept(menu);
			Point at = palette.toDisplay(item.getBounds().x, item.getBounds().y + item.getBounds().height);
			menu.setLocation(at);
			menu.setVisible(true);
		});
	}

	private void fillLayerMenu(Menu menu) {
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional()) {
				check(menu, layer.getLabel() != null ? layer.getLabel() : layer.getId(), diagram.getActiveLayers().contains(layer.getId()),
						on -> setLayer(layer.getId(), on));
			}
		}
	}

	private void fillFilterMenu(Menu menu) {
		for (Filter filter : description.getFilters()) {
			check(menu, filter.getLabel() != null ? filter.getLabel() : filter.getId(), diagram.getActiveFilters().contains(filter.getId()),
					on -> setFilter(filter.getId(), on));
		}
	}

	private static void check(Menu menu, String text, boolean checked, java.util.function.Consumer<Boolean> action) {
		MenuItem item = new MenuItem(menu, SWT.CHECK);
		item.setText(text);
		item.setSelection(checked);
		item.addListener(SWT.Selection, e -> action.accept(item.getSelection()));
	}

	/** Shows or hides an optional layer: one undoable command that also refreshes and places new nodes. */
	public void setLayer(String layerId, boolean active) {
		execute(NotationCommands.toggle(diagram, session.synchronizer(diagram), true, layerId, active));
		fillPalette(); // the layer's creation tools come and go with it
	}

	/** Switches a filter on or off: one undoable command that also refreshes the diagram. */
	public void setFilter(String filterId, boolean active) {
		execute(NotationCommands.toggle(diagram, session.synchronizer(diagram), false, filterId, active));
	}

	private void arm(Tool tool) {
		armedTool = tool;
		canvas.setMode(tool instanceof NodeCreationTool ? DiagramCanvas.Mode.CREATE_NODE
				: tool instanceof EdgeCreationTool ? DiagramCanvas.Mode.CREATE_EDGE : DiagramCanvas.Mode.SELECT);
	}

	/** Back to selecting after a tool was used once, as in most diagram editors. */
	private void disarm() {
		arm(null);
		for (ToolItem item : palette.getItems()) {
			if ((item.getStyle() & SWT.RADIO) != 0) {
				item.setSelection(item == palette.getItem(0));
			}
		}
	}

	// ---- context menu

	private void createContextMenu() {
		MenuManager manager = new MenuManager("#DiagramPopup");
		manager.setRemoveAllWhenShown(true);
		manager.addMenuListener(this::fillContextMenu);
		canvas.setMenu(manager.createContextMenu(canvas));
		canvas.addListener(SWT.Dispose, e -> manager.dispose());
	}

	void fillContextMenu(IMenuManager menu) {
		Set<DiagramElement> selected = canvas.selection();
		List<Node> nodes = selected.stream().filter(Node.class::isInstance).map(Node.class::cast).toList();
		menu.add(action("Show in &Model Editor", !selected.isEmpty(), this::showInModelEditor));
		menu.add(action("&Properties", true, () -> {
			try {
				getSite().getPage().showView(IPageLayout.ID_PROP_SHEET);
			} catch (PartInitException e) {
				MessageDialog.openError(getSite().getShell(), "Properties", e.getMessage());
			}
		}));
		menu.add(new Separator());
		menu.add(action("&Delete", selected.stream().anyMatch(element -> toolFor(DeleteTool.class, element) != null), this::deleteSelection));
		menu.add(action("&Rename\tF2", selected.size() == 1 && toolFor(DirectEditTool.class, selected.iterator().next()) != null,
				() -> directEdit(canvas.selection().iterator().next())));
		addOperationActions(menu, selected);
		menu.add(new Separator());
		menu.add(action("P&in", nodes.stream().anyMatch(node -> !node.isPinned()), () -> execute(NotationCommands.pin(diagram, nodes, true))));
		menu.add(action("U&npin", nodes.stream().anyMatch(Node::isPinned), () -> execute(NotationCommands.pin(diagram, nodes, false))));
		menu.add(action("&Arrange All", true, this::arrangeAll));
		menu.add(action("Select A&ll\tCtrl+A", true, () -> canvas.select(allShown())));
		menu.add(action("&Fit\tCtrl+0", true, canvas::fit));
		menu.add(new Separator());
		NeighbourhoodFocus.fill(menu, this, nodes);
		List<IAction> fixes = nodes.size() == 1 ? quickFixes(nodes.get(0)) : List.of();
		if (!fixes.isEmpty()) {
			MenuManager quickFix = new MenuManager("&Quick Fix");
			fixes.forEach(quickFix::add);
			menu.add(quickFix);
		}
		menu.add(new Separator());
		menu.add(action("Export as P&NG...", true, () -> export("png")));
		menu.add(action("Export as &SVG...", true, () -> export("svg")));
	}

	// ---- tools with model operations (issue 16, item 5)

	private List<ReconnectEdgeTool> reconnectTools(org.helix.diagram.model.notation.Edge edge) {
		return DiagramTools.reconnectTools(description, diagram, edge);
	}

	/** The first reconnect tool's command that can execute for this end and node, else null. */
	private Command reconnectCommand(org.helix.diagram.model.notation.Edge edge, boolean sourceEnd, Node node) {
		for (ReconnectEdgeTool tool : reconnectTools(edge)) {
			Command command = tools.reconnect(tool, diagram, edge, sourceEnd, node);
			if (command.canExecute()) {
				return command;
			}
		}
		return null;
	}

	/** The context menu's entries for the operation actions that apply to the one selected element. */
	private void addOperationActions(IMenuManager menu, Set<DiagramElement> selected) {
		if (selected.size() != 1) {
			return;
		}
		DiagramElement element = selected.iterator().next();
		for (OperationAction operationAction : DiagramTools.operationActions(description, diagram, element)) {
			IAction entry = action(operationAction.getLabel() != null ? operationAction.getLabel() : operationAction.getId(), true, () -> {
				Command command = tools.run(operationAction, element);
				if (command.canExecute()) {
					execute(command);
				} else if (command.getDescription() != null) { // refused: say why instead of doing nothing silently
					getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
							operationAction.getLabel() + ": " + command.getDescription());
				}
			});
			String icon = org.helix.diagram.viewpoint.Icons.location(operationAction, operationAction.getIcon());
			if (icon != null) {
				try {
					entry.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromURL(new java.net.URI(icon).toURL()));
				} catch (java.net.URISyntaxException | java.net.MalformedURLException | IllegalArgumentException e) {
					// an icon that is not a URL is left out; the label says what the action does
				}
			}
			menu.add(entry);
		}
	}

	/**
	 * The quick fixes for the violations of the viewpoint's validation rules by the node's element, one action each
	 * ("FIX – RULE MESSAGE"), running the fix's operations as one command on the model's stack.
	 */
	public List<IAction> quickFixes(Node node) {
		if (node.getSemanticElement() == null || !(session.synchronizer(diagram).mapping(node.getMappingId()) instanceof org.eclipse.emf.ecore.EObject mapping)
				|| !(org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(mapping) instanceof org.helix.diagram.model.description.Viewpoint viewpoint)) {
			return List.of();
		}
		List<IAction> actions = new java.util.ArrayList<>();
		for (org.helix.diagram.viewpoint.ValidationRules.Violation violation : org.helix.diagram.viewpoint.ValidationRules
				.check(node.getSemanticElement(), List.copyOf(viewpoint.getValidationRules()))) {
			for (org.helix.diagram.model.description.QuickFix fix : violation.fixes()) {
				actions.add(action((fix.getLabel() != null ? fix.getLabel() : fix.getId()) + " \u2013 " + violation.message(), true,
						() -> execute(org.helix.diagram.viewpoint.ValidationRules.fix(domain, violation, fix))));
			}
		}
		return actions;
	}

	private static IAction action(String text, boolean enabled, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setEnabled(enabled);
		return action;
	}

	/**
	 * A double-click's navigation as the node's mapping declares it: open the diagram description
	 * {@code doubleClickDescription} on the element, or with {@code doubleClickEditor} the element's editor (a priority
	 * action's fiche, else the element selected in the model editor). False when the mapping declares none (the
	 * double-click then edits the label, as before).
	 */
	private boolean navigate(DiagramElement element) {
		if (!(element instanceof Node node) || node.getSemanticElement() == null
				|| !(session.synchronizer(diagram).mapping(node.getMappingId()) instanceof org.helix.diagram.model.description.NodeMapping mapping)) {
			return false;
		}
		EObject semantic = node.getSemanticElement();
		String descriptionId = mapping.getDoubleClickDescription();
		try {
			if (descriptionId != null && !descriptionId.isBlank()) {
				DiagramDescription target = org.helix.diagram.viewpoint.ViewpointRegistry.getDefault().diagram(descriptionId);
				if (target == null) {
					MessageDialog.openError(getSite().getShell(), "Open Diagram", "Unknown diagram description " + descriptionId);
					return true;
				}
				OpenDiagramHandler.open(getSite().getPage(),
						new OpenDiagramHandler.Target(((DiagramEditorInput) getEditorInput()).getFile(), semantic), target);
				return true;
			}
			if (mapping.isDoubleClickEditor()) {
				if (semantic instanceof org.helix.model.programme.PriorityAction action && modelEditor instanceof HelixModelEditor helix) {
					org.helix.ui.programme.ActionFicheEditor.open(helix, action);
				} else {
					showInModelEditor(List.of(semantic));
				}
				return true;
			}
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Open", e.getMessage());
			return true;
		}
		return false;
	}

	private void showInModelEditor() {
		showInModelEditor(semanticOf(canvas.selection()));
	}

	private void showInModelEditor(List<EObject> semantic) {
		if (semantic.isEmpty()) {
			return;
		}
		try {
			IEditorPart editor = modelEditor != null ? modelEditor
					: IDE.openEditor(getSite().getPage(), ((DiagramEditorInput) getEditorInput()).getFile(), HelixUI.EDITOR_ID);
			getSite().getPage().activate(editor);
			if (editor instanceof HelixModelEditor helix) {
				if (modelEditor != null) {
					helix.setSelection(new StructuredSelection(semantic));
				} else {
					// the model editor has its own copy of the model: find the element by its id
					helix.showElement(semantic.get(0).eResource().getURIFragment(semantic.get(0)));
				}
			}
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Show in Model Editor", e.getMessage());
		}
	}

	private void export(String format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(file.getFileName().toString().replaceFirst("\\.helix$", "") + "-" + description.getLabel().toLowerCase().replace(' ', '-') + "." + format);
		dialog.setOverwrite(true);
		String target = dialog.open();
		if (target == null) {
			return;
		}
		try {
			exportTo(Path.of(target), format);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(getSite().getShell(), "Export failed", "Cannot write " + target + ": " + e.getMessage());
		}
	}

	/** Writes the whole diagram as PNG (at 100 %) or SVG, with the legend beside it when the editor shows it. */
	public void exportTo(Path target, String format) throws IOException {
		List<Legend.Entry> legend = canvas.isLegendShown() ? canvas.legend() : List.of();
		if (format.equals("svg")) {
			Files.writeString(target, SvgWriter.write(SceneBuilder.build(diagram), diagram.getName(), legend));
		} else {
			PngExport.write(PngExport.render(canvas.getDisplay(), SceneBuilder.build(diagram), 1.0, legend), target);
		}
	}

	// ---- drop from the Model Explorer or the model editor

	private void createDropTarget() {
		DropTarget target = new DropTarget(canvas, DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK);
		target.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
		target.addDropListener(new DropTargetAdapter() {
			@Override
			public void drop(DropTargetEvent event) {
				if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dropped) {
					Point at = canvas.toControl(event.x, event.y);
					String message = DiagramEditor.this.drop(dropped.toList(), canvas.x(at.x), canvas.y(at.y));
					if (message != null) {
						getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
					}
				}
			}
		});
	}

	/**
	 * Drops model elements at a diagram point. With a DropTool of the viewpoint that accepts an element, it runs (a
	 * command on the semantic model, e.g. moving the element into the node it was dropped on). Without one, an element
	 * the diagram already shows is selected and scrolled to. Returns what happened, for the status line.
	 */
	public String drop(List<?> elements, double x, double y) {
		DiagramElement under = canvas.elementAt(x, y);
		Node target = under instanceof Node node ? node : null;
		Set<DiagramElement> shown = new LinkedHashSet<>();
		int dropped = 0;
		List<String> notShown = new ArrayList<>();
		for (Object object : elements) {
			EObject element = inThisModel(object);
			if (element == null) {
				continue;
			}
			Command command = dropCommand(element, target);
			if (command != null && command.canExecute()) {
				execute(command);
				dropped++;
			} else {
				Set<DiagramElement> nodes = nodesOf(element);
				shown.addAll(nodes);
				if (nodes.isEmpty()) {
					notShown.add(element.eClass().getName());
				}
			}
		}
		if (!shown.isEmpty()) {
			canvas.select(shown);
			canvas.scene().byNode().values().stream().filter(n -> shown.contains(n.node())).findFirst().ifPresent(canvas::reveal);
		}
		if (dropped > 0) {
			return dropped + " element(s) dropped";
		}
		if (!notShown.isEmpty()) {
			return "The " + description.getLabel() + " diagram has no drop tool and does not show " + String.join(", ", notShown)
					+ " elements";
		}
		return null;
	}

	private Command dropCommand(EObject element, Node target) {
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !diagram.getActiveLayers().contains(layer.getId())) {
				continue;
			}
			for (Tool tool : layer.getTools()) {
				if (tool instanceof DropTool drop) {
					Command command = tools.drop(drop, diagram, element, target);
					if (command != null && command.canExecute()) {
						return command;
					}
				}
			}
		}
		return null;
	}

	/** The same element in this editor's model (a view with its own resource set has its own copy). */
	private EObject inThisModel(Object object) {
		if (!(object instanceof EObject element) || element.eResource() == null) {
			return null;
		}
		if (element.eResource() == model.eResource()) {
			return element;
		}
		return model.eResource().getEObject(element.eResource().getURIFragment(element));
	}

	private Set<DiagramElement> nodesOf(EObject element) {
		Set<DiagramElement> nodes = new LinkedHashSet<>();
		for (Node node : canvas.scene().byNode().keySet()) {
			if (node.getSemanticElement() == element) {
				nodes.add(node);
			}
		}
		return nodes;
	}

	/** Selects and scrolls to the nodes of the element with this URI fragment (an id), if the diagram shows it. */
	public void reveal(String fragment) {
		EObject element = fragment == null ? null : model.eResource().getEObject(fragment);
		if (element == null || canvas == null || canvas.isDisposed()) {
			return;
		}
		Set<DiagramElement> nodes = nodesOf(element);
		if (!nodes.isEmpty()) {
			canvas.select(nodes);
			canvas.reveal(canvas.scene().byNode().get((Node) nodes.iterator().next()));
		}
	}

	// ---- tools

	private void useTool(double x, double y, DiagramElement element) {
		if (armedTool instanceof NodeCreationTool tool) {
			// one command: the element, the refresh that makes its node, and the node where the user clicked (only
			// that node: moving every node that is new since the click stacked any other new node under this one)
			Command create = tools.createNode(tool, diagram, null, new double[] { x, y });
			execute(create);
			for (Node node : allNodes()) {
				if (create.getResult().contains(node.getSemanticElement()) && node.eContainer() == diagram) {
					canvas.select(Set.of(node));
				}
			}
			disarm();
		}
	}

	private List<Node> allNodes() {
		List<Node> nodes = new ArrayList<>();
		diagram.eAllContents().forEachRemaining(object -> {
			if (object instanceof Node node) {
				nodes.add(node);
			}
		});
		return nodes;
	}

	private Set<DiagramElement> allShown() {
		Set<DiagramElement> all = new LinkedHashSet<>(canvas.scene().byNode().keySet());
		all.addAll(canvas.scene().byEdge().keySet());
		return all;
	}

	private void deleteSelection() {
		for (DiagramElement element : canvas.selection()) {
			DeleteTool tool = toolFor(DeleteTool.class, element);
			if (tool != null && element.getSemanticElement() != null && element.getSemanticElement().eResource() != null) {
				execute(tools.delete(tool, element));
			}
		}
	}

	private void directEdit(DiagramElement element) {
		DirectEditTool tool = element == null ? null : toolFor(DirectEditTool.class, element);
		SceneNode node = element instanceof Node n ? canvas.scene().byNode().get(n) : null;
		if (tool == null || node == null) {
			return;
		}
		Text text = new Text(canvas, SWT.BORDER | SWT.SINGLE);
		Object current = element.getSemanticElement().eGet(element.getSemanticElement().eClass().getEStructuralFeature(tool.getFeature()));
		text.setText(current == null ? "" : current.toString());
		double z = canvas.zoom();
		int width = (int) Math.max(120, node.width() * z);
		text.setBounds((int) ((node.x() - canvas.x(0)) * z), (int) ((node.centerY() - canvas.y(0)) * z) - 12, width, 24);
		text.selectAll();
		text.setFocus();
		Runnable commit = () -> {
			String value = text.getText();
			text.dispose();
			execute(tools.directEdit(tool, element, value));
			canvas.setFocus();
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				text.dispose();
				canvas.setFocus();
			}
		});
		text.addListener(SWT.FocusOut, e -> {
			if (!text.isDisposed()) {
				commit.run();
			}
		});
	}

	/** The first tool of a kind whose mappings include the element's mapping. */
	private <T extends Tool> T toolFor(Class<T> kind, DiagramElement element) {
		for (Layer layer : description.getLayers()) {
			for (Tool tool : layer.getTools()) {
				List<? extends DiagramElementMapping> mappings = tool instanceof DeleteTool d ? d.getMappings()
						: tool instanceof DirectEditTool d ? d.getMappings() : List.of();
				if (kind.isInstance(tool) && mappings.stream().anyMatch(m -> m.getId().equals(element.getMappingId()))) {
					return kind.cast(tool);
				}
			}
		}
		return null;
	}

	/** What "Arrange all" does with the nodes the user (or a shipped diagram) pinned. */
	public enum ArrangeChoice {
		/** Pinned nodes stay where they are; only the others are laid out. */
		KEEP_PINNED,
		/** Every node is unpinned and the whole diagram laid out again. */
		ARRANGE_EVERYTHING,
		/** Nothing happens. */
		CANCEL
	}

	/** Asks the user how to arrange when nodes are pinned; tests answer through {@link #setArrangeQuestion}. */
	private Function<Shell, ArrangeChoice> arrangeQuestion = DiagramEditor::askHowToArrange;

	/** The seam for tests: answers the "Arrange all" question instead of the dialog. */
	public void setArrangeQuestion(Function<Shell, ArrangeChoice> question) {
		this.arrangeQuestion = question;
	}

	private static ArrangeChoice askHowToArrange(Shell shell) {
		MessageDialog dialog = new MessageDialog(shell, "Arrange all", null,
				"Some nodes are pinned (moved by hand, or laid out in a shipped diagram). Keep them where they are and "
						+ "arrange only the others, or arrange the whole diagram again?\n\nEither way, one Undo takes it back.",
				MessageDialog.QUESTION, 0, "&Arrange everything", "&Keep pinned nodes", "Cancel");
		return switch (dialog.open()) {
		case 0 -> ArrangeChoice.ARRANGE_EVERYTHING;
		case 1 -> ArrangeChoice.KEEP_PINNED;
		default -> ArrangeChoice.CANCEL;
		};
	}

	/**
	 * "Arrange all": when some nodes are pinned, asks whether to keep them in place or to arrange everything (which
	 * unpins them); then lays the diagram out in a Job, applied as one undoable command.
	 */
	public void arrangeAll() {
		boolean anyPinned = allNodes().stream().anyMatch(Node::isPinned);
		ArrangeChoice choice = anyPinned ? arrangeQuestion.apply(getSite().getShell()) : ArrangeChoice.ARRANGE_EVERYTHING;
		if (choice != null && choice != ArrangeChoice.CANCEL) {
			arrange(choice == ArrangeChoice.ARRANGE_EVERYTHING);
		}
	}

	/**
	 * Runs ELK in a Job on a snapshot of the notation (a copy, with every pin cleared when {@code everything}), so the
	 * background thread never reads what the user can edit; the result is applied on the UI thread as one command
	 * (with the unpinning, when everything is arranged).
	 */
	private void arrange(boolean everything) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Diagram snapshot = (Diagram) copier.copy(diagram);
		copier.copyReferences();
		Map<EObject, EObject> original = new java.util.IdentityHashMap<>();
		copier.forEach((from, to) -> original.put(to, from));
		if (everything) {
			snapshot.eAllContents().forEachRemaining(object -> {
				if (object instanceof Node node) {
					node.setPinned(false);
				}
			});
		}
		List<Node> pinned = allNodes().stream().filter(Node::isPinned).toList();
		LayoutJob job = new LayoutJob(snapshot, DiagramExports.configuration(description));
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (job.result() != null && canvas != null && !canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> {
						if (canvas.isDisposed() || diagram.eResource() == null) {
							return;
						}
						Map<Node, double[]> bounds = new java.util.LinkedHashMap<>();
						job.result().bounds().forEach((node, b) -> bounds.put((Node) original.get(node), b));
						Map<org.helix.diagram.model.notation.Edge, List<double[]>> bends = new java.util.LinkedHashMap<>();
						job.result().bendPoints().forEach((edge, points) -> bends.put((org.helix.diagram.model.notation.Edge) original.get(edge), points));
						bounds.remove(null);
						bends.remove(null);
						Command apply = LayoutEngine.applyCommand(diagram, new LayoutResult(bounds, bends, job.result().millis()));
						if (everything && !pinned.isEmpty()) {
							CompoundCommand both = new CompoundCommand("Arrange all");
							both.append(NotationCommands.pin(diagram, pinned, false));
							both.append(apply);
							apply = both;
						}
						execute(apply);
						canvas.setScene(SceneBuilder.build(diagram));
						canvas.showTopLeft();
					});
				}
			}
		});
		job.schedule();
	}

	/**
	 * Hides every node more than {@code hops} edges away from {@code node} (one undoable command) and fits the view to
	 * what stays.
	 */
	public void focusNeighbourhood(Node node, int hops) {
		DiagramSynchronizer synchronizer = session.synchronizer(diagram);
		execute(synchronizer.focusCommand(org.helix.diagram.sync.Neighbourhood.elements(diagram, node, hops)));
		canvas.fit();
	}

	/** Ends a neighbourhood focus: every node is shown again (one undoable command). */
	public void clearFocus() {
		if (isFocused()) {
			execute(session.synchronizer(diagram).focusCommand(null));
			canvas.fit();
		}
	}

	/** Whether a neighbourhood focus hides nodes now. */
	public boolean isFocused() {
		return session.synchronizer(diagram).focus() != null;
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/**
	 * The viewpoint's file changed: the session renews the diagram's synchronizer and refreshes it (one command), the
	 * palette, layers, filters and legend follow the new description and new nodes are placed. When the file now has
	 * errors the registry holds no description of that id: the diagram keeps the last good one and the status line
	 * says why.
	 */
	private void viewpointChanged() {
		if (canvas == null || canvas.isDisposed() || session == null || diagram.eResource() == null) {
			return;
		}
		DiagramDescription renewed = ViewpointRegistry.getDefault().diagram(description.getId());
		if (renewed == null) {
			String reason = ViewpointRegistry.getDefault().broken().stream()
					.filter(b -> description.eContainer() instanceof org.helix.diagram.model.description.Viewpoint v
							&& v.getId().equals(b.viewpointId()))
					.map(ViewpointRegistry.Broken::reason).findFirst().orElse("it is no longer in the workspace");
			getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(
					"The viewpoint " + description.getLabel() + " is not loaded, the diagram keeps its last good version: " + reason);
			return;
		}
		getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(null);
		description = renewed;
		session.descriptionsChanged(List.of(renewed.getId()));
		disarm();
		fillPalette();
		DiagramExports.layoutUnplaced(session, diagram, description);
		setPartName(((DiagramEditorInput) getEditorInput()).getName() + " – " + description.getLabel());
		canvas.setScene(SceneBuilder.build(diagram));
	}

	/** The description the diagram is drawn with now (it changes when its viewpoint file is saved). */
	public DiagramDescription description() {
		return description;
	}

	private void modelChanged() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		if (diagram.eResource() == null) {
			return; // the diagram was removed (an undo of its creation in a shared domain); the editor closes with it
		}
		canvas.setScene(SceneBuilder.build(diagram));
		publishSelection(canvas.selection());
		firePropertyChange(PROP_DIRTY);
		updateTitle(); // the title expression may read what just changed (a renamed programme)
	}

	/**
	 * The tab shows the description's title expression on the diagram's root ({@code titleExpression}, e.g.
	 * "Governance of Klimaatsprong…"; the tooltip is the input's, the file's path); without a title
	 * expression (or when it gives nothing) the tab shows the file and the description's label.
	 */
	private void updateTitle() {
		String fallback = getEditorInput().getName() + " – " + description.getLabel();
		String title = diagram == null ? null : org.helix.diagram.sync.DiagramRoots.title(description, diagram);
		String name = title != null ? title : fallback;
		if (!name.equals(getPartName())) {
			setPartName(name);
		}
	}

	private static List<EObject> semanticOf(Set<DiagramElement> selected) {
		List<EObject> semantic = new ArrayList<>();
		for (DiagramElement element : selected) {
			if (element.getSemanticElement() != null && !semantic.contains(element.getSemanticElement())) {
				semantic.add(element.getSemanticElement());
			}
		}
		return semantic;
	}

	private void publishSelection(Set<DiagramElement> selected) {
		selection = new StructuredSelection(semanticOf(selected));
		SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
		for (ISelectionChangedListener listener : List.copyOf(selectionListeners)) {
			listener.selectionChanged(event);
		}
	}

	public Diagram diagram() {
		return diagram;
	}

	public DiagramCanvas canvas() {
		return canvas;
	}

	/** The palette: Select, the creation tools of the active layers, then layers, filters, arrange and zoom. */
	public ToolBar palette() {
		return palette;
	}

	public DiagramSession session() {
		return session;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/**
	 * Saves what the user changed. Sharing the model editor's domain, that editor saves the model and, as its save
	 * participant, this editor's diagrams; otherwise this editor writes both, through the workspace. Diagrams are
	 * written only here, when the user saves (never because the dirty state changed, e.g. by Undo).
	 */
	@Override
	public void doSave(IProgressMonitor monitor) {
		if (loadError != null) {
			return;
		}
		if (modelEditor != null) {
			modelEditor.doSave(monitor);
			firePropertyChange(PROP_DIRTY);
			return;
		}
		IFile modelFile = ((DiagramEditorInput) getEditorInput()).getFile();
		try {
			WorkspaceFiles.write(modelFile, HelixPersistence.toBytes(model.eResource()), getSite().getShell(), monitor);
			model.eResource().setModified(false);
			saveDiagrams(modelFile, monitor);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed", "Cannot save " + file + ": " + e.getMessage()
					+ "\n\nYour changes are still in the editor.");
		} catch (CoreException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed", "Cannot save " + file + ": " + WorkspaceFiles.reason(e)
					+ "\n\nYour changes are still in the editor.");
		}
	}

	/**
	 * Writes the diagrams beside {@code modelFile} ({@code NAME.helix-diagrams}), through the workspace (validateEdit,
	 * local history, backup) when the model is a workspace file, else atomically with a backup. After a Save As of
	 * the model they move beside its new file; if writing them fails they stay where they were. Unchanged diagrams
	 * are not written again.
	 */
	private void saveDiagrams(IFile modelFile, IProgressMonitor monitor) throws IOException, CoreException {
		org.eclipse.emf.common.util.URI previous = session.diagramResource().getURI();
		session.moveWithModel();
		try {
			if (modelFile == null) {
				session.save();
				return;
			}
			IFile diagramsFile = modelFile.getWorkspace().getRoot()
					.getFile(modelFile.getFullPath().removeFileExtension().addFileExtension(DiagramResources.FILE_EXTENSION));
			byte[] content = session.toBytes();
			if (!WorkspaceFiles.holds(diagramsFile, content)) {
				WorkspaceFiles.write(diagramsFile, content, getSite().getShell(), monitor);
			}
		} catch (IOException | CoreException | RuntimeException e) {
			session.diagramResource().setURI(previous);
			throw e;
		}
	}

	/** Continues on the model's new file after the model editor's Save As. */
	private void follow(IFile newFile) {
		DiagramEditorInput old = (DiagramEditorInput) getEditorInput();
		DiagramEditorInput moved = new DiagramEditorInput(newFile, old.descriptionId(), old.rootFragment(), null);
		setInputWithNotify(moved);
		file = newFile.getLocation() != null ? newFile.getLocation().toPath() : file;
		updateTitle();
	}

	/** Why the model or its diagrams could not be loaded, or null when they were. */
	public HelixLoadException loadError() {
		return loadError;
	}

	private static void createErrorMessage(Composite parent, HelixLoadException e) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout());
		org.eclipse.swt.widgets.Label title = new org.eclipse.swt.widgets.Label(body, SWT.WRAP);
		title.setText("These diagrams cannot be opened. The file has not been changed, and Helix will not write it.");
		Text message = new Text(body, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		message.setText(HelixModelEditor.describe(e));
		message.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
	}

	@Override
	public void doSaveAs() {
		// the diagrams file belongs beside its model: Save As would separate them
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return loadError == null && domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void setFocus() {
		if (canvas != null) {
			canvas.setFocus();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			// the same tabbed Properties as the model tree (contributor org.helix.ui.properties): the selection is the
			// semantic elements, so its tabs and sections apply as they are; Undo/Redo there act on this editor's stack
			return new PropertySheetPageAdapterFactory().getAdapter(this, type);
		}
		if (type == IContentOutlinePage.class && canvas != null) {
			return type.cast(new DiagramOutlinePage(canvas));
		}
		if (type == EditingDomain.class) {
			return type.cast(domain);
		}
		return super.getAdapter(type);
	}

	/** The Helix tabbed Properties: the same tabs and sections as the model editor's tree. */
	@Override
	public String getContributorId() {
		return HelixPropertySheetPage.CONTRIBUTOR_ID;
	}

	@Override
	public void dispose() {
		ViewpointRegistry.getDefault().removeListener(viewpointListener);
		disposePaletteImages();
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
			stackActions.forEach(domain.getCommandStack()::removeCommandStackListener);
		}
		if (modelEditor instanceof HelixModelEditor helix) {
			helix.removeSaveParticipant(saveWithModel);
		}
		if (modelEditor != null) {
			modelEditor.removePropertyListener(modelEditorMoved);
		}
		getSite().getPage().removePartListener(modelEditorClosed);
		if (session != null) {
			session.dispose();
		}
		super.dispose();
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		selectionListeners.remove(listener);
	}

	@Override
	public ISelection getSelection() {
		return selection;
	}

	@Override
	public void setSelection(ISelection selection) {
		this.selection = selection;
	}

	/** Undo or redo on the editor's (possibly shared) command stack, enabled as the stack allows. */
	private final class StackAction extends Action implements CommandStackListener {
		private final java.util.function.Predicate<CommandStack> enabled;
		private final java.util.function.Consumer<CommandStack> run;

		StackAction(String text, java.util.function.Predicate<CommandStack> enabled, java.util.function.Consumer<CommandStack> run) {
			super(text);
			this.enabled = enabled;
			this.run = run;
			domain.getCommandStack().addCommandStackListener(this);
			stackActions.add(this);
			commandStackChanged(null);
		}

		@Override
		public void run() {
			run.accept(domain.getCommandStack());
		}

		@Override
		public void commandStackChanged(java.util.EventObject event) {
			setEnabled(enabled.test(domain.getCommandStack()));
		}
	}
}
