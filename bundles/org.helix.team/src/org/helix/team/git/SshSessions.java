package org.helix.team.git;

import java.io.File;
import java.net.InetSocketAddress;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.DefaultProxyDataFactory;
import org.eclipse.jgit.transport.sshd.ServerKeyDatabase;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;

/**
 * JGit's Apache MINA sshd sessions for one {@link TeamRepository}, with the keys, {@code known_hosts} and ssh config of
 * {@link SshSettings}. A server key that {@code known_hosts} does not list is never accepted here, nor asked about
 * through the credentials provider (which is for HTTPS passwords): the operation fails and {@link #hostKeyProblem}
 * says how to check and accept the key.
 */
final class SshSessions extends SshdSessionFactory {

	private record Rejection(PublicKey key, boolean changed, List<String> knownHostsFiles) {
	}

	private volatile Rejection rejection;

	SshSessions(SshSettings settings) {
		super(null, new DefaultProxyDataFactory());
		setHomeDirectory(settings.home().toFile());
		setSshDirectory(settings.sshDirectory().toFile());
	}

	@Override
	protected ServerKeyDatabase createServerKeyDatabase(File homeDir, File sshDir) {
		ServerKeyDatabase knownHosts = super.createServerKeyDatabase(homeDir, sshDir);
		return new ServerKeyDatabase() {
			@Override
			public List<PublicKey> lookup(String connectAddress, InetSocketAddress remoteAddress, Configuration config) {
				return knownHosts.lookup(connectAddress, remoteAddress, config);
			}

			@Override
			public boolean accept(String connectAddress, InetSocketAddress remoteAddress, PublicKey serverKey,
					Configuration config, CredentialsProvider provider) {
				// no provider: JGit would otherwise ask through it, and the HTTPS prompt of the UI is no place to trust a key
				if (knownHosts.accept(connectAddress, remoteAddress, serverKey, config, null)) {
					return true;
				}
				boolean changed = !knownHosts.lookup(connectAddress, remoteAddress, config).isEmpty();
				rejection = new Rejection(serverKey, changed, config.getUserKnownHostsFiles());
				return false;
			}
		};
	}

	/**
	 * Why the last connection failed on the server's key, with what to do, or null if it did not; forgets it.
	 *
	 * @param remote the remote as the user gave it (its host and port make the {@code ssh} command line)
	 */
	String hostKeyProblem(URIish remote) {
		Rejection last = rejection;
		rejection = null;
		if (last == null) {
			return null;
		}
		String host = remote.getHost();
		boolean otherPort = remote.getPort() > 0 && remote.getPort() != 22;
		String ssh = "ssh " + (otherPort ? "-p " + remote.getPort() + " " : "") + host;
		String address = otherPort ? "[" + host + "]:" + remote.getPort() : host; // as known_hosts writes it
		// UserKnownHostsFile of the ssh config, else the default file of the ssh directory
		List<String> configured = last.knownHostsFiles();
		String knownHosts = configured == null || configured.isEmpty() ? new File(getSshDirectory(), "known_hosts").getPath()
				: configured.get(0);
		String fingerprint = KeyUtils.getFingerPrint(last.key());
		if (last.changed()) {
			return "the SSH host key of " + address + " has CHANGED since it was recorded in " + knownHosts
					+ " (the server now shows " + fingerprint + "). Someone may be intercepting the connection, or the server"
					+ " was reinstalled: ask your administrator. Only if the new key is right, remove the old one with"
					+ " `ssh-keygen -R " + host + "` and accept the new one by running `" + ssh + "` once.";
		}
		return "the SSH host key of " + address + " is not known (not in " + knownHosts + "); Helix never"
				+ " accepts an unknown host key by itself. Check that its fingerprint " + fingerprint + " is the one your"
				+ " administrator gave you, then accept it by running `" + ssh + "` once in a terminal (answer yes), or add"
				+ " this line to " + knownHosts + ": " + address + " " + PublicKeyEntry.toString(last.key());
	}
}
