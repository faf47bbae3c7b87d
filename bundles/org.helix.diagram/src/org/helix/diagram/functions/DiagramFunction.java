package org.helix.diagram.functions;

import java.util.List;

import org.helix.diagram.expression.Dependencies;

/**
 * A named function coded in Java, contributed through the extension point {@code org.helix.diagram.functions} and
 * called from the expression language as {@code java('id')} (on {@code self}) or {@code x.java('id', arg...)}. It must
 * not change the model: expressions are evaluated during refreshes and may run many times.
 */
@FunctionalInterface
public interface DiagramFunction {

	/**
	 * @param target    the value the function is called on: {@code self}, or what is left of {@code .java(...)}
	 * @param arguments the evaluated arguments after the id
	 * @return an expression value: an EObject, a List, a String, a Number, a Boolean, an EMF Enumerator or null
	 */
	Object apply(Object target, List<Object> arguments);

	/**
	 * What a call reads from the model (see {@link Dependencies}), for the incremental refresh, which cannot see into a
	 * function: only a model change of something a call reads re-evaluates the labels, styles, conditions and edges
	 * that call it. By default {@link Dependencies#EVERYTHING}: any change re-evaluates them, which is always correct. A
	 * function that knows better says so, and must then name every feature it reads, also through what it calls
	 * (providers, caches), e.g. {@code Dependencies.of(Set.of(), Set.of("source", "target"), true)} for a function of
	 * the relationships in the model; the result must not depend on anything else that can change in the model.
	 *
	 * @param arguments the arguments after the id where they are literals ({@code 'betweenness'}), null where they are
	 *                  only known when evaluated; the call's target is not known
	 */
	default Dependencies reads(List<Object> arguments) {
		return Dependencies.EVERYTHING;
	}
}
