package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.helix.diagram.model.description.ChangeContext;
import org.helix.diagram.model.description.CreateInstance;
import org.helix.diagram.model.description.Delete;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.ForEach;
import org.helix.diagram.model.description.If;
import org.helix.diagram.model.description.Let;
import org.helix.diagram.model.description.ModelOperation;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.AddValue;
import org.helix.diagram.model.description.Unset;
import org.helix.diagram.operations.ModelOperations;
import org.helix.diagram.viewpoint.ViewpointProblem;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared interpreter of model operations (issue 16, item 5) on the Klimaatsprong example: each kind of operation,
 * nested ForEach and If, everything one command that one Undo takes back, failures refused with their reason, and the
 * load-time type check of operations with the element's path.
 */
class ModelOperationsTest {

	private static final DescriptionFactory F = DescriptionFactory.eINSTANCE;

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Programme programme;
	private CommandStack stack;

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream().max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		stack = fixture.domain.getCommandStack();
	}

	private Command command(List<ModelOperation> operations) {
		return ModelOperations.command(fixture.domain, "test", operations, programme, Map.of("root", programme));
	}

	@Test
	void nestedForEachAndIfChangeEveryActionInOneCommandThatOneUndoTakesBack() {
		// for each action: one without a dimension gets the programme's first, one with dimensions notes its first
		// one in its scope (through a Let and a ChangeContext)
		ForEach each = F.createForEach();
		each.setCollectionExpression("actions");
		each.setVariableName("a");
		If condition = F.createIf();
		condition.setCondition("$a.dimensions.isEmpty()");
		condition.getThenOperations().add(add("$a", "dimensions", "dimensions.first()"));
		Let let = F.createLet();
		let.setVariableName("first");
		let.setValueExpression("$a.dimensions.first()");
		ChangeContext onAction = F.createChangeContext();
		onAction.setBrowseExpression("$a");
		onAction.getSubOperations().add(set(null, "scope", "'in ' + $first.name"));
		let.getSubOperations().add(onAction);
		condition.getElseOperations().add(let);
		each.getSubOperations().add(condition);

		List<String> scopesBefore = programme.getActions().stream().map(PriorityAction::getScope).toList();
		List<List<Object>> dimensionsBefore = programme.getActions().stream().map(a -> List.<Object>copyOf(a.getDimensions())).toList();
		long without = programme.getActions().stream().filter(a -> a.getDimensions().isEmpty()).count();
		long with = programme.getActions().size() - without;
		assertTrue(programme.getActions().size() >= 18 && with > 0, "Klimaatsprong's actions: " + with + " with dimensions");

		Command command = command(List.of(each));
		assertTrue(command.canExecute());
		stack.execute(command);
		for (int i = 0; i < programme.getActions().size(); i++) {
			PriorityAction action = programme.getActions().get(i);
			if (dimensionsBefore.get(i).isEmpty()) {
				assertEquals(List.of(programme.getDimensions().get(0)), action.getDimensions(), action.getName());
				assertEquals(scopesBefore.get(i), action.getScope(), "the else branch did not run for " + action.getName());
			} else {
				assertEquals("in " + action.getDimensions().get(0).getName(), action.getScope(), action.getName());
			}
		}

		stack.undo(); // ONE undo: every action as it was
		assertEquals(scopesBefore, programme.getActions().stream().map(PriorityAction::getScope).toList());
		assertEquals(dimensionsBefore, programme.getActions().stream().map(a -> List.<Object>copyOf(a.getDimensions())).toList());
		assertFalse(stack.canUndo(), "the whole edit was one command");
	}

	@Test
	void createUnsetAndDeleteRunAsOneCommandAndUndoBringsBackReferencesToo() {
		PriorityAction action = programme.getActions().stream().filter(a -> !a.getDimensions().isEmpty()).findFirst().orElseThrow();
		Dimension dimension = action.getDimensions().get(0);
		List<PriorityAction> serving = programme.getActions().stream().filter(a -> a.getDimensions().contains(dimension)).toList();
		assertTrue(serving.size() > 1, "the dimension groups several actions");
		String name = action.getName();
		int deliverables = action.getDeliverables().size();

		ChangeContext onAction = F.createChangeContext();
		onAction.setBrowseExpression("actions[dimensions.notEmpty()].first()"); // the same action as above
		CreateInstance create = F.createCreateInstance();
		create.setTypeName("Deliverable");
		create.setReferenceName("deliverables");
		create.setVariableName("d");
		create.getSubOperations().add(set(null, "name", "'Roadmap of ' + $action.name"));
		create.getSubOperations().add(set(null, "status", "'PLANNED'"));
		Let let = F.createLet();
		let.setVariableName("action");
		let.setValueExpression("self");
		let.getSubOperations().add(create);
		onAction.getSubOperations().add(let);
		Unset unset = F.createUnset();
		unset.setFeatureName("name");
		onAction.getSubOperations().add(unset);
		Delete delete = F.createDelete();
		delete.setElementExpression("dimensions.first()");
		onAction.getSubOperations().add(delete);

		stack.execute(command(List.of(onAction)));
		assertEquals(deliverables + 1, action.getDeliverables().size());
		Deliverable created = action.getDeliverables().get(deliverables);
		assertEquals("Roadmap of " + name, created.getName(), "nested operations see the variables bound around them");
		assertEquals("PLANNED", created.getStatus().getName(), "text converted to the enum");
		assertNull(action.getName());
		assertFalse(action.eIsSet(action.eClass().getEStructuralFeature("name")));
		assertFalse(programme.getDimensions().contains(dimension), "the dimension is deleted");
		assertNull(dimension.eResource(), "out of the model (the undo record keeps it)");
		serving.forEach(a -> assertFalse(a.getDimensions().contains(dimension), "with every reference to it"));

		stack.undo();
		assertEquals(name, action.getName());
		assertEquals(deliverables, action.getDeliverables().size());
		assertSame(programme, dimension.eContainer());
		serving.forEach(a -> assertTrue(a.getDimensions().contains(dimension), a.getName()));
		stack.redo();
		assertFalse(programme.getDimensions().contains(dimension));
		assertEquals(deliverables + 1, action.getDeliverables().size());
	}

	@Test
	void anOperationThatCannotApplyIsRefusedWithItsReasonAndChangesNothing() {
		ForEach each = F.createForEach();
		each.setCollectionExpression("actions");
		each.setVariableName("a");
		each.getSubOperations().add(set("$a", "staus", "'DELAYED'"));
		Command refused = command(List.of(each));
		assertFalse(refused.canExecute());
		assertEquals("no changeable feature 'staus' on PriorityAction", refused.getDescription());

		CreateInstance abstractClass = F.createCreateInstance();
		abstractClass.setTypeName("NamedElement");
		abstractClass.setReferenceName("actions");
		assertEquals("cannot create an instance of the abstract class NamedElement", command(List.of(abstractClass)).getDescription());

		CreateInstance wrongPlace = F.createCreateInstance();
		wrongPlace.setTypeName("Objective");
		wrongPlace.setReferenceName("actions");
		assertEquals("'actions' of Programme cannot contain a Objective", command(List.of(wrongPlace)).getDescription());
		assertFalse(stack.canUndo());
	}

	@Test
	void operationsAreTypeCheckedAtLoadWithTheElementPath() throws IOException {
		String text = ViewpointValidatorTest.shippedText("programme")
				.replace("featureName=\"kpis\"", "featureName=\"kpi5\"")
				.replace("'KPI of ' + ($element.code", "'KPI of ' + ($elemnt.code")
				.replace("typeName=\"Indicator\" referenceName=\"indicators\"", "typeName=\"Indicator\" referenceName=\"indicatrs\"");
		Path file = folder.resolve("programme.helix-viewpoint");
		Files.writeString(file, text);
		List<ViewpointProblem> problems = new ViewpointRegistry().loadFile(URI.createFileURI(file.toString()), "programme.helix-viewpoint");
		List<String> messages = new ArrayList<>();
		problems.forEach(p -> messages.add(p.location() + (p.position() >= 0 ? " @" + p.column() : "") + ": " + p.message()));
		String action = "Layer 'Dimensions, objectives, actions' \u203a OperationAction 'Add KPI' \u203a CreateInstance 1";
		assertEquals(List.of(
				action + ", referenceName: unknown feature 'indicatrs' on Programme; did you mean 'indicators'?",
				action + " \u203a SetValue 1, valueExpression @14: unknown variable 'elemnt'; defined here: $element, $kpi, $root at column 14 in "
						+ "''KPI of ' + ($elemnt.code + ' ' + $element.name).trim()'",
				action + " \u203a AddValue 3, featureName: unknown feature 'kpi5' on PriorityAction; did you mean 'kpis'?"),
				messages);
		assertTrue(problems.stream().allMatch(p -> Objects.equals("prog.addKpi", p.elementId())), "each names the tool's id");
	}

	@Test
	void tableOperationsAreTypeCheckedWithTheLineAndTheirVariables() throws IOException {
		String text = ViewpointValidatorTest.shippedText("tables")
				.replace("<thenOperations xsi:type=\"description:RemoveValue\" featureName=\"objectives\"",
						"<thenOperations xsi:type=\"description:RemoveValue\" featureName=\"objectivs\"")
				.replace("featureName=\"status\" valueExpression=\"$value\"", "featureName=\"status\" valueExpression=\"$valeu\"");
		Path file = folder.resolve("tables.helix-viewpoint");
		Files.writeString(file, text);
		List<ViewpointProblem> problems = new ViewpointRegistry().loadFile(URI.createFileURI(file.toString()), "tables.helix-viewpoint");
		List<String> messages = problems.stream().map(p -> p.location() + ": " + p.message()).toList();
		assertEquals(2, messages.size(), messages.toString());
		assertTrue(messages.get(0).contains("SetValue 1, valueExpression: unknown variable 'valeu'; defined here: $line, $root, $value"),
				messages.get(0));
		assertTrue(messages.get(1).endsWith("CellTool 'Link or unlink' \u203a If 1 \u203a RemoveValue 1, featureName: "
				+ "unknown feature 'objectivs' on PriorityAction; did you mean 'objectives'?"), messages.get(1));
	}

	private static SetValue set(String element, String feature, String value) {
		SetValue set = F.createSetValue();
		set.setElementExpression(element);
		set.setFeatureName(feature);
		set.setValueExpression(value);
		return set;
	}

	private static AddValue add(String element, String feature, String value) {
		AddValue add = F.createAddValue();
		add.setElementExpression(element);
		add.setFeatureName(feature);
		add.setValueExpression(value);
		return add;
	}
}
