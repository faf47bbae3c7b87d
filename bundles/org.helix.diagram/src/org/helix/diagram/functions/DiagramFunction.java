package org.helix.diagram.functions;

import java.util.List;

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
}
