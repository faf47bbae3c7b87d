package org.helix.diagram.viewpoints;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.functions.StyleProvider;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;
import org.helix.analysis.status.Rag;

/**
 * A thick border in the RAG colour of an action or dimension. Only the border: the fill keeps saying what the mapping
 * says (the status of an action), so a started action that runs late is blue inside and red around.
 */
public class RagStyleProvider implements StyleProvider {

	public static final String ID = "org.helix.monitoring.ragBorder";

	/** The colours of the RAG dots in the model tree (org.helix.analysis.ui's RagDecorator). */
	private static final Map<Rag, NodeStyle> BORDERS = Map.of(Rag.RED, border("#d21e28"), Rag.AMBER, border("#f0a000"),
			Rag.GREEN, border("#2ea043"));

	@Override
	public Style style(EObject element) {
		Rag rag = RagRatings.rag(element);
		return rag == null ? null : BORDERS.get(rag);
	}

	/** The style for a RAG, for tests and other providers. */
	public static NodeStyle borderOf(Rag rag) {
		return BORDERS.get(rag);
	}

	private static NodeStyle border(String colour) {
		NodeStyle style = DescriptionFactory.eINSTANCE.createNodeStyle();
		style.setBorderColor(colour);
		style.setBorderWidth(4);
		return style;
	}
}
