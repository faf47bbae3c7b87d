package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.SpecEditorDriver.newChild;
import static org.helix.diagram.ui.tests.SpecEditorDriver.pick;
import static org.helix.diagram.ui.tests.SpecEditorDriver.selectInTree;
import static org.helix.diagram.ui.tests.SpecEditorDriver.type;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Layer;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Shape;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.ui.spec.SpecificationEditor;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The viewpoint specification editor on a copy of the shipped ecosystem viewpoint in a workspace project, driven
 * through its real widgets: the tree's context menu, the class and feature pickers, the expression fields, Save.
 */
class SpecificationEditorTest {

	private static final String PROJECT = "helix-spec-editor-tests";

	@AfterEach
	void closeEditors() throws Exception {
		page().closeAllEditors(false);
		// the copies would stay loaded as broken viewpoints (their ids are the installed ones') and their markers would
		// fill the Problems view of the tests that follow
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		processEvents();
	}

	private static IFile copyOfShippedViewpoint(String name) throws Exception {
		return copyOfShippedViewpoint(name, "ecosystem", text -> text);
	}

	/** A copy of the shipped viewpoint {@code shipped} named {@code name}, its text changed by {@code edit}. */
	private static IFile copyOfShippedViewpoint(String name, String shipped, java.util.function.UnaryOperator<String> edit)
			throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		if (file.exists()) {
			file.delete(true, null);
		}
		try (InputStream in = Platform.getBundle("org.helix.diagram.viewpoints").getEntry("viewpoints/" + shipped + ".helix-viewpoint")
				.openStream()) {
			String text = edit.apply(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			file.create(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		}
		return file;
	}

	private static SpecificationEditor open(IFile file) throws Exception {
		// no editor id: .helix-viewpoint files open in the specification editor by default
		IEditorPart part = IDE.openEditor(page(), file);
		processEvents();
		return assertInstanceOf(SpecificationEditor.class, part);
	}

	@Test
	void addsANodeMappingWithAConditionalStyleThroughTheUiAndSavesIt() throws Exception {
		IFile file = copyOfShippedViewpoint("my-ecosystem.helix-viewpoint");
		SpecificationEditor editor = open(file);
		Viewpoint viewpoint = (Viewpoint) editor.resource().getContents().get(0);
		DiagramDescription diagram = viewpoint.getDiagrams().get(0);
		Layer layer = diagram.getLayers().get(0);
		int mappings = layer.getNodeMappings().size();

		selectInTree(editor, layer);
		newChild(editor, "Node Mapping");
		waitUntil("the new node mapping selected", () -> editor.details().element() instanceof NodeMapping m && m.getId() != null
				&& m.getId().startsWith("eco.default.nodeMapping"));
		NodeMapping mapping = (NodeMapping) editor.details().element();
		assertEquals(mappings + 1, layer.getNodeMappings().size());
		assertTrue(editor.isDirty());

		// undo and redo the creation, through the editor's Edit actions
		editor.globalActions().get(ActionFactory.UNDO.getId()).run();
		waitUntil("the undone creation", () -> layer.getNodeMappings().size() == mappings);
		editor.globalActions().get(ActionFactory.REDO.getId()).run();
		waitUntil("the redone creation", () -> layer.getNodeMappings().size() == mappings + 1);
		selectInTree(editor, mapping);

		// the domain class is picked from the Helix metamodel; expressions are typed and checked against it
		pick(editor.details().field("domainClass"), "Organisation");
		type(editor.details().field("label"), "Companies");
		type(editor.details().field("semanticCandidates"), "actors[isA('Organisation') and helix = 'INDUSTRY']");
		assertEquals("", editor.details().problem("semanticCandidates"));
		type(editor.details().field("labelExpression"), "name");
		assertEquals("", editor.details().problem("labelExpression"));
		assertEquals("Organisation", mapping.getDomainClass());

		newChild(editor, "Conditional Style");
		waitUntil("the new conditional style selected", () -> editor.details().element() instanceof ConditionalStyle);
		ConditionalStyle conditional = (ConditionalStyle) editor.details().element();
		type(editor.details().field("condition"), "kind = 'COMPANY'");
		assertEquals("", editor.details().problem("condition"), "kind is a feature of Organisation");
		newChild(editor, "Node Style");
		waitUntil("the new node style selected", () -> editor.details().element() instanceof NodeStyle);
		pick(editor.details().field("shape"), "ELLIPSE");
		type(editor.details().field("fillColor"), "#ffd27f");

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.file.save", null);
		waitUntil("the save", () -> !editor.isDirty());

		// what is on disk: read back as the viewpoint registry reads workspace files
		ViewpointRegistry registry = new ViewpointRegistry();
		List<Viewpoint> loaded = registry.load(URI.createFileURI(file.getLocation().toOSString()), file.getName());
		assertEquals(List.of(), registry.problems());
		Layer savedLayer = loaded.get(0).getDiagrams().get(0).getLayers().get(0);
		NodeMapping saved = savedLayer.getNodeMappings().get(mappings);
		assertEquals(mapping.getId(), saved.getId());
		assertEquals("Companies", saved.getLabel());
		assertEquals("Organisation", saved.getDomainClass());
		assertEquals("actors[isA('Organisation') and helix = 'INDUSTRY']", saved.getSemanticCandidates());
		assertEquals("name", saved.getLabelExpression());
		assertEquals(1, saved.getConditionalStyles().size());
		assertEquals("kind = 'COMPANY'", saved.getConditionalStyles().get(0).getCondition());
		NodeStyle style = assertInstanceOf(NodeStyle.class, saved.getConditionalStyles().get(0).getStyle());
		assertEquals(Shape.ELLIPSE, style.getShape());
		assertEquals("#ffd27f", style.getFillColor());
		assertEquals(conditional.getCondition(), saved.getConditionalStyles().get(0).getCondition());
		// the rest of the shipped specification is still there, references between mappings included
		assertEquals("eco.organisation", savedLayer.getEdgeMappings().get(0).getSourceMappings().get(0).getId());
		assertTrue(Files.exists(Path.of(file.getLocation().toOSString() + ".bak")), "the previous content is kept as a backup");
	}

	@Test
	void aMisspeltFeatureIsReportedWithItsPositionAsItIsTyped() throws Exception {
		IFile file = copyOfShippedViewpoint("misspelt.helix-viewpoint");
		SpecificationEditor editor = open(file);
		Viewpoint viewpoint = (Viewpoint) editor.resource().getContents().get(0);
		NodeMapping organisation = viewpoint.getDiagrams().get(0).getLayers().get(0).getNodeMappings().get(0);
		assertEquals("Organisation", organisation.getDomainClass());
		selectInTree(editor, organisation);
		assertEquals("", editor.details().problem("labelExpression"));

		Text label = assertInstanceOf(Text.class, editor.details().field("labelExpression"));
		label.setText("abbreviation + ' ' + nmae"); // typing: not committed yet, checked at once
		processEvents();
		assertEquals("unknown feature 'nmae' on Organisation; did you mean 'name'? at column 22", editor.details().problem("labelExpression"));
		assertFalse(editor.isDirty(), "the check does not change the model");
		label.setText("abbreviation + ' ' + (name");
		processEvents();
		assertEquals("expected ')', found the end of the expression at column 27", editor.details().problem("labelExpression"));
		type(label, "abbreviation + ' ' + name"); // Enter: now it is set
		assertEquals("", editor.details().problem("labelExpression"));
		assertEquals("abbreviation + ' ' + name", organisation.getLabelExpression());

		// the workbench's Properties view shows the same fields for the tree's selection
		page().showView(org.eclipse.ui.IPageLayout.ID_PROP_SHEET);
		page().activate(editor);
		processEvents();
		waitUntil("the Properties view following the editor", () -> editor.propertiesViewPane() != null
				&& editor.propertiesViewPane().element() == organisation);
		assertEquals("abbreviation + ' ' + name",
				assertInstanceOf(Text.class, editor.propertiesViewPane().field("labelExpression")).getText());

		// the domain class picker offers the metamodel's classes only; a feature of another class is reported
		pick(editor.details().field("domainClass"), "Person");
		assertEquals("unknown feature 'abbreviation' on Person at column 1", editor.details().problem("labelExpression"));
		assertEquals("unknown feature 'abbreviation' on Person at column 1", editor.propertiesViewPane().problem("labelExpression"));
		screenshot(editor, editor.details().field("labelExpression"));
	}

	@Test
	void theDoubleClickTargetIsPickedAmongTheDiagramDescriptions() throws Exception {
		// the programme viewpoint, its leads' double-click target misspelt
		IFile file = copyOfShippedViewpoint("double-click.helix-viewpoint", "programme",
				text -> text.replace("doubleClickDescription=\"org.helix.ecosystem.network\"", "doubleClickDescription=\"org.helix.ecosystem.netwerk\""));
		SpecificationEditor editor = open(file);
		Viewpoint viewpoint = (Viewpoint) editor.resource().getContents().get(0);
		NodeMapping lead = viewpoint.getDiagrams().get(0).getLayers().stream().flatMap(l -> l.getNodeMappings().stream())
				.filter(m -> "prog.lead".equals(m.getId())).findFirst().orElseThrow();
		selectInTree(editor, lead);

		Combo picker = assertInstanceOf(Combo.class, editor.details().field("doubleClickDescription"), "a picker, not a text field");
		List<String> offered = Arrays.asList(picker.getItems());
		assertEquals("org.helix.ecosystem.netwerk", picker.getText(), "the value in the file is shown, though it names nothing");
		assertEquals("unknown diagram description 'org.helix.ecosystem.netwerk': a double-click opens nothing",
				editor.details().problem("doubleClickDescription"));
		// the specification's own diagram first, then the other loaded viewpoints' diagrams
		assertEquals(List.of("org.helix.ecosystem.netwerk", "", "org.helix.programme.structure"), offered.subList(0, 3));
		for (String installed : List.of("org.helix.ecosystem.network", "org.helix.governance.bodies")) {
			assertTrue(offered.contains(installed), installed + " in " + offered);
		}

		pick(picker, "org.helix.ecosystem.network");
		assertEquals("org.helix.ecosystem.network", lead.getDoubleClickDescription());
		assertEquals("", editor.details().problem("doubleClickDescription"));
		assertTrue(editor.isDirty());
		editor.globalActions().get(ActionFactory.UNDO.getId()).run();
		waitUntil("the undone pick", () -> "org.helix.ecosystem.netwerk".equals(lead.getDoubleClickDescription())
				&& "org.helix.ecosystem.netwerk".equals(((Combo) editor.details().field("doubleClickDescription")).getText()));
		pick(editor.details().field("doubleClickDescription"), "org.helix.programme.structure");
		assertEquals("org.helix.programme.structure", lead.getDoubleClickDescription());
	}

	/** With -Dhelix.screenshots.dir: the editor with an expression error shown, for docs/diagrams.md, at 1600×1000. */
	private static void screenshot(SpecificationEditor editor, Control field) throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		if (dir.equals("none") || dir.isBlank()) {
			return;
		}
		Shell shell = page().getWorkbenchWindow().getShell();
		Rectangle bounds = shell.getBounds();
		try {
			UiSupport.windowSize();
			page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
			processEvents();
			waitUntil("the maximized editor", () -> editor.viewer().getTree().getSize().x > 400);
			field.setFocus();
			processEvents();
			Files.createDirectories(Path.of(dir));
			UiSupport.screenshot("spec-editor.png");
		} finally {
			page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
			shell.setBounds(bounds);
		}
	}
}
