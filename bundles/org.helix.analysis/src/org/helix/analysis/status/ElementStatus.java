package org.helix.analysis.status;

/**
 * The status of one element (an action, dimension, programme, ...) as of a date, as a {@link StatusProvider} rates it.
 *
 * @param rag the status that counts (a justified manual override wins); null when the element cannot be rated
 * @param computed the status computed from the element's data, before any override; null when it cannot be computed
 * @param overridden true when a justified manual override decides {@code rag}, or (for a roll-up such as a dimension)
 *        when overridden elements count in it
 * @param overrideIgnored true when the element has a manual override that the provider ignores (e.g. without a
 *        justification)
 * @param explanation one line for people saying how {@code computed} was found, or why there is none, e.g.
 *        "40 % done, 50 % expected by 2026-12-04"
 */
public record ElementStatus(Rag rag, Rag computed, boolean overridden, boolean overrideIgnored, String explanation) {
}
