package org.helix.team.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;

/** Versions of a model in git, loaded as models (each in its own resource set, never the editor's). */
final class Versions {

	private Versions() {
	}

	/** The model at {@code path} in {@code commit}, or null when the commit has no such file. */
	static HelixModel load(Repository repository, RevCommit commit, String path) throws IOException, HelixLoadException {
		Path scratch = Files.createTempFile("helix-version", "." + HelixPersistence.FILE_EXTENSION);
		try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
			if (walk == null) {
				return null;
			}
			try (OutputStream out = Files.newOutputStream(scratch)) {
				repository.open(walk.getObjectId(0)).copyTo(out);
			}
			return HelixPersistence.load(scratch);
		} finally {
			Files.deleteIfExists(scratch);
		}
	}

	static RevCommit commit(Repository repository, String revision) throws IOException {
		ObjectId id = repository.resolve(revision);
		if (id == null) {
			return null;
		}
		try (RevWalk walk = new RevWalk(repository)) {
			return walk.parseCommit(id);
		}
	}

	/** The common ancestor of two commits, or null when they have none. */
	static RevCommit mergeBase(Repository repository, RevCommit a, RevCommit b) throws IOException {
		try (RevWalk walk = new RevWalk(repository)) {
			walk.setRevFilter(RevFilter.MERGE_BASE);
			walk.markStart(walk.parseCommit(a));
			walk.markStart(walk.parseCommit(b));
			return walk.next();
		}
	}
}
