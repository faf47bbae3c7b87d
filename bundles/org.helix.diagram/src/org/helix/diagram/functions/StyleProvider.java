package org.helix.diagram.functions;

import java.util.Map;

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

	/**
	 * The looks for a diagram with these layers active, for a provider whose looks follow a style option the user
	 * switches as a layer (a size by the metric the active option names). By default {@link #legend()}.
	 */
	default java.util.Map<String, Style> legend(java.util.Collection<String> activeLayers) {
		return legend();
	}

	/**
	 * The style for this element, knowing what the diagram's conditions know besides it: {@code root} (the diagram's
	 * semantic root) and {@code layers} (the ids of its active layers, a {@code List<String>}), so that a provider can
	 * follow a style option the user switches as a layer. By default the element alone decides.
	 */
	default Style style(EObject element, Map<String, Object> variables) {
		return style(element);
	}

	/**
	 * Whether this provider sizes nodes: when true, a node of a mapping that names it takes the width and height of its
	 * applied style at every refresh (unless the user pinned it), so the size can follow a metric. False by default:
	 * nodes keep the size they were created or resized with.
	 */
	default boolean sizes() {
		return false;
	}

	/**
	 * What the style this provider gives, with these layers active, reads from the model (see
	 * {@link org.helix.diagram.expression.Dependencies}). The incremental refresh cannot see into a provider, so by
	 * default it assumes anything: every model change restyles the elements of a mapping that names the provider. A
	 * provider that knows better says so, e.g. nothing under a style option that is off.
	 */
	default org.helix.diagram.expression.Dependencies reads(java.util.Collection<String> activeLayers) {
		return org.helix.diagram.expression.Dependencies.EVERYTHING;
	}
}
