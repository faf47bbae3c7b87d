package org.helix.scoring;

/** Whether more of a criterion is better ({@link #MAX}, a benefit) or less ({@link #MIN}, a cost). */
public enum Direction {
	MAX("max"), MIN("min");

	private final String id;

	Direction(String id) {
		this.id = id;
	}

	/** The name used in files: {@code max} or {@code min}. */
	public String id() {
		return id;
	}

	/** The direction named {@code id}, or null. */
	public static Direction of(String id) {
		for (Direction direction : values()) {
			if (direction.id.equals(id)) {
				return direction;
			}
		}
		return null;
	}
}
