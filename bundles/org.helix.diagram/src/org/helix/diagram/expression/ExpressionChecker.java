package org.helix.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.NodeMapping;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Filter;

/**
 * What the specification editor checks as you type: an expression's syntax (with the parser), then its names and types
 * with {@link TypeCheck} (the checker the viewpoint validator uses at load) against the class of {@code self}, so both
 * report the same problems at the same positions; plus the pickers' lists (classes, features) and which class
 * {@code self} has in which attribute. Variables are accepted here: which ones exist depends on where the expression
 * is evaluated, which the validator knows.
 */
public final class ExpressionChecker {

	/** A problem of an expression: a message without position, and the 0-based offset it is at. */
	public record Problem(int position, String message) {
		/** The 1-based column, as messages show it. */
		public int column() {
			return position + 1;
		}

		@Override
		public String toString() {
			return message + " at column " + column();
		}
	}

	private final List<EPackage> packages;

	/** A checker resolving class names in these packages. */
	public ExpressionChecker(Collection<EPackage> packages) {
		this.packages = List.copyOf(packages);
	}

	/** A checker over the Helix metamodel (the packages of org.helix.model). */
	public static ExpressionChecker forHelixModel() {
		return new ExpressionChecker(HelixPersistence.packages());
	}

	/** Whether an attribute of a description element holds an expression (as the viewpoint registry parses them). */
	public static boolean isExpression(EAttribute attribute) {
		String name = attribute.getName();
		return name.endsWith("Expression") || name.equals("semanticCandidates") || name.equals("precondition")
				|| name.equals("condition") || name.equals("linePrecondition") || name.equals("columnPrecondition")
				|| name.equals("columnCandidates");
	}

	/** The classes of the packages, concrete and abstract, sorted by name (for pickers). */
	public List<EClass> classes() {
		List<EClass> result = new ArrayList<>();
		for (EPackage ePackage : packages) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass eClass) {
					result.add(eClass);
				}
			}
		}
		result.sort((a, b) -> a.getName().compareTo(b.getName()));
		return result;
	}

	/** The class named {@code name} ("Organisation", or "ecosystem.Organisation"), or null. */
	public EClass resolveClass(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.trim();
		int dot = trimmed.lastIndexOf('.');
		String packageName = dot < 0 ? null : trimmed.substring(0, dot);
		String className = trimmed.substring(dot + 1);
		for (EPackage ePackage : packages) {
			if (packageName == null || packageName.equals(ePackage.getName())) {
				if (ePackage.getEClassifier(className) instanceof EClass eClass) {
					return eClass;
				}
			}
		}
		return null;
	}

	/** A problem for a class name field (a mapping's domain class), or null when the class exists. */
	public Problem checkClassName(String name) {
		if (name == null || name.isBlank() || resolveClass(name) != null) {
			return null;
		}
		return new Problem(0, "unknown class '" + name.trim() + "'");
	}

	/**
	 * Checks {@code text} with {@code self} of class {@code context}; null when no problem is found. A null context
	 * checks syntax, function ids and the class names of {@code isA} only.
	 */
	public Problem check(String text, EClass context) {
		Expression expression;
		try {
			expression = Expressions.parse(text);
		} catch (ExpressionException e) {
			return new Problem(e.position(), e.problem());
		}
		// the one type checker of the expression language; variables are not known here, so any is accepted
		TypeCheck.Scope scope = new TypeCheck.Scope(context == null ? TypeCheck.Type.ANY : TypeCheck.Type.of(context), null, packages);
		List<ExpressionException> problems = TypeCheck.check(expression, scope);
		return problems.isEmpty() ? null : new Problem(problems.get(0).position(), problems.get(0).problem());
	}

	/**
	 * The class {@code self} has in the expression held by attribute {@code attributeName} of a description element
	 * (docs/diagrams.md says what each expression is evaluated on), or null when it is not known statically.
	 */
	public EClass contextClass(EObject element, String attributeName) {
		if (element instanceof DiagramDescription diagram) {
			// a root expression runs on whatever the diagram is opened on (the model, a selected element): no one class
			return attributeName.equals("layoutTopExpression") || attributeName.equals("rootExpression") ? null
					: resolveClass(diagram.getDomainClass());
		}
		if (element instanceof DiagramElementMapping mapping) {
			if (attributeName.equals("semanticCandidates")) {
				// sub-mappings and border node mappings take their candidates from the parent node's element
				if (mapping.eContainer() instanceof NodeMapping parent) {
					return resolveClass(parent.getDomainClass());
				}
				DiagramDescription diagram = diagramOf(mapping);
				return diagram == null ? null : resolveClass(diagram.getDomainClass());
			}
			if (mapping instanceof EdgeMapping edge && (edge.getDomainClass() == null || edge.getDomainClass().isBlank())) {
				// relation-based: expressions are evaluated on the source element
				return commonClass(edge.getSourceMappings());
			}
			return resolveClass(mapping.getDomainClass());
		}
		if (element instanceof ConditionalStyle && element.eContainer() instanceof DiagramElementMapping mapping) {
			return resolveClass(mapping.getDomainClass());
		}
		if (element instanceof Filter filter) {
			return commonClass(filter.getMappings());
		}
		// a validation rule's condition and message, and the operations of its quick fixes, run on its domain class
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof org.helix.diagram.model.description.ValidationRule rule) {
				return resolveClass(rule.getDomainClass());
			}
		}
		return null;
	}

	private EClass commonClass(Collection<? extends DiagramElementMapping> mappings) {
		Set<EClass> found = new LinkedHashSet<>();
		for (DiagramElementMapping mapping : mappings) {
			found.add(resolveClass(mapping.getDomainClass()));
		}
		return found.size() == 1 ? found.iterator().next() : null;
	}

	private static DiagramDescription diagramOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof DiagramDescription diagram) {
				return diagram;
			}
		}
		return null;
	}

	/** Feature names of a class and its supertypes, sorted (for pickers and messages). */
	public static List<String> featureNames(EClass eClass) {
		Set<String> names = new TreeSet<>();
		eClass.getEAllStructuralFeatures().forEach(feature -> names.add(feature.getName()));
		return List.copyOf(names);
	}
}
