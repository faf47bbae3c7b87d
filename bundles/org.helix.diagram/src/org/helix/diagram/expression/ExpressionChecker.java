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
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.ContainerMapping;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.EdgeMapping;
import org.helix.diagram.model.description.Filter;
import org.helix.diagram.model.description.NodeMapping;

/**
 * Checks an expression without evaluating it: its syntax (with the parser), then every class and feature name it
 * uses, against the class of {@code self} (the mapping's domain class). UI-free, so that the specification editor
 * (as you type) and the validator of viewpoint files (at load) report the same problems with the same positions.
 *
 * <p>The check is lenient where the runtime could still succeed: a feature the static class lacks but one of its
 * subclasses has (the runtime reads features of the actual object), values of unknown type (variables, Java
 * functions, {@code container()}) and {@code +} results are not checked further.
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

	/** A static type: a classifier (null: unknown) and whether the value is a list. */
	private record Type(EClassifier classifier, boolean many) {
		static final Type UNKNOWN = new Type(null, false);
		static final Type BOOLEAN = new Type(EcorePackage.Literals.EBOOLEAN, false);
		static final Type INT = new Type(EcorePackage.Literals.EINT, false);
		static final Type STRING = new Type(EcorePackage.Literals.ESTRING, false);
	}

	/** Thrown inside the walk to stop at the first problem. */
	private static final class Found extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient Problem problem;

		Found(Problem problem) {
			super(problem.toString(), null, false, false);
			this.problem = problem;
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
				|| name.equals("condition");
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
		try {
			type(expression.root(), context == null ? Type.UNKNOWN : new Type(context, false));
			return null;
		} catch (Found found) {
			return found.problem;
		}
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
				if (mapping.eContainer() instanceof ContainerMapping parent) {
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

	private Type type(Ast.Node node, Type self) {
		if (node instanceof Ast.Literal literal) {
			Object value = literal.value();
			if (value instanceof String) {
				return Type.STRING;
			}
			if (value instanceof Boolean) {
				return Type.BOOLEAN;
			}
			return Type.UNKNOWN;
		}
		if (node instanceof Ast.Self) {
			return self;
		}
		if (node instanceof Ast.Navigation navigation) {
			return navigation(navigation, type(navigation.target(), self));
		}
		if (node instanceof Ast.Select select) {
			Type target = type(select.target(), self);
			type(select.condition(), new Type(target.classifier(), false));
			return new Type(target.classifier(), true);
		}
		if (node instanceof Ast.Call call) {
			Type target = type(call.target(), self);
			for (Ast.Node argument : call.arguments()) {
				type(argument, self);
			}
			return switch (call.method()) {
			case SIZE -> Type.INT;
			case IS_EMPTY, NOT_EMPTY, CONTAINS -> Type.BOOLEAN;
			case FIRST -> new Type(target.classifier(), false);
			case TYPE -> Type.STRING;
			case CONTAINER -> Type.UNKNOWN;
			case DISTINCT -> target; // the same values, each once
			case OR_ELSE -> target; // the value, or the argument where it has none
			case TRIM -> Type.STRING;
			case IS_A -> {
				if (call.arguments().get(0) instanceof Ast.Literal literal && literal.value() instanceof String name
						&& resolveClass(name) == null) {
					throw new Found(new Problem(call.position(), "unknown class '" + name + "' in isA()"));
				}
				yield Type.BOOLEAN;
			}
			};
		}
		if (node instanceof Ast.JavaCall javaCall) {
			type(javaCall.target(), self);
			javaCall.arguments().forEach(argument -> type(argument, self));
			return Type.UNKNOWN;
		}
		if (node instanceof Ast.Count count) {
			type(count.argument(), self);
			return Type.INT;
		}
		if (node instanceof Ast.Not not) {
			type(not.operand(), self);
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.And and) {
			type(and.left(), self);
			type(and.right(), self);
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Or or) {
			type(or.left(), self);
			type(or.right(), self);
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Comparison comparison) {
			type(comparison.left(), self);
			type(comparison.right(), self);
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Plus plus) {
			type(plus.left(), self);
			type(plus.right(), self);
			return Type.UNKNOWN;
		}
		return Type.UNKNOWN; // variables
	}

	private Type navigation(Ast.Navigation navigation, Type target) {
		EClassifier classifier = target.classifier();
		if (classifier instanceof EDataType dataType) {
			throw new Found(new Problem(navigation.position(), "cannot read '" + navigation.feature() + "' of a "
					+ (dataType.getInstanceClass() == null ? dataType.getName() : dataType.getInstanceClass().getSimpleName())));
		}
		if (!(classifier instanceof EClass eClass) || eClass == EcorePackage.Literals.EOBJECT) {
			return Type.UNKNOWN;
		}
		var feature = eClass.getEStructuralFeature(navigation.feature());
		if (feature != null) {
			return new Type(feature.getEType(), target.many() || feature.isMany());
		}
		if (subclassHas(eClass, navigation.feature())) {
			return Type.UNKNOWN; // only some objects of this class have it: the runtime decides
		}
		throw new Found(new Problem(navigation.position(),
				"unknown feature '" + navigation.feature() + "' of " + eClass.getName()));
	}

	private boolean subclassHas(EClass eClass, String feature) {
		for (EClass candidate : classes()) {
			if (candidate.getEAllSuperTypes().contains(eClass) && candidate.getEStructuralFeature(feature) != null) {
				return true;
			}
		}
		return false;
	}
}
