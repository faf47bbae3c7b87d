package org.helix.diagram.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutJob;
import org.helix.diagram.model.description.DeleteTool;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.Tool;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.DiagramElement;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.sync.DiagramTools;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.HelixModel;
import org.helix.ui.HelixUI;
import org.helix.ui.jface.PropertySourceProvider;

/**
 * Diagram editor on a {@code .helix} file for one viewpoint. It has its own editing domain over its own ResourceSet
 * (the model and its {@code .helix-diagrams}), so undo covers model and diagram together; every change is a command
 * on that stack. The selection it publishes is the semantic elements, so the Properties view shows them.
 */
public class DiagramEditor extends EditorPart implements ISelectionProvider, IEditingDomainProvider {

	public static final String ID = "org.helix.diagram.ui.editor";

	private EditingDomain domain;
	private DiagramSession session;
	private DiagramTools tools;
	private Diagram diagram;
	private DiagramDescription description;
	private HelixModel model;
	private Path file;
	private DiagramCanvas canvas;
	private Tool armedTool;
	private Node edgeSource;
	private final List<ISelectionChangedListener> selectionListeners = new ArrayList<>();
	private ISelection selection = StructuredSelection.EMPTY;
	private final CommandStackListener stackListener = event -> Display.getDefault().asyncExec(this::modelChanged);

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof DiagramEditorInput diagramInput)) {
			throw new PartInitException("the diagram editor opens a DiagramEditorInput (a .helix file and a viewpoint)");
		}
		setSite(site);
		setInput(input);
		description = ViewpointRegistry.getDefault().diagram(diagramInput.descriptionId());
		if (description == null) {
			throw new PartInitException("unknown diagram description " + diagramInput.descriptionId());
		}
		file = diagramInput.getPath().toPath();
		try {
			ResourceSet resourceSet = HelixPersistence.newResourceSet();
			domain = DiagramSession.createEditingDomain(resourceSet);
			model = HelixPersistence.load(resourceSet, file);
			session = DiagramSession.open(domain, model.eResource(), ViewpointRegistry.getDefault()::diagram);
		} catch (IOException e) {
			throw new PartInitException("cannot open " + file + ": " + e.getMessage(), e);
		}
		tools = new DiagramTools(session);
		diagram = session.diagrams().stream().filter(d -> description.getId().equals(d.getDescriptionId())).findFirst()
				.orElseGet(() -> session.createDiagram(description, DiagramExports.root(model, description), description.getLabel()));
		setPartName(diagramInput.getName() + " – " + description.getLabel());
		site.setSelectionProvider(this);
		domain.getCommandStack().addCommandStackListener(stackListener);
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		body.setLayout(layout);
		ToolBar palette = new ToolBar(body, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		palette.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		canvas = new DiagramCanvas(body);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		fillPalette(palette);
		canvas.setListener(new DiagramCanvas.Listener() {
			@Override
			public void moved(Map<Node, double[]> positions) {
				execute(NodeMoves.move(diagram, positions, true));
			}

			@Override
			public void clicked(double x, double y, DiagramElement element, boolean doubleClick) {
				if (doubleClick) {
					directEdit(element);
				} else {
					useTool(x, y, element);
				}
			}

			@Override
			public void selectionChanged(Set<DiagramElement> selected) {
				publishSelection(selected);
			}
		});
		canvas.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				deleteSelection();
			} else if (e.keyCode == SWT.F2 && canvas.selection().size() == 1) {
				directEdit(canvas.selection().iterator().next());
			}
		});
		canvas.setScene(SceneBuilder.build(diagram));
		boolean nothingPlaced = diagram.getNodes().stream().noneMatch(Node::isPlaced);
		if (nothingPlaced && !diagram.getNodes().isEmpty()) {
			arrangeAll(); // a new diagram: lay it out in the background
		} else {
			DiagramExports.layoutUnplaced(session, diagram, description); // only new nodes: fast
			canvas.getDisplay().asyncExec(() -> {
				if (!canvas.isDisposed()) {
					canvas.fit();
				}
			});
		}
	}

	private void fillPalette(ToolBar palette) {
		List<ToolItem> toolItems = new ArrayList<>();
		ToolItem select = new ToolItem(palette, SWT.RADIO);
		select.setText("Select");
		select.setSelection(true);
		select.addListener(SWT.Selection, e -> arm(null));
		toolItems.add(select);
		for (Layer layer : description.getLayers()) {
			if (layer.isOptional() && !diagram.getActiveLayers().contains(layer.getId())) {
				continue;
			}
			for (Tool tool : layer.getTools()) {
				if (tool instanceof NodeCreationTool || tool instanceof EdgeCreationTool) {
					ToolItem item = new ToolItem(palette, SWT.RADIO);
					item.setText((tool instanceof NodeCreationTool ? "+ " : "→ ") + (tool.getLabel() != null ? tool.getLabel() : tool.getId()));
					item.setToolTipText(tool instanceof NodeCreationTool ? "Click on the diagram to create"
							: "Click the source node, then the target node");
					item.addListener(SWT.Selection, e -> {
						if (item.getSelection()) {
							arm(tool);
						}
					});
				}
			}
		}
		new ToolItem(palette, SWT.SEPARATOR);
		push(palette, "Arrange all", "Lays the whole diagram out again (pinned nodes stay)", this::arrangeAll);
		push(palette, "Fit", "Shows the whole diagram", () -> canvas.fit());
		push(palette, "Zoom in", "Ctrl+wheel or Ctrl++", () -> canvas.zoomBy(1.25));
		push(palette, "Zoom out", "Ctrl+wheel or Ctrl+-", () -> canvas.zoomBy(0.8));
		this.palette = palette;
	}

	private ToolBar palette;

	private static void push(ToolBar palette, String text, String tip, Runnable action) {
		ToolItem item = new ToolItem(palette, SWT.PUSH);
		item.setText(text);
		item.setToolTipText(tip);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private void arm(Tool tool) {
		armedTool = tool;
		edgeSource = null;
		canvas.setToolArmed(tool != null);
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

	private void useTool(double x, double y, DiagramElement element) {
		if (armedTool instanceof NodeCreationTool tool) {
			Set<Node> before = new LinkedHashSet<>(allNodes());
			execute(tools.createNode(tool, diagram, null));
			// the refresh in the same command made the node; put it where the user clicked
			for (Node node : allNodes()) {
				if (!before.contains(node) && node.eContainer() == diagram) {
					execute(NodeMoves.move(diagram, Map.of(node, new double[] { x - node.getWidth() / 2, y - node.getHeight() / 2 }), false));
					canvas.select(Set.of(node));
				}
			}
			disarm();
		} else if (armedTool instanceof EdgeCreationTool tool && element instanceof Node node) {
			if (edgeSource == null) {
				edgeSource = node;
				canvas.select(Set.of(node));
			} else {
				execute(tools.createEdge(tool, diagram, edgeSource, node));
				disarm();
			}
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
		};
		text.addListener(SWT.DefaultSelection, e -> commit.run());
		text.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ESC) {
				text.dispose();
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

	/** Runs ELK in a Job; the result is applied on the UI thread as one undoable command. */
	public void arrangeAll() {
		LayoutJob job = new LayoutJob(diagram, DiagramExports.configuration(description));
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (job.result() != null && canvas != null && !canvas.isDisposed()) {
					canvas.getDisplay().asyncExec(() -> {
						if (!canvas.isDisposed()) {
							execute(LayoutEngine.applyCommand(diagram, job.result()));
							canvas.setScene(SceneBuilder.build(diagram));
							canvas.fit();
						}
					});
				}
			}
		});
		job.schedule();
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private void modelChanged() {
		if (canvas == null || canvas.isDisposed()) {
			return;
		}
		canvas.setScene(SceneBuilder.build(diagram));
		publishSelection(canvas.selection());
		firePropertyChange(PROP_DIRTY);
	}

	private void publishSelection(Set<DiagramElement> selected) {
		List<EObject> semantic = new ArrayList<>();
		for (DiagramElement element : selected) {
			if (element.getSemanticElement() != null) {
				semantic.add(element.getSemanticElement());
			}
		}
		selection = new StructuredSelection(semantic);
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

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			HelixPersistence.save(model.eResource(), file);
			session.save();
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Save failed", "Cannot save " + file + ": " + e.getMessage());
		}
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
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IPropertySheetPage.class) {
			PropertySheetPage page = new PropertySheetPage();
			page.setPropertySourceProvider(new PropertySourceProvider(HelixUI.createAdapterFactory()));
			return type.cast(page);
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(stackListener);
		}
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
}
