package org.helix.diagram.viewpoint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.expression.Expression;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.DecorationKind;
import org.helix.diagram.model.description.QuickFix;
import org.helix.diagram.model.description.ValidationRule;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.operations.ModelOperations;

/**
 * Evaluates the validation rules of viewpoint specifications on a model, without a user interface: every element of a
 * rule's domain class (or a subclass) for which the rule's condition does not hold is a {@link Violation}, with the
 * message the rule's message expression gives on it. A quick fix becomes ONE command for the model's editing domain.
 * Call it on the thread that owns the model (the UI thread in the workbench) or on a copy of it.
 */
public final class ValidationRules {

	/** An element that violates a rule, with the rule's message for it. */
	public record Violation(EObject element, ValidationRule rule, String message) {

		public String ruleId() {
			return rule.getId();
		}

		public DecorationKind severity() {
			return rule.getSeverity();
		}

		public List<QuickFix> fixes() {
			return List.copyOf(rule.getFixes());
		}

		/** Where the element is: its path from the model down, e.g. {@code Programme 'X' › PriorityAction 'Y'}. */
		public String location() {
			return ValidationRules.location(element);
		}
	}

	private ValidationRules() {
	}

	/** The rules of the viewpoints in use, ordered by viewpoint id so that results do not depend on load order. */
	public static List<ValidationRule> rules(ViewpointRegistry registry) {
		return rules(registry.viewpoints());
	}

	public static List<ValidationRule> rules(Collection<Viewpoint> viewpoints) {
		List<ValidationRule> rules = new ArrayList<>();
		viewpoints.stream().sorted(Comparator.comparing(v -> String.valueOf(v.getId())))
				.forEach(viewpoint -> rules.addAll(viewpoint.getValidationRules()));
		return rules;
	}

	/** The rule with this id among {@code rules}, or null. */
	public static ValidationRule rule(List<ValidationRule> rules, String id) {
		return rules.stream().filter(rule -> rule.getId() != null && rule.getId().equals(id)).findFirst().orElse(null);
	}

	/** The violations of {@code rules} by the elements of {@code resource}, in model order. */
	public static List<Violation> check(Resource resource, List<ValidationRule> rules) {
		List<Violation> violations = new ArrayList<>();
		if (rules.isEmpty()) {
			return violations;
		}
		Map<String, Object> variables = variables(resource);
		Map<ValidationRule, Expression> conditions = conditions(rules);
		for (TreeIterator<EObject> contents = EcoreUtil.getAllContents(resource, false); contents.hasNext();) {
			violations.addAll(check(contents.next(), conditions, variables));
		}
		return violations;
	}

	/** The violations of {@code rules} by one element (a diagram node's), in rule order. */
	public static List<Violation> check(EObject element, List<ValidationRule> rules) {
		if (element == null || rules.isEmpty()) {
			return List.of();
		}
		return check(element, conditions(rules), variables(element.eResource()));
	}

	private static List<Violation> check(EObject element, Map<ValidationRule, Expression> conditions, Map<String, Object> variables) {
		List<Violation> violations = new ArrayList<>();
		for (Map.Entry<ValidationRule, Expression> entry : conditions.entrySet()) {
			ValidationRule rule = entry.getKey();
			if (!isA(element.eClass(), rule.getDomainClass())) {
				continue;
			}
			boolean holds;
			try {
				holds = entry.getValue().test(element, variables);
			} catch (ExpressionException e) {
				continue; // the validator reports bad expressions when the viewpoint is loaded
			}
			if (!holds) {
				violations.add(new Violation(element, rule, message(rule, element)));
			}
		}
		return violations;
	}

	/**
	 * The command that runs {@code fix}'s operations on the violating element, as ONE command (one Undo takes it back);
	 * unexecutable, with the reason as its description, when an operation cannot apply.
	 */
	public static Command fix(EditingDomain domain, Violation violation, QuickFix fix) {
		Map<String, Object> variables = variables(violation.element().eResource());
		String label = fix.getLabel() != null ? fix.getLabel() : fix.getId();
		return ModelOperations.command(domain, label, fix.getOperations(), violation.element(), variables);
	}

	/** {@code HelixModel › Programme 'Klimaatsprong…' › PriorityAction 'Het monitoren…'}: each step by class and name. */
	public static String location(EObject element) {
		List<String> steps = new ArrayList<>();
		for (EObject current = element; current != null; current = current.eContainer()) {
			EStructuralFeature name = current.eClass().getEStructuralFeature("name");
			Object value = name == null ? null : current.eGet(name);
			steps.add(0, current.eClass().getName() + (value == null ? "" : " '" + value + "'"));
		}
		return String.join(" \u203a ", steps);
	}

	private static Map<ValidationRule, Expression> conditions(List<ValidationRule> rules) {
		Map<ValidationRule, Expression> conditions = new java.util.LinkedHashMap<>();
		for (ValidationRule rule : rules) {
			try {
				if (rule.getCondition() != null && !rule.getCondition().isBlank()) {
					conditions.put(rule, Expressions.parse(rule.getCondition()));
				}
			} catch (ExpressionException e) {
				// reported by the validator at load; a rule that cannot be read flags nothing
			}
		}
		return conditions;
	}

	private static String message(ValidationRule rule, EObject element) {
		String fallback = rule.getLabel() != null ? rule.getLabel() : rule.getId();
		String expression = rule.getMessageExpression();
		if (expression == null || expression.isBlank()) {
			return fallback;
		}
		try {
			String text = Expressions.parse(expression).evaluateString(element);
			return text == null || text.isBlank() ? fallback : text;
		} catch (ExpressionException e) {
			return fallback;
		}
	}

	/** {@code $root}: the model (the resource's first root). */
	private static Map<String, Object> variables(Resource resource) {
		Map<String, Object> variables = new HashMap<>();
		if (resource != null && !resource.getContents().isEmpty()) {
			variables.put("root", resource.getContents().get(0));
		}
		return variables;
	}

	private static boolean isA(EClass eClass, String name) {
		return name != null && (eClass.getName().equals(name) || eClass.getEAllSuperTypes().stream().anyMatch(s -> s.getName().equals(name)));
	}
}
