package org.helix.diagram.functions;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.model.description.Style;

/**
 * Computes a style for a diagram element from its semantic element, contributed through the extension point
 * {@code org.helix.diagram.functions} and named by a mapping's {@code styleProvider}. The attributes the returned
 * style sets go over the style the mapping would apply (default or conditional); the others stay.
 */
@FunctionalInterface
public interface StyleProvider {

	/**
	 * The style for this element, or null for none. Return one of a few constant instances (one per look): the
	 * synchronizer caches the merged styles by identity, so a new instance per call would make every refresh count as
	 * a change.
	 */
	Style style(EObject element);

	/**
	 * The looks this provider gives, for the diagram's legend ({@link org.helix.diagram.viewpoint.Legend}): what each
	 * means in words (e.g. "framed red: behind plan"), in the order to show them, with the style it returns for it.
	 * None by default; a provider that colours by a computed value should say what its colours mean here.
	 */
	default java.util.Map<String, Style> legend() {
		return java.util.Map.of();
	}
}
