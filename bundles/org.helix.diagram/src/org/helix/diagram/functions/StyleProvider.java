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
}
