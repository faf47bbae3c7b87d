package org.helix.scoring.domains;

/**
 * The maakbaarheid gate on a category (seed 004: checked ex ante, L506; "geen randvoorwaarden maar factoren die
 * cruciaal zijn", L1159). The seed gives no rule; the gate reports, it does not change the category.
 */
public enum Feasibility {
	/** Every factor assessed and met. */
	FEASIBLE,
	/** Some factor not met, every unmet factor within Flemish competence: Flanders can remove the barriers (L575). */
	ADDRESSABLE_BY_FLANDERS,
	/** Some unmet factor lies outside Flemish competence (European or federal): Flanders can only influence it (L575). */
	OUTSIDE_FLEMISH_COMPETENCE,
	/** Some unmet factor has no known competence. */
	COMPETENCE_UNKNOWN,
	/** No factor is unmet, but not every factor is assessed (or none is given). */
	NOT_ASSESSED
}
