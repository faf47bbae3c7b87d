package org.helix.ui.properties;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.helix.ui.HelixUI;

/**
 * Item providers for elements that belong to no editing domain (the explorer's read-only copies). They are only
 * read, so one factory serves the whole session.
 */
final class ReadOnlyAdapterFactory {

	private static ComposedAdapterFactory instance;

	private ReadOnlyAdapterFactory() {
	}

	static synchronized ComposedAdapterFactory get() {
		if (instance == null) {
			instance = HelixUI.createAdapterFactory();
		}
		return instance;
	}
}
