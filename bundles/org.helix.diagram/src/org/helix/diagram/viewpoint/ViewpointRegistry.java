package org.helix.diagram.viewpoint;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.AbstractTableDescription;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.Viewpoint;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The viewpoints known to Helix: those contributed through the extension point {@code org.helix.diagram.viewpoints}
 * (files in the contributing bundle, see schema/viewpoints.exsd), the {@code .helix-viewpoint} files of the workspace
 * (fed by the UI layer through {@link #loadFile}, replaced when saved, removed when deleted) and any added in code.
 * <p>
 * Loading validates every viewpoint ({@link ViewpointValidator}): a viewpoint with errors is not used but listed in
 * {@link #broken()} with its problems (file, element, position), never silently dropped. Problems of installed bundles
 * also go to the platform log (the Error Log). Listeners hear of every change, so that open diagrams refresh at once.
 * All methods may be called from any thread.
 */
public final class ViewpointRegistry {

	public static final String EXTENSION_POINT = "org.helix.diagram.viewpoints";
	public static final String FILE_EXTENSION = "helix-viewpoint";

	/** A file whose viewpoints could not be used, with why. */
	public record Broken(String origin, String viewpointId, String label, List<ViewpointProblem> problems) {
		/** One line: the origin, the viewpoint and the first problem (and how many more). */
		public String reason() {
			String first = problems.isEmpty() ? "unknown problem" : problems.get(0).toString();
			return first + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "");
		}
	}

	/**
	 * What changed in one origin: the diagram description ids it had before and has now. A listener redraws the open
	 * diagrams of {@code descriptionIds()}.
	 */
	public record Change(String origin, List<String> descriptionIds) {
	}

	private static volatile ViewpointRegistry instance;

	private final ResourceSet resourceSet = new ResourceSetImpl();
	private final Map<String, Viewpoint> viewpoints = new LinkedHashMap<>();
	private final Map<String, DiagramDescription> diagrams = new LinkedHashMap<>();
	private final Map<String, AbstractTableDescription> tables = new LinkedHashMap<>();
	/** origin -> the viewpoints it contributes now */
	private final Map<String, List<Viewpoint>> byOrigin = new LinkedHashMap<>();
	/** origin -> the broken viewpoints of that origin */
	private final Map<String, List<Broken>> broken = new LinkedHashMap<>();
	private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
	/** While the installed viewpoints are read, references between them wait until all are in. */
	private boolean readingExtensions;

	public ViewpointRegistry() {
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
	}

	/** The registry filled from the extension registry (read once). */
	public static synchronized ViewpointRegistry getDefault() {
		if (instance == null) {
			instance = new ViewpointRegistry();
			instance.readExtensions(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/**
	 * Reads the contributions of {@link #EXTENSION_POINT}; problems are collected (see {@link #broken()}) and logged
	 * to the platform log, the Error Log of the workbench, never thrown.
	 */
	public void readExtensions(IExtensionRegistry registry) {
		if (registry == null) {
			return;
		}
		readingExtensions = true;
		try {
			readContributions(registry);
		} finally {
			readingExtensions = false;
		}
		// double-click targets may name a diagram of another installed viewpoint: checked now that all are in
		List<ViewpointProblem> unknown = new ArrayList<>();
		synchronized (this) {
			byOrigin.forEach((origin, loaded) -> loaded
					.forEach(viewpoint -> unknown.addAll(ViewpointValidator.unknownDiagrams(viewpoint, origin, this::knownDiagram))));
		}
		unknown.forEach(problem -> ILog.of(ViewpointRegistry.class).warn("Viewpoint problem: " + problem));
	}

	/**
	 * Whether a diagram description of this id is loaded, here or (for a registry of its own, such as the export of a
	 * specification file) in the default registry of the installation.
	 */
	private boolean knownDiagram(String id) {
		if (readingExtensions || diagrams.containsKey(id)) {
			return true;
		}
		ViewpointRegistry installed = instance;
		return installed != null && installed != this && installed.diagram(id) != null;
	}

	private void readContributions(IExtensionRegistry registry) {
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file");
			String origin = contributor + "/" + file;
			try {
				Bundle bundle = bundle(contributor);
				URL url = bundle == null ? null : bundle.getEntry(file);
				if (url == null) {
					fail(origin, List.of(ViewpointProblem.ofFile(origin, "no such file in bundle " + contributor)));
					continue;
				}
				load(URI.createURI(url.toString()), origin);
			} catch (RuntimeException e) {
				fail(origin, List.of(ViewpointProblem.ofFile(origin, String.valueOf(e.getMessage()))));
			}
			List<Broken> failed = brokenOf(origin);
			for (Broken b : failed) {
				b.problems().forEach(problem -> ILog.of(ViewpointRegistry.class).error("Viewpoint not loaded: " + problem));
			}
		}
	}

	private static Bundle bundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(ViewpointRegistry.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (bundle.getSymbolicName().equals(symbolicName)) {
				return bundle;
			}
		}
		return null;
	}

	/** Loads a viewpoint file and adds its viewpoints; returns them. {@code origin} names the file in problems. */
	public List<Viewpoint> load(URI uri, String origin) {
		loadFile(uri, origin);
		synchronized (this) {
			return List.copyOf(byOrigin.getOrDefault(origin, List.of()));
		}
	}

	/**
	 * Loads (or loads again) the viewpoint file at {@code uri}: whatever {@code origin} contributed before is replaced
	 * by what the file holds now. Returns every problem of the file (empty when all its viewpoints are in use);
	 * listeners are told of the change. A file that cannot be read leaves no viewpoint of that origin behind.
	 */
	public List<ViewpointProblem> loadFile(URI uri, String origin) {
		List<String> changed;
		List<ViewpointProblem> problems = new ArrayList<>();
		synchronized (this) {
			changed = new ArrayList<>(unload(origin));
			Resource resource = resourceSet.getResource(uri, false);
			if (resource != null) {
				// removed, not unloaded: open diagrams still use the old descriptions until they take the new ones
				resourceSet.getResources().remove(resource);
			}
			try {
				resource = resourceSet.getResource(uri, true);
			} catch (RuntimeException e) {
				Resource failed = resourceSet.getResource(uri, false);
				if (failed != null) {
					failed.unload();
					resourceSet.getResources().remove(failed);
				}
				problems.add(ViewpointProblem.ofFile(origin, "cannot read the file: " + cause(e)));
				fail(origin, problems);
				resource = null;
			}
			if (resource != null) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Viewpoint viewpoint) {
						List<ViewpointProblem> found = addChecked(viewpoint, origin);
						problems.addAll(found);
						viewpoint.getDiagrams().forEach(diagram -> changed.add(diagram.getId()));
					} else {
						ViewpointProblem problem = ViewpointProblem.ofFile(origin, "the root is a " + root.eClass().getName() + ", not a Viewpoint");
						problems.add(problem);
						fail(origin, List.of(problem));
					}
				}
			}
		}
		fire(new Change(origin, changed));
		return problems;
	}

	/** Removes what {@code origin} contributed (a workspace file was deleted); listeners are told. */
	public void remove(String origin) {
		List<String> changed;
		synchronized (this) {
			changed = unload(origin);
		}
		fire(new Change(origin, changed));
	}

	private List<String> unload(String origin) {
		List<String> ids = new ArrayList<>();
		for (Viewpoint viewpoint : byOrigin.getOrDefault(origin, List.of())) {
			viewpoints.remove(viewpoint.getId());
			for (DiagramDescription diagram : viewpoint.getDiagrams()) {
				diagrams.remove(diagram.getId());
				ids.add(diagram.getId());
			}
			viewpoint.getTables().forEach(table -> tables.remove(table.getId()));
		}
		byOrigin.remove(origin);
		broken.remove(origin);
		return ids;
	}

	/** Adds a viewpoint built in code; false (and a broken entry) when an id is taken or it has errors. */
	public boolean add(Viewpoint viewpoint, String origin) {
		boolean added;
		synchronized (this) {
			added = addChecked(viewpoint, origin).isEmpty();
		}
		fire(new Change(origin, viewpoint.getDiagrams().stream().map(DiagramDescription::getId).toList()));
		return added;
	}

	private List<ViewpointProblem> addChecked(Viewpoint viewpoint, String origin) {
		List<ViewpointProblem> problems = new ArrayList<>(ViewpointValidator.validate(viewpoint, origin, this::knownDiagram));
		if (viewpoint.getId() != null && viewpoints.containsKey(viewpoint.getId())) {
			problems.add(new ViewpointProblem(ViewpointProblem.Severity.ERROR, origin, ViewpointValidator.path(viewpoint),
					viewpoint.getId(), "id", null, -1, "viewpoint id " + viewpoint.getId() + " is already used by " + originOf(viewpoint.getId())));
		}
		for (DiagramDescription diagram : viewpoint.getDiagrams()) {
			if (diagrams.containsKey(diagram.getId())) {
				problems.add(new ViewpointProblem(ViewpointProblem.Severity.ERROR, origin, ViewpointValidator.path(diagram),
						diagram.getId(), "id", null, -1, "diagram description id " + diagram.getId() + " is already used"));
			}
		}
		for (AbstractTableDescription table : viewpoint.getTables()) {
			if (tables.containsKey(table.getId())) {
				problems.add(new ViewpointProblem(ViewpointProblem.Severity.ERROR, origin, ViewpointValidator.path(table),
						table.getId(), "id", null, -1, "table description id " + table.getId() + " is already used"));
			}
		}
		if (problems.stream().anyMatch(p -> p.severity() == ViewpointProblem.Severity.ERROR)) {
			broken.computeIfAbsent(origin, o -> new ArrayList<>())
					.add(new Broken(origin, viewpoint.getId(), viewpoint.getLabel(), List.copyOf(problems)));
			return problems;
		}
		viewpoints.put(viewpoint.getId(), viewpoint);
		viewpoint.getDiagrams().forEach(diagram -> diagrams.put(diagram.getId(), diagram));
		viewpoint.getTables().forEach(table -> tables.put(table.getId(), table));
		byOrigin.computeIfAbsent(origin, o -> new ArrayList<>()).add(viewpoint);
		return problems;
	}

	private String originOf(String viewpointId) {
		return byOrigin.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(v -> viewpointId.equals(v.getId())))
				.map(Map.Entry::getKey).findFirst().orElse("another file");
	}

	private void fail(String origin, List<ViewpointProblem> problems) {
		broken.computeIfAbsent(origin, o -> new ArrayList<>()).add(new Broken(origin, null, null, List.copyOf(problems)));
	}

	private static String cause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	/**
	 * The problems of {@code viewpoint}, one line each ({@code element, attribute: message}); see
	 * {@link ViewpointValidator} for the full form with file and position.
	 */
	public static List<String> check(Viewpoint viewpoint) {
		return ViewpointValidator.validate(viewpoint, "").stream().map(p -> p.location() + ": " + p.message())
				.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
	}

	/** Tells {@code listener} of every change from now on (on the thread that made it). */
	public void addListener(Consumer<Change> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Change> listener) {
		listeners.remove(listener);
	}

	private void fire(Change change) {
		for (Consumer<Change> listener : listeners) {
			try {
				listener.accept(change);
			} catch (RuntimeException e) {
				ILog.of(ViewpointRegistry.class).error("A viewpoint registry listener failed", e);
			}
		}
	}

	public synchronized List<Viewpoint> viewpoints() {
		return List.copyOf(viewpoints.values());
	}

	public synchronized Viewpoint viewpoint(String id) {
		return viewpoints.get(id);
	}

	/** The diagram description with this id, or null. Diagram ids are unique across viewpoints. */
	public synchronized DiagramDescription diagram(String id) {
		return diagrams.get(id);
	}

	/** The table or cross-table description with this id, or null. Table ids are unique across viewpoints. */
	public synchronized AbstractTableDescription table(String id) {
		return tables.get(id);
	}

	/** The origin (file) a viewpoint in use came from, or null. */
	public synchronized String origin(Viewpoint viewpoint) {
		return byOrigin.entrySet().stream().filter(e -> e.getValue().contains(viewpoint)).map(Map.Entry::getKey).findFirst()
				.orElse(null);
	}

	/** The viewpoints that could not be used, with their problems, in the order they were loaded. */
	public synchronized List<Broken> broken() {
		return broken.values().stream().flatMap(List::stream).toList();
	}

	/** The broken viewpoints of one origin. */
	public synchronized List<Broken> brokenOf(String origin) {
		return List.copyOf(broken.getOrDefault(origin, List.of()));
	}

	/** What is wrong now, one line per problem with its origin (empty when every viewpoint is in use). */
	public synchronized List<String> problems() {
		return broken().stream().flatMap(b -> b.problems().stream()).map(ViewpointProblem::toString).toList();
	}
}
