package org.helix.team.diff;

/**
 * One difference between two versions of a model.
 *
 * @param kind       what happened
 * @param id         the key (id) of the element concerned
 * @param type       its EClass name
 * @param path       where it is, readable: {@code Dimension 'innovatie en talent' › Priority action 'X'}
 * @param feature    the feature that changed (CHANGED, REORDERED) or the containment it sits in (ADDED, REMOVED,
 *                   MOVED: the new one); null for none
 * @param oldValue   the value before, in words (CHANGED, REORDERED), or where the element was (MOVED); else null
 * @param newValue   the value after, in words, or where the element is now (MOVED); else null
 */
public record Change(Kind kind, String id, String type, String path, String feature, String oldValue, String newValue) {

	public enum Kind {
		/** An element (with its contents) is new. */
		ADDED,
		/** An element (with its contents) is gone. */
		REMOVED,
		/** An element sits in another container or containment feature. */
		MOVED,
		/** An attribute or a non-containment reference has another value (for lists: other members). */
		CHANGED,
		/** An ordered list holds the same members in another order. */
		REORDERED
	}

	/** One line, e.g. {@code ~ Priority action 'Monitoring van de transitie' › planned end: 2026-07-01 → 2026-09-30}. */
	public String toText() {
		return switch (kind) {
		case ADDED -> "+ " + path + (feature == null ? "" : " (" + feature + ")");
		case REMOVED -> "- " + path + (feature == null ? "" : " (" + feature + ")");
		case MOVED -> "> " + path + " moved: " + oldValue + " → " + newValue;
		case CHANGED -> "~ " + path + " › " + feature + ": " + oldValue + " → " + newValue;
		case REORDERED -> "↕ " + path + " › " + feature + ": order " + oldValue + " → " + newValue;
		};
	}
}
