package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.diagram.ui.tests.Workbench.processEvents;
import static org.helix.diagram.ui.tests.Workbench.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.ui.editor.DiagramCanvas;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.render.PngExport;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.examples.Example;
import org.helix.model.ecosystem.Actor;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.editor.ModelElementInput;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Double-click navigation and decorations declared in the shipped programme viewpoint (issue 16, item 5), in the real
 * workbench on Klimaatsprong: the warning badge of an incomplete fiche is drawn (and has its tooltip), a double-click
 * on an action opens its fiche, one on a lead opens the actor network.
 */
class DecorationsNavigationTest {

	private static final String PROGRAMME = "org.helix.programme.structure";
	private static final RGB AMBER = new RGB(0xf0, 0xa0, 0x00);

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		processEvents();
	}

	private static DiagramEditor openProgramme(IFile file) throws Exception {
		assertInstanceOf(HelixModelEditor.class, IDE.openEditor(page(), file, HelixUI.EDITOR_ID));
		processEvents();
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, PROGRAMME));
		waitUntilLaidOut(editor);
		return editor;
	}

	private static void waitUntilLaidOut(DiagramEditor editor) {
		waitUntil("the layout of " + editor.getPartName(), () -> editor.diagram().getNodes().stream().allMatch(Node::isPlaced)
				&& editor.canvas().scene() != null && editor.canvas().scene().nodes().stream().allMatch(n -> n.node().isPlaced()));
	}

	private static SceneNode node(DiagramEditor editor, java.util.function.Predicate<Object> element) {
		return editor.canvas().scene().nodes().stream().filter(n -> element.test(n.node().getSemanticElement())).findFirst()
				.orElseThrow();
	}

	private static void doubleClick(DiagramEditor editor, SceneNode node) {
		DiagramCanvas canvas = editor.canvas();
		double[] view = canvas.viewport();
		double zoom = canvas.zoom();
		Event event = new Event();
		event.x = (int) ((node.centerX() - view[0]) * zoom);
		event.y = (int) ((node.centerY() - view[1]) * zoom);
		event.button = 1;
		canvas.notifyListeners(SWT.MouseDown, event);
		canvas.notifyListeners(SWT.MouseUp, event);
		canvas.notifyListeners(SWT.MouseDoubleClick, event);
		processEvents();
	}

	private static RGB pixel(ImageData png, Scene scene, double x, double y) {
		int px = (int) Math.round(x - scene.minX()) + PngExport.MARGIN, py = (int) Math.round(y - scene.minY()) + PngExport.MARGIN;
		return png.palette.getRGB(png.getPixel(px, py));
	}

	@Test
	void theIncompleteFicheBadgeIsDrawnWithItsTooltip() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "badges.helix");
		DiagramEditor editor = openProgramme(file);
		SceneNode incomplete = node(editor, e -> e instanceof PriorityAction a && a.getLead() == null && a.getGroup() == null);
		SceneNode complete = node(editor, e -> e instanceof PriorityAction a && a.getLead() != null);
		assertEquals(1, incomplete.badges().size());
		assertEquals(0, complete.badges().size());

		Scene scene = editor.canvas().scene();
		ImageData png = PngExport.render(page().getWorkbenchWindow().getShell().getDisplay(), scene, 1);
		// left of the centre, clear of the white "!" sign
		assertEquals(AMBER, pixel(png, scene, incomplete.badgeX(0) - 4, incomplete.badgeY() + 1),
				"the warning badge at the top-right corner of " + incomplete.label());
		assertNotEquals(AMBER, pixel(png, scene, complete.badgeX(0) - 4, complete.badgeY() + 1),
				"no badge on " + complete.label());

		PriorityAction action = (PriorityAction) incomplete.node().getSemanticElement();
		assertEquals("Fiche incomplete: " + action.getName() + " has no lead organisation or working group",
				editor.canvas().badgeTooltip(incomplete.badgeX(0), incomplete.badgeY()));
		assertEquals(null, editor.canvas().badgeTooltip(complete.badgeX(0), complete.badgeY()));
	}

	/** With -Dhelix.screenshots.dir: the programme diagram's warning badges, 1600×1000, for docs/diagrams.md. */
	@Test
	void screenshotOfTheWarningBadges() throws Exception {
		String dir = System.getProperty("helix.screenshots.dir", "none");
		org.junit.jupiter.api.Assumptions.assumeTrue(!dir.equals("none") && !dir.isBlank(), "only with -Dhelix.screenshots.dir");
		UiSupport.windowSize();
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "decorations.helix");
		DiagramEditor editor = openProgramme(file);
		page().activate(editor);
		page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		processEvents();
		java.util.List<SceneNode> incomplete = editor.canvas().scene().nodes().stream().filter(n -> !n.badges().isEmpty())
				.sorted(java.util.Comparator.comparingDouble(SceneNode::y)).toList();
		assertEquals(false, incomplete.isEmpty(), "Klimaatsprong has incomplete fiches");
		// the badged fiches at the top left (the legend sits at the bottom right), zoomed to fit them if still readable
		SceneNode first = incomplete.get(0);
		double minX = incomplete.stream().mapToDouble(SceneNode::x).min().orElseThrow() - 20;
		double minY = first.y() - 20;
		double maxX = incomplete.stream().mapToDouble(n -> n.x() + n.width()).max().orElseThrow() + 20;
		double maxY = incomplete.stream().mapToDouble(n -> n.y() + n.height()).max().orElseThrow() + 20;
		double zoom = Math.max(0.7, Math.min(1.0, Math.min(1050 / (maxX - minX), 820 / (maxY - minY))));
		editor.canvas().zoomAt(zoom, 0, 0);
		double[] view = editor.canvas().viewport();
		editor.canvas().centerOn(minX + view[2] / 2, minY + view[3] / 2);
		editor.canvas().redraw();
		editor.canvas().update();
		processEvents();
		double[] shown = editor.canvas().viewport();
		assertEquals(true, first.badgeX(0) > shown[0] && first.badgeX(0) < shown[0] + shown[2] && first.badgeY() > shown[1]
				&& first.badgeY() < shown[1] + shown[3], "the badge is in view");
		Files.createDirectories(Path.of(dir));
		UiSupport.screenshot("decorations.png");
		page().setPartState(page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	void aDoubleClickOnAnActionOpensItsFicheAndOnALeadTheActorNetwork() throws Exception {
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "navigation.helix");
		DiagramEditor editor = openProgramme(file);
		SceneNode actionNode = node(editor, e -> e instanceof PriorityAction);
		doubleClick(editor, actionNode);
		waitUntil("the fiche opens", () -> page().getActiveEditor() != null
				&& page().getActiveEditor().getEditorInput() instanceof ModelElementInput);
		ModelElementInput fiche = (ModelElementInput) page().getActiveEditor().getEditorInput();
		assertSame(actionNode.node().getSemanticElement(), fiche.element(), "the fiche of the double-clicked action");

		page().activate(editor);
		editor.setLayer("prog.leads", true);
		waitUntilLaidOut(editor);
		SceneNode lead = editor.canvas().scene().nodes().stream().filter(n -> "prog.lead".equals(n.node().getMappingId())
				&& n.node().getSemanticElement() instanceof Actor).findFirst().orElseThrow();
		doubleClick(editor, lead);
		waitUntil("the actor network opens", () -> page().getActiveEditor() instanceof DiagramEditor d && d != editor);
		DiagramEditor network = (DiagramEditor) page().getActiveEditor();
		assertEquals("org.helix.ecosystem.network", network.description().getId());
		IEditorPart active = page().getActiveEditor();
		assertSame(network, active);
	}
}
