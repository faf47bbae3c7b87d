package org.helix.scoring.domains;

import org.helix.model.core.GovernanceLevel;

/**
 * One maakbaarheid factor (energy, talent, space, regulation, infrastructure, ...: L577-590, L1159) for one domain:
 * whether the condition is met, and who has the competence to act on it. Flanders has no say over European and
 * federal regulation but autonomy over other factors (L575, L1146), so the competence decides whether a barrier is
 * Flanders' own to remove.
 *
 * @param competence REGIONAL is Flemish competence; FEDERAL, NATIONAL, EUROPEAN and INTERNATIONAL are not;
 *                   UNSPECIFIED (or null) is unknown
 * @param met        whether the condition is met; null when not assessed
 */
public record FeasibilityFactor(String name, GovernanceLevel competence, Boolean met, String basis) {

	/** Whether Flanders can act on this factor itself; null when the competence is not known. */
	public Boolean flemishCompetence() {
		if (competence == null) {
			return null;
		}
		return switch (competence) {
		case REGIONAL, PROVINCIAL, LOCAL -> Boolean.TRUE;
		case FEDERAL, NATIONAL, EUROPEAN, INTERNATIONAL -> Boolean.FALSE;
		default -> null;
		};
	}

	/** The competence in words. */
	public String competenceText() {
		Boolean flemish = flemishCompetence();
		if (flemish == null) {
			return "competence not known";
		}
		return flemish ? "Flemish competence (" + competence.getLiteral().toLowerCase() + ")"
				: "outside Flemish competence (" + competence.getLiteral().toLowerCase() + ")";
	}
}
