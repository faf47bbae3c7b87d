package org.helix.team.git;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TransportConfigCallback;
import org.eclipse.jgit.api.MergeCommand.FastForwardMode;
import org.eclipse.jgit.api.MergeResult.MergeStatus;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.team.merge.Conflict;
import org.helix.team.merge.MergeFiles;
import org.helix.team.merge.MergeResult;
import org.helix.team.merge.ModelMerge;
import org.helix.team.merge.Side;

/**
 * A project shared through git, with JGit (no command-line git needed). Remotes are local paths, {@code file://},
 * HTTPS URLs (with a {@link CredentialsProvider}), or SSH ({@code ssh://user@host[:port]/path} or
 * {@code user@host:path}, with the user's keys and {@code known_hosts} of {@link SshSettings}; an unknown server key is
 * never accepted silently). Commits carry the user's git identity from git config.
 * A pull merges {@code .helix} files with the model merge, never line by line; a push that the remote rejects
 * because it moved on is pulled, merged and pushed again, never forced.
 */
public final class TeamRepository implements AutoCloseable {

	public static final String REMOTE = Constants.DEFAULT_REMOTE_NAME;
	/** The line {@link #share} puts in {@code .gitattributes}, so command-line git merges models with the merge driver. */
	public static final String GITATTRIBUTES_LINE = "*.helix merge=helix";
	private static final int PUSH_ATTEMPTS = 3;

	private final Git git;
	private CredentialsProvider credentials;
	private SshSettings sshSettings = SshSettings.user();
	private SshSessions ssh;

	private TeamRepository(Git git) {
		this.git = git;
	}

	/**
	 * Shares the project in {@code folder}: makes it a git repository if it is none yet (branch {@code main}), with
	 * {@code remote} as {@code origin} when given, and the merge-driver line in {@code .gitattributes}.
	 */
	public static TeamRepository share(Path folder, String remote) throws TeamException {
		try {
			Git git = Files.isDirectory(folder.resolve(".git")) ? Git.open(folder.toFile())
					: Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call();
			TeamRepository repository = new TeamRepository(git);
			if (remote != null && git.getRepository().getConfig().getString("remote", REMOTE, "url") == null) {
				git.remoteAdd().setName(REMOTE).setUri(new URIish(remote)).call();
			}
			repository.ensureGitattributes();
			return repository;
		} catch (GitAPIException | IOException | java.net.URISyntaxException e) {
			throw new TeamException("cannot share " + folder + ": " + e.getMessage(), e);
		}
	}

	/**
	 * Clones {@code remote} (a path, {@code file://…}, {@code https://…}, {@code ssh://…} or {@code user@host:path})
	 * into {@code folder}; SSH with the user's {@code ~/.ssh}.
	 */
	public static TeamRepository cloneFrom(String remote, Path folder, CredentialsProvider credentials) throws TeamException {
		return cloneFrom(remote, folder, credentials, SshSettings.user());
	}

	/** Clones {@code remote} into {@code folder}, reading SSH keys, {@code known_hosts} and config as {@code ssh} says. */
	public static TeamRepository cloneFrom(String remote, Path folder, CredentialsProvider credentials, SshSettings ssh)
			throws TeamException {
		SshSessions sessions = new SshSessions(ssh);
		try {
			Git git = Git.cloneRepository().setURI(remote).setDirectory(folder.toFile()).setCredentialsProvider(credentials)
					.setTransportConfigCallback(transport(sessions)).call();
			TeamRepository repository = new TeamRepository(git);
			repository.credentials = credentials;
			repository.sshSettings = ssh;
			repository.ssh = sessions;
			return repository;
		} catch (GitAPIException e) {
			sessions.close();
			throw new TeamException("cannot clone " + remote + ": " + reason(e, sessions, remote), e);
		}
	}

	public static TeamRepository open(Path folder) throws TeamException {
		try {
			return new TeamRepository(Git.open(folder.toFile()));
		} catch (IOException e) {
			throw new TeamException(folder + " is not a git repository: " + e.getMessage(), e);
		}
	}

	public void setCredentials(CredentialsProvider credentials) {
		this.credentials = credentials;
	}

	/** Where SSH remotes find keys, {@code known_hosts} and config from now on ({@code ~/.ssh} unless set). */
	public void setSshSettings(SshSettings settings) {
		closeSsh();
		this.sshSettings = settings;
	}

	private SshSessions ssh() {
		if (ssh == null) {
			ssh = new SshSessions(sshSettings);
		}
		return ssh;
	}

	/** Gives SSH transports our sessions (JGit's default would look for a factory through ServiceLoader). */
	private static TransportConfigCallback transport(SshSessions sessions) {
		return transport -> {
			if (transport instanceof SshTransport sshTransport) {
				sshTransport.setSshSessionFactory(sessions);
			}
		};
	}

	/** Why a transport failed: JGit's message, or the server key problem with what to do about it. */
	private static String reason(Exception e, SshSessions sessions, String remote) {
		try {
			String hostKey = sessions.hostKeyProblem(new URIish(remote));
			return hostKey != null ? hostKey : e.getMessage();
		} catch (java.net.URISyntaxException notAnAddress) {
			return e.getMessage();
		}
	}

	private String remoteUrl() {
		String url = git.getRepository().getConfig().getString("remote", REMOTE, "url");
		return url == null ? "" : url;
	}

	public Path workTree() {
		return git.getRepository().getWorkTree().toPath();
	}

	public Repository repository() {
		return git.getRepository();
	}

	private void ensureGitattributes() throws IOException {
		ensureLine(workTree().resolve(".gitattributes"), GITATTRIBUTES_LINE);
		// the backup every save keeps beside a model is local, not shared
		ensureLine(workTree().resolve(".gitignore"), "*" + HelixPersistence.BACKUP_SUFFIX);
	}

	private static void ensureLine(Path file, String line) throws IOException {
		String text = Files.exists(file) ? Files.readString(file) : "";
		if (!text.lines().anyMatch(line::equals)) {
			Files.writeString(file, text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n") + line + "\n");
		}
	}

	// ---- commit ----

	/**
	 * Commits every change of the working tree (new, changed and deleted files) with {@code message}, as the user
	 * git config names ({@code user.name}, {@code user.email}).
	 *
	 * @return the new commit
	 * @throws TeamException when git config has no identity, or nothing changed
	 */
	public RevCommit commit(String message) throws TeamException {
		UserConfig user = git.getRepository().getConfig().get(UserConfig.KEY);
		if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
			throw new TeamException("git config has no identity to commit with: set it with git config --global "
					+ "user.name \"Your Name\" and git config --global user.email you@example.org");
		}
		try {
			git.add().addFilepattern(".").call();
			git.add().setUpdate(true).addFilepattern(".").call(); // deletions
			if (git.status().call().isClean() && git.getRepository().resolve(Constants.HEAD) != null) {
				throw new TeamException("nothing to commit: the working tree is as the last commit left it");
			}
			return git.commit().setMessage(message).call();
		} catch (GitAPIException | IOException e) {
			throw new TeamException("cannot commit: " + e.getMessage(), e);
		}
	}

	// ---- pull ----

	/** {@link #pull(DirtyCheck, Map)} without resolutions: a model conflict stops the pull before anything changes. */
	public PullResult pull(DirtyCheck dirty) throws TeamException {
		return pull(dirty, Map.of());
	}

	/**
	 * Fetches from {@code origin} and merges its branch into ours. Models changed on both sides are merged by
	 * {@link ModelMerge} first, in memory; if one has conflicts that {@code resolutions} (per conflict id) do not
	 * decide, the pull stops there and reports them, with the working tree untouched. Otherwise git merges the rest,
	 * each model is written atomically (temporary file, reload, rename) and the merge is committed.
	 */
	public PullResult pull(DirtyCheck dirty, Map<String, Side> resolutions) throws TeamException {
		if (dirty.hasUnsavedChanges()) {
			return new PullResult(PullResult.Status.BLOCKED_BY_UNSAVED_CHANGES,
					"an editor has unsaved changes: save them, then pull again", Map.of(), List.of());
		}
		Repository repository = git.getRepository();
		try {
			try {
				git.fetch().setRemote(REMOTE).setCredentialsProvider(credentials).setTransportConfigCallback(transport(ssh())).call();
			} catch (GitAPIException e) {
				throw new TeamException("cannot pull: " + reason(e, ssh(), remoteUrl()), e);
			}
			String branch = repository.getBranch();
			ObjectId remoteId = repository.resolve(Constants.R_REMOTES + REMOTE + "/" + branch);
			ObjectId headId = repository.resolve(Constants.HEAD);
			if (remoteId == null) {
				return new PullResult(PullResult.Status.UP_TO_DATE, "the remote has no branch " + branch + " yet", Map.of(), List.of());
			}
			try (RevWalk walk = new RevWalk(repository)) {
				RevCommit theirs = walk.parseCommit(remoteId);
				RevCommit ours = headId == null ? null : walk.parseCommit(headId);
				if (ours != null && walk.isMergedInto(theirs, ours)) {
					return new PullResult(PullResult.Status.UP_TO_DATE, "already up to date", Map.of(), List.of());
				}
				if (ours == null || walk.isMergedInto(ours, theirs)) {
					org.eclipse.jgit.api.MergeResult result = git.merge().include(theirs).setFastForward(FastForwardMode.FF_ONLY).call();
					if (!result.getMergeStatus().isSuccessful()) {
						return failed("cannot move to the remote's commit: " + result.getMergeStatus() + " " + failingPaths(result));
					}
					return new PullResult(PullResult.Status.FAST_FORWARD, "updated to " + theirs.abbreviate(7).name(), Map.of(), List.of());
				}
				walk.reset();
				walk.setRevFilter(RevFilter.MERGE_BASE);
				walk.markStart(walk.parseCommit(headId));
				walk.markStart(walk.parseCommit(remoteId));
				RevCommit base = walk.next();
				return mergeWith(base, walk.parseCommit(headId), walk.parseCommit(remoteId), branch, resolutions);
			}
		} catch (GitAPIException | IOException e) {
			throw new TeamException("cannot pull: " + e.getMessage(), e);
		}
	}

	private PullResult mergeWith(RevCommit base, RevCommit ours, RevCommit theirs, String branch, Map<String, Side> resolutions)
			throws IOException, GitAPIException, TeamException {
		// 1. the models both sides changed, merged in memory before anything is touched
		Map<String, MergeResult> models = new LinkedHashMap<>();
		Map<String, List<Conflict>> conflicts = new LinkedHashMap<>();
		Set<String> both = new LinkedHashSet<>(changedModels(base, ours));
		both.retainAll(changedModels(base, theirs));
		Path scratch = Files.createTempDirectory("helix-merge");
		try {
			for (String path : both) {
				Path baseFile = blob(base, path, scratch.resolve("base.helix"));
				Path oursFile = blob(ours, path, scratch.resolve("ours.helix"));
				Path theirsFile = blob(theirs, path, scratch.resolve("theirs.helix"));
				if (baseFile == null || oursFile == null || theirsFile == null) {
					continue; // added on both sides, or deleted on one: git's own rules
				}
				MergeResult result = MergeFiles.merge(baseFile, oursFile, theirsFile, resolutions);
				models.put(path, result);
				if (!result.conflicts().isEmpty()) {
					conflicts.put(path, result.conflicts());
				}
			}
		} catch (HelixLoadException e) {
			throw new TeamException("cannot merge: a version of a model does not load: " + e.getMessage(), e);
		} finally {
			deleteTree(scratch);
		}
		boolean unresolved = models.values().stream().anyMatch(result -> !result.isClean());
		if (unresolved) {
			Map<String, List<Conflict>> open = new LinkedHashMap<>();
			models.forEach((path, result) -> {
				if (!result.isClean()) {
					open.put(path, result.unresolved());
				}
			});
			int count = open.values().stream().mapToInt(List::size).sum();
			return new PullResult(PullResult.Status.CONFLICTS, count + " model conflict" + (count == 1 ? "" : "s")
					+ " to resolve (ours or theirs); nothing was changed", open, List.of());
		}
		// 2. git merges the commits; models it may have merged line by line are replaced by the model merge
		org.eclipse.jgit.api.MergeResult result = git.merge().include(theirs).setCommit(false)
				.setFastForward(FastForwardMode.NO_FF).call();
		if (result.getMergeStatus() == MergeStatus.FAILED || result.getMergeStatus() == MergeStatus.ABORTED) {
			return failed("git cannot merge: " + result.getMergeStatus() + " " + failingPaths(result)
					+ "; commit or revert local changes first");
		}
		List<String> textConflicts = new ArrayList<>();
		if (result.getConflicts() != null) {
			for (String path : result.getConflicts().keySet()) {
				if (!models.containsKey(path)) {
					textConflicts.add(path);
				}
			}
		}
		for (Map.Entry<String, MergeResult> entry : models.entrySet()) {
			MergeFiles.write((HelixModel) entry.getValue().merged(), workTree().resolve(entry.getKey()));
			git.add().addFilepattern(entry.getKey()).call();
		}
		if (!textConflicts.isEmpty()) {
			return new PullResult(PullResult.Status.FAILED, "models merged; git left conflicts in other files: "
					+ String.join(", ", textConflicts) + " (resolve them, then commit)", Map.of(), textConflicts);
		}
		git.commit().setMessage("Merge " + REMOTE + "/" + branch + (models.isEmpty() ? "" : " (models merged: "
				+ String.join(", ", models.keySet()) + ")")).call();
		return new PullResult(PullResult.Status.MERGED, "merged " + theirs.abbreviate(7).name()
				+ (models.isEmpty() ? "" : "; " + models.size() + " model(s) merged by the model merge"), conflicts, List.of());
	}

	private static PullResult failed(String message) {
		return new PullResult(PullResult.Status.FAILED, message, Map.of(), List.of());
	}

	private static String failingPaths(org.eclipse.jgit.api.MergeResult result) {
		return result.getFailingPaths() == null ? "" : result.getFailingPaths().toString();
	}

	/** The {@code .helix} files whose content differs between two commits. */
	private Set<String> changedModels(RevCommit from, RevCommit to) throws IOException {
		Set<String> paths = new LinkedHashSet<>();
		try (TreeWalk walk = new TreeWalk(git.getRepository())) {
			walk.addTree(from.getTree());
			walk.addTree(to.getTree());
			walk.setRecursive(true);
			walk.setFilter(AndTreeFilter.create(TreeFilter.ANY_DIFF, PathSuffixFilter.create("." + HelixPersistence.FILE_EXTENSION)));
			while (walk.next()) {
				paths.add(walk.getPathString());
			}
		}
		return paths;
	}

	/** Writes the file at {@code path} in {@code commit} to {@code target}; null when the commit has no such file. */
	private Path blob(RevCommit commit, String path, Path target) throws IOException {
		try (TreeWalk walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
			if (walk == null) {
				return null;
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				git.getRepository().open(walk.getObjectId(0)).copyTo(out);
			}
			return target;
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	// ---- push ----

	/**
	 * Pushes our branch to {@code origin}. When the remote moved on (a non-fast-forward rejection), pulls with the
	 * model merge and pushes again, a few times at most; never forces.
	 *
	 * @return the pull that stopped the push, if one stopped it (conflicts, unsaved changes); else null when pushed
	 */
	public PullResult push(DirtyCheck dirty, Map<String, Side> resolutions) throws TeamException {
		String branch;
		try {
			branch = git.getRepository().getBranch();
		} catch (IOException e) {
			throw new TeamException("cannot push: " + e.getMessage(), e);
		}
		for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
			List<RemoteRefUpdate> rejected = new ArrayList<>();
			try {
				for (PushResult result : git.push().setRemote(REMOTE).add(branch).setCredentialsProvider(credentials)
						.setTransportConfigCallback(transport(ssh())).call()) {
					for (RemoteRefUpdate update : result.getRemoteUpdates()) {
						switch (update.getStatus()) {
						case OK, UP_TO_DATE -> {
						}
						case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> rejected.add(update);
						default -> throw new TeamException("push of " + update.getRemoteName() + " refused: "
								+ update.getStatus() + (update.getMessage() == null ? "" : " (" + update.getMessage() + ")"));
						}
					}
				}
			} catch (GitAPIException e) {
				throw new TeamException("cannot push: " + reason(e, ssh(), remoteUrl()), e);
			}
			if (rejected.isEmpty()) {
				return null;
			}
			PullResult pull = pull(dirty, resolutions);
			if (!pull.isDone()) {
				return pull;
			}
		}
		throw new TeamException("the remote kept moving on: pushed nothing after " + PUSH_ATTEMPTS + " attempts; try again");
	}

	// ---- history ----

	/** The commits that changed {@code path} (relative to the work tree), newest first. */
	public List<RevCommit> history(String path) throws TeamException {
		try {
			List<RevCommit> commits = new ArrayList<>();
			git.log().addPath(path).call().forEach(commits::add);
			return commits;
		} catch (GitAPIException e) {
			throw new TeamException("cannot read the history of " + path + ": " + e.getMessage(), e);
		}
	}

	private void closeSsh() {
		if (ssh != null) {
			ssh.close();
			ssh = null;
		}
	}

	@Override
	public void close() {
		closeSsh();
		git.close();
	}
}
