package org.helix.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer order of docs/architecture.md, checked against every bundles/*&#47;META-INF/MANIFEST.MF of the repository:
 * no org.helix bundle requires (Require-Bundle, or Import-Package of an org.helix package) a bundle of a higher layer;
 * analyses, example content and tools are plug-ins that only tests and the feature may depend on; a bundle requires
 * only bundles whose packages it uses. Plain files, no OSGi: the test reads the sources the build uses.
 */
class LayeringTest {

	/** The layers of docs/architecture.md, lowest first. A bundle may require bundles of its own or a lower layer. */
	enum Layer {
		MODEL, EDIT, CORE_SERVICES, ANALYSES, UI_AND_DIAGRAM, APP,
		/** Example models: content built on the model, contributed through org.helix.ui.examples. */
		CONTENT,
		/** Benchmark harnesses, run from the command line. */
		TOOLS,
		/**
		 * The workbench UI of an analysis (the scoring editor): a plug-in on top of both its analysis and the UI layer,
		 * which only tests and the feature require, so a product without it still runs.
		 */
		ANALYSIS_UI
	}

	/** Every org.helix bundle (tests excepted: *.tests may require anything) and its layer, as docs/architecture.md has them. */
	static final Map<String, Layer> LAYERS = new LinkedHashMap<>();
	static {
		LAYERS.put("org.helix.model", Layer.MODEL);
		LAYERS.put("org.helix.model.edit", Layer.EDIT);
		LAYERS.put("org.helix.core", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.cli", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.analysis", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.analysis.cli", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.report", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.io", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.io.cli", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.io.log4j", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.team", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.team.cli", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.plugins", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.plugins.cli", Layer.CORE_SERVICES);
		LAYERS.put("org.helix.monitoring", Layer.ANALYSES);
		LAYERS.put("org.helix.governance", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring.cli", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring.domains", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring.domains.cli", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring.materials", Layer.ANALYSES);
		LAYERS.put("org.helix.scoring.materials.cli", Layer.ANALYSES);
		LAYERS.put("org.helix.network", Layer.ANALYSES);
		LAYERS.put("org.helix.diagram.model", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.diagram", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.diagram.viewpoints", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.diagram.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.analysis.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.report.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.team.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.io.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.report.diagrams", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.plugins.ui", Layer.UI_AND_DIAGRAM);
		LAYERS.put("org.helix.app", Layer.APP);
		LAYERS.put("org.helix.examples", Layer.CONTENT);
		LAYERS.put("org.helix.benchmarks", Layer.TOOLS);
		LAYERS.put("org.helix.diagram.benchmarks", Layer.TOOLS);
		LAYERS.put("org.helix.ui.testsupport", Layer.TOOLS);
		LAYERS.put("org.helix.scoring.ui", Layer.ANALYSIS_UI);
		LAYERS.put("org.helix.network.ui", Layer.ANALYSIS_UI);
	}

	/** Where a layer may reach: CONTENT needs only the model; TOOLS and ANALYSIS_UI may use the UI layer and anything below. */
	static Layer rankOf(Layer layer) {
		return switch (layer) {
		case CONTENT -> Layer.EDIT;
		case TOOLS, ANALYSIS_UI -> Layer.UI_AND_DIAGRAM;
		default -> layer;
		};
	}

	record Bundle(String name, Path folder, Map<String, String> headers) {
		boolean isTest() {
			return name.endsWith(".tests");
		}
	}

	private static final Pattern SYMBOLIC_NAME = Pattern.compile("^([^;\\s]+)");

	static Map<String, Bundle> bundles;
	/** Package -> exporting org.helix bundle. */
	static Map<String, String> exporters;

	@BeforeAll
	static void readManifests() throws IOException {
		Path root = repositoryRoot();
		bundles = new TreeMap<>();
		try (Stream<Path> folders = Files.list(root.resolve("bundles"))) {
			for (Path folder : folders.sorted().toList()) {
				Path manifest = folder.resolve("META-INF/MANIFEST.MF");
				if (Files.isRegularFile(manifest)) {
					Map<String, String> headers = headers(Files.readString(manifest));
					String name = firstName(headers.get("Bundle-SymbolicName"));
					bundles.put(name, new Bundle(name, folder, headers));
				}
			}
		}
		exporters = new TreeMap<>();
		for (Bundle bundle : bundles.values()) {
			for (String clause : clauses(bundle.headers().get("Export-Package"))) {
				exporters.put(firstName(clause), bundle.name());
			}
		}
	}

	@Test
	void theRepositoryHasTheBundlesTheLayersNameAndEveryBundleHasALayer() {
		// read from the repository, not from a fixture: if the folder moved, the checks below would pass on nothing
		assertTrue(bundles.containsKey("org.helix.core") && bundles.containsKey("org.helix.app"), bundles.keySet().toString());
		assertTrue(exporters.containsKey("org.helix.core.command"), exporters.toString());
		List<String> unplaced = bundles.values().stream().filter(bundle -> !bundle.isTest())
				.map(Bundle::name).filter(name -> !LAYERS.containsKey(name)).toList();
		assertEquals(List.of(), unplaced, "bundles without a layer: place them in docs/architecture.md and in LAYERS");
	}

	@Test
	void noBundleRequiresAHigherLayer() {
		assertEquals(List.of(), layerViolations(nonTestBundles()));
	}

	/** What {@link #noBundleRequiresAHigherLayer()} reports for {@code checked}. */
	static List<String> layerViolations(List<Bundle> checked) {
		List<String> violations = new ArrayList<>();
		for (Bundle bundle : checked) {
			Layer own = LAYERS.get(bundle.name());
			for (String required : requiredHelixBundles(bundle)) {
				Layer theirs = LAYERS.get(required);
				if (theirs == null) {
					violations.add(bundle.name() + " requires " + required + ", which has no layer");
				} else if (theirs == Layer.CONTENT || theirs == Layer.TOOLS || theirs == Layer.ANALYSIS_UI) {
					violations.add(bundle.name() + " requires " + required + " (" + theirs + "): only tests may");
				} else if (theirs.compareTo(rankOf(own)) > 0) {
					violations.add(bundle.name() + " (" + own + ") requires " + required + " of the higher layer " + theirs);
				}
			}
		}
		return violations;
	}

	@Test
	void uiDiagramAndAppDoNotRequireAnalyses() {
		// analyses are plug-ins: a product without them must build and run, so only tests and the feature name them
		List<String> violations = new ArrayList<>();
		for (Bundle bundle : nonTestBundles()) {
			Layer own = LAYERS.get(bundle.name());
			if (own != Layer.UI_AND_DIAGRAM && own != Layer.APP) {
				continue;
			}
			for (String required : requiredHelixBundles(bundle)) {
				if (LAYERS.get(required) == Layer.ANALYSES) {
					violations.add(bundle.name() + " -> " + required);
				}
			}
		}
		assertEquals(List.of(), violations, "UI, diagram or app bundles that require an analysis bundle");
	}

	@Test
	void noRequireBundleCycles() {
		Map<String, Set<String>> edges = new TreeMap<>();
		for (Bundle bundle : nonTestBundles()) {
			edges.put(bundle.name(), requiredHelixBundles(bundle));
		}
		List<String> cycles = new ArrayList<>();
		for (String start : edges.keySet()) {
			if (reaches(edges, start, start, new LinkedHashSet<>())) {
				cycles.add(start);
			}
		}
		assertEquals(List.of(), cycles, "bundles on a dependency cycle");
	}

	@Test
	void aBundleUsesEveryHelixBundleItRequires() throws IOException {
		List<String> unused = new ArrayList<>();
		for (Bundle bundle : nonTestBundles()) {
			String sources = sourcesOf(bundle);
			for (String required : requiredHelixBundles(bundle)) {
				if (!usesPackagesOf(required, sources, new LinkedHashSet<>())) {
					unused.add(bundle.name() + " requires " + required + " but uses none of its packages");
				}
			}
		}
		assertEquals(List.of(), unused);
	}

	@Test
	void theCheckReportsUpwardRequirementsAsAManifestSpellsThem() {
		// the checks above are only worth something if they see the edges: core's own requirement is found, and
		// upward edges written as a manifest would write them (by bundle with a range, by package) are reported
		assertEquals(Set.of("org.helix.model"), requiredHelixBundles(bundles.get("org.helix.core")));
		Bundle upward = new Bundle("org.helix.core", bundles.get("org.helix.core").folder(),
				headers("Bundle-SymbolicName: org.helix.core;singleton:=true\nRequire-Bundle: org.helix.model;bundle-version=\"[1.0.0,2.0.0)\",\n"
						+ " org.helix.ui;bundle-version=\"[1.0.0,2.0.0)\"\nImport-Package: org.helix.monitoring;version=\"[1.0.0,2.0.0)\",\n"
						+ " org.helix.examples\n"));
		assertEquals(List.of("org.helix.core (CORE_SERVICES) requires org.helix.ui of the higher layer UI_AND_DIAGRAM",
				"org.helix.core (CORE_SERVICES) requires org.helix.monitoring of the higher layer ANALYSES",
				"org.helix.core requires org.helix.examples (CONTENT): only tests may"), layerViolations(List.of(upward)));
	}

	@Test
	void theSdkIsVersioned() {
		// docs/architecture.md, "SDK versions": third parties build against these manifests
		List<String> problems = new ArrayList<>();
		for (Bundle bundle : bundles.values()) {
			if (!bundle.headers().getOrDefault("Bundle-Version", "").startsWith("1.0.0")) {
				problems.add(bundle.name() + " has Bundle-Version " + bundle.headers().get("Bundle-Version"));
			}
			for (String clause : clauses(bundle.headers().get("Export-Package"))) {
				boolean internal = clause.contains("x-internal:=true");
				boolean versioned = clause.contains("version=\"1.0.0\"");
				if (internal == versioned) {
					problems.add(bundle.name() + " exports " + clause + ": API with version=\"1.0.0\", or x-internal:=true without");
				}
			}
			for (String header : List.of("Require-Bundle", "Fragment-Host")) {
				for (String clause : clauses(bundle.headers().get(header))) {
					if (firstName(clause).startsWith("org.helix.") && !clause.contains("bundle-version=\"[1.0.0,2.0.0)\"")) {
						problems.add(bundle.name() + " " + header + " " + clause + " without bundle-version=\"[1.0.0,2.0.0)\"");
					}
				}
			}
			for (String clause : clauses(bundle.headers().get("Import-Package"))) {
				if (firstName(clause).startsWith("org.helix.") && !clause.contains("version=\"[1.0.0,2.0.0)\"")) {
					problems.add(bundle.name() + " imports " + clause + " without version=\"[1.0.0,2.0.0)\"");
				}
			}
		}
		assertEquals(List.of(), problems);
	}

	/**
	 * Whether {@code sources} name a class of a package {@code required} exports or re-exports. A bundle that re-exports
	 * a bundle outside Helix (model.edit re-exports EMF.Edit) may be required for those packages, which this grep does
	 * not know, so it counts as used.
	 */
	private static boolean usesPackagesOf(String required, String sources, Set<String> seen) {
		if (!seen.add(required) || !bundles.containsKey(required)) {
			return false;
		}
		boolean own = exporters.entrySet().stream().filter(export -> export.getValue().equals(required))
				.anyMatch(export -> Pattern.compile("\\b" + Pattern.quote(export.getKey()) + "\\.[A-Z*]").matcher(sources).find());
		if (own) {
			return true;
		}
		for (String clause : clauses(bundles.get(required).headers().get("Require-Bundle"))) {
			if (clause.contains("visibility:=reexport")) {
				String reexported = firstName(clause);
				if (!reexported.startsWith("org.helix.") || usesPackagesOf(reexported, sources, seen)) {
					return true;
				}
			}
		}
		return false;
	}

	// ---- reading the repository

	private static List<Bundle> nonTestBundles() {
		return bundles.values().stream().filter(bundle -> !bundle.isTest()).toList();
	}

	/** The org.helix bundles {@code bundle} requires by name or whose packages it imports. */
	static Set<String> requiredHelixBundles(Bundle bundle) {
		Set<String> required = new LinkedHashSet<>();
		for (String clause : clauses(bundle.headers().get("Require-Bundle"))) {
			String name = firstName(clause);
			if (name.startsWith("org.helix.")) {
				required.add(name);
			}
		}
		for (String clause : clauses(bundle.headers().get("Import-Package"))) {
			String exporter = exporters.get(firstName(clause));
			if (exporter != null && !exporter.equals(bundle.name())) {
				required.add(exporter);
			}
		}
		return required;
	}

	private static boolean reaches(Map<String, Set<String>> edges, String from, String target, Set<String> seen) {
		for (String next : edges.getOrDefault(from, Set.of())) {
			if (next.equals(target) || (seen.add(next) && reaches(edges, next, target, seen))) {
				return true;
			}
		}
		return false;
	}

	/** The bundle's Java sources and plugin.xml (which names classes and extension points), as one text. */
	private static String sourcesOf(Bundle bundle) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String folder : List.of("src", "src-gen")) {
			Path sources = bundle.folder().resolve(folder);
			if (Files.isDirectory(sources)) {
				try (Stream<Path> walk = Files.walk(sources)) {
					walk.filter(file -> file.toString().endsWith(".java")).forEach(files::add);
				}
			}
		}
		Path pluginXml = bundle.folder().resolve("plugin.xml");
		if (Files.isRegularFile(pluginXml)) {
			files.add(pluginXml);
		}
		return files.stream().map(file -> {
			try {
				return Files.readString(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}).collect(Collectors.joining("\n"));
	}

	/** The folder holding bundles/ and the root pom.xml, found upwards from the working directory. */
	static Path repositoryRoot() {
		for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("bundles/org.helix.core")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no Helix repository above " + Paths.get("").toAbsolutePath());
	}

	/** Manifest headers; continuation lines (starting with a space) are joined to their header. */
	static Map<String, String> headers(String manifest) {
		Map<String, String> headers = new LinkedHashMap<>();
		String current = null;
		for (String line : manifest.split("\r?\n")) {
			if (line.startsWith(" ") && current != null) {
				headers.merge(current, line.substring(1), String::concat);
			} else if (line.contains(":")) {
				current = line.substring(0, line.indexOf(':')).strip();
				headers.put(current, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		return headers;
	}

	/** The comma-separated clauses of a header; commas inside quotes (version ranges) do not split. */
	static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		if (header == null) {
			return clauses;
		}
		StringBuilder clause = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(clause.toString().strip());
				clause.setLength(0);
			} else {
				clause.append(c);
			}
		}
		if (!clause.isEmpty()) {
			clauses.add(clause.toString().strip());
		}
		return clauses;
	}

	private static String firstName(String clause) {
		var matcher = SYMBOLIC_NAME.matcher(clause.strip());
		return matcher.find() ? matcher.group(1) : clause.strip();
	}
}
