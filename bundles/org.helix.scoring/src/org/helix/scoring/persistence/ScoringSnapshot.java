package org.helix.scoring.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringRun;

/**
 * A copy of a scoring together with the model it scores, taken on the thread that owns the editable model (the UI
 * thread), so that a run in a background job reads only the copy and never the model the user may be editing. Cross
 * references between the scoring and the model point into the copy. {@link #toOriginal} maps a run made on the copy
 * back onto the original elements, so it can be kept in the edited scoring.
 */
public final class ScoringSnapshot {

	private final Scoring scoring;
	private final Map<EObject, EObject> originals = new IdentityHashMap<>();

	private ScoringSnapshot(Scoring scoring, Map<EObject, EObject> copies) {
		this.scoring = scoring;
		copies.forEach((original, copy) -> originals.put(copy, original));
	}

	/** Copies the scoring and every resource its alternatives live in (the whole model), with their references. */
	public static ScoringSnapshot of(Scoring scoring) {
		List<EObject> roots = new ArrayList<>();
		roots.add(scoring);
		for (EObject alternative : scoring.getAlternatives()) {
			Resource resource = alternative.eResource();
			if (resource != null) {
				for (EObject root : resource.getContents()) {
					if (!roots.contains(root)) {
						roots.add(root);
					}
				}
			}
		}
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> copied = copier.copyAll(roots);
		copier.copyReferences();
		return new ScoringSnapshot((Scoring) copied.iterator().next(), copier);
	}

	/** The copy, to run off the UI thread. */
	public Scoring scoring() {
		return scoring;
	}

	/** {@code run} (made on the copy) with its alternatives replaced by the original elements. */
	public ScoringRun toOriginal(ScoringRun run) {
		for (RunInput input : run.getInputs()) {
			input.setAlternative(original(input.getAlternative()));
		}
		for (RunResult result : run.getResults()) {
			result.setAlternative(original(result.getAlternative()));
		}
		return run;
	}

	private EObject original(EObject copy) {
		EObject original = originals.get(copy);
		return original != null ? original : copy;
	}
}
