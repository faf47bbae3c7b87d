package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.edit.command.SetCommand;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.Decorations;
import org.helix.diagram.viewpoint.Legend;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decorations and double-click navigation declared in the description language (issue 16, item 5), on the shipped
 * programme viewpoint and the Klimaatsprong example: a warning badge on each priority action whose fiche names
 * neither a lead organisation nor a working group.
 */
class DecorationsTest {

	@TempDir
	Path folder;

	private static final String PROGRAMME = "org.helix.programme.structure";

	private static NodeMapping mapping(DiagramDescription description, String id) {
		var contents = description.eAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof NodeMapping mapping && id.equals(mapping.getId())) {
				return mapping;
			}
		}
		throw new AssertionError("no mapping " + id);
	}

	@Test
	void theIncompleteFicheBadgeIsOnExactlyTheActionsWithoutLeadOrGroup() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Programme programme = fixture.model.getProgrammes().stream()
				.max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		Diagram diagram = fixture.session.createDiagram(description, programme, "Klimaatsprong");
		NodeMapping mapping = mapping(description, "prog.action");

		Set<String> badged = new TreeSet<>(), incomplete = new TreeSet<>();
		int actions = 0;
		for (Node node : diagram.getNodes()) {
			if (!(node.getSemanticElement() instanceof PriorityAction action) || !"prog.action".equals(node.getMappingId())) {
				continue;
			}
			actions++;
			// the viewpoint's validation rule badges its own actions (ValidationRulesTest); here only the decoration's
			List<Decorations.Badge> badges = Decorations.of(node, mapping).stream()
					.filter(b -> b.tooltip().startsWith("Fiche incomplete")).toList();
			if (action.getLead() == null && action.getGroup() == null) {
				incomplete.add(action.getName());
			}
			if (!badges.isEmpty()) {
				badged.add(action.getName());
				assertEquals(1, badges.size());
				assertEquals(DecorationKind.WARNING, badges.get(0).kind());
				assertEquals("Fiche incomplete: " + action.getName() + " has no lead organisation or working group",
						badges.get(0).tooltip());
			}
		}
		assertEquals(programme.getActions().size(), actions, "every action is on the diagram");
		assertEquals(incomplete, badged, "the badge is on exactly the actions with neither lead nor group");
		// Klimaatsprong has both kinds (some fiches name a lead or a working group, most name neither): the test can fail
		assertFalse(badged.isEmpty());
		assertTrue(badged.size() < actions, badged.size() + " of " + actions);

		// the badge follows the model: give an incomplete action a lead and it goes
		PriorityAction withLead = programme.getActions().stream().filter(a -> a.getLead() != null).findFirst().orElseThrow();
		PriorityAction fixed = programme.getActions().stream().filter(a -> badged.contains(a.getName())).findFirst().orElseThrow();
		fixture.domain.getCommandStack().execute(SetCommand.create(fixture.domain, fixed,
				ProgrammePackage.Literals.PRIORITY_ACTION__LEAD, withLead.getLead()));
		Node fixedNode = diagram.getNodes().stream().filter(n -> n.getSemanticElement() == fixed).findFirst().orElseThrow();
		assertEquals(List.of(), Decorations.of(fixedNode, mapping));
	}

	@Test
	void theLegendListsTheDecoration() {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		List<String> texts = Legend.of(description, List.of()).stream().map(Legend.Entry::text).toList();
		assertTrue(texts.contains("Action: warning badge, fiche incomplete (no lead organisation or working group)"), texts.toString());
	}

	@Test
	void theShippedDoubleClickNavigationIsDeclared() {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		assertTrue(mapping(description, "prog.action").isDoubleClickEditor(), "a double-click on an action opens its fiche");
		NodeMapping lead = mapping(description, "prog.lead");
		assertEquals("org.helix.ecosystem.network", lead.getDoubleClickDescription());
		assertTrue(ViewpointRegistry.getDefault().diagram(lead.getDoubleClickDescription()) != null, "the target description exists");
	}

	@Test
	void aMisspeltFeatureInADecorationIsReported() {
		DiagramDescription shipped = ViewpointRegistry.getDefault().diagram(PROGRAMME);
		org.helix.diagram.model.description.Viewpoint copy = org.eclipse.emf.ecore.util.EcoreUtil
				.copy((org.helix.diagram.model.description.Viewpoint) shipped.eContainer());
		assertEquals(List.of(), org.helix.diagram.viewpoint.ViewpointValidator.validate(copy, "programme"));
		var decoration = mapping(copy.getDiagrams().get(0), "prog.action").getDecorations().get(0);
		decoration.setCondition("laed = null and group = null");
		decoration.setTooltipExpression("'Fiche ' + nmae");
		var problems = org.helix.diagram.viewpoint.ViewpointValidator.validate(copy, "programme");
		assertEquals(List.of("condition", "tooltipExpression"), problems.stream().map(p -> p.attribute()).toList(), problems.toString());
		assertTrue(problems.get(0).toString().contains("unknown feature 'laed' on PriorityAction"), problems.get(0).toString());
	}
}
