package org.helix.diagram.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.Decoration;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;

/**
 * The decorations (badges) a node shows: those of its mapping whose condition holds on the node's element, each with
 * its kind and tooltip. UI-free, so the canvas, the exports and headless tests see the same badges. Evaluated when
 * asked (not stored in the notation), so a badge follows the model without a refresh of its own. The violations of the
 * viewpoint's validation rules by the node's element are badges too (severity and message).
 */
public final class Decorations {

	/** A badge on a node: its kind (warning, error, info) and the tooltip text. */
	public record Badge(DecorationKind kind, String tooltip) {
	}

	private Decorations() {
	}

	/**
	 * The badges of {@code node} drawn with {@code mapping} (null or a mapping without decorations: none). A condition
	 * or tooltip that cannot be evaluated gives no badge and the expression's text as tooltip respectively; the
	 * validator reports bad expressions when the viewpoint is loaded.
	 */
	public static List<Badge> of(Node node, NodeMapping mapping) {
		List<Badge> badges = new ArrayList<>();
		EObject element = node.getSemanticElement();
		List<org.helix.diagram.model.description.ValidationRule> rules = rules(mapping);
		if (mapping == null || element == null || mapping.getDecorations().isEmpty() && rules.isEmpty()) {
			return badges;
		}
		Map<String, Object> variables = variables(node);
		for (Decoration decoration : mapping.getDecorations()) {
			String condition = decoration.getCondition();
			try {
				if (condition == null || condition.isBlank() || !Expressions.parse(condition).test(element, variables)) {
					continue;
				}
			} catch (ExpressionException e) {
				continue;
			}
			badges.add(new Badge(decoration.getKind(), tooltip(decoration, element)));
		}
		// the viewpoint's validation rules: a violation is a badge of the rule's severity, its message the tooltip
		for (org.helix.diagram.viewpoint.ValidationRules.Violation violation : org.helix.diagram.viewpoint.ValidationRules.check(element, rules)) {
			badges.add(new Badge(violation.severity(), violation.message()));
		}
		return badges;
	}

	/** The validation rules of the viewpoint that declares {@code mapping} (none for a mapping outside a viewpoint). */
	private static List<org.helix.diagram.model.description.ValidationRule> rules(NodeMapping mapping) {
		return mapping != null && org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(mapping) instanceof org.helix.diagram.model.description.Viewpoint viewpoint
				? List.copyOf(viewpoint.getValidationRules()) : List.of();
	}

	private static String tooltip(Decoration decoration, EObject element) {
		String expression = decoration.getTooltipExpression();
		if (expression == null || expression.isBlank()) {
			return decoration.getLabel() != null ? decoration.getLabel() : decoration.getKind().getLiteral();
		}
		try {
			return Expressions.parse(expression).evaluateString(element);
		} catch (ExpressionException e) {
			return expression;
		}
	}

	/** {@code $root} and {@code $layers}, as conditional styles see them. */
	private static Map<String, Object> variables(Node node) {
		Map<String, Object> variables = new HashMap<>();
		EObject container = node.eContainer();
		while (container != null && !(container instanceof Diagram)) {
			container = container.eContainer();
		}
		if (container instanceof Diagram diagram) {
			variables.put("root", diagram.getSemanticRoot());
			variables.put("layers", List.copyOf(diagram.getActiveLayers()));
		}
		return variables;
	}
}
