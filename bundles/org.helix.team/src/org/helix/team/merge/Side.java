package org.helix.team.merge;

/** Whose change wins a conflict. */
public enum Side {
	OURS, THEIRS;

	/** {@code ours} or {@code theirs}, as the command line and documents write it. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
