package org.helix.team.merge;

/**
 * A true conflict of a three-way merge: both sides changed the same thing differently.
 *
 * @param id       stable across merges of the same three versions: {@code KIND:elementId[:feature]}; resolutions
 *                 are given by this id
 * @param kind     what kind of conflict
 * @param elementId the element concerned
 * @param path     where it is, readable
 * @param feature  the feature concerned (SAME_FEATURE, ORDER), else null
 * @param base     the common ancestor's value, in words
 * @param ours     our side, in words
 * @param theirs   their side, in words
 */
public record Conflict(String id, Kind kind, String elementId, String path, String feature, String base, String ours,
		String theirs) {

	public enum Kind {
		/** Both sides gave the same feature of the same element different values. */
		SAME_FEATURE,
		/** One side deleted an element that the other changed (or changed something inside, or newly refers to). */
		DELETE_VS_MODIFY,
		/** Both sides moved the same element to different places. */
		MOVE_VS_MOVE,
		/** Both sides reordered the same ordered list differently. */
		ORDER
	}

	/** One line, e.g. {@code SAME_FEATURE Priority action 'X' › planned end: base 2026-07-01, ours 2026-09-30, theirs 2026-12-31}. */
	public String toText() {
		return kind + " " + path + (feature == null ? "" : " › " + feature) + ": base " + base + ", ours " + ours
				+ ", theirs " + theirs + "  [" + id + "]";
	}
}
