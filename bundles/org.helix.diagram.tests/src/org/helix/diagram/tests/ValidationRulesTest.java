package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.command.SetCommand;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.Decorations;
import org.helix.diagram.viewpoint.Legend;
import org.helix.diagram.model.description.ValidationRule;
import org.helix.diagram.viewpoint.ValidationRules;
import org.helix.diagram.viewpoint.ValidationRules.Violation;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation rules declared in a viewpoint specification (issue 16, item 5), on the shipped programme viewpoint's rule
 * and the Klimaatsprong example: a priority action handed to a working group names no lead organisation, while the
 * group has a trekker (the seed's "werkgroep innovatie", trekker VLAIO); the quick fix makes the trekker the lead.
 */
class ValidationRulesTest {

	private static final String RULE = "org.helix.programme.rules.leadFromGroup";

	@TempDir
	Path folder;

	private static Programme klimaatsprong(DiagramFixture fixture) {
		return fixture.model.getProgrammes().stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
	}

	private static List<Violation> violations(DiagramFixture fixture) {
		return ValidationRules.check(fixture.resource, ValidationRules.rules(ViewpointRegistry.getDefault())).stream()
				.filter(v -> RULE.equals(v.ruleId())).toList();
	}

	/** What the rule says, computed on the model directly. */
	private static Set<String> withoutLeadInAGroupWithTrekker(Programme programme) {
		return programme.getActions().stream()
				.filter(a -> a.getLead() == null && a.getGroup() != null && a.getGroup().getTrekker() != null)
				.map(PriorityAction::getName).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void theShippedRuleFlagsExactlyTheActionsOfAWorkingGroupWithoutLead() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Programme programme = klimaatsprong(fixture);
		List<Violation> violations = violations(fixture);

		Set<String> flagged = violations.stream().map(v -> ((PriorityAction) v.element()).getName())
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(withoutLeadInAGroupWithTrekker(programme), flagged);
		// the seed hands four actions of the innovation dimension to the "werkgroep innovatie" without naming a lead
		assertEquals(4, flagged.size(), flagged.toString());
		// an action handed to the permanent council (no trekker) is not flagged: nothing would fix it deterministically
		assertTrue(programme.getActions().stream().anyMatch(a -> a.getLead() == null && a.getGroup() != null
				&& a.getGroup().getTrekker() == null && !flagged.contains(a.getName())));

		Violation first = violations.get(0);
		PriorityAction action = (PriorityAction) first.element();
		assertEquals(DecorationKind.WARNING, first.severity());
		assertEquals("No lead organisation: " + action.getName() + " is handed to werkgroep innovatie, whose trekker is "
				+ "Agentschap Innoveren en Ondernemen", first.message());
		assertEquals(1, first.fixes().size());
		assertEquals("Make the working group's trekker the lead", first.fixes().get(0).getLabel());
		assertTrue(first.location().endsWith(" \u203a PriorityAction '" + action.getName() + "'"), first.location());
		assertTrue(first.location().contains("Programme '" + programme.getName() + "'"), first.location());
		// the same, asked of one element (as a diagram node asks)
		assertEquals(List.of(first.message()), ValidationRules.check(action, ValidationRules.rules(ViewpointRegistry.getDefault()))
				.stream().filter(v -> RULE.equals(v.ruleId())).map(Violation::message).toList());
	}

	@Test
	void theQuickFixIsOneUndoableCommandAndAChangeBringsAViolationBack() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Programme programme = klimaatsprong(fixture);
		CommandStack stack = fixture.domain.getCommandStack();
		List<Violation> before = violations(fixture);
		Violation violation = before.get(0);
		PriorityAction action = (PriorityAction) violation.element();
		assertNull(action.getLead());

		Command fix = ValidationRules.fix(fixture.domain, violation, violation.fixes().get(0));
		assertTrue(fix.canExecute(), fix.getDescription());
		stack.execute(fix);
		assertSame(action.getGroup().getTrekker(), action.getLead(), "the trekker leads the action");
		assertEquals(before.size() - 1, violations(fixture).size());
		assertFalse(violations(fixture).stream().anyMatch(v -> v.element() == action));

		stack.undo(); // one Undo takes the fix back
		assertNull(action.getLead());
		assertEquals(before.stream().map(Violation::message).toList(), violations(fixture).stream().map(Violation::message).toList());
		stack.redo();
		assertNotNull(action.getLead());

		// a change elsewhere: an action with a lead loses it while handed to the working group -> flagged
		PriorityAction led = programme.getActions().stream().filter(a -> a.getLead() != null && a != action).findFirst().orElseThrow();
		stack.execute(SetCommand.create(fixture.domain, led, ProgrammePackage.Literals.PRIORITY_ACTION__GROUP, action.getGroup()));
		assertFalse(violations(fixture).stream().anyMatch(v -> v.element() == led), "it still has its lead");
		stack.execute(SetCommand.create(fixture.domain, led, ProgrammePackage.Literals.PRIORITY_ACTION__LEAD, SetCommand.UNSET_VALUE));
		assertTrue(violations(fixture).stream().anyMatch(v -> v.element() == led && v.message().startsWith("No lead organisation: " + led.getName())));
		assertEquals(withoutLeadInAGroupWithTrekker(programme), violations(fixture).stream().map(v -> ((PriorityAction) v.element()).getName())
				.collect(Collectors.toCollection(TreeSet::new)));
	}

	@Test
	void rulesAreTypeCheckedAtLoadWithTheirQuickFixes() throws Exception {
		String text = ViewpointValidatorTest.shippedText("programme")
				.replace("or group.trekker = null\"", "or group.trekkr = null\"")
				.replace("featureName=\"lead\" valueExpression=\"group.trekker\"", "featureName=\"leader\" valueExpression=\"group.trekker\"");
		Path file = folder.resolve("programme.helix-viewpoint");
		Files.writeString(file, text);
		ViewpointRegistry registry = new ViewpointRegistry();
		List<ViewpointProblem> problems = registry.loadFile(URI.createFileURI(file.toString()), "programme.helix-viewpoint");
		List<String> lines = problems.stream().map(p -> p.location() + " @" + p.column() + ": " + p.message()).toList();
		assertEquals(2, lines.size(), lines.toString());
		assertEquals("ValidationRule 'An action handed to a working group has a lead', condition @39: unknown feature 'trekkr' on "
				+ "GovernanceBody; did you mean 'trekker'? at column 39 in 'lead != null or group = null or group.trekkr = null'", lines.get(0));
		assertTrue(lines.get(1).contains("featureName") && lines.get(1).contains("unknown feature 'leader' on PriorityAction"), lines.get(1));
		assertNull(registry.viewpoint("org.helix.viewpoint.programme"), "a viewpoint with a broken rule is not used");

		// a many-valued feature set with SetValue, and a value on a single one added: refused
		String many = ViewpointValidatorTest.shippedText("programme").replace("featureName=\"lead\" valueExpression=\"group.trekker\"",
				"featureName=\"involvedActors\" valueExpression=\"group.trekker\"").replace("SetValue\" featureName=\"involvedActors\"",
						"AddValue\" featureName=\"involvedActors\"");
		Files.writeString(file, many);
		assertEquals(List.of(), registry.loadFile(URI.createFileURI(file.toString()), "programme.helix-viewpoint"), "AddValue on a list is fine");
		Files.writeString(file, many.replace("AddValue\" featureName=\"involvedActors\"", "AddValue\" featureName=\"lead\""));
		List<String> single = registry.loadFile(URI.createFileURI(file.toString()), "programme.helix-viewpoint").stream()
				.map(ViewpointProblem::message).toList();
		assertEquals(List.of("'lead' of PriorityAction holds one value; use SetValue"), single);
	}

	@Test
	void theShippedRuleIsLoadedFromTheProgrammeViewpoint() {
		ValidationRule rule = ValidationRules.rule(ValidationRules.rules(ViewpointRegistry.getDefault()), RULE);
		assertNotNull(rule);
		assertEquals("PriorityAction", rule.getDomainClass());
		assertSame(ViewpointRegistry.getDefault().viewpoint("org.helix.viewpoint.programme"), rule.eContainer());

		// the specification editor checks a rule's expressions as you type on its domain class, its fixes' too
		org.helix.diagram.expression.ExpressionChecker checker = org.helix.diagram.expression.ExpressionChecker.forHelixModel();
		assertEquals("PriorityAction", checker.contextClass(rule, "condition").getName());
		var operation = rule.getFixes().get(0).getOperations().get(0);
		assertEquals("PriorityAction", checker.contextClass(operation, "valueExpression").getName());
		assertEquals(null, checker.check(rule.getCondition(), checker.contextClass(rule, "condition")));
		assertEquals("unknown feature 'trekkr' on GovernanceBody; did you mean 'trekker'? at column 7",
				checker.check("group.trekkr", checker.contextClass(operation, "valueExpression")).toString());
	}

	@Test
	void violationsAreBadgesOnTheProgrammeDiagramAndInItsLegend() throws Exception {
		DiagramFixture fixture = new DiagramFixture(folder);
		Programme programme = klimaatsprong(fixture);
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		Diagram diagram = fixture.session.createDiagram(description, programme, "Klimaatsprong");
		NodeMapping mapping = (NodeMapping) description.getLayers().get(0).getNodeMappings().stream()
				.filter(m -> "prog.action".equals(m.getId())).findFirst().orElseThrow();
		Set<String> badged = new TreeSet<>();
		for (Node node : diagram.getNodes()) {
			if (node.getSemanticElement() instanceof PriorityAction action && "prog.action".equals(node.getMappingId())) {
				for (Decorations.Badge badge : Decorations.of(node, mapping)) {
					if (badge.tooltip().startsWith("No lead organisation: ")) {
						assertEquals(DecorationKind.WARNING, badge.kind());
						assertEquals("No lead organisation: " + action.getName() + " is handed to werkgroep innovatie, whose trekker is "
								+ "Agentschap Innoveren en Ondernemen", badge.tooltip());
						badged.add(action.getName());
					}
				}
			}
		}
		assertEquals(withoutLeadInAGroupWithTrekker(programme), badged);
		assertEquals(4, badged.size());
		List<String> legend = Legend.of(description, List.of()).stream().map(Legend.Entry::text).toList();
		assertTrue(legend.contains("Action: warning badge, rule: An action handed to a working group has a lead"), legend.toString());
	}
}
