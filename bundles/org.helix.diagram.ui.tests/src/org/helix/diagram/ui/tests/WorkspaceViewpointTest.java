package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.viewpoint.NewViewpointWizard;
import org.helix.diagram.ui.viewpoint.WorkspaceViewpoints;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, items 1 and 3 in the workbench: File &gt; New &gt; Helix Viewpoint makes a specification in a project,
 * Open Diagram can use it at once, saving the file with a new node mapping and a conditional style changes the open
 * diagram without a restart, and a misspelt feature becomes a problem marker naming the file, the element and the
 * position in the expression (the diagram keeps its last good version meanwhile).
 */
class WorkspaceViewpointTest {

	private static final String DIAGRAM_ID = "workspace.my-organisations.diagram";
	private IFile viewpointFile;

	@AfterEach
	void cleanUp() throws CoreException {
		page().closeAllEditors(false);
		if (viewpointFile != null && viewpointFile.exists()) {
			viewpointFile.delete(true, null);
		}
		waitUntil("the deleted viewpoint to be gone", () -> ViewpointRegistry.getDefault().diagram(DIAGRAM_ID) == null);
		processEvents();
	}

	@Test
	void aViewpointMadeWithTheWizardIsAppliedOnEverySave() throws Exception {
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "specified.helix");
		WorkspaceViewpoints.start();

		// File > New > Helix Viewpoint, through the wizard registry as the New menu does
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewViewpointWizard.ID);
		assertNotNull(descriptor, "the wizard is registered under File > New");
		NewViewpointWizard wizard = (NewViewpointWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(model.getProject()));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		processEvents();
		wizard.getPage().setFileName("my-organisations.helix-viewpoint");
		pressFinish(dialog);
		viewpointFile = wizard.getCreatedFile();
		assertNotNull(viewpointFile);
		assertEquals(model.getProject(), viewpointFile.getProject());

		// loaded next to the installed viewpoints, valid as the template comes
		waitUntil("the new viewpoint to be loaded", () -> ViewpointRegistry.getDefault().diagram(DIAGRAM_ID) != null);
		assertEquals(0, markers().length, Arrays.toString(markers()));
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(model, DIAGRAM_ID));
		waitUntil("the layout", () -> !editor.diagram().getNodes().isEmpty()
				&& editor.diagram().getNodes().stream().allMatch(Node::isPlaced) && editor.canvas().scene() != null);
		long organisations = editor.diagram().getNodes().stream()
				.filter(n -> n.getMappingId().equals("workspace.my-organisations.organisation")).count();
		assertTrue(organisations > 10, "the organisations of Klimaatsprong: " + organisations);
		assertTrue(paletteTexts(editor).contains("+ Organisation"), paletteTexts(editor).toString());

		// the specifier adds a node mapping with a conditional style and saves: the open diagram follows at once
		String text = viewpointFile.readString();
		String bodies = """
				      <nodeMappings id="my.body" label="Body" domainClass="GovernanceBody" semanticCandidates="governanceBodies"
				          labelExpression="name">
				        <style xsi:type="description:NodeStyle" shape="RECTANGLE" fillColor="#eeeeee" borderColor="#666666" width="200" height="50"/>
				        <conditionalStyles condition="kind = 'PERMANENT_COUNCIL'">
				          <style xsi:type="description:NodeStyle" shape="RECTANGLE" fillColor="#2f5f8f" labelColor="#ffffff" width="240" height="70"/>
				        </conditionalStyles>
				      </nodeMappings>
				      <tools""";
		save(text.replaceFirst("      <tools", bodies));
		waitUntil("the bodies in the open diagram", () -> editor.diagram().getNodes().stream().anyMatch(n -> n.getMappingId().equals("my.body"))
				&& editor.canvas().scene().nodes().stream().anyMatch(n -> n.node().getMappingId().equals("my.body")));
		List<SceneNode> councils = editor.canvas().scene().nodes().stream()
				.filter(n -> n.node().getMappingId().equals("my.body") && "conditional:0".equals(n.node().getStyleKey())).toList();
		assertEquals(1, councils.size(), "the permanent council in its conditional style");
		assertEquals(0x2f5f8f, councils.get(0).fill() & 0xffffff);
		assertTrue(editor.diagram().getNodes().stream().allMatch(Node::isPlaced), "new nodes are placed");
		assertEquals(organisations, editor.diagram().getNodes().stream()
				.filter(n -> n.getMappingId().equals("workspace.my-organisations.organisation")).count());

		// a misspelt feature: a problem marker on the file naming element and position; the diagram keeps its last good version
		String misspelt = viewpointFile.readString().replaceFirst("(id=\"my.body\"[^>]*labelExpression=\")name\"", "$1nmae\"");
		assertTrue(misspelt.contains("labelExpression=\"nmae\""), misspelt);
		save(misspelt);
		try {
			waitUntil("a problem marker", () -> markers().length > 0);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; registry problems " + ViewpointRegistry.getDefault().problems() + "; file "
					+ viewpointFile.readString(), e);
		}
		IMarker[] markers = markers();
		assertEquals(1, markers.length, Arrays.toString(markers));
		IMarker marker = markers[0];
		assertEquals(viewpointFile, marker.getResource());
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("Layer 'Organisations' \u203a NodeMapping 'Body', labelExpression: unknown feature 'nmae' on GovernanceBody;"
				+ " did you mean 'name'? at column 1 in 'nmae'", marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals("Layer 'Organisations' \u203a NodeMapping 'Body', labelExpression, column 1", marker.getAttribute(IMarker.LOCATION, ""));
		assertEquals(lineOf(viewpointFile.readString(), "id=\"my.body\""), marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(1, marker.getAttribute(WorkspaceViewpoints.COLUMN, -1));
		String saved = viewpointFile.readString();
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("nmae", saved.substring(start, marker.getAttribute(IMarker.CHAR_END, -1)), "the marker selects the misspelt name");
		assertEquals(saved.indexOf("labelExpression=\"nmae\"") + "labelExpression=\"".length(), start);
		assertTrue(ViewpointRegistry.getDefault().broken().stream()
				.anyMatch(b -> b.origin().equals(viewpointFile.getFullPath().toString()) && b.reason().contains("'nmae'")),
				"listed as broken with its reason");
		assertTrue(editor.diagram().getNodes().stream().anyMatch(n -> n.getMappingId().equals("my.body")));

		// fixed and saved: the marker goes, the viewpoint is back
		save(viewpointFile.readString().replace("labelExpression=\"nmae\"", "labelExpression=\"name + '!'\""));
		waitUntil("the marker to go", () -> markers().length == 0 && ViewpointRegistry.getDefault().diagram(DIAGRAM_ID) != null);
		waitUntil("the new labels", () -> editor.diagram().getNodes().stream()
				.anyMatch(n -> n.getMappingId().equals("my.body") && n.getLabel().endsWith("!")));
	}

	private void save(String text) throws CoreException {
		viewpointFile.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.KEEP_HISTORY, null);
	}

	private IMarker[] markers() {
		try {
			return viewpointFile.findMarkers(WorkspaceViewpoints.MARKER, true, IResource.DEPTH_ZERO);
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static int lineOf(String text, String what) {
		return (int) text.substring(0, text.indexOf(what)).chars().filter(c -> c == '\n').count() + 1;
	}

	private static List<String> paletteTexts(DiagramEditor editor) {
		return Arrays.stream(editor.palette().getItems()).map(ToolItem::getText).toList();
	}

	private static void pressFinish(WizardDialog dialog) {
		Button finish = buttons(dialog.getShell()).stream().filter(b -> IDialogConstants.FINISH_LABEL.equals(b.getText()))
				.findFirst().orElseThrow(() -> new AssertionError("no Finish button"));
		assertTrue(finish.isEnabled(), "Finish is enabled");
		finish.notifyListeners(SWT.Selection, new Event());
		processEvents();
	}

	private static List<Button> buttons(Control control) {
		List<Button> buttons = new java.util.ArrayList<>();
		if (control instanceof Button button) {
			buttons.add(button);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				buttons.addAll(buttons(child));
			}
		}
		return buttons;
	}
}
