package org.helix.core.internal;

import org.helix.core.validation.HelixValidation;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the Helix validator globally, so that EMF's generic Validate action applies the Helix rules too. */
public class CoreActivator implements BundleActivator {

	@Override
	public void start(BundleContext context) {
		HelixValidation.registerGlobally();
	}

	@Override
	public void stop(BundleContext context) {
		// the registry entries refer to classes of this bundle only; they go with the class loader
	}
}
