package org.helix.scoring.domains;

import java.util.ArrayList;
import java.util.List;

/** The maakbaarheid verdict for one domain with, per factor, its state and competence in words. */
public record FeasibilityGate(Feasibility verdict, List<FeasibilityFactor> factors, List<String> steps) {

	public FeasibilityGate {
		factors = List.copyOf(factors);
		steps = List.copyOf(steps);
	}

	/**
	 * Order of the verdicts (the worst one wins): outside Flemish competence, competence unknown, addressable by
	 * Flanders, not assessed, feasible.
	 */
	public static FeasibilityGate assess(List<FeasibilityFactor> factors) {
		List<String> steps = new ArrayList<>();
		boolean outside = false;
		boolean unknownCompetence = false;
		boolean addressable = false;
		boolean unassessed = factors.isEmpty();
		if (factors.isEmpty()) {
			steps.add("Maakbaarheid: no factor is assessed for this domain, so whether Flanders can realise the choice"
					+ " is open (the seed asks for this check ex ante, L506).");
		}
		for (FeasibilityFactor factor : factors) {
			String basis = factor.basis() == null || factor.basis().isBlank() ? "" : " (" + factor.basis() + ")";
			if (factor.met() == null) {
				unassessed = true;
				steps.add("Maakbaarheid — " + factor.name() + ": not assessed; " + factor.competenceText() + basis + ".");
			} else if (factor.met()) {
				steps.add("Maakbaarheid — " + factor.name() + ": met; " + factor.competenceText() + basis + ".");
			} else {
				Boolean flemish = factor.flemishCompetence();
				if (flemish == null) {
					unknownCompetence = true;
					steps.add("Maakbaarheid — " + factor.name() + ": not met, and it is not known who can act on it"
							+ basis + ".");
				} else if (flemish) {
					addressable = true;
					steps.add("Maakbaarheid — " + factor.name() + ": not met; " + factor.competenceText()
							+ ", so Flanders can remove this barrier itself (L575)" + basis + ".");
				} else {
					outside = true;
					steps.add("Maakbaarheid — " + factor.name() + ": not met; " + factor.competenceText()
							+ ": Flanders has no say over it and can only influence it, e.g. through partnerships"
							+ " with other member states (L575, L1146)" + basis + ".");
				}
			}
		}
		Feasibility verdict = outside ? Feasibility.OUTSIDE_FLEMISH_COMPETENCE
				: unknownCompetence ? Feasibility.COMPETENCE_UNKNOWN
						: addressable ? Feasibility.ADDRESSABLE_BY_FLANDERS
								: unassessed ? Feasibility.NOT_ASSESSED : Feasibility.FEASIBLE;
		return new FeasibilityGate(verdict, factors, steps);
	}
}
