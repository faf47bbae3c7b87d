package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.diagram.viewpoints.RagFunction;
import org.helix.diagram.viewpoints.RagRatings;
import org.helix.diagram.viewpoints.RagStyleProvider;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.model.programme.RagStatus;
import org.helix.monitoring.Rag;
import org.helix.monitoring.RagRollUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extension point org.helix.diagram.functions and the RAG contributed through it for the programme diagram. */
class DiagramFunctionsTest {

	/** A fixed day: the expected progress, and with it the RAG, changes every day. */
	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);
	private static final String RAG = "java('org.helix.monitoring.rag')";

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Programme programme;

	@BeforeAll
	static void fixTheDate() {
		System.setProperty(RagRatings.DATE_PROPERTY, DAY.toString());
	}

	@AfterAll
	static void releaseTheDate() {
		System.clearProperty(RagRatings.DATE_PROPERTY);
	}

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream()
				.max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
	}

	@Test
	void theExtensionPointResolvesTheContributedFunctionAndStyleProvider() {
		FunctionRegistry registry = FunctionRegistry.getDefault();
		assertTrue(registry.problems().isEmpty(), registry.problems().toString());
		assertInstanceOf(RagFunction.class, registry.function(RagFunction.ID));
		assertInstanceOf(RagStyleProvider.class, registry.styleProvider(RagStyleProvider.ID));
		assertTrue(ViewpointRegistry.getDefault().problems().isEmpty(), ViewpointRegistry.getDefault().problems().toString());

		// the example reports no progress (every action has no data, the function gives null); the first action
		// reports 0 % at 1 July 2026, half way through its derived plan: RED
		PriorityAction reported = programme.getActions().get(0);
		reported.setPercentComplete(0.0);
		RagRollUp rollUp = RagRollUp.of(programme, DAY);
		assertEquals(Rag.RED, rollUp.rag(reported));
		for (PriorityAction action : programme.getActions()) {
			Rag expected = rollUp.rag(action);
			assertEquals(expected == null ? null : expected.name(), Expressions.parse(RAG).evaluate(action), action.getCode());
			assertEquals(expected == Rag.RED, Expressions.parse(RAG + " = 'RED'").test(action), action.getCode());
		}
		// the method form on a list of targets, and the function inside a filter
		long red = rollUp.actions().values().stream().filter(r -> r.effective() == Rag.RED).count();
		assertEquals(red, ((Number) Expressions.parse("count(actions[" + RAG + " = 'RED'])").evaluate(programme)).longValue());
		Dimension dimension = reported.getDimensions().get(0);
		assertEquals(rollUp.rag(dimension).name(), Expressions.parse("dimensions.first().java('org.helix.monitoring.rag')")
				.evaluate(programme.getActions().stream().filter(a -> a.getDimensions().contains(dimension)).findFirst().orElseThrow()));
	}

	@Test
	void anUnknownIdIsAParseErrorWithItsColumn() {
		ExpressionException unknown = assertThrows(ExpressionException.class,
				() -> Expressions.parse("status = 'DELAYED' or java('org.helix.monitoring.rgb') = 'RED'"));
		assertEquals(27, unknown.position(), unknown.getMessage());
		assertTrue(unknown.getMessage().startsWith("unknown Java function 'org.helix.monitoring.rgb'; contributed are "), unknown.getMessage());
		assertTrue(unknown.getMessage().contains(RagFunction.ID) && unknown.getMessage().contains("at column 28"), unknown.getMessage());

		ExpressionException method = assertThrows(ExpressionException.class, () -> Expressions.parse("lead.java('nope')"));
		assertEquals(10, method.position(), method.getMessage());

		ExpressionException notALiteral = assertThrows(ExpressionException.class, () -> Expressions.parse("java(name)"));
		assertEquals("java() needs the id of a contributed function as a string, found 'name' at column 6 in 'java(name)'",
				notALiteral.getMessage());

		// a viewpoint naming an unknown style provider is reported and left out, like one with a bad expression
		Viewpoint copy = EcoreUtil.copy(ViewpointRegistry.getDefault().viewpoint("org.helix.viewpoint.programme"));
		mapping(copy.getDiagrams().get(0), "prog.action").setStyleProvider("org.helix.monitoring.ragBorders");
		List<String> errors = ViewpointRegistry.check(copy);
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith("Layer 'Dimensions, objectives, actions' \u203a NodeMapping 'Action', styleProvider: unknown style provider "
				+ "'org.helix.monitoring.ragBorders'; contributed are org.helix.analysis.metricSize, org.helix.monitoring.ragBorder"),
				errors.toString());
	}

	@Test
	void aThrowingContributionFallsBackToTheMappingsStyle() {
		FunctionRegistry registry = FunctionRegistry.getDefault();
		if (registry.function("test.throws") == null) {
			registry.add("test.throws", (target, arguments) -> {
				throw new IllegalStateException("broken on purpose");
			}, "test");
			registry.add("test.throwingStyle", element -> {
				throw new IllegalStateException("broken style on purpose");
			}, "test");
		}
		DiagramDescription description = EcoreUtil.copy(ViewpointRegistry.getDefault().diagram("org.helix.programme.structure"));
		NodeMapping actions = mapping(description, "prog.action");
		actions.setStyleProvider("test.throwingStyle");
		ConditionalStyle broken = DescriptionFactory.eINSTANCE.createConditionalStyle();
		broken.setCondition("java('test.throws') = 'RED'");
		NodeStyle black = DescriptionFactory.eINSTANCE.createNodeStyle();
		black.setFillColor("#000000");
		broken.setStyle(black);
		actions.getConditionalStyles().add(0, broken);

		Diagram diagram = fixture.session.createDiagram(description, programme, "Broken contributions");
		assertEquals(programme.getDimensions().size() + programme.getObjectives().size() + programme.getActions().size(),
				diagram.getNodes().size(), "the refresh went through");
		for (PriorityAction action : programme.getActions()) {
			Node node = node(diagram, action);
			int status = statusStyle(actions, action);
			assertSame(status < 0 ? actions.getStyle() : actions.getConditionalStyles().get(status).getStyle(),
					node.getAppliedStyle(), "the mapping's own style for " + action.getCode());
		}
		List<String> problems = fixture.session.synchronizer(diagram).problems();
		assertTrue(problems.stream().anyMatch(p -> p.contains("Java function 'test.throws' failed: java.lang.IllegalStateException: broken on purpose at column 1")),
				problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("style provider test.throwingStyle of prog.action failed")), problems.toString());
	}

	/**
	 * In the example no action reports progress, so all have no data (a thin grey border, issue 11: unknown is not
	 * zero). Three actions running through 2026 report progress (0 % for the stuck one), through the command stack after the diagram is open: on 1 July
	 * 2026, 181 of 364 days (49.7 %) have passed, so 45 % done is a ratio of 0.905 (GREEN, at least 0.9) and 40 % one
	 * of 0.804 (AMBER, at least 0.7).
	 */
	@Test
	void theProgrammeDiagramFramesActionsAndDimensionsInTheirRag() {
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.programme.structure");
		Diagram diagram = fixture.session.createDiagram(description, programme, "Klimaatsprong");
		List<PriorityAction> throughTheYear = RagRollUp.of(programme, DAY).actions().values().stream()
				.filter(r -> r.computed() == null && LocalDate.of(2026, 12, 31).equals(r.end())
						&& LocalDate.of(2026, 1, 1).equals(r.start()))
				.map(r -> r.action()).toList();
		assertTrue(throughTheYear.size() >= 3, throughTheYear.toString());
		PriorityAction onTrack = throughTheYear.get(0), behind = throughTheYear.get(1), stuck = throughTheYear.get(2);
		CompoundCommand progress = new CompoundCommand("Report progress");
		progress.append(SetCommand.create(fixture.domain, onTrack, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 45.0));
		progress.append(SetCommand.create(fixture.domain, behind, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 40.0));
		progress.append(SetCommand.create(fixture.domain, stuck, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 0.0));
		fixture.domain.getCommandStack().execute(progress);
		assertTrue(fixture.session.synchronizer(diagram).problems().isEmpty(), fixture.session.synchronizer(diagram).problems().toString());

		assertEquals("#2ea043", border(diagram, onTrack), "45 % of 49.7 %: green");
		assertEquals("#f0a000", border(diagram, behind), "40 % of 49.7 %: amber");
		assertEquals("#d21e28", border(diagram, stuck), "nothing done at half time: red");

		NodeMapping actions = mapping(description, "prog.action");
		RagRollUp rollUp = RagRollUp.of(programme, DAY);
		Map<Rag, Integer> seen = new EnumMap<>(Rag.class);
		for (PriorityAction action : programme.getActions()) {
			Rag rag = rollUp.rag(action);
			NodeStyle applied = (NodeStyle) node(diagram, action).getAppliedStyle();
			int status = statusStyle(actions, action);
			NodeStyle statusStyle = (NodeStyle) (status < 0 ? actions.getStyle() : actions.getConditionalStyles().get(status).getStyle());
			assertEquals(statusStyle.getFillColor(), applied.getFillColor(), "the status still fills " + action.getName());
			if (rag == null) {
				// no progress data (the example reports none): a thin grey border, never a colour
				assertEquals(RagStyleProvider.noDataBorder().getBorderColor(), applied.getBorderColor(), action.getName());
				assertEquals(2, applied.getBorderWidth());
			} else {
				assertEquals(RagStyleProvider.borderOf(org.helix.analysis.status.Rag.valueOf(rag.name())).getBorderColor(), applied.getBorderColor(), action.getName() + " is " + rag);
				assertEquals(4, applied.getBorderWidth());
				seen.merge(rag, 1, Integer::sum);
			}
		}
		assertEquals(3, seen.size(), seen.toString());
		for (Dimension dimension : programme.getDimensions()) {
			Rag rag = rollUp.rag(dimension);
			NodeStyle applied = (NodeStyle) node(diagram, dimension).getAppliedStyle();
			assertEquals(rag == null ? "#969696" : RagStyleProvider.borderOf(org.helix.analysis.status.Rag.valueOf(rag.name())).getBorderColor(), applied.getBorderColor(), dimension.getName());
			assertEquals("#e3d7f2", applied.getFillColor(), "the dimension keeps its fill");
		}
		// worst of: a dimension of the stuck action is red
		assertEquals("#d21e28", border(diagram, stuck.getDimensions().get(0)));
	}

	@Test
	void aModelChangeRecoloursAndUndoRestores() {
		// progress reported behind plan (0 % half way), so that one action is RED (the example reports none)
		programme.getActions().get(0).setPercentComplete(0.0);
		Diagram diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.programme.structure"),
				programme, "Klimaatsprong");
		CommandStack stack = fixture.domain.getCommandStack();
		stack.flush();
		RagRollUp rollUp = RagRollUp.of(programme, DAY);
		PriorityAction red = programme.getActions().stream().filter(a -> rollUp.rag(a) == Rag.RED).findFirst().orElseThrow();
		Node node = node(diagram, red);
		Object before = node.getAppliedStyle();
		fixture.session.synchronizer(diagram).refresh();
		assertSame(before, node.getAppliedStyle(), "an unchanged look keeps its style object, so a refresh changes nothing");

		CompoundCommand override = new CompoundCommand("Override RAG");
		override.append(SetCommand.create(fixture.domain, red, ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE, RagStatus.AMBER));
		override.append(SetCommand.create(fixture.domain, red, ProgrammePackage.Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION,
				"Permit granted late; the contractor has planned the catch-up"));
		stack.execute(override);
		assertEquals("#f0a000", border(diagram, red), "the cached roll-up was dropped on the change");
		stack.undo();
		assertEquals("#d21e28", border(diagram, red));
		assertSame(before, node.getAppliedStyle());
	}

	private static String border(Diagram diagram, EObject element) {
		return ((NodeStyle) node(diagram, element).getAppliedStyle()).getBorderColor();
	}

	private static int statusStyle(NodeMapping mapping, EObject element) {
		for (int i = 0; i < mapping.getConditionalStyles().size(); i++) {
			try {
				if (Expressions.parse(mapping.getConditionalStyles().get(i).getCondition()).test(element)) {
					return i;
				}
			} catch (ExpressionException e) {
				// the broken condition of the fallback test: false, as in the synchronizer
			}
		}
		return -1;
	}

	private static NodeMapping mapping(DiagramDescription description, String id) {
		return description.getLayers().stream().flatMap(l -> l.getNodeMappings().stream()).filter(m -> id.equals(m.getId()))
				.findFirst().orElseThrow();
	}

	private static Node node(Diagram diagram, EObject semantic) {
		Node node = diagram.getNodes().stream().filter(n -> n.getSemanticElement() == semantic).findFirst().orElse(null);
		assertNotNull(node, String.valueOf(semantic));
		return node;
	}
}
