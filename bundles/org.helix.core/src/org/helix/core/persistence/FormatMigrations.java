package org.helix.core.persistence;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.helix.model.core.HelixModel;

/**
 * The format versions Helix can read, and the migrations between them. Format 1.0 is the first version; 1.1 stores
 * dates as calendar dates ({@link CalendarDatesMigration}, registered here, so that every Helix reads 1.0 files).
 */
public final class FormatMigrations {

	/** Written into {@code HelixModel.formatVersion} by every save. */
	public static final String CURRENT_VERSION = CalendarDatesMigration.TARGET_VERSION;

	private static final Map<String, FormatMigration> BY_SOURCE = new ConcurrentHashMap<>();

	static {
		register(new CalendarDatesMigration());
	}

	private FormatMigrations() {
	}

	public static void register(FormatMigration migration) {
		BY_SOURCE.put(migration.sourceVersion(), migration);
	}

	public static void unregister(FormatMigration migration) {
		BY_SOURCE.remove(migration.sourceVersion(), migration);
	}

	/**
	 * Checks that a file of format {@code version} can be read: the current version, an older one with a migration
	 * chain, or no version at all (hand-written files, read as the current version).
	 *
	 * @throws UnsupportedFormatException for a newer or an unknown version
	 */
	public static void checkReadable(String version) throws UnsupportedFormatException {
		if (version == null || version.isBlank() || CURRENT_VERSION.equals(version)) {
			return;
		}
		if (compare(version, CURRENT_VERSION) > 0) {
			throw new UnsupportedFormatException("it has format version " + version
					+ ", written by a newer Helix; this Helix reads format versions up to " + CURRENT_VERSION
					+ ". Update Helix to open it.");
		}
		String step = version;
		for (int guard = 0; !CURRENT_VERSION.equals(step); guard++) {
			FormatMigration migration = BY_SOURCE.get(step);
			if (migration == null || guard > 100) {
				throw new UnsupportedFormatException("it has format version " + version
						+ ", and this Helix has no migration from format " + step + " to " + CURRENT_VERSION + ".");
			}
			step = migration.targetVersion();
		}
	}

	/** Brings a loaded model to the current format version; a no-op for models already at it. */
	public static void migrate(HelixModel model) throws UnsupportedFormatException {
		String version = model.getFormatVersion();
		checkReadable(version);
		while (version != null && !version.isBlank() && !CURRENT_VERSION.equals(version)) {
			FormatMigration migration = BY_SOURCE.get(version);
			migration.migrate(model);
			version = migration.targetVersion();
		}
		model.setFormatVersion(CURRENT_VERSION);
	}

	/** Compares dotted version numbers numerically ("1.10" is newer than "1.9"); non-numbers sort as newest. */
	static int compare(String a, String b) {
		String[] left = a.trim().split("\\.");
		String[] right = b.trim().split("\\.");
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			int l = i < left.length ? parse(left[i]) : 0;
			int r = i < right.length ? parse(right[i]) : 0;
			if (l != r) {
				return Integer.compare(l, r);
			}
		}
		return 0;
	}

	private static int parse(String part) {
		try {
			return Integer.parseInt(part);
		} catch (NumberFormatException e) {
			return Integer.MAX_VALUE;
		}
	}

	/** A format version this Helix cannot read. */
	public static final class UnsupportedFormatException extends Exception {
		private static final long serialVersionUID = 1L;

		UnsupportedFormatException(String message) {
			super(message);
		}
	}
}
