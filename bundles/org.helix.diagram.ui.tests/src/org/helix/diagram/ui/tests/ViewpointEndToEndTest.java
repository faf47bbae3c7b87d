package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.SpecEditorDriver.menuItem;
import static org.helix.diagram.ui.tests.SpecEditorDriver.newChild;
import static org.helix.diagram.ui.tests.SpecEditorDriver.pick;
import static org.helix.diagram.ui.tests.SpecEditorDriver.plain;
import static org.helix.diagram.ui.tests.SpecEditorDriver.selectInTree;
import static org.helix.diagram.ui.tests.SpecEditorDriver.type;
import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.ui.testsupport.UiSupport.select;
import static org.helix.ui.testsupport.UiSupport.settle;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.spec.SpecificationEditor;
import org.helix.diagram.ui.viewpoint.WorkspaceViewpoints;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernancePackage;
import org.helix.ui.HelixUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, first "Done when", as a specifier does it, through the real widgets of the workbench on a copy of the
 * Klimaatsprong example: File › New › Helix Viewpoint makes a specification in the model's project; Open Diagram
 * opens a diagram of it (left open); in the specification editor a node mapping of the governance bodies is added
 * from the tree's New Child menu, its domain class picked and its label expression typed in the properties, with a
 * conditional style for the advisory councils; Ctrl+S, and the open diagram shows the bodies, exactly the advisory
 * councils in the conditional style. Then a misspelt feature typed into the label expression and saved gives a
 * problem marker naming the file, the element and the column; the viewpoint is listed as broken with that reason
 * and the open diagram keeps working with its last good specification.
 */
class ViewpointEndToEndTest {

	private static final String NAME = "klimaat-bodies";
	private static final String DIAGRAM_ID = "workspace." + NAME + ".diagram";
	private static final String ADVISORY_FILL = "#c0392b";

	private IFile viewpointFile;

	@AfterEach
	void cleanUp() throws CoreException {
		page().closeAllEditors(false);
		if (viewpointFile != null && viewpointFile.exists()) {
			viewpointFile.delete(true, null);
		}
		waitUntil("the deleted viewpoint to be gone", () -> ViewpointRegistry.getDefault().diagram(DIAGRAM_ID) == null
				&& ViewpointRegistry.getDefault().broken().stream().noneMatch(b -> b.origin().endsWith(NAME + ".helix-viewpoint")));
	}

	@Test
	void aSpecifierMakesAViewpointWithTheWizardEditsItAndTheOpenDiagramFollows() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "bodies.helix");
		IEditorPart modelEditor = IDE.openEditor(page(), model, HelixUI.EDITOR_ID);
		settle();

		// File › New › Helix Viewpoint, in the model's project
		viewpointFile = model.getProject().getFile(NAME + ".helix-viewpoint");
		assertFalse(viewpointFile.exists());
		runMenu(new String[] { "File", "New", "Helix Viewpoint" }, "New Helix Viewpoint", wizard -> {
			textAfter(wizard, "Enter or select the parent folder").setText(model.getProject().getFullPath().toString());
			textAfter(wizard, "File name").setText(NAME + ".helix-viewpoint");
			press(wizard, "Finish");
		});
		assertTrue(viewpointFile.exists(), "the wizard made " + viewpointFile);
		waitUntil("the new viewpoint loaded next to the installed ones", () -> ViewpointRegistry.getDefault().diagram(DIAGRAM_ID) != null);

		// Open Diagram on the model, choosing the new viewpoint's diagram; it stays open
		page().activate(modelEditor);
		List<String> offered = openDiagramDialog(NAME + " – " + NAME);
		assertTrue(offered.contains(NAME + " – " + NAME), offered.toString());
		waitUntil("the diagram editor", () -> page().getActiveEditor() instanceof DiagramEditor);
		DiagramEditor diagram = (DiagramEditor) page().getActiveEditor();
		assertEquals(DIAGRAM_ID, diagram.description().getId());
		waitUntil("the layout", () -> !diagram.diagram().getNodes().isEmpty() && diagram.canvas().scene() != null
				&& diagram.diagram().getNodes().stream().allMatch(Node::isPlaced));
		HelixModel helix = (HelixModel) EcoreUtil.getRootContainer(diagram.diagram().getNodes().get(0).getSemanticElement());
		assertTrue(bodies(diagram).isEmpty());

		// the specification editor: a node mapping of the governance bodies with a conditional style
		SpecificationEditor spec = assertInstanceOf(SpecificationEditor.class, IDE.openEditor(page(), viewpointFile));
		settle();
		Viewpoint viewpoint = (Viewpoint) spec.resource().getContents().get(0);
		Layer layer = viewpoint.getDiagrams().get(0).getLayers().get(0);
		selectInTree(spec, layer);
		newChild(spec, "Node Mapping");
		waitUntil("the new node mapping shown", () -> spec.details().element() instanceof NodeMapping m && layer.getNodeMappings().contains(m));
		NodeMapping mapping = (NodeMapping) spec.details().element();
		pick(spec.details().field("domainClass"), "GovernanceBody");
		type(spec.details().field("semanticCandidates"), "governanceBodies");
		type(spec.details().field("labelExpression"), "name");
		assertEquals("", spec.details().problem("labelExpression"), "name is a feature of GovernanceBody");
		newChild(spec, "Node Style (default style)");
		waitUntil("the default style shown", () -> spec.details().element() instanceof NodeStyle s && s.eContainer() == mapping);
		type(spec.details().field("fillColor"), "#eeeeee");
		selectInTree(spec, mapping);
		newChild(spec, "Conditional Style");
		waitUntil("the conditional style shown", () -> spec.details().element() instanceof ConditionalStyle c && c.eContainer() == mapping);
		type(spec.details().field("condition"), "kind = 'ADVISORY_COUNCIL'");
		assertEquals("", spec.details().problem("condition"));
		newChild(spec, "Node Style");
		waitUntil("the conditional style's style shown", () -> spec.details().element() instanceof NodeStyle s
				&& s.eContainer() instanceof ConditionalStyle);
		type(spec.details().field("fillColor"), ADVISORY_FILL);
		assertTrue(spec.isDirty());

		ctrlS(spec);
		String mappingId = mapping.getId();
		waitUntil("the bodies in the open diagram", () -> !bodies(diagram).isEmpty());
		List<GovernanceBody> all = helix.getGovernanceBodies();
		Set<EObject> advisory = all.stream().filter(b -> b.getKind() == BodyKind.ADVISORY_COUNCIL).collect(Collectors.toSet());
		assertTrue(!advisory.isEmpty() && advisory.size() < all.size(), "Klimaatsprong has advisory councils and other bodies");
		assertEquals(Set.copyOf(all), bodies(diagram).stream().map(n -> n.node().getSemanticElement()).collect(Collectors.toSet()),
				"a node per governance body of the model");
		assertConditionalStyleOn(diagram, advisory);
		assertEquals(mappingId, bodies(diagram).get(0).node().getMappingId());
		assertEquals(0, markers().length, Arrays.toString(markers()));

		// a misspelt feature: shown under the field at once, and once saved a problem marker with element and column
		selectInTree(spec, mapping);
		type(spec.details().field("labelExpression"), "'Body ' + nmae");
		assertEquals("unknown feature 'nmae' on GovernanceBody; did you mean 'name'? at column 11", spec.details().problem("labelExpression"));
		ctrlS(spec);
		waitUntil("a problem marker on the viewpoint file", () -> markers().length > 0);
		IMarker[] markers = markers();
		assertEquals(1, markers.length, Arrays.toString(markers));
		IMarker marker = markers[0];
		assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "listed in the Problems view");
		assertEquals(viewpointFile, marker.getResource());
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String element = "Layer 'Organisations' \u203a NodeMapping '" + mappingId + "'";
		assertEquals(element + ", labelExpression: unknown feature 'nmae' on GovernanceBody; did you mean 'name'? at column 11"
				+ " in ''Body ' + nmae'", marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(element + ", labelExpression, column 11", marker.getAttribute(IMarker.LOCATION, ""));
		assertEquals(11, marker.getAttribute(WorkspaceViewpoints.COLUMN, -1));
		String saved = viewpointFile.readString();
		assertEquals("nmae", saved.substring(marker.getAttribute(IMarker.CHAR_START, -1), marker.getAttribute(IMarker.CHAR_END, -1)),
				"opening the marker selects the misspelt name");

		// listed as broken with its reason (the registry and Open Diagram's list), the open diagram keeps working
		assertTrue(ViewpointRegistry.getDefault().broken().stream().anyMatch(b -> b.origin().equals(viewpointFile.getFullPath().toString())
				&& b.reason().contains("unknown feature 'nmae'")), ViewpointRegistry.getDefault().problems().toString());
		page().activate(modelEditor);
		List<String> listed = openDiagramDialog(null);
		assertTrue(listed.stream().anyMatch(l -> l.startsWith(NAME + " – not loaded: ") && l.contains("unknown feature 'nmae'")), listed.toString());
		assertTrue(listed.stream().noneMatch(l -> l.equals(NAME + " – " + NAME)), "not offered as usable: " + listed);
		GovernanceBody other = all.stream().filter(b -> !advisory.contains(b)).findFirst().orElseThrow();
		Command command = SetCommand.create(diagram.getEditingDomain(), other, GovernancePackage.Literals.GOVERNANCE_BODY__KIND,
				BodyKind.ADVISORY_COUNCIL);
		diagram.getEditingDomain().getCommandStack().execute(command);
		Set<EObject> advisoryNow = new java.util.HashSet<>(advisory);
		advisoryNow.add(other);
		waitUntil("the diagram to follow a model change", () -> conditional(diagram).equals(advisoryNow));
		assertConditionalStyleOn(diagram, advisoryNow);
		assertTrue(bodies(diagram).stream().noneMatch(n -> n.node().getLabel() != null && n.node().getLabel().startsWith("Body ")),
				"still the last good label expression");
	}

	// ---- the diagram

	private static List<SceneNode> bodies(DiagramEditor diagram) {
		String id = "workspace." + NAME + ".layer.nodeMapping";
		return diagram.canvas().scene() == null ? List.of()
				: diagram.canvas().scene().nodes().stream().filter(n -> id.equals(n.node().getMappingId())).toList();
	}

	private static Set<EObject> conditional(DiagramEditor diagram) {
		return bodies(diagram).stream().filter(n -> "conditional:0".equals(n.node().getStyleKey()))
				.map(n -> n.node().getSemanticElement()).collect(Collectors.toSet());
	}

	/** Exactly the elements of {@code expected} are drawn in the conditional style's fill; the others in the default. */
	private static void assertConditionalStyleOn(DiagramEditor diagram, Set<EObject> expected) {
		assertEquals(expected, conditional(diagram));
		int red = Integer.parseInt(ADVISORY_FILL.substring(1), 16);
		for (SceneNode node : bodies(diagram)) {
			if (expected.contains(node.node().getSemanticElement())) {
				assertEquals(red, node.fill() & 0xffffff, node.label());
			} else {
				assertNotEquals(red, node.fill() & 0xffffff, node.label());
				assertEquals(0xeeeeee, node.fill() & 0xffffff, node.label());
			}
		}
	}

	private IMarker[] markers() {
		try {
			return viewpointFile.findMarkers(WorkspaceViewpoints.MARKER, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	// ---- the workbench's widgets

	/**
	 * Chooses a menu bar entry of the workbench window; the dialog it opens (titled {@code dialogTitle}) is modal, so
	 * it is driven by {@code driver} from inside its own event loop and must be closed by it.
	 */
	private static void runMenu(String[] path, String dialogTitle, Consumer<Shell> driver) {
		Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		Menu menu = window.getMenuBar();
		List<Menu> shown = new ArrayList<>();
		MenuItem item = null;
		for (String text : path) {
			if (item != null) {
				menu = item.getMenu();
			}
			menu.notifyListeners(SWT.Show, new Event()); // the menu managers fill their menus when shown
			shown.add(menu);
			item = menuItem(menu, text);
		}
		assertTrue(item.isEnabled(), String.join(" › ", path));
		inDialog(dialogTitle, driver);
		select(item);
		for (int i = shown.size() - 1; i >= 0; i--) {
			shown.get(i).notifyListeners(SWT.Hide, new Event());
		}
		settle();
		rethrowDialogFailures();
	}

	/** Schedules {@code driver} to run on the next modal dialog titled {@code title}; its failure fails the test. */
	private static void inDialog(String title, Consumer<Shell> driver) {
		Display display = Display.getCurrent();
		Throwable[] failure = new Throwable[1];
		display.asyncExec(() -> {
			Shell[] dialog = new Shell[1];
			try {
				waitUntil("the dialog " + title, () -> (dialog[0] = Arrays.stream(display.getShells())
						.filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElse(null)) != null);
				driver.accept(dialog[0]);
			} catch (Throwable e) {
				failure[0] = e;
				if (dialog[0] != null && !dialog[0].isDisposed()) {
					dialog[0].close(); // never leave a modal dialog open: the test would hang
				}
			}
		});
		pending.add(failure);
	}

	private static final List<Throwable[]> pending = new ArrayList<>();

	private static void rethrowDialogFailures() {
		for (Throwable[] failure : pending) {
			if (failure[0] instanceof Error error) {
				pending.clear();
				throw error;
			}
			if (failure[0] != null) {
				pending.clear();
				throw new AssertionError(failure[0]);
			}
		}
		pending.clear();
	}

	/**
	 * Runs Open Diagram (Model menu's command, on the active model editor) and returns what its list offers; with
	 * {@code choose} that entry is chosen and OK pressed, else the dialog is cancelled.
	 */
	private static List<String> openDiagramDialog(String choose) throws Exception {
		List<String> offered = new ArrayList<>();
		inDialog("Open Diagram", dialog -> {
			Table table = find(dialog, Table.class);
			waitUntil("the list of diagrams", () -> table.getItemCount() > 0);
			for (TableItem tableItem : table.getItems()) {
				offered.add(tableItem.getText());
			}
			if (choose == null) {
				press(dialog, "Cancel");
				return;
			}
			int index = offered.indexOf(choose);
			assertTrue(index >= 0, choose + " in " + offered);
			table.setSelection(index);
			select(table);
			press(dialog, "OK");
		});
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.helix.diagram.ui.openDiagram", null);
		settle();
		rethrowDialogFailures();
		return offered;
	}

	/** Ctrl+S as the workbench binds it: the key sequence is looked up in the active bindings and its command run. */
	private static void ctrlS(SpecificationEditor spec) throws Exception {
		page().activate(spec);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding binding = bindings.getPerfectMatch(KeySequence.getInstance("M1+S"));
		assertNotNull(binding, "Ctrl+S is bound");
		ParameterizedCommand command = binding.getParameterizedCommand();
		assertEquals("org.eclipse.ui.file.save", command.getId());
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		waitUntil("the save", () -> !spec.isDirty());
	}

	/** The text field that follows the label starting with {@code label}, in the order the dialog lays them out. */
	private static Text textAfter(Composite root, String label) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		boolean seen = false;
		for (Control control : controls) {
			if (control instanceof Label l && plain(l.getText()).startsWith(label)) {
				seen = true;
			} else if (seen && control instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("no text field after '" + label + "'");
	}

	private static void press(Shell dialog, String text) {
		List<Control> controls = new ArrayList<>();
		collect(dialog, controls);
		Button button = controls.stream().filter(c -> c instanceof Button b && plain(b.getText()).equals(text)).map(Button.class::cast)
				.findFirst().orElseThrow(() -> new AssertionError("no button " + text));
		assertTrue(button.isEnabled(), text + " is enabled");
		select(button);
	}

	private static <T extends Control> T find(Composite root, Class<T> type) {
		List<Control> controls = new ArrayList<>();
		collect(root, controls);
		return controls.stream().filter(type::isInstance).map(type::cast).findFirst()
				.orElseThrow(() -> new AssertionError("no " + type.getSimpleName()));
	}

	private static void collect(Control control, List<Control> into) {
		into.add(control);
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, into);
			}
		}
	}
}
