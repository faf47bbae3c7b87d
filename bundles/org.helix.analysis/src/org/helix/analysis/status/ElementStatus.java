package org.helix.analysis.status;

/**
 * The status of one element (an action, dimension, programme, ...) as of a date, as a {@link StatusProvider} rates it.
 * <p>
 * A status whose {@code rag} is null means <b>no data</b>: the provider knows the element but the model does not hold
 * what it needs to rate it (e.g. no progress recorded). The workbench shows it grey with the explanation, never as a
 * colour: unknown is not zero.
 *
 * @param rag the status that counts (a justified manual override wins); null when the element cannot be rated
 * @param computed the status computed from the element's data, before any override; null when it cannot be computed
 * @param overridden true when a justified manual override decides {@code rag}, or (for a roll-up such as a dimension)
 *        when overridden elements count in it
 * @param overrideIgnored true when the element has a manual override that the provider ignores (e.g. without a
 *        justification)
 * @param explanation one line for people saying how {@code computed} was found, or why there is none and what to
 *        enter, e.g. "40 % done, 50 % expected by 2026-12-04"
 * @param plan one line for people saying which plan the rating measures against and where it comes from when the
 *        coordinator did not enter it, e.g. "derived from deliverables: 2026-01-01 to 2026-10-01"; null when the
 *        provider has none to tell
 */
public record ElementStatus(Rag rag, Rag computed, boolean overridden, boolean overrideIgnored, String explanation,
		String plan) {

	/** A status without a plan line. */
	public ElementStatus(Rag rag, Rag computed, boolean overridden, boolean overrideIgnored, String explanation) {
		this(rag, computed, overridden, overrideIgnored, explanation, null);
	}

	/** True when the element is known but cannot be rated from the data in the model (shown grey, "no data"). */
	public boolean noData() {
		return rag == null;
	}
}
