package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.expression.ExpressionChecker;
import org.helix.diagram.expression.ExpressionChecker.Problem;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.junit.jupiter.api.Test;

/** The static check of expressions the specification editor runs as you type (and a load-time validator can reuse). */
class ExpressionCheckerTest {

	private final ExpressionChecker checker = ExpressionChecker.forHelixModel();

	@Test
	void aMisspeltFeatureIsNamedWithItsClassAndColumn() {
		EClass organisation = checker.resolveClass("Organisation");
		assertNotNull(organisation);
		Problem problem = checker.check("name + nmae", organisation);
		assertEquals(new Problem(7, "unknown feature 'nmae' on Organisation; did you mean 'name'?"), problem);
		assertEquals("unknown feature 'nmae' on Organisation; did you mean 'name'? at column 8", problem.toString());
	}

	@Test
	void navigationFollowsTheFeatureTypesThroughListsAndFilters() {
		EClass model = checker.resolveClass("HelixModel");
		// the programme's action fiches, as the programme viewpoint reads them
		assertNull(checker.check("programmes.actions", model), () -> String.valueOf(checker.check("programmes.actions", model)));
		Problem deep = checker.check("actors[helix = 'KNOWLEDGE'].nmae", model);
		assertEquals("unknown feature 'nmae' on Actor; did you mean 'name'?", deep.message());
		assertEquals(28, deep.position());
		// inside a filter, self is the element of the list
		Problem inFilter = checker.check("actors[hellix = 'KNOWLEDGE']", model);
		assertEquals("unknown feature 'hellix' on Actor; did you mean 'helix'?", inFilter.message());
		assertEquals(7, inFilter.position());
	}

	@Test
	void attributesCannotBeNavigatedFurther() {
		Problem problem = checker.check("name.size", checker.resolveClass("Organisation"));
		assertEquals("cannot read 'size' of a String value", problem.message());
		assertEquals(5, problem.position());
	}

	@Test
	void syntaxErrorsAndUnknownClassesKeepTheParserPosition() {
		assertEquals(new Problem(14, "unexpected ']'"), checker.check("actors[name = ]", checker.resolveClass("HelixModel")));
		assertEquals("unknown class 'Organization'; did you mean 'Organisation'?",
				checker.check("actors[isA('Organization')]", checker.resolveClass("HelixModel")).message());
		assertEquals("unknown class 'Organization'", checker.checkClassName("Organization").message());
		assertNull(checker.checkClassName("ecosystem.Organisation"));
	}

	@Test
	void featuresOfSubclassesAndUnknownValuesAreLeftToTheRuntime() {
		EClass model = checker.resolveClass("HelixModel");
		EClass actor = checker.resolveClass("Actor");
		// actors are Actors; only Organisations have an abbreviation: the object decides at run time
		assertNull(actor.getEStructuralFeature("abbreviation"));
		assertNull(checker.check("actors.abbreviation", model));
		assertNull(checker.check("$layers.contains('x') and container().whatever", actor));
		assertNull(checker.check("anything.goes", null)); // no context: syntax only
	}

	/** Every expression of the four shipped viewpoints passes: the check has no false alarms on real specifications. */
	@Test
	void theShippedViewpointsCheckClean() {
		List<String> problems = new ArrayList<>();
		int checked = 0;
		for (Viewpoint viewpoint : ViewpointRegistry.getDefault().viewpoints()) {
			for (var it = viewpoint.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				for (EAttribute attribute : element.eClass().getEAllAttributes()) {
					if (ExpressionChecker.isExpression(attribute) && element.eGet(attribute) instanceof String text && !text.isBlank()) {
						checked++;
						Problem problem = checker.check(text, checker.contextClass(element, attribute.getName()));
						if (problem != null) {
							problems.add(element.eClass().getName() + "." + attribute.getName() + " '" + text + "': " + problem);
						}
					}
				}
			}
		}
		assertEquals(List.of(), problems);
		assertTrue(checked > 50, "checked " + checked);
	}

	@Test
	void theContextOfAnExpressionIsTheClassItIsEvaluatedOn() {
		DiagramDescription programme = ViewpointRegistry.getDefault().viewpoints().stream()
				.flatMap(v -> v.getDiagrams().stream()).filter(d -> d.getDomainClass().equals("HelixModel")).findFirst().orElseThrow();
		NodeMapping first = programme.getLayers().get(0).getNodeMappings().get(0);
		assertEquals("HelixModel", checker.contextClass(first, "semanticCandidates").getName());
		assertEquals(first.getDomainClass(), checker.contextClass(first, "labelExpression").getName());
		EdgeMapping relationBased = ViewpointRegistry.getDefault().diagram("org.helix.governance.bodies").getLayers().get(0)
				.getEdgeMappings().get(0);
		assertNotNull(checker.contextClass(relationBased, "targetExpression"));
	}
}
