package org.helix.team.merge;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.helix.core.validation.HelixProblem;

/**
 * The outcome of a three-way merge: the merged model (every non-conflicting change of both sides applied, each
 * conflict decided by its resolution, ours where none was given), the conflicts, and the validation of the result.
 */
public record MergeResult(EObject merged, List<Conflict> conflicts, Map<String, Side> resolutions,
		List<HelixProblem> problems) {

	/** The conflicts no resolution was given for (they were decided for ours, provisionally). */
	public List<Conflict> unresolved() {
		return conflicts.stream().filter(conflict -> !resolutions.containsKey(conflict.id())).toList();
	}

	/** True when there was no conflict, or every conflict was resolved. */
	public boolean isClean() {
		return unresolved().isEmpty();
	}
}
