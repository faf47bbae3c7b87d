package org.helix.diagram.viewpoints;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.functions.DiagramFunction;
import org.helix.analysis.status.Rag;

/**
 * {@code java('org.helix.monitoring.rag')}: 'RED', 'AMBER' or 'GREEN' for an action, dimension or programme as the
 * installed status provider (the monitoring RAG rule) rates it today (an action's justified manual override counts); null when unrated.
 */
public class RagFunction implements DiagramFunction {

	public static final String ID = "org.helix.monitoring.rag";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		if (!arguments.isEmpty()) {
			throw new IllegalArgumentException(ID + " takes no arguments, got " + arguments.size());
		}
		Rag rag = target instanceof EObject element ? RagRatings.rag(element) : null;
		return rag == null ? null : rag.name();
	}
}
