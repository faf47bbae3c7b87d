package org.helix.diagram.viewpoints;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.status.Rag;

/**
 * {@code java('org.helix.monitoring.ragOrder')}: a sort key for the RAG that counts today, green before amber before
 * red (the order of {@link Rag}); null (sorted last) when unrated.
 */
public class RagOrderFunction implements org.helix.diagram.functions.DiagramFunction {

	public static final String ID = "org.helix.monitoring.ragOrder";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		if (!arguments.isEmpty()) {
			throw new IllegalArgumentException(ID + " takes no arguments, got " + arguments.size());
		}
		Rag rag = target instanceof EObject element ? RagRatings.rag(element) : null;
		return rag == null ? null : rag.ordinal();
	}
}
