package org.helix.core.persistence;

import org.helix.model.core.HelixModel;

/**
 * Upgrades a model loaded from an older format version by one step, to {@link #targetVersion()}. Migrations run
 * after loading, in a chain, until the model is at {@link FormatMigrations#CURRENT_VERSION}. Content the current
 * metamodel no longer knows is kept by the loader in the resource's extension map
 * ({@code XMLResource.getEObjectToExtensionMap()}), where a migration can pick it up.
 */
public interface FormatMigration {

	/** The format version this migration reads, e.g. "0.9". */
	String sourceVersion();

	/** The format version the model has afterwards, e.g. "1.0". */
	String targetVersion();

	void migrate(HelixModel model);
}
