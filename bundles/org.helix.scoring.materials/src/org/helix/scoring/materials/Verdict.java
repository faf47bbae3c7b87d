package org.helix.scoring.materials;

/** The criticality of a material under given thresholds. */
public enum Verdict {
	/** SR and EI both at or above their thresholds. */
	CRITICAL,
	/** Not critical, but each criterion it misses is missed by at most the margin. */
	BORDERLINE,
	/** At least one criterion is missed by more than the margin. */
	NOT_CRITICAL,
	/** A value is missing and the known one does not settle it. */
	MISSING
}
