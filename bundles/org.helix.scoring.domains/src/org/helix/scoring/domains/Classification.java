package org.helix.scoring.domains;

import java.util.List;

import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.TransitionOnlyAction;

/**
 * The decision tree's answer for one domain.
 *
 * @param category          UNCLASSIFIED when an input is missing or the seed leaves the case open
 * @param action            INTERNATIONALISATION or PARTNERSHIPS for the transition-only case (L1189), NONE for no
 *                          specific focus, UNSPECIFIED otherwise
 * @param expertValidation  true when the domain must go to expert validation before a category can be given (L1193)
 * @param reason            one sentence: why this category (or why none)
 * @param steps             the explanation, step by step, in plain words with the seed's lines
 * @param missing           the inputs the tree needed but did not have
 */
public record Classification(String domain, DomainCategory category, TransitionOnlyAction action,
		boolean expertValidation, String reason, List<String> steps, List<Factor> missing, FeasibilityGate feasibility,
		DomainInputs inputs) {

	public Classification {
		steps = List.copyOf(steps);
		missing = List.copyOf(missing);
	}

	/** The explanation as numbered lines. */
	public String explanation() {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < steps.size(); i++) {
			text.append(i + 1).append(". ").append(steps.get(i)).append('\n');
		}
		return text.toString();
	}
}
