package org.helix.diagram.ui.tests;

import static org.helix.diagram.ui.tests.Workbench.copyOfExample;
import static org.helix.diagram.ui.tests.Workbench.page;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.Decorations;
import org.helix.diagram.ui.editor.DiagramEditor;
import org.helix.diagram.ui.editor.DiagramEditorInput;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.ui.viewpoint.RuleMarkers;
import org.helix.diagram.ui.viewpoint.WorkspaceViewpoints;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.programme.DeclaredTableView;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Validation rules with quick fixes and the generic table view (issue 16, item 5), in the real workbench on
 * Klimaatsprong: the shipped programme rule (an action handed to a working group without a lead) shows as a badge on
 * the programme diagram and as a marker in the Problems view; the marker's Quick Fix makes the group's trekker the lead
 * (badge and marker go), Undo brings them back, and the diagram's context menu offers the same fix. A table declared in
 * a workspace {@code .helix-viewpoint} file is shown by the Declared Table view without any Java of its own.
 */
class ValidationRulesUiTest {

	private static final String PROGRAMME = "org.helix.programme.structure";
	private static final String RULE = "org.helix.programme.rules.leadFromGroup";

	@AfterEach
	void closeEditors() {
		page().closeAllEditors(false);
		UiSupport.settle();
	}

	private static boolean violates(Object element) {
		return element instanceof PriorityAction a && a.getLead() == null && a.getGroup() != null && a.getGroup().getTrekker() != null;
	}

	private static List<IMarker> markers(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(RuleMarkers.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> RULE.equals(m.getAttribute(RuleMarkers.RULE_ID, null))).toList();
		} catch (CoreException e) {
			throw new AssertionError(e);
		}
	}

	private static IMarker markerOf(IFile file, PriorityAction action) {
		return markers(file).stream().filter(m -> action.getId().equals(m.getAttribute(HelixUI.ELEMENT_ID, null))).findFirst().orElse(null);
	}

	private static boolean badged(DiagramEditor editor, PriorityAction action) {
		return editor.canvas().scene().nodes().stream().filter(n -> n.node().getSemanticElement() == action)
				.anyMatch(n -> n.badges().stream().anyMatch(b -> b.tooltip().startsWith("No lead organisation: ")));
	}

	@Test
	void aViolationIsABadgeAndAMarkerAndItsQuickFixIsUndoable() throws Exception {
		UiSupport.windowSize();
		page().closeAllEditors(false); // the example opened at start-up: only this test's model is validated
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "rules.helix");
		HelixModelEditor modelEditor = assertInstanceOf(HelixModelEditor.class, IDE.openEditor(page(), file, HelixUI.EDITOR_ID));
		RuleMarkers.start();
		DiagramEditor editor = DiagramEditor.open(page(), new DiagramEditorInput(file, PROGRAMME));
		waitUntil("the layout", () -> editor.diagram().getNodes().stream().allMatch(Node::isPlaced) && editor.canvas().scene() != null);
		Programme programme = modelEditor.getModel().getProgrammes().stream()
				.max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		Set<String> expected = programme.getActions().stream().filter(ValidationRulesUiTest::violates).map(PriorityAction::getId)
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(4, expected.size(), "the seed hands four actions to the innovation working group without a lead");

		// the badge: on the violating actions, with the rule's message as tooltip
		SceneNode node = editor.canvas().scene().nodes().stream().filter(n -> violates(n.node().getSemanticElement())).findFirst().orElseThrow();
		PriorityAction action = (PriorityAction) node.node().getSemanticElement();
		String message = "No lead organisation: " + action.getName() + " is handed to werkgroep innovatie, whose trekker is "
				+ "Agentschap Innoveren en Ondernemen";
		int index = node.badges().stream().map(Decorations.Badge::tooltip).toList().indexOf(message);
		assertTrue(index >= 0, node.badges().toString());
		assertEquals(DecorationKind.WARNING, node.badges().get(index).kind());
		assertEquals(message, editor.canvas().badgeTooltip(node.badgeX(index), node.badgeY()));
		assertTrue(editor.canvas().scene().nodes().stream().filter(n -> n.node().getSemanticElement() instanceof PriorityAction a
				&& a.getLead() != null).noneMatch(n -> n.badges().stream().anyMatch(b -> b.tooltip().startsWith("No lead"))));

		// the markers: one per violating action, on the model file, with message and location
		waitUntil("the rule markers", () -> markers(file).size() == expected.size());
		assertEquals(expected, markers(file).stream().map(m -> m.getAttribute(HelixUI.ELEMENT_ID, "")).collect(Collectors.toCollection(TreeSet::new)));
		IMarker marker = markerOf(file, action);
		assertEquals(message, marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.LOCATION, "").endsWith("PriorityAction '" + action.getName() + "'"),
				marker.getAttribute(IMarker.LOCATION, ""));

		// ... listed in the Problems view
		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		waitUntil("the marker in the Problems view", () -> problemTexts(problems).stream().anyMatch(t -> t.contains(message)));
		waitUntil("only the open model's violations in the Problems view", () -> problemTexts(problems).stream()
				.filter(t -> t.startsWith("No lead organisation: ")).allMatch(t -> t.endsWith(" | rules.helix")));
		assertEquals(expected.size(), problemTexts(problems).stream().filter(t -> t.startsWith("No lead organisation: ")).count(),
				problemTexts(problems).toString());
		page().activate(editor);
		editor.canvas().setLegendShown(false);
		UiSupport.settle();
		UiSupport.screenshot("validation-rule.png");

		// Quick Fix from the marker, as the Problems view offers it
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Make the working group's trekker the lead"), Arrays.stream(resolutions).map(IMarkerResolution::getLabel).toList());
		CommandStack stack = modelEditor.getEditingDomain().getCommandStack();
		resolutions[0].run(marker);
		assertSame(action.getGroup().getTrekker(), action.getLead());
		assertEquals("Make the working group's trekker the lead", stack.getUndoCommand().getLabel());
		waitUntil("the marker goes", () -> markerOf(file, action) == null && markers(file).size() == expected.size() - 1);
		waitUntil("the badge goes", () -> !badged(editor, action));

		// one Undo brings lead, marker and badge back
		stack.undo();
		assertNull(action.getLead());
		waitUntil("the marker comes back", () -> markerOf(file, action) != null && markers(file).size() == expected.size());
		waitUntil("the badge comes back", () -> badged(editor, action));

		// the diagram's context menu on the node offers the same fix
		Node shown = editor.diagram().getNodes().stream().filter(n -> n.getSemanticElement() == action).findFirst().orElseThrow();
		List<IAction> fixes = editor.quickFixes(shown);
		assertEquals(1, fixes.size());
		assertEquals("Make the working group's trekker the lead \u2013 " + message, fixes.get(0).getText());
		fixes.get(0).run();
		assertSame(action.getGroup().getTrekker(), action.getLead());
		waitUntil("the marker goes again", () -> markerOf(file, action) == null);
		stack.undo();
		assertNull(action.getLead());
		waitUntil("the marker is back again", () -> markerOf(file, action) != null);
		Node complete = editor.diagram().getNodes().stream().filter(n -> n.getSemanticElement() instanceof PriorityAction a
				&& a.getLead() != null).findFirst().orElseThrow();
		assertEquals(List.of(), editor.quickFixes(complete));

		// a change by another command: an action with a lead handed to the working group and its lead removed
		PriorityAction led = (PriorityAction) complete.getSemanticElement();
		stack.execute(SetCommand.create(modelEditor.getEditingDomain(), led,
				org.helix.model.programme.ProgrammePackage.Literals.PRIORITY_ACTION__GROUP, action.getGroup()));
		stack.execute(SetCommand.create(modelEditor.getEditingDomain(), led,
				org.helix.model.programme.ProgrammePackage.Literals.PRIORITY_ACTION__LEAD, SetCommand.UNSET_VALUE));
		waitUntil("a marker for the changed action", () -> markerOf(file, led) != null && markers(file).size() == expected.size() + 1);
	}

	/** The texts of the Problems view's tree ({@code DESCRIPTION | RESOURCE}), its groups expanded. */
	private static List<String> problemTexts(IViewPart view) {
		MPart part = view.getSite().getService(MPart.class);
		List<String> texts = new ArrayList<>();
		for (Tree tree : trees((Control) part.getWidget())) {
			for (TreeItem group : tree.getItems()) {
				if (!group.getExpanded()) {
					Event event = new Event();
					event.item = group;
					tree.notifyListeners(org.eclipse.swt.SWT.Expand, event);
					group.setExpanded(true);
				}
				texts.add(group.getText());
				for (TreeItem item : group.getItems()) {
					texts.add(item.getText(0) + " | " + item.getText(1)); // description | resource
				}
			}
		}
		return texts;
	}

	private static List<Tree> trees(Control control) {
		List<Tree> trees = new ArrayList<>();
		if (control instanceof Tree tree) {
			trees.add(tree);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				trees.addAll(trees(child));
			}
		}
		return trees;
	}

	private static final String THIRD_PARTY = """
			<?xml version="1.0" encoding="UTF-8"?>
			<description:Viewpoint xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:description="http://www.helix.org/diagram/1.0/description" id="workspace.bodies" label="Governance bodies (third party)">
			  <tables xsi:type="description:TableDescription" id="workspace.bodies.trekkers" label="Governance bodies and their trekkers"
			      domainClass="HelixModel" lineDomainClass="GovernanceBody" semanticCandidates="governanceBodies" lineSortExpression="name">
			    <columns id="name" label="Body" labelExpression="name" width="320">
			      <cellEditor kind="TEXT">
			        <operations xsi:type="description:SetValue" featureName="name" valueExpression="$value"/>
			      </cellEditor>
			    </columns>
			    <columns id="trekker" label="Trekker" labelExpression="trekker.name" width="260"/>
			    <columns id="members" label="Members" labelExpression="memberships.size()" width="80" alignRight="true"/>
			  </tables>
			</description:Viewpoint>
			""";

	@Test
	void theDeclaredTableViewShowsATableOfAWorkspaceViewpointFile() throws Exception {
		UiSupport.windowSize();
		IFile model = copyOfExample(Example.KLIMAATSPRONG, "tables.helix");
		IFile spec = model.getProject().getFile("bodies.helix-viewpoint");
		if (spec.exists()) {
			spec.delete(true, null);
		}
		WorkspaceViewpoints.start();
		spec.create(new ByteArrayInputStream(THIRD_PARTY.getBytes(StandardCharsets.UTF_8)), true, null);
		waitUntil("the workspace table in the registry", () -> ViewpointRegistry.getDefault().table("workspace.bodies.trekkers") != null);

		RuleMarkers.start();
		HelixModelEditor modelEditor = assertInstanceOf(HelixModelEditor.class, IDE.openEditor(page(), model, HelixUI.EDITOR_ID));
		DeclaredTableView view = (DeclaredTableView) page().showView(DeclaredTableView.ID);
		view.setModelEditor(modelEditor);
		assertTrue(view.tableIds().containsAll(List.of("workspace.bodies.trekkers", "org.helix.programme.fiches",
				"org.helix.programme.traceability.actions", "org.helix.governance.memberships")), view.tableIds().toString());
		assertTrue(view.show("workspace.bodies.trekkers"));
		UiSupport.settle();

		List<GovernanceBody> bodies = modelEditor.getModel().getGovernanceBodies();
		assertEquals(bodies.size(), view.getTable().getItemCount());
		assertEquals(List.of("Body", "Trekker", "Members"), Arrays.stream(view.getTable().getColumns()).map(c -> c.getText()).toList());
		TreeSet<String> sorted = bodies.stream().map(GovernanceBody::getName).collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
		assertEquals(sorted.first(), view.getTable().getItem(0).getText(0), "lines in the declared order (by name)");
		GovernanceBody innovation = bodies.stream().filter(b -> "werkgroep innovatie".equals(b.getName())).findFirst().orElseThrow();
		var row = view.getTable().getItem(view.lines().indexOf(innovation));
		assertEquals("Agentschap Innoveren en Ondernemen", row.getText(1));
		assertEquals(String.valueOf(innovation.getMemberships().size()), row.getText(2));

		// the view follows the model: a rename through the editor's stack shows at once
		modelEditor.getEditingDomain().getCommandStack().execute(SetCommand.create(modelEditor.getEditingDomain(), innovation,
				org.helix.model.core.CorePackage.Literals.NAMED_ELEMENT__NAME, "werkgroep innovatie en valorisatie"));
		waitUntil("the renamed body", () -> Arrays.stream(view.getTable().getItems()).anyMatch(i -> i.getText(0).equals("werkgroep innovatie en valorisatie")));
		modelEditor.getEditingDomain().getCommandStack().undo();
		assertEquals("werkgroep innovatie", innovation.getName());

		// the declared cell editor: an edit in the view is one command on the model editor's stack
		assertTrue(view.edit(innovation, view.column("name"), "werkgroep innovatie (2026)"));
		assertEquals("werkgroep innovatie (2026)", innovation.getName());
		assertEquals("Edit Body", modelEditor.getEditingDomain().getCommandStack().getUndoCommand().getLabel());
		waitUntil("the edited cell", () -> Arrays.stream(view.getTable().getItems()).anyMatch(i -> i.getText(0).equals("werkgroep innovatie (2026)")));
		modelEditor.getEditingDomain().getCommandStack().undo();
		assertEquals("werkgroep innovatie", innovation.getName());
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		UiSupport.settle();
		UiSupport.screenshot("declared-table-view.png");
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

		// closing the model editor takes its rule markers away (rules are evaluated on open models)
		waitUntil("the rule markers of the open model", () -> markers(model).size() == 4);
		page().closeEditor(modelEditor, false);
		waitUntil("no rule marker on the closed model", () -> markers(model).isEmpty());
		spec.delete(true, null);
		waitUntil("the table leaves the registry", () -> ViewpointRegistry.getDefault().table("workspace.bodies.trekkers") == null);
		waitUntil("the view's list follows", () -> !view.tableIds().contains("workspace.bodies.trekkers"));
	}
}
