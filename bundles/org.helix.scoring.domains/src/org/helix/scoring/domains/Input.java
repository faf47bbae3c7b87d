package org.helix.scoring.domains;

/**
 * One input of the decision tree: yes, no or unknown ({@code value == null}), with where it comes from (a rating of
 * Table 1, a line of the seed, the user's judgement) so that the explanation can say so.
 */
public record Input(Boolean value, String basis) {

	public static Input yes(String basis) {
		return new Input(Boolean.TRUE, basis);
	}

	public static Input no(String basis) {
		return new Input(Boolean.FALSE, basis);
	}

	public static Input unknown(String basis) {
		return new Input(null, basis);
	}

	public boolean known() {
		return value != null;
	}

	public boolean isTrue() {
		return Boolean.TRUE.equals(value);
	}
}
