package org.helix.diagram.viewpoints;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.status.ElementStatus;

/**
 * {@code java('org.helix.monitoring.ragText')}: the RAG that counts today in words, as the Action Fiches table shows it:
 * "Red", "Green (override)" when a justified override wins, "Amber (override ignored)" when one lacks its
 * justification, "No data" when the status provider cannot rate it; empty when no status provider is installed. The
 * same route as the table's colours: the installed status provider ({@link RagRatings}).
 */
public class RagTextFunction implements org.helix.diagram.functions.DiagramFunction {

	public static final String ID = "org.helix.monitoring.ragText";
	public static final String NO_DATA = "No data";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		if (!arguments.isEmpty()) {
			throw new IllegalArgumentException(ID + " takes no arguments, got " + arguments.size());
		}
		ElementStatus rating = target instanceof EObject element ? RagRatings.status(element) : null;
		if (rating == null) {
			return "";
		}
		String rag = rating.rag() == null ? NO_DATA
				: rating.rag().name().charAt(0) + rating.rag().name().substring(1).toLowerCase(Locale.ROOT);
		return rating.overridden() ? rag + " (override)" : rating.overrideIgnored() ? rag + " (override ignored)" : rag;
	}
}
