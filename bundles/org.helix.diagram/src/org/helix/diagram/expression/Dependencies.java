package org.helix.diagram.expression;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.helix.diagram.functions.DiagramFunction;
import org.helix.diagram.functions.FunctionRegistry;

/**
 * What an expression reads from the model, found by walking its syntax tree without evaluating it; the diagram
 * synchronizer uses it to refresh only what a model change can affect (see docs/diagrams.md, "Incremental refresh").
 * <ul>
 * <li>{@link #selfFeatures()}: features read directly on {@code self} (the element the expression is evaluated on):
 * a change of such a feature matters only to the element that changed;</li>
 * <li>{@link #otherFeatures()}: features read on anything else (after a navigation, inside a filter, on
 * {@code $root} or {@code $parent}): a change of such a feature on any object may matter;</li>
 * <li>{@link #readsContainers()}: {@code container()} is used, so any containment change may matter;</li>
 * <li>{@link #everything()}: any change may matter, e.g. a {@code java(...)} call of a function that does not say what
 * it reads.</li>
 * </ul>
 * A {@code java('id', ...)} call counts what the function declares ({@link DiagramFunction#reads}), all as reads on
 * other objects (a function may read anything it reaches from its target).
 * Features are named, as the evaluator finds them (by name on the object's class), so the analysis needs no types and
 * errs only towards reading more. {@code $layers.contains('id')} is folded with the diagram's active layers, so the
 * part of a condition a switched-off style option guards is not counted.
 */
public final class Dependencies {

	/** Reads nothing from the model. */
	public static final Dependencies NONE = new Dependencies(Set.of(), Set.of(), false, false);
	/** Reads the containers of objects: any containment change may matter (e.g. a walk over all contents). */
	public static final Dependencies CONTAINMENT = new Dependencies(Set.of(), Set.of(), true, false);
	/** May read anything. */
	public static final Dependencies EVERYTHING = new Dependencies(Set.of(), Set.of(), false, true);

	private final Set<String> selfFeatures;
	private final Set<String> otherFeatures;
	private final boolean containers;
	private final boolean everything;

	private Dependencies(Set<String> selfFeatures, Set<String> otherFeatures, boolean containers, boolean everything) {
		this.selfFeatures = Set.copyOf(selfFeatures);
		this.otherFeatures = Set.copyOf(otherFeatures);
		this.containers = containers;
		this.everything = everything;
	}

	/**
	 * Reads of these features on the element itself and on other objects, and of containers, e.g. what a style
	 * provider declares it reads ({@link org.helix.diagram.functions.StyleProvider#reads}).
	 */
	public static Dependencies of(Collection<String> selfFeatures, Collection<String> otherFeatures, boolean containers) {
		return new Dependencies(Set.copyOf(selfFeatures), Set.copyOf(otherFeatures), containers, false);
	}

	/** Reads of these features on self only (e.g. the default label, {@code name}). */
	public static Dependencies ofSelf(Collection<String> features) {
		return new Dependencies(Set.copyOf(features), Set.of(), false, false);
	}

	/** What {@code expression} reads when evaluated with these layers active ({@code $layers}). */
	public static Dependencies of(Expression expression, Collection<String> activeLayers) {
		return of(expression, activeLayers, FunctionRegistry.getDefault()::function);
	}

	/**
	 * What {@code expression} reads with these layers active, with the {@code java(...)} functions looked up in
	 * {@code functions} (an unknown one may read anything).
	 */
	public static Dependencies of(Expression expression, Collection<String> activeLayers, Function<String, DiagramFunction> functions) {
		Walker walker = new Walker(activeLayers, functions);
		walker.walk(expression.root(), true);
		return new Dependencies(walker.self, walker.other, walker.containers, walker.everything);
	}

	public Set<String> selfFeatures() {
		return selfFeatures;
	}

	public Set<String> otherFeatures() {
		return otherFeatures;
	}

	public boolean readsContainers() {
		return containers;
	}

	public boolean everything() {
		return everything;
	}

	/** Both together. */
	public Dependencies and(Dependencies more) {
		if (everything || more == NONE) {
			return this;
		}
		if (more.everything || this == NONE) {
			return more;
		}
		Set<String> self = new HashSet<>(selfFeatures);
		self.addAll(more.selfFeatures);
		Set<String> other = new HashSet<>(otherFeatures);
		other.addAll(more.otherFeatures);
		return new Dependencies(self, other, containers || more.containers, false);
	}

	/** The same reads, all counted as reads on other objects (for an expression evaluated on another element). */
	public Dependencies anywhere() {
		if (everything || selfFeatures.isEmpty()) {
			return this;
		}
		Set<String> other = new HashSet<>(otherFeatures);
		other.addAll(selfFeatures);
		return new Dependencies(Set.of(), other, containers, false);
	}

	@Override
	public String toString() {
		return everything ? "everything" : "self " + selfFeatures + ", other " + otherFeatures + (containers ? ", containers" : "");
	}

	/** What a subexpression evaluates to, as far as the analysis can tell. */
	private enum Kind {
		SELF, OTHER, LAYERS, TRUE, FALSE
	}

	private static final class Walker {
		private final Collection<String> layers;
		private final Function<String, DiagramFunction> functions;
		private final Set<String> self = new HashSet<>();
		private final Set<String> other = new HashSet<>();
		private boolean containers;
		private boolean everything;

		Walker(Collection<String> layers, Function<String, DiagramFunction> functions) {
			this.layers = layers;
			this.functions = functions;
		}

		/** @param selfIsElement whether {@code self} here is the element the expression is evaluated on (not inside a filter) */
		Kind walk(Ast.Node node, boolean selfIsElement) {
			if (node instanceof Ast.Self) {
				return selfIsElement ? Kind.SELF : Kind.OTHER;
			}
			if (node instanceof Ast.Variable variable) {
				return "layers".equals(variable.name()) ? Kind.LAYERS : Kind.OTHER;
			}
			if (node instanceof Ast.Navigation navigation) {
				Kind target = walk(navigation.target(), selfIsElement);
				(target == Kind.SELF ? self : other).add(navigation.feature());
				return Kind.OTHER;
			}
			if (node instanceof Ast.Select select) {
				walk(select.target(), selfIsElement);
				walk(select.condition(), false); // self is each element of the list
				return Kind.OTHER;
			}
			if (node instanceof Ast.Call call) {
				Kind target = walk(call.target(), selfIsElement);
				for (Ast.Node argument : call.arguments()) {
					walk(argument, selfIsElement);
				}
				if (call.method() == Ast.Method.CONTAINER) {
					containers = true;
				}
				if (call.method() == Ast.Method.CONTAINS && target == Kind.LAYERS
						&& call.arguments().get(0) instanceof Ast.Literal literal && literal.value() instanceof String id) {
					return layers.contains(id) ? Kind.TRUE : Kind.FALSE;
				}
				return Kind.OTHER;
			}
			if (node instanceof Ast.JavaCall call) {
				walk(call.target(), selfIsElement);
				List<Object> literals = new java.util.ArrayList<>();
				for (Ast.Node argument : call.arguments()) {
					walk(argument, selfIsElement);
					literals.add(argument instanceof Ast.Literal literal ? literal.value() : null);
				}
				DiagramFunction function = functions.apply(call.id());
				Dependencies reads = function == null ? EVERYTHING : function.reads(java.util.Collections.unmodifiableList(literals));
				if (reads == null || reads.everything) {
					everything = true; // a function that does not say may read anything
				} else {
					// what the function reads, it may read on any object it reaches from its target
					other.addAll(reads.selfFeatures);
					other.addAll(reads.otherFeatures);
					containers |= reads.containers;
				}
				return Kind.OTHER;
			}
			if (node instanceof Ast.Count count) {
				walk(count.argument(), selfIsElement);
				return Kind.OTHER;
			}
			if (node instanceof Ast.Not not) {
				Kind operand = walk(not.operand(), selfIsElement);
				return operand == Kind.TRUE ? Kind.FALSE : operand == Kind.FALSE ? Kind.TRUE : Kind.OTHER;
			}
			if (node instanceof Ast.And and) {
				Kind left = walk(and.left(), selfIsElement);
				if (left == Kind.FALSE) {
					return Kind.FALSE; // the right side is never evaluated
				}
				Kind right = walk(and.right(), selfIsElement);
				return left == Kind.TRUE ? right : right == Kind.FALSE ? Kind.FALSE : Kind.OTHER;
			}
			if (node instanceof Ast.Or or) {
				Kind left = walk(or.left(), selfIsElement);
				if (left == Kind.TRUE) {
					return Kind.TRUE;
				}
				Kind right = walk(or.right(), selfIsElement);
				return left == Kind.FALSE ? right : right == Kind.TRUE ? Kind.TRUE : Kind.OTHER;
			}
			if (node instanceof Ast.Comparison comparison) {
				walk(comparison.left(), selfIsElement);
				walk(comparison.right(), selfIsElement);
				return Kind.OTHER;
			}
			if (node instanceof Ast.Plus plus) {
				walk(plus.left(), selfIsElement);
				walk(plus.right(), selfIsElement);
				return Kind.OTHER;
			}
			if (node instanceof Ast.Literal) {
				return Kind.OTHER;
			}
			everything = true; // a node this analysis does not know: assume the worst
			return Kind.OTHER;
		}
	}
}
