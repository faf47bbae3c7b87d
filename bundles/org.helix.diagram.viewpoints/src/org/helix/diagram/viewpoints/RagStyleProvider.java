package org.helix.diagram.viewpoints;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.functions.StyleProvider;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;

/**
 * A thick border in the RAG colour of an action or dimension. Only the border: the fill keeps saying what the mapping
 * says (the status of an action), so a started action that runs late is blue inside and red around. An element the
 * status provider cannot rate for lack of data gets a thin grey border.
 */
public class RagStyleProvider implements StyleProvider {

	public static final String ID = "org.helix.monitoring.ragBorder";

	/** The colours of the RAG dots in the model tree (org.helix.analysis.ui's RagDecorator). */
	private static final Map<Rag, NodeStyle> BORDERS = Map.of(Rag.RED, border("#d21e28"), Rag.AMBER, border("#f0a000"),
			Rag.GREEN, border("#2ea043"));
	/** Grey, thinner: the provider knows the element but the model lacks the data to rate it (unknown is not zero). */
	private static final NodeStyle NO_DATA = border("#969696", 2);

	@Override
	public Style style(EObject element) {
		ElementStatus status = RagRatings.status(element);
		if (status == null) {
			return null;
		}
		return status.noData() ? NO_DATA : BORDERS.get(status.rag());
	}

	/** The RAG frames and the no-data frame, for the diagram's legend. */
	@Override
	public Map<String, Style> legend() {
		Map<String, Style> looks = new java.util.LinkedHashMap<>();
		looks.put("framed red: RAG red (behind plan)", BORDERS.get(Rag.RED));
		looks.put("framed amber: RAG amber", BORDERS.get(Rag.AMBER));
		looks.put("framed green: RAG green (on plan)", BORDERS.get(Rag.GREEN));
		looks.put("framed grey: no data to rate", NO_DATA);
		return looks;
	}

	/** The style of an element with no data. */
	public static NodeStyle noDataBorder() {
		return NO_DATA;
	}

	/** The style for a RAG, for tests and other providers. */
	public static NodeStyle borderOf(Rag rag) {
		return BORDERS.get(rag);
	}

	private static NodeStyle border(String colour) {
		return border(colour, 4);
	}

	private static NodeStyle border(String colour, int width) {
		NodeStyle style = DescriptionFactory.eINSTANCE.createNodeStyle();
		style.setBorderColor(colour);
		style.setBorderWidth(width);
		return style;
	}
}
