package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.LocalDate;
import java.util.Map;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.team.git.PullResult;
import org.helix.team.git.SshSettings;
import org.helix.team.git.TeamException;
import org.helix.team.git.TeamRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Klimaatsprong model shared over SSH, as an organisation's git host serves it: a real SSH server (Apache MINA
 * sshd, public-key login as {@code git}, JGit serving the bare repository), VLAIO and VEKA each with a key pair and a
 * {@code known_hosts} in a temporary home (the real {@code ~/.ssh} is never read). Clone, commit, push and pull with
 * the model merge over {@code ssh://git@localhost:PORT/…} and {@code git@host:path}; an unknown or changed server key
 * stops the operation with what to do, and is never accepted.
 */
class SshRemoteTest {

	static final String FILE = TeamRepositoryTest.FILE;

	@TempDir
	Path folder;

	KeyPair hostKey;
	GitSshServer server;
	SshSettings vlaioSsh;
	SshSettings vekaSsh;

	@BeforeEach
	void startServer() throws Exception {
		Path served = folder.resolve("srv/git");
		Git.init().setBare(true).setDirectory(served.resolve("klimaatsprong.git").toFile()).setInitialBranch("main").call().close();
		hostKey = ecKeyPair();
		KeyPair vlaioKey = ecKeyPair();
		KeyPair vekaKey = ecKeyPair();
		server = new GitSshServer(served, hostKey, "git", vlaioKey.getPublic(), vekaKey.getPublic());
		vlaioSsh = home("vlaio-home", vlaioKey, true);
		vekaSsh = home("veka-home", vekaKey, true);
	}

	@AfterEach
	void stopServer() throws Exception {
		server.close();
	}

	private static KeyPair ecKeyPair() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return generator.generateKeyPair();
	}

	/** A home with .ssh/id_ecdsa (OpenSSH format, as ssh-keygen writes it) and, if asked, the server in known_hosts. */
	private SshSettings home(String name, KeyPair key, boolean knowsServer) throws Exception {
		Path ssh = Files.createDirectories(folder.resolve(name).resolve(".ssh"));
		try (OutputStream out = Files.newOutputStream(ssh.resolve("id_ecdsa"))) {
			OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, name, null, out);
		}
		if (knowsServer) {
			knownHosts(ssh, hostKey);
		}
		return new SshSettings(folder.resolve(name), ssh);
	}

	private void knownHosts(Path ssh, KeyPair key) throws Exception {
		Files.writeString(ssh.resolve("known_hosts"), "[localhost]:" + server.port() + " " + PublicKeyEntry.toString(key.getPublic()) + "\n");
	}

	private String url() {
		return "ssh://git@localhost:" + server.port() + "/klimaatsprong.git";
	}

	private static void identity(TeamRepository repository, String name, String email) throws Exception {
		StoredConfig config = repository.repository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", email);
		config.save();
	}

	private static void edit(TeamRepository repository, java.util.function.Consumer<HelixModel> edit) throws Exception {
		Path file = repository.workTree().resolve(FILE);
		HelixModel model = HelixPersistence.load(file);
		edit.accept(model);
		HelixPersistence.save(model, file);
		Files.deleteIfExists(HelixPersistence.backupOf(file));
	}

	/** VLAIO shares the model to the SSH remote (share, commit, first push). */
	private TeamRepository shareAsVlaio() throws Exception {
		Path vlaioFolder = folder.resolve("vlaio");
		Klimaatsprong.write(vlaioFolder.resolve(FILE));
		TeamRepository vlaio = TeamRepository.share(vlaioFolder, url());
		vlaio.setSshSettings(vlaioSsh);
		identity(vlaio, "An Peeters (VLAIO)", "an.peeters@vlaio.example");
		vlaio.commit("Klimaatsprong voor de Industrie 2026-2030: model shared");
		assertNull(vlaio.push(() -> false, Map.of()));
		return vlaio;
	}

	@Test
	void cloneCommitPushAndPullOverSsh() throws Exception {
		try (TeamRepository vlaio = shareAsVlaio();
				TeamRepository veka = TeamRepository.cloneFrom(url(), folder.resolve("veka"), null, vekaSsh)) {
			identity(veka, "Bart Claes (VEKA)", "bart.claes@veka.example");
			assertEquals(Files.readString(vlaio.workTree().resolve(FILE)), Files.readString(veka.workTree().resolve(FILE)),
					"the clone over SSH has VLAIO's model");

			edit(vlaio, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30)));
			vlaio.commit("Monitoring: einddatum 30 september");
			assertNull(vlaio.push(() -> false, Map.of()));

			edit(veka, m -> Klimaatsprong.action(m, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED));
			veka.commit("Roadmap logistiek gestart");
			// the remote moved on: rejected, pulled over SSH with the model merge, pushed again
			assertNull(veka.push(() -> false, Map.of()));
			RevCommit merge = veka.history(FILE).get(0);
			assertEquals(2, merge.getParentCount(), "a merge commit");

			PullResult pulled = vlaio.pull(() -> false);
			assertEquals(PullResult.Status.FAST_FORWARD, pulled.status(), pulled.message());
			HelixModel model = HelixPersistence.load(vlaio.workTree().resolve(FILE));
			assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(model, Klimaatsprong.MONITORING).getPlannedEnd());
			assertEquals(ActionStatus.STARTED, Klimaatsprong.action(model, Klimaatsprong.LOGISTICS).getStatus());
			try (Git remote = Git.open(folder.resolve("srv/git/klimaatsprong.git").toFile())) {
				assertEquals(merge.getId(), remote.getRepository().resolve(Constants.R_HEADS + "main"), "the server has VEKA's merge");
			}
		}
	}

	@Test
	void scpLikeAddressWithAHostFromSshConfig() throws Exception {
		// user@host:path has no port: the host is an alias in the user's ssh config, as for a server on another port
		Files.writeString(vekaSsh.sshDirectory().resolve("config"),
				"Host helix-git\n  HostName localhost\n  Port " + server.port() + "\n");
		try (TeamRepository vlaio = shareAsVlaio();
				TeamRepository veka = TeamRepository.cloneFrom("git@helix-git:klimaatsprong.git", folder.resolve("veka"), null, vekaSsh)) {
			assertTrue(Files.exists(veka.workTree().resolve(FILE)));
			assertEquals(vlaio.history(FILE).get(0).getId(), veka.history(FILE).get(0).getId());
		}
	}

	@Test
	void anUnknownHostKeyIsNeverAcceptedAndTheMessageSaysHowToAcceptIt() throws Exception {
		try (TeamRepository vlaio = shareAsVlaio()) {
			SshSettings stranger = home("stranger-home", ecKeyPair(), false);
			Path knownHosts = stranger.sshDirectory().resolve("known_hosts");
			TeamException refused = assertThrows(TeamException.class,
					() -> TeamRepository.cloneFrom(url(), folder.resolve("stranger"), null, stranger));
			String message = refused.getMessage();
			assertTrue(message.contains("is not known"), message);
			assertTrue(message.contains("ssh -p " + server.port() + " localhost"), message);
			assertTrue(message.contains(KeyUtils.getFingerPrint(hostKey.getPublic())), message);
			assertFalse(Files.exists(knownHosts) && Files.readString(knownHosts).contains(PublicKeyEntry.toString(hostKey.getPublic())),
					"the key was not written to known_hosts");
		}
	}

	@Test
	void aChangedHostKeyStopsThePullWithAWarning() throws Exception {
		try (TeamRepository vlaio = shareAsVlaio()) {
			knownHosts(vlaioSsh.sshDirectory(), ecKeyPair()); // the server VLAIO knew had another key
			vlaio.setSshSettings(vlaioSsh);
			TeamException refused = assertThrows(TeamException.class, () -> vlaio.pull(() -> false));
			String message = refused.getMessage();
			assertTrue(message.startsWith("cannot pull: the SSH host key of [localhost]:" + server.port() + " has CHANGED"), message);
			assertTrue(message.contains("ssh-keygen -R localhost"), message);
		}
	}
}
