package org.helix.plugins;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQuery;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.internal.p2.repository.Transport;
import org.helix.plugins.PluginInstallException.Reason;
import org.helix.plugins.internal.UrlTransport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs a third party's feature or bundle from a p2 repository into an {@link Installation}, with p2's planner
 * (which resolves its requirements against the repository and what is installed) and engine (which downloads the
 * artifacts, lays them out in {@code plugins/} and {@code features/}, adds them to the simple configurator's
 * {@code bundles.info} and records them in the profile). The engine works as a transaction: when a phase fails it
 * undoes what it did, so a failed install leaves the installation as it was. The new bundles run from the next start.
 * <p>
 * UI-free: used by {@code ./helix cli install-plugin} and by the workbench's Install Plug-in dialog. Close it after use
 * (it stops its p2 agent).
 */
public final class PluginInstaller implements AutoCloseable {

	/** Marks what the user asked for, as p2's own installers do, so that an uninstall or update knows its roots. */
	private static final String ROOT_PROPERTY = "org.eclipse.equinox.p2.type.root";
	private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]+:.*");

	private final Installation installation;
	private final IProvisioningAgent agent;

	private PluginInstaller(Installation installation, IProvisioningAgent agent) {
		this.installation = installation;
		this.agent = agent;
	}

	/** Opens a p2 agent on the installation's data area. */
	public static PluginInstaller open(Installation installation) throws PluginInstallException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context == null ? null
				: context.getServiceReference(IProvisioningAgentProvider.class);
		IProvisioningAgentProvider provider = reference == null ? null : context.getService(reference);
		if (provider == null) {
			throw new PluginInstallException(Reason.NOT_AN_INSTALLATION,
					"p2 is not running (no provisioning agent provider: org.eclipse.equinox.p2.core and org.apache.felix.scr must be started)");
		}
		try {
			IProvisioningAgent agent = provider.createAgent(installation.agentLocation());
			if (agent.getService(Transport.SERVICE_NAME) == null) {
				agent.registerService(Transport.SERVICE_NAME, new UrlTransport());
			}
			return new PluginInstaller(installation, agent);
		} catch (ProvisionException e) {
			throw new PluginInstallException(Reason.NOT_AN_INSTALLATION,
					"cannot open the p2 data area " + installation.agentLocation() + ": " + e.getMessage(), e);
		} finally {
			context.ungetService(reference);
		}
	}

	public Installation installation() {
		return installation;
	}

	/**
	 * The repository location a user typed: a URL ({@code https:}, {@code file:}, {@code jar:}), a folder, or a
	 * {@code .zip} (or {@code .jar}) archive of a repository; relative paths start from {@code workingDirectory}.
	 */
	public static URI repositoryLocation(String text, Path workingDirectory) throws PluginInstallException {
		String trimmed = text.trim();
		if (URL_SCHEME.matcher(trimmed).matches()) {
			URI uri;
			try {
				uri = URI.create(trimmed);
			} catch (IllegalArgumentException e) {
				throw new PluginInstallException(Reason.NO_REPOSITORY, "not a valid URL: " + trimmed, e);
			}
			if ("file".equals(uri.getScheme())) {
				return repositoryLocation(Path.of(uri).toString(), workingDirectory);
			}
			return uri;
		}
		Path path = workingDirectory.resolve(trimmed).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			return path.toUri();
		}
		if (!Files.exists(path)) {
			throw new PluginInstallException(Reason.NO_REPOSITORY, "no such folder or file: " + path);
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".zip") || name.endsWith(".jar")) {
			// p2 reads an archived repository through a jar: URL to the archive's root
			return URI.create("jar:" + path.toUri() + "!/");
		}
		throw new PluginInstallException(Reason.NO_REPOSITORY,
				"not a p2 repository: " + path + " (a folder, a .zip of one, or a URL expected)");
	}

	/** The features and bundles a repository offers (the newest version of each), features first, by id. */
	public List<Installable> available(URI repository, IProgressMonitor monitor) throws PluginInstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + repository, 2);
		boolean known = metadataManager().contains(repository);
		try {
			IMetadataRepository metadata = loadMetadata(repository, progress.split(1));
			return installables(metadata, progress.split(1));
		} finally {
			forget(repository, known);
		}
	}

	/**
	 * Installs a feature (by its id, or its p2 group id {@code ID.feature.group}) or a bundle (by its symbolic name)
	 * from a repository, with what it requires that the installation lacks.
	 *
	 * @param version the version to install, or null for the newest the repository has
	 * @return what was asked for, as installed
	 * @throws PluginInstallException when nothing was installed, with a one-line reason
	 */
	public Installable install(URI repository, String id, String version, IProgressMonitor monitor)
			throws PluginInstallException {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing " + id, 10);
		boolean knownMetadata = metadataManager().contains(repository);
		boolean knownArtifacts = artifactManager().contains(repository);
		try {
			IMetadataRepository metadata = loadMetadata(repository, progress.split(1));
			loadArtifacts(repository, progress.split(1));
			Version wanted = parseVersion(version);
			IInstallableUnit unit = find(metadata, id, wanted, repository, progress.split(1));
			Installable installable = describe(unit);
			IProfile profile = profile();
			if (!profile.query(QueryUtil.createIUQuery(unit.getId(), unit.getVersion()), null).isEmpty()) {
				throw new PluginInstallException(Reason.ALREADY_INSTALLED,
						installable + " is already installed in " + installation.folder());
			}
			profile = relocate(profile, progress.split(1));

			IPlanner planner = agent.getService(IPlanner.class);
			IProfileChangeRequest request = planner.createChangeRequest(profile);
			request.add(unit);
			request.setInstallableUnitProfileProperty(unit, ROOT_PROPERTY, Boolean.TRUE.toString());
			ProvisioningContext context = context(repository);
			IProvisioningPlan plan = planner.getProvisioningPlan(request, context, progress.split(2));
			checkCancelled(progress);
			if (plan.getStatus().getSeverity() == IStatus.CANCEL) {
				throw cancelled();
			}
			if (plan.getStatus().getSeverity() == IStatus.ERROR) {
				throw new PluginInstallException(Reason.UNSATISFIABLE,
						"cannot install " + installable + ": " + explain(plan.getStatus()));
			}
			IStatus result = agent.getService(IEngine.class).perform(plan, progress.split(4));
			if (result.getSeverity() == IStatus.CANCEL) {
				throw cancelled();
			}
			if (result.getSeverity() == IStatus.ERROR) {
				throw new PluginInstallException(Reason.INSTALL_FAILED, "installing " + installable + " failed, nothing was changed: "
						+ explain(result));
			}
			return installable;
		} catch (OperationCanceledException e) {
			throw cancelled();
		} finally {
			forget(repository, knownMetadata);
			if (!knownArtifacts) {
				artifactManager().removeRepository(repository);
			}
		}
	}

	/** The features and bundles installed as roots (what users or the product asked for), by id. */
	public List<Installable> installedRoots() throws PluginInstallException {
		IProfile profile = profile();
		List<Installable> roots = new ArrayList<>();
		for (IInstallableUnit unit : profile.query(QueryUtil.createIUAnyQuery(), null)) {
			if (Boolean.parseBoolean(profile.getInstallableUnitProperty(unit, ROOT_PROPERTY))) {
				roots.add(describe(unit));
			}
		}
		roots.sort(Comparator.comparing(Installable::id));
		return roots;
	}

	@Override
	public void close() {
		agent.stop();
	}

	private IProfile profile() throws PluginInstallException {
		IProfile profile = agent.getService(IProfileRegistry.class).getProfile(installation.profileId());
		if (profile == null) {
			throw new PluginInstallException(Reason.NOT_AN_INSTALLATION, "no p2 profile " + installation.profileId()
					+ " in " + installation.agentLocation());
		}
		return profile;
	}

	/**
	 * A product copied elsewhere (a user's copy, the external plug-in check) still has a profile naming the folder it
	 * was built in: it is pointed at its own folder first, in a plan of its own, so that the artifacts land here.
	 */
	private IProfile relocate(IProfile profile, IProgressMonitor monitor) throws PluginInstallException {
		String folder = installation.folder().toString();
		Map<String, String> changes = new LinkedHashMap<>();
		for (String key : List.of(IProfile.PROP_INSTALL_FOLDER, IProfile.PROP_CACHE)) {
			String value = profile.getProperty(key);
			if (value != null && !samePath(value, folder)) {
				changes.put(key, folder);
			}
		}
		String configuration = profile.getProperty(IProfile.PROP_CONFIGURATION_FOLDER);
		if (configuration != null && !samePath(configuration, folder + "/configuration")) {
			changes.put(IProfile.PROP_CONFIGURATION_FOLDER, folder + "/configuration");
		}
		if (changes.isEmpty()) {
			return profile;
		}
		IEngine engine = agent.getService(IEngine.class);
		IProvisioningPlan plan = engine.createPlan(profile, new ProvisioningContext(agent));
		changes.forEach(plan::setProfileProperty);
		IStatus status = engine.perform(plan, monitor);
		if (status.getSeverity() == IStatus.ERROR) {
			throw new PluginInstallException(Reason.INSTALL_FAILED,
					"cannot point the p2 profile at " + folder + ": " + explain(status));
		}
		return profile();
	}

	private static boolean samePath(String a, String b) {
		return Path.of(a).toAbsolutePath().normalize().equals(Path.of(b).toAbsolutePath().normalize());
	}

	/** Only the given repository and what is installed: no other site the agent may remember is consulted. */
	private ProvisioningContext context(URI repository) {
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repository);
		context.setArtifactRepositories(repository);
		return context;
	}

	private IMetadataRepository loadMetadata(URI repository, IProgressMonitor monitor) throws PluginInstallException {
		try {
			return metadataManager().loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new PluginInstallException(Reason.NO_REPOSITORY,
					"no p2 repository at " + display(repository) + ": " + oneLine(e.getMessage()), e);
		}
	}

	private void loadArtifacts(URI repository, IProgressMonitor monitor) throws PluginInstallException {
		try {
			artifactManager().loadRepository(repository, monitor);
		} catch (ProvisionException e) {
			throw new PluginInstallException(Reason.NO_REPOSITORY, "the p2 repository at " + display(repository)
					+ " has no artifacts (artifacts.xml or artifacts.jar): " + oneLine(e.getMessage()), e);
		}
	}

	private void forget(URI repository, boolean known) {
		if (!known) {
			metadataManager().removeRepository(repository);
		}
	}

	private IMetadataRepositoryManager metadataManager() {
		return agent.getService(IMetadataRepositoryManager.class);
	}

	private IArtifactRepositoryManager artifactManager() {
		return agent.getService(IArtifactRepositoryManager.class);
	}

	private static Version parseVersion(String version) throws PluginInstallException {
		if (version == null || version.isBlank()) {
			return null;
		}
		try {
			return Version.create(version.trim());
		} catch (IllegalArgumentException e) {
			throw new PluginInstallException(Reason.UNKNOWN_UNIT, "not a version: " + version);
		}
	}

	/** A feature's group first (a feature and its bundle often share an id), then a bundle. */
	private IInstallableUnit find(IMetadataRepository metadata, String id, Version version, URI repository,
			IProgressMonitor monitor) throws PluginInstallException {
		List<String> candidates = id.endsWith(Installable.GROUP_SUFFIX) ? List.of(id)
				: List.of(id + Installable.GROUP_SUFFIX, id);
		for (String candidate : candidates) {
			IQuery<IInstallableUnit> query = version == null
					? QueryUtil.createLatestQuery(QueryUtil.createIUQuery(candidate))
					: QueryUtil.createIUQuery(candidate, version);
			Set<IInstallableUnit> found = metadata.query(query, monitor).toUnmodifiableSet();
			if (!found.isEmpty()) {
				return found.iterator().next();
			}
		}
		List<Installable> offered = installables(metadata, monitor);
		String plainId = id.endsWith(Installable.GROUP_SUFFIX)
				? id.substring(0, id.length() - Installable.GROUP_SUFFIX.length()) : id;
		List<String> versions = offered.stream().filter(i -> i.id().equals(plainId)).map(Installable::version).toList();
		if (version != null && !versions.isEmpty()) {
			throw new PluginInstallException(Reason.UNKNOWN_UNIT, display(repository) + " has " + plainId + " in version "
					+ String.join(", ", versions) + ", not " + version);
		}
		List<String> near = nearNames(plainId, offered);
		throw new PluginInstallException(Reason.UNKNOWN_UNIT, "no feature or bundle " + plainId + " in "
				+ display(repository) + (near.isEmpty() ? "; it offers " + names(offered, 8) : "; near names: " + String.join(", ", near)));
	}

	private List<Installable> installables(IMetadataRepository metadata, IProgressMonitor monitor) {
		IQuery<IInstallableUnit> features = QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery());
		IQuery<IInstallableUnit> bundles = QueryUtil.createLatestQuery(QueryUtil.createMatchQuery(
				"providedCapabilities.exists(p | p.namespace == $0)", "osgi.bundle"));
		List<Installable> result = new ArrayList<>();
		for (IInstallableUnit unit : metadata.query(features, monitor)) {
			if (unit.getId().endsWith(Installable.GROUP_SUFFIX)) {
				result.add(describe(unit));
			}
		}
		List<Installable> plain = new ArrayList<>();
		for (IInstallableUnit unit : metadata.query(bundles, monitor)) {
			plain.add(describe(unit));
		}
		result.sort(Comparator.comparing(Installable::id));
		plain.sort(Comparator.comparing(Installable::id));
		result.addAll(plain);
		return result;
	}

	private static Installable describe(IInstallableUnit unit) {
		boolean feature = unit.getId().endsWith(Installable.GROUP_SUFFIX);
		String id = feature ? unit.getId().substring(0, unit.getId().length() - Installable.GROUP_SUFFIX.length())
				: unit.getId();
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new Installable(id, unit.getVersion().toString(), name == null || name.isBlank() ? id : name, feature);
	}

	/** Ids that contain what was typed, or are a few edits away from it: a typo or a missing segment. */
	static List<String> nearNames(String typed, List<Installable> offered) {
		String lower = typed.toLowerCase(Locale.ROOT);
		Set<String> ids = new LinkedHashSet<>();
		offered.stream().map(Installable::id).forEach(ids::add);
		int limit = Math.max(2, typed.length() / 8);
		return ids.stream()
				.filter(id -> {
					String other = id.toLowerCase(Locale.ROOT);
					return other.contains(lower) || lower.contains(other) || distance(lower, other) <= limit;
				})
				.sorted(Comparator.comparingInt((String id) -> distance(lower, id.toLowerCase(Locale.ROOT))))
				.limit(5).toList();
	}

	private static String names(List<Installable> offered, int max) {
		if (offered.isEmpty()) {
			return "no feature or bundle";
		}
		List<String> ids = offered.stream().map(Installable::id).distinct().toList();
		return String.join(", ", ids.subList(0, Math.min(max, ids.size()))) + (ids.size() > max ? ", ..." : "");
	}

	/** Levenshtein distance. */
	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	/**
	 * p2's explanation, shortened: the lines naming what is missing or conflicting (its "Missing requirement: A
	 * requires 'B' but it could not be found"), else its most specific messages.
	 */
	static String explain(IStatus status) {
		List<String> leaves = new ArrayList<>();
		collect(status, leaves);
		List<String> specific = leaves.stream()
				.filter(m -> m.startsWith("Missing requirement") || m.startsWith("Cannot satisfy dependency")
						|| m.contains("conflict") || m.startsWith("Only one of the following"))
				.distinct().toList();
		List<String> chosen = specific.isEmpty() ? leaves.stream().distinct().toList() : specific;
		if (chosen.isEmpty()) {
			return oneLine(status.getMessage());
		}
		String joined = String.join("; ", chosen.subList(0, Math.min(3, chosen.size())));
		return oneLine(joined) + (chosen.size() > 3 ? " (and " + (chosen.size() - 3) + " more)" : "");
	}

	private static void collect(IStatus status, List<String> leaves) {
		if (status.isMultiStatus() && status.getChildren().length > 0) {
			if (status.getMessage() != null && status.getMessage().startsWith("Missing requirement")) {
				leaves.add(status.getMessage());
			}
			for (IStatus child : status.getChildren()) {
				collect(child, leaves);
			}
		} else if (status.getSeverity() != IStatus.OK && status.getMessage() != null && !status.getMessage().isBlank()) {
			String message = status.getMessage();
			if (status.getException() != null && status.getException().getMessage() != null
					&& !message.contains(status.getException().getMessage())) {
				message += " (" + status.getException().getMessage() + ")";
			}
			leaves.add(message);
		}
	}

	static String oneLine(String message) {
		return Objects.toString(message, "").replaceAll("\\s*\\R\\s*", " ").trim();
	}

	private static String display(URI repository) {
		return repository.toString();
	}

	private static void checkCancelled(IProgressMonitor monitor) throws PluginInstallException {
		if (monitor.isCanceled()) {
			throw cancelled();
		}
	}

	private static PluginInstallException cancelled() {
		return new PluginInstallException(Reason.CANCELLED, "cancelled; nothing was installed");
	}
}
