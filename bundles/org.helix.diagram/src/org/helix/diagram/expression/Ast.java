package org.helix.diagram.expression;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.diagram.functions.DiagramFunction;
import org.helix.diagram.functions.FunctionRegistry;

/** The syntax tree: each node evaluates itself. Every node remembers its position for error messages. */
final class Ast {

	private Ast() {
	}

	record Context(String text, Object self, Map<String, Object> variables) {
		Context withSelf(Object newSelf) {
			return new Context(text, newSelf, variables);
		}

		ExpressionException error(int position, String problem) {
			return new ExpressionException(text, position, problem);
		}
	}

	interface Node {
		Object evaluate(Context context);
	}

	record Literal(Object value, int position) implements Node {
		public Object evaluate(Context context) {
			return value;
		}
	}

	record Self() implements Node {
		public Object evaluate(Context context) {
			return context.self();
		}
	}

	record Variable(String name, int position) implements Node {
		public Object evaluate(Context context) {
			if (!context.variables().containsKey(name)) {
				throw context.error(position, "unknown variable '" + name + "'");
			}
			return context.variables().get(name);
		}
	}

	/** {@code target.feature}: reads an EStructuralFeature by name; on a list it reads every element's and flattens. */
	record Navigation(Node target, String feature, int position) implements Node {
		public Object evaluate(Context context) {
			Object value = target.evaluate(context);
			if (value == null) {
				return null; // unknown stays unknown: 'lead.name' of an action without lead is null, not an error
			}
			if (value instanceof Collection<?> collection) {
				List<Object> result = new ArrayList<>();
				for (Object element : collection) {
					Object read = read(element, context);
					if (read instanceof Collection<?> many) {
						result.addAll(many);
					} else if (read != null) {
						result.add(read);
					}
				}
				return result;
			}
			return read(value, context);
		}

		private Object read(Object value, Context context) {
			if (!(value instanceof EObject eObject)) {
				throw context.error(position, "cannot read '" + feature + "' of " + Values.describe(value));
			}
			EClass eClass = eObject.eClass();
			EStructuralFeature structuralFeature = eClass.getEStructuralFeature(feature);
			if (structuralFeature == null) {
				throw context.error(position, "unknown feature '" + feature + "' on " + eClass.getName());
			}
			return eObject.eGet(structuralFeature);
		}
	}

	/** {@code target[condition]}: the elements of target for which condition, evaluated with self = element, is true. */
	record Select(Node target, Node condition, int position) implements Node {
		public Object evaluate(Context context) {
			List<Object> result = new ArrayList<>();
			for (Object element : Values.asList(target.evaluate(context))) {
				Object test = condition.evaluate(context.withSelf(element));
				if (test != null && !(test instanceof Boolean)) {
					throw context.error(position, "a filter needs a boolean condition, got " + Values.describe(test));
				}
				if (Boolean.TRUE.equals(test)) {
					result.add(element);
				}
			}
			return result;
		}
	}

	enum Method {
		SIZE, IS_EMPTY, NOT_EMPTY, FIRST, TYPE, IS_A, CONTAINER, CONTAINS, DISTINCT, OR_ELSE, TRIM;

		static Method of(String name) {
			return switch (name) {
			case "size" -> SIZE;
			case "isEmpty" -> IS_EMPTY;
			case "notEmpty" -> NOT_EMPTY;
			case "first" -> FIRST;
			case "type" -> TYPE;
			case "isA" -> IS_A;
			case "container" -> CONTAINER;
			case "contains" -> CONTAINS;
			case "distinct" -> DISTINCT;
			case "orElse" -> OR_ELSE;
			case "trim" -> TRIM;
			default -> null;
			};
		}

		int arity() {
			return this == IS_A || this == CONTAINS || this == OR_ELSE ? 1 : 0;
		}
	}

	record Call(Node target, Method method, List<Node> arguments, int position) implements Node {
		public Object evaluate(Context context) {
			Object value = target.evaluate(context);
			switch (method) {
			case SIZE:
				return Values.asList(value).size();
			case IS_EMPTY:
				return Values.asList(value).isEmpty();
			case NOT_EMPTY:
				return !Values.asList(value).isEmpty();
			case FIRST: {
				List<Object> list = Values.asList(value);
				return list.isEmpty() ? null : list.get(0);
			}
			case TYPE:
				return value instanceof EObject eObject ? eObject.eClass().getName() : null;
			case CONTAINER:
				return value instanceof EObject eObject ? eObject.eContainer() : null;
			case IS_A: {
				Object name = arguments.get(0).evaluate(context);
				if (!(name instanceof String className)) {
					throw context.error(position, "isA needs a class name, got " + Values.describe(name));
				}
				return value instanceof EObject eObject && isA(eObject.eClass(), className);
			}
			case CONTAINS: {
				// whether the list holds the value (compared as '=' compares): $layers.contains('eco.colour.community')
				Object wanted = arguments.get(0).evaluate(context);
				return Values.asList(value).stream().anyMatch(element -> Values.equal(element, wanted));
			}
			case DISTINCT: {
				// the list without repeats and nulls, in first-seen order: a body's roles, the organisations of memberships
				List<Object> distinct = new ArrayList<>();
				for (Object element : Values.asList(value)) {
					if (element != null && distinct.stream().noneMatch(seen -> Values.equal(seen, element))) {
						distinct.add(element);
					}
				}
				return distinct;
			}
			case OR_ELSE: {
				// the value unless it is null, blank text or an empty list: abbreviation.orElse(name)
				boolean missing = value == null || value instanceof String text && text.isBlank()
						|| value instanceof Collection<?> list && list.isEmpty();
				return missing ? arguments.get(0).evaluate(context) : value;
			}
			case TRIM:
				return value == null ? null : Values.toText(value).strip();
			default:
				throw new IllegalStateException(method.name());
			}
		}

		private static boolean isA(EClass eClass, String name) {
			if (eClass.getName().equals(name)) {
				return true;
			}
			return eClass.getEAllSuperTypes().stream().anyMatch(superType -> superType.getName().equals(name));
		}
	}

	/**
	 * {@code target.java('id', arguments...)}: a contributed function, looked up again at each evaluation so that the
	 * registry stays the one authority. A contribution that throws becomes an ExpressionException at the call's column,
	 * which a refresh reports and survives like any bad expression.
	 */
	record JavaCall(Node target, String id, List<Node> arguments, int position) implements Node {
		public Object evaluate(Context context) {
			Object value = target.evaluate(context);
			List<Object> values = new ArrayList<>();
			for (Node argument : arguments) {
				values.add(argument.evaluate(context));
			}
			FunctionRegistry registry = FunctionRegistry.getDefault();
			DiagramFunction function = registry.function(id);
			if (function == null) {
				throw context.error(position, "unknown Java function '" + id + "'");
			}
			try {
				return function.apply(value, java.util.Collections.unmodifiableList(values));
			} catch (ExpressionException e) {
				throw e;
			} catch (RuntimeException e) {
				registry.failed(id, e);
				throw context.error(position, "Java function '" + id + "' failed: " + e);
			}
		}
	}

	record Count(Node argument) implements Node {
		public Object evaluate(Context context) {
			return Values.asList(argument.evaluate(context)).size();
		}
	}

	record Not(Node operand, int position) implements Node {
		public Object evaluate(Context context) {
			return !bool(operand, context, position);
		}
	}

	record And(Node left, Node right, int position) implements Node {
		public Object evaluate(Context context) {
			return bool(left, context, position) && bool(right, context, position); // short-circuit on purpose
		}
	}

	record Or(Node left, Node right, int position) implements Node {
		public Object evaluate(Context context) {
			return bool(left, context, position) || bool(right, context, position);
		}
	}

	/** A boolean operand; null (an unset EBooleanObject) counts as false, anything else is an error. */
	static boolean bool(Node node, Context context, int position) {
		Object value = node.evaluate(context);
		if (value == null) {
			return false;
		}
		if (value instanceof Boolean b) {
			return b;
		}
		throw context.error(position, "expected a boolean, got " + Values.describe(value));
	}

	record Comparison(String operator, Node left, Node right, int position) implements Node {
		public Object evaluate(Context context) {
			Object l = left.evaluate(context);
			Object r = right.evaluate(context);
			switch (operator) {
			case "=":
				return Values.equal(l, r);
			case "!=":
				return !Values.equal(l, r);
			default:
				if (l == null || r == null) {
					return false; // an unknown value is neither smaller nor larger
				}
				Integer order = Values.compare(l, r);
				if (order == null) {
					throw context.error(position, "cannot compare " + Values.describe(l) + " with " + Values.describe(r));
				}
				return switch (operator) {
				case "<" -> order < 0;
				case "<=" -> order <= 0;
				case ">" -> order > 0;
				case ">=" -> order >= 0;
				default -> throw new IllegalStateException(operator);
				};
			}
		}
	}

	/** {@code a + b}: adds two numbers, otherwise concatenates as text (null is empty), which is what labels need. */
	record Plus(Node left, Node right) implements Node {
		public Object evaluate(Context context) {
			Object l = left.evaluate(context);
			Object r = right.evaluate(context);
			BigDecimal a = Values.number(l);
			BigDecimal b = Values.number(r);
			if (a != null && b != null) {
				return a.add(b);
			}
			return Values.toText(l) + Values.toText(r);
		}
	}
}
