package org.helix.team.git;

import java.util.List;
import java.util.Map;

import org.helix.team.merge.Conflict;

/**
 * What a pull did.
 *
 * @param status    what happened
 * @param message   a sentence for the user
 * @param conflicts per model file (path in the repository) the conflicts found; with status {@link Status#CONFLICTS}
 *                  nothing was changed, and the pull can be repeated with resolutions for them
 * @param textConflicts other files that git could not merge (left with conflict markers, as git does)
 */
public record PullResult(Status status, String message, Map<String, List<Conflict>> conflicts, List<String> textConflicts) {

	public enum Status {
		/** Nothing new on the remote. */
		UP_TO_DATE,
		/** Our branch moved forward to the remote's; we had no commits of our own. */
		FAST_FORWARD,
		/** Both had commits: merged (models by the model merge) and committed. */
		MERGED,
		/** Model conflicts without resolutions: nothing was changed. */
		CONFLICTS,
		/** An editor had unsaved changes: nothing was done. */
		BLOCKED_BY_UNSAVED_CHANGES,
		/** Git could not merge (uncommitted changes in the way, or conflicts in files that are not models). */
		FAILED
	}

	public boolean isDone() {
		return status == Status.UP_TO_DATE || status == Status.FAST_FORWARD || status == Status.MERGED;
	}
}
