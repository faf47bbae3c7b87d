package org.helix.plugins;

/**
 * A feature or bundle a repository offers.
 *
 * @param id what the user types: a feature's id (without p2's {@code .feature.group}) or a bundle's symbolic name
 * @param version its version
 * @param name its human-readable name (the id when it has none)
 * @param feature true for a feature, false for a bundle
 */
public record Installable(String id, String version, String name, boolean feature) {

	static final String GROUP_SUFFIX = ".feature.group";

	/** The p2 installable unit's id: features are installed as their group. */
	public String unitId() {
		return feature ? id + GROUP_SUFFIX : id;
	}

	@Override
	public String toString() {
		return (feature ? "feature " : "bundle ") + id + " " + version;
	}
}
