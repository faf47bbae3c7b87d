package org.helix.scoring;

/**
 * A criterion of a decision problem.
 *
 * @param weight the weight as given (any non-negative number; methods use the weights normalised to sum 1), or null
 *        when the problem gives none
 * @param unit free text for people, e.g. "M EUR"; may be null
 * @param preference the PROMETHEE preference function; {@link PreferenceFunction#USUAL} when none is given
 * @param valuePath where the values come from in a model (an attribute path), or null for values given directly
 */
public record Criterion(String name, Direction direction, Double weight, String unit, PreferenceFunction preference, String valuePath) {

	public Criterion {
		if (preference == null) {
			preference = PreferenceFunction.USUAL;
		}
	}

	public Criterion(String name, Direction direction, Double weight) {
		this(name, direction, weight, null, null, null);
	}
}
