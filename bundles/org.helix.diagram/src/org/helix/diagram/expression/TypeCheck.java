package org.helix.diagram.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;

/**
 * Checks an expression against a metamodel without evaluating it: every feature read is looked up on the static type
 * of what it is read from, every variable must be one the context provides, {@code isA('X')} must name a class, and an
 * enum compared with a string literal must have that literal. Each problem is an {@link ExpressionException} with the
 * 0-based position of the offending name, as evaluation would report it.
 * <p>
 * The check is deliberately lenient where the language is dynamic: a feature that the static class lacks but one of
 * its subclasses has is accepted (evaluation reads features of the actual object), and after {@code container()} or a
 * contributed Java function the type is unknown, so nothing after it is checked.
 */
public final class TypeCheck {

	/** A static type: a classifier (null: unknown) and whether it is a list. */
	public record Type(EClassifier classifier, boolean many) {
		public static final Type ANY = new Type(null, false);
		static final Type BOOLEAN = new Type(EcorePackage.Literals.EBOOLEAN, false);
		static final Type NUMBER = new Type(EcorePackage.Literals.EBIG_DECIMAL, false);
		static final Type STRING = new Type(EcorePackage.Literals.ESTRING, false);

		public static Type of(EClassifier classifier) {
			return new Type(classifier, false);
		}

		public static Type listOf(EClassifier classifier) {
			return new Type(classifier, true);
		}

		Type single() {
			return new Type(classifier, false);
		}
	}

	/**
	 * What an expression may refer to: the type of {@code self} ({@link Type#ANY} when unknown), the variables the
	 * context provides with their types (null: any variable is accepted, of unknown type), and the packages whose
	 * classes {@code isA} and subclass lookups see.
	 */
	public record Scope(Type self, Map<String, Type> variables, Collection<EPackage> packages) {
	}

	private final String text;
	private final Scope scope;
	private final List<ExpressionException> problems = new ArrayList<>();

	private TypeCheck(String text, Scope scope) {
		this.text = text;
		this.scope = scope;
	}

	/** The problems of {@code expression} in {@code scope}, in the order of the expression; empty when it is sound. */
	public static List<ExpressionException> check(Expression expression, Scope scope) {
		TypeCheck check = new TypeCheck(expression.text(), scope);
		check.type(expression.root(), scope.self());
		return List.copyOf(check.problems);
	}

	/** The static type of the expression's result in {@code scope} ({@link Type#ANY} when it cannot be told). */
	public static Type resultType(Expression expression, Scope scope) {
		return new TypeCheck(expression.text(), scope).type(expression.root(), scope.self());
	}

	private Type type(Ast.Node node, Type self) {
		if (node instanceof Ast.Literal literal) {
			Object value = literal.value();
			return value instanceof String ? Type.STRING : value instanceof Boolean ? Type.BOOLEAN : value == null ? Type.ANY : Type.NUMBER;
		}
		if (node instanceof Ast.Self) {
			return self;
		}
		if (node instanceof Ast.Variable variable) {
			if (scope.variables() == null) {
				return Type.ANY; // a lenient scope (the specification editor's): variables are not known there
			}
			Type type = scope.variables().get(variable.name());
			if (type == null) {
				problem(variable.position(), "unknown variable '" + variable.name() + "'; "
						+ (scope.variables().isEmpty() ? "none is defined here" : "defined here: " + String.join(", ", new TreeSet<>(
								scope.variables().keySet().stream().map(name -> "$" + name).toList()))));
				return Type.ANY;
			}
			return type;
		}
		if (node instanceof Ast.Navigation navigation) {
			return navigate(type(navigation.target(), self), navigation);
		}
		if (node instanceof Ast.Select select) {
			Type target = type(select.target(), self);
			condition(select.condition(), target.single(), select.position());
			return new Type(target.classifier(), true);
		}
		if (node instanceof Ast.Call call) {
			Type target = type(call.target(), self);
			for (Ast.Node argument : call.arguments()) {
				type(argument, self);
			}
			return switch (call.method()) {
			case SIZE -> Type.NUMBER;
			case IS_EMPTY, NOT_EMPTY, CONTAINS -> Type.BOOLEAN;
			case FIRST -> target.single();
			case TYPE -> Type.STRING;
			case CONTAINER -> Type.ANY;
			case DISTINCT -> target; // the same values, each once
			case OR_ELSE -> target; // the value, or the argument where it has none
			case TRIM -> Type.STRING;
			case IS_A -> {
				if (call.arguments().get(0) instanceof Ast.Literal literal && literal.value() instanceof String name
						&& findClass(name) == null) {
					problem(literal.position(), "unknown class '" + name + "'" + suggestion(name, classNames()));
				}
				yield Type.BOOLEAN;
			}
			};
		}
		if (node instanceof Ast.JavaCall java) {
			type(java.target(), self);
			java.arguments().forEach(argument -> type(argument, self));
			return Type.ANY; // a contribution may return anything
		}
		if (node instanceof Ast.Count count) {
			type(count.argument(), self);
			return Type.NUMBER;
		}
		if (node instanceof Ast.Not not) {
			condition(not.operand(), self, not.position());
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.And and) {
			condition(and.left(), self, and.position());
			condition(and.right(), self, and.position());
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Or or) {
			condition(or.left(), self, or.position());
			condition(or.right(), self, or.position());
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Comparison comparison) {
			Type left = type(comparison.left(), self);
			Type right = type(comparison.right(), self);
			enumLiteral(left, comparison.right());
			enumLiteral(right, comparison.left());
			return Type.BOOLEAN;
		}
		if (node instanceof Ast.Plus plus) {
			Type left = type(plus.left(), self);
			Type right = type(plus.right(), self);
			return Type.NUMBER.equals(left) && Type.NUMBER.equals(right) ? Type.NUMBER : Type.STRING;
		}
		throw new IllegalStateException(node.getClass().getName());
	}

	/** An operand that must be a boolean: a known non-boolean value is a problem. */
	private void condition(Ast.Node node, Type self, int position) {
		Type type = type(node, self);
		if (type.classifier() instanceof EDataType dataType && !type.many() && !(dataType instanceof EEnum)) {
			Class<?> instance = dataType.getInstanceClass();
			if (instance != null && instance != boolean.class && instance != Boolean.class && instance != Object.class) {
				problem(position, "expected a boolean, got a " + dataType.getName() + " value");
			}
		} else if (type.classifier() instanceof EClass || type.classifier() instanceof EEnum || type.many()) {
			problem(position, "expected a boolean, got " + (type.many() ? "a list" : "a " + type.classifier().getName()));
		}
	}

	private Type navigate(Type target, Ast.Navigation navigation) {
		EClassifier classifier = target.classifier();
		if (classifier == null || classifier == EcorePackage.Literals.EOBJECT) {
			return Type.ANY;
		}
		if (!(classifier instanceof EClass eClass)) {
			Class<?> instance = classifier.getInstanceClass();
			if (classifier instanceof EEnum || instance != null && (instance.isPrimitive() || instance == String.class
					|| Number.class.isAssignableFrom(instance) || instance == Boolean.class || instance.getName().startsWith("java.time."))) {
				problem(navigation.position(), "cannot read '" + navigation.feature() + "' of a "
						+ (instance == null || instance.isPrimitive() ? classifier.getName() : instance.getSimpleName()) + " value");
			}
			return Type.ANY;
		}
		EStructuralFeature feature = eClass.getEStructuralFeature(navigation.feature());
		if (feature == null) {
			// the actual object may be of a subclass that has it: evaluation reads the object's own class
			Set<EClassifier> types = new LinkedHashSet<>();
			boolean many = false;
			for (EClass subclass : subclasses(eClass)) {
				EStructuralFeature inSubclass = subclass.getEStructuralFeature(navigation.feature());
				if (inSubclass != null) {
					types.add(inSubclass.getEType());
					many |= inSubclass.isMany();
				}
			}
			if (types.isEmpty()) {
				List<String> names = eClass.getEAllStructuralFeatures().stream().map(EStructuralFeature::getName).toList();
				problem(navigation.position(), "unknown feature '" + navigation.feature() + "' on " + eClass.getName()
						+ suggestion(navigation.feature(), names));
				return Type.ANY;
			}
			return new Type(types.size() == 1 ? types.iterator().next() : null, target.many() || many);
		}
		return new Type(feature.getEType(), target.many() || feature.isMany());
	}

	/** {@code status = 'DELAYD'}: a string literal compared with an enum must be one of its literals. */
	private void enumLiteral(Type type, Ast.Node other) {
		if (type.classifier() instanceof EEnum eEnum && other instanceof Ast.Literal literal && literal.value() instanceof String value
				&& eEnum.getEEnumLiteral(value) == null && eEnum.getEEnumLiteralByLiteral(value) == null) {
			List<String> names = eEnum.getELiterals().stream().map(EEnumLiteral::getName).toList();
			problem(literal.position(), "'" + value + "' is not a value of " + eEnum.getName() + "; values are "
					+ String.join(", ", names));
		}
	}

	private List<EClass> subclasses(EClass eClass) {
		List<EClass> result = new ArrayList<>();
		for (EPackage ePackage : scope.packages()) {
			for (EClassifier classifier : ePackage.getEClassifiers()) {
				if (classifier instanceof EClass candidate && candidate != eClass && eClass.isSuperTypeOf(candidate)) {
					result.add(candidate);
				}
			}
		}
		return result;
	}

	private EClass findClass(String name) {
		for (EPackage ePackage : scope.packages()) {
			if (ePackage.getEClassifier(name) instanceof EClass eClass) {
				return eClass;
			}
		}
		return null;
	}

	private List<String> classNames() {
		List<String> names = new ArrayList<>();
		scope.packages().forEach(p -> p.getEClassifiers().stream().filter(EClass.class::isInstance).forEach(c -> names.add(c.getName())));
		return names;
	}

	private void problem(int position, String message) {
		problems.add(new ExpressionException(text, position, message));
	}

	/** "; did you mean 'status'?" for the closest name within two edits, else nothing. */
	public static String suggestion(String name, Collection<String> names) {
		String best = null;
		int bestDistance = 3;
		for (String candidate : names) {
			int distance = distance(name.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		return best == null ? "" : "; did you mean '" + best + "'?";
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
