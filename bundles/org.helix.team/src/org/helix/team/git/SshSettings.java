package org.helix.team.git;

import java.nio.file.Path;

/**
 * Where SSH remotes find the user's keys ({@code id_ed25519}, {@code id_ecdsa}, {@code id_rsa}), {@code known_hosts}
 * and {@code config}: {@code ~/.ssh} by default, as OpenSSH does.
 *
 * @param home the user's home directory ({@code ~} in ssh config files)
 * @param sshDirectory the directory with the keys, {@code known_hosts} and {@code config}
 */
public record SshSettings(Path home, Path sshDirectory) {

	/** The user's own {@code ~/.ssh}. */
	public static SshSettings user() {
		Path home = Path.of(System.getProperty("user.home"));
		return new SshSettings(home, home.resolve(".ssh"));
	}
}
