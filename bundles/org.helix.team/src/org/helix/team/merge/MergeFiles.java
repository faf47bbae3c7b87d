package org.helix.team.merge;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;

import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;

/**
 * Merges three {@code .helix} files into a fourth, safely: the result is written to a temporary file beside the
 * target, loaded back (a merge never leaves a file that does not load), and only then renamed over the target in one
 * step. If anything fails or the process is stopped before the rename, the target is as it was.
 */
public final class MergeFiles {

	private MergeFiles() {
	}

	/** Loads the three versions and merges them (see {@link ModelMerge}); nothing is written. */
	public static MergeResult merge(Path base, Path ours, Path theirs, Map<String, Side> resolutions) throws HelixLoadException {
		return ModelMerge.merge(HelixPersistence.load(base), HelixPersistence.load(ours), HelixPersistence.load(theirs),
				resolutions);
	}

	/**
	 * Writes a merged model to {@code target}: temporary file, reload, atomic rename (no {@code .bak}: this is what
	 * a version-control merge writes into a working tree).
	 *
	 * @throws IOException when the result cannot be written or does not load back; the target is then unchanged
	 */
	public static void write(HelixModel merged, Path target) throws IOException {
		Path absolute = target.toAbsolutePath().normalize();
		Path folder = absolute.getParent();
		Files.createDirectories(folder);
		Path temporary = folder.resolve("." + absolute.getFileName() + ".merge-" + UUID.randomUUID() + ".tmp");
		try {
			HelixPersistence.save(merged, temporary);
			try {
				HelixPersistence.load(temporary);
			} catch (HelixLoadException e) {
				throw new IOException("the merged model does not load back, so " + target + " was left as it was: "
						+ e.getMessage(), e);
			}
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			if (merged.eResource() != null) {
				merged.eResource().setURI(org.eclipse.emf.common.util.URI.createFileURI(absolute.toString()));
			}
		} finally {
			Files.deleteIfExists(temporary);
			Files.deleteIfExists(HelixPersistence.backupOf(temporary));
		}
	}
}
