package org.helix.core.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates {@link HelixResource}s. Registered for the extension {@code helix} through the EMF
 * {@code extension_parser} extension point; plain Java code gets the same factory from
 * {@link HelixPersistence#newResourceSet()}.
 */
public class HelixResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new HelixResource(uri);
	}
}
