package org.helix.diagram.viewpoint;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * Where an icon named in a viewpoint ({@code icon} of a mapping, a node style or a tool) is: a URL ({@code platform:},
 * {@code file:}, …) is taken as it is; a relative path is relative to the <b>bundle</b> for installed viewpoints
 * ({@code icons/body.png} in the contributing bundle, wherever its viewpoint file lies) and to the <b>viewpoint
 * file</b> for files elsewhere (a workspace viewpoint next to its icons). UI-free: the renderer and the palette load
 * the image, and ignore an icon that cannot be read (logged once).
 */
public final class Icons {

	private Icons() {
	}

	/** The icon's URL as text, or null when {@code icon} is blank. */
	public static String location(EObject viewpointElement, String icon) {
		if (icon == null || icon.isBlank()) {
			return null;
		}
		URI uri = URI.createURI(icon.strip());
		if (uri.scheme() != null && uri.scheme().length() > 1) { // "C:" is a drive, not a scheme
			return uri.toString();
		}
		URI base = viewpointElement == null || viewpointElement.eResource() == null ? null : viewpointElement.eResource().getURI();
		if (base == null) {
			return uri.toString();
		}
		if (base.isPlatformPlugin()) {
			return URI.createPlatformPluginURI(base.segment(1) + "/" + uri.path(), true).toString();
		}
		if ("bundleentry".equals(base.scheme()) || "bundleresource".equals(base.scheme())) {
			return URI.createURI("/" + uri.path()).resolve(base).toString(); // the bundle's root
		}
		return uri.resolve(base).toString();
	}
}
