package org.helix.team.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.command.CommandFactory;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

/**
 * A real SSH git server for the tests, as a git host runs one: Apache MINA sshd with public-key login for one user and
 * a command factory that serves {@code git-upload-pack 'PATH'} (fetch, clone) and {@code git-receive-pack 'PATH'}
 * (push) with JGit on bare repositories under a root folder.
 */
final class GitSshServer implements AutoCloseable {

	private final SshServer server;

	GitSshServer(Path root, KeyPair hostKey, String user, PublicKey... userKeys) throws IOException {
		server = SshServer.setUpDefaultServer();
		server.setHost("localhost");
		server.setPort(0);
		server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
		server.setPublickeyAuthenticator((name, key, session) -> user.equals(name)
				&& java.util.Arrays.stream(userKeys).anyMatch(allowed -> KeyUtils.compareKeys(allowed, key)));
		server.setPasswordAuthenticator(null);
		server.setKeyboardInteractiveAuthenticator(null);
		server.setCommandFactory(gitCommands(root));
		server.start();
	}

	int port() {
		return server.getPort();
	}

	private static CommandFactory gitCommands(Path root) {
		return (channel, commandLine) -> {
			List<String> words = CommandFactory.split(commandLine);
			if (words.size() != 2 || !List.of("git-upload-pack", "git-receive-pack").contains(words.get(0))) {
				throw new IOException("not a git command: " + commandLine);
			}
			// ssh://host/klimaatsprong.git sends '/klimaatsprong.git', user@host:klimaatsprong.git 'klimaatsprong.git'
			Path repository = root.resolve(words.get(1).replaceFirst("^/", "")).normalize();
			if (!repository.startsWith(root)) {
				throw new IOException("outside the served folder: " + commandLine);
			}
			return new GitCommand(words.get(0), repository);
		};
	}

	private static final class GitCommand implements Command {
		private final String service;
		private final Path path;
		private InputStream in;
		private OutputStream out;
		private OutputStream err;
		private ExitCallback exit;

		GitCommand(String service, Path path) {
			this.service = service;
			this.path = path;
		}

		@Override
		public void setInputStream(InputStream in) {
			this.in = in;
		}

		@Override
		public void setOutputStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void setErrorStream(OutputStream err) {
			this.err = err;
		}

		@Override
		public void setExitCallback(ExitCallback exit) {
			this.exit = exit;
		}

		@Override
		public void start(ChannelSession channel, Environment env) {
			// the pack protocol blocks on the client: serve it on a thread of its own, as a git daemon does
			Thread thread = new Thread(this::serve, service + " " + path.getFileName());
			thread.setDaemon(true);
			thread.start();
		}

		private void serve() {
			try (Repository repository = new FileRepositoryBuilder().setGitDir(path.toFile()).setMustExist(true).build()) {
				if (service.equals("git-upload-pack")) {
					new UploadPack(repository).upload(in, out, err);
				} else {
					new ReceivePack(repository).receive(in, out, err);
				}
				out.flush();
				exit.onExit(0);
			} catch (IOException | RuntimeException e) {
				exit.onExit(1, String.valueOf(e.getMessage()));
			}
		}

		@Override
		public void destroy(ChannelSession channel) {
		}
	}

	@Override
	public void close() throws IOException {
		server.stop(true);
	}
}
