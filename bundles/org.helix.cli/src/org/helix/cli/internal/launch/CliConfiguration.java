package org.helix.cli.internal.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Computes the lean configuration the command line starts with: only the bundles its commands need, instead of the
 * product's 170 (no SWT, workbench, help system or Jetty). Plain Java, no OSGi: {@code ./helix cli} runs it with
 * {@code java -cp org.helix.cli.jar} before the framework starts, once per product state, and caches the result.
 *
 * <p>
 * The bundles are the closure, over Require-Bundle, Import-Package, Require-Capability and Fragment-Host (optional
 * requirements left out), of {@code org.helix.cli} and of every bundle that contributes to an extension point declared
 * by a bundle already in it (except the Eclipse platform's own points, such as applications or adapters, which the
 * workbench's bundles contribute to). So analyzers, status providers, scoring methods and commands contributed by
 * plug-ins installed later (p2, through install-plugin, writes them into the product's bundles.info) are found as before. A
 * command whose bundle needs SWT is the one exception: its bundle is left out and the command is listed as needing the
 * product's full configuration, which the run script then uses for it.
 *
 * <p>
 * Output, in the folder given: {@code configuration/config.ini}, {@code configuration/org.eclipse.equinox.
 * simpleconfigurator/bundles.info} (lines copied from the product's), {@code lean-commands} (the commands the lean
 * configuration provides, one a line) and {@code full-commands} (the ones that need the full configuration).
 */
public final class CliConfiguration {

	static final String COMMANDS_POINT = "org.helix.cli.commands";
	static final String CLI_BUNDLE = "org.helix.cli";
	static final String SWT_BUNDLE = "org.eclipse.swt";
	/**
	 * p2's engine finds its touchpoints through the platform's extension points and its services through declarative
	 * services, which the lean configuration does not follow: a command needing it (install-plugin) runs on the
	 * product's configuration, as one drawing with SWT does.
	 */
	static final Set<String> FULL_CONFIGURATION_BUNDLES = Set.of(SWT_BUNDLE, "org.eclipse.equinox.p2.engine");
	static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";
	/** Extension points of the platform: following them would bring in every UI bundle that contributes to them. */
	private static final String PLATFORM_PREFIX = "org.eclipse.";
	/** Requirement namespaces the framework or the JVM satisfies. */
	private static final Set<String> SYSTEM_NAMESPACES = Set.of("osgi.ee", "osgi.native", "osgi.identity",
			"eclipse.platform");

	/** One line of bundles.info and what the bundle's manifest and plugin.xml say. */
	public record Bundle(String line, String name, String version, int startLevel, boolean autoStart, String host,
			List<Clause> requiredBundles, List<Clause> importedPackages, List<Clause> requiredCapabilities,
			Set<String> exportedPackages, Map<String, List<Map<String, String>>> providedCapabilities,
			boolean hasComponents, Set<String> declaredPoints, Set<String> contributedPoints, List<String> commands) {
	}

	/** A manifest header's clause: its names (before the first attribute) and its attributes and directives. */
	public record Clause(List<String> names, Map<String, String> parameters) {
		boolean optional() {
			return "optional".equals(parameters.get("resolution:"));
		}
	}

	/** The lean configuration: the bundles.info lines kept and the commands by configuration. */
	public record Result(List<Bundle> bundles, Set<String> leanCommands, Set<String> fullCommands) {
		/** The symbolic names of the bundles kept. */
		public Set<String> names() {
			Set<String> names = new TreeSet<>();
			bundles.forEach(bundle -> names.add(bundle.name()));
			return names;
		}
	}

	private final Map<String, List<Bundle>> byName = new LinkedHashMap<>();
	private final Map<String, List<Bundle>> byPackage = new LinkedHashMap<>();
	private final Map<String, List<Bundle>> fragmentsByHost = new LinkedHashMap<>();
	private final List<Bundle> all;

	CliConfiguration(List<Bundle> bundles) {
		this.all = bundles;
		for (Bundle bundle : bundles) {
			byName.computeIfAbsent(bundle.name(), key -> new ArrayList<>()).add(bundle);
			bundle.exportedPackages().forEach(p -> byPackage.computeIfAbsent(p, key -> new ArrayList<>()).add(bundle));
			if (bundle.host() != null) {
				fragmentsByHost.computeIfAbsent(bundle.host(), key -> new ArrayList<>()).add(bundle);
			}
		}
	}

	/**
	 * {@code CliConfiguration PRODUCT_DIR OUTPUT_DIR [FINAL_DIR]}: writes into OUTPUT_DIR, which the caller renames to
	 * FINAL_DIR (default: OUTPUT_DIR) once complete. Exit code 0 when written, 2 on a problem (stated).
	 */
	public static void main(String[] args) {
		if (args.length != 2 && args.length != 3) {
			System.err.println("usage: CliConfiguration PRODUCT_DIR OUTPUT_DIR [FINAL_DIR]");
			System.exit(2);
		}
		try {
			Path product = Path.of(args[0]);
			Result result = compute(product);
			Path output = Path.of(args[1]);
			write(product, result, output, args.length == 3 ? Path.of(args[2]) : output);
		} catch (IOException | RuntimeException e) {
			System.err.println("helix: cannot compute the command line's configuration: " + e);
			System.exit(2);
		}
	}

	/** Reads the product's bundles.info and the bundles it lists, and computes the lean configuration. */
	public static Result compute(Path product) throws IOException {
		List<Bundle> bundles = new ArrayList<>();
		for (String line : Files.readAllLines(product.resolve("configuration").resolve(BUNDLES_INFO))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split(",");
			if (fields.length < 5) {
				throw new IOException("unreadable line in bundles.info: " + line);
			}
			bundles.add(read(line, fields, location(product, fields[2])));
		}
		return new CliConfiguration(bundles).compute();
	}

	private static Path location(Path product, String location) {
		String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
		Path file = Path.of(path);
		return file.isAbsolute() ? file : product.resolve(file);
	}

	Result compute() {
		Set<Bundle> closure = closure(new LinkedHashSet<>(byName.getOrDefault(CLI_BUNDLE, List.of())));
		if (closure.isEmpty()) {
			throw new IllegalStateException("the product has no bundle " + CLI_BUNDLE);
		}
		Set<String> fullCommands = new TreeSet<>(), forcedFull = new TreeSet<>();
		boolean grown = true;
		while (grown) {
			grown = false;
			Set<String> points = new LinkedHashSet<>();
			for (Bundle bundle : closure) {
				if (!bundle.name().startsWith(PLATFORM_PREFIX)) {
					points.addAll(bundle.declaredPoints());
				}
			}
			for (Bundle contributor : all) {
				if (closure.contains(contributor) || contributor.contributedPoints().stream().noneMatch(points::contains)) {
					continue;
				}
				Set<Bundle> needed = closure(new LinkedHashSet<>(List.of(contributor)));
				boolean onlyCommands = contributor.contributedPoints().stream().filter(points::contains)
						.allMatch(COMMANDS_POINT::equals);
				if (needed.stream().anyMatch(b -> FULL_CONFIGURATION_BUNDLES.contains(b.name()))) {
					if (onlyCommands) {
						// a command that draws with SWT (export-diagram): run it with the product's configuration
						fullCommands.addAll(contributor.commands());
					} else {
						// a contribution whose bundle needs SWT (the report's diagrams section, from the diagram layer):
						// the commands of the bundles declaring what it contributes to run with the product's
						// configuration, so they find it; the lean one stays free of SWT and the workbench
						for (Bundle declaring : closure) {
							if (contributor.contributedPoints().stream().anyMatch(declaring.declaredPoints()::contains)) {
								forcedFull.addAll(declaring.commands());
							}
						}
					}
					continue;
				}
				closure.addAll(needed);
				grown = true;
			}
		}
		closure.addAll(autoStartedServing(closure));
		closure.addAll(basics(closure));
		Set<String> leanCommands = new TreeSet<>();
		closure.forEach(bundle -> leanCommands.addAll(bundle.commands()));
		fullCommands.removeAll(leanCommands);
		leanCommands.removeAll(forcedFull);
		fullCommands.addAll(forcedFull);
		if (!fullCommands.isEmpty()) {
			// help lists every command, so it needs every command's bundle
			leanCommands.remove("help");
		}
		// framework extensions (p2's org.eclipse.osgi.compatibility.state) are not installed at run time: Equinox would
		// ask for a restart (exit code 23); the lean commands do not need them
		List<Bundle> kept = all.stream().filter(closure::contains)
				.filter(bundle -> !"org.eclipse.osgi".equals(bundle.host()) && !"system.bundle".equals(bundle.host()))
				.toList();
		return new Result(kept, leanCommands, fullCommands);
	}

	/**
	 * The framework, the simple configurator that installs the bundles and the product's auto-started bundles that the
	 * closure has a use for (Declarative Services when a bundle declares components; the others when something in the
	 * closure needs them anyway).
	 */
	private Set<Bundle> basics(Set<Bundle> closure) {
		Set<Bundle> basics = new LinkedHashSet<>();
		for (Bundle bundle : all) {
			if (bundle.startLevel() < 0 || bundle.name().equals("org.eclipse.equinox.simpleconfigurator")) {
				basics.add(bundle);
			}
		}
		if (closure.stream().anyMatch(Bundle::hasComponents)) {
			basics.addAll(closure(new LinkedHashSet<>(providers("osgi.extender", "osgi.component"))));
		}
		return basics;
	}

	/** {@code roots} and every bundle they need, transitively. */
	Set<Bundle> closure(Set<Bundle> roots) {
		Set<Bundle> closure = new LinkedHashSet<>(roots);
		Deque<Bundle> work = new ArrayDeque<>(roots);
		while (!work.isEmpty()) {
			Bundle bundle = work.pop();
			List<Bundle> needed = new ArrayList<>();
			if (bundle.host() != null) {
				needed.addAll(byName.getOrDefault(bundle.host(), List.of()));
			}
			needed.addAll(fragmentsByHost.getOrDefault(bundle.name(), List.of()));
			// A library wrapped from Maven Central imports everything optionally (Apache POI needs XMLBeans that
			// way): outside the platform an optional requirement is followed too, but never into the platform.
			boolean library = !bundle.name().startsWith(PLATFORM_PREFIX);
			for (Clause clause : bundle.requiredBundles()) {
				if (!clause.optional() || library) {
					clause.names().forEach(name -> needed.addAll(
							wanted(byName.getOrDefault(name, List.of()), clause.optional())));
				}
			}
			for (Clause clause : bundle.importedPackages()) {
				if (!clause.optional() || library) {
					// none: a package of the JDK, exported by the system bundle
					clause.names().forEach(name -> needed.addAll(
							wanted(byPackage.getOrDefault(name, List.of()), clause.optional())));
				}
			}
			for (Clause clause : bundle.requiredCapabilities()) {
				String namespace = clause.names().get(0);
				if (clause.optional() || SYSTEM_NAMESPACES.contains(namespace)) {
					continue;
				}
				Matcher value = Pattern.compile("\\(" + Pattern.quote(namespace) + "=([^)]*)\\)")
						.matcher(clause.parameters().getOrDefault("filter:", ""));
				if (value.find()) {
					needed.addAll(providers(namespace, value.group(1)));
				}
			}
			for (Bundle next : needed) {
				if (closure.add(next)) {
					work.push(next);
				}
			}
		}
		return closure;
	}

	/** The providers of a requirement; for an optional one only those outside the platform. */
	private static List<Bundle> wanted(List<Bundle> providers, boolean optional) {
		return optional ? providers.stream().filter(b -> !b.name().startsWith(PLATFORM_PREFIX)).toList() : providers;
	}

	/**
	 * The product's auto-started bundles outside the platform that serve the closure: everything they require is in
	 * it (or is the JDK's), and some of it comes from a library in it. Such a bundle is started for what it registers
	 * rather than required by anyone (org.helix.io.log4j, the Log4j provider Apache POI waits for).
	 */
	private Set<Bundle> autoStartedServing(Set<Bundle> closure) {
		Set<Bundle> serving = new LinkedHashSet<>();
		for (Bundle bundle : all) {
			if (!bundle.autoStart() || bundle.startLevel() < 0 || closure.contains(bundle)
					|| bundle.name().startsWith(PLATFORM_PREFIX) || bundle.host() != null
					// an extender (SPI Fly) acts on other bundles, not for the closure: basics() picks those it needs
					|| bundle.providedCapabilities().containsKey("osgi.extender")) {
				continue;
			}
			boolean satisfied = true;
			boolean servesALibrary = false;
			for (Clause clause : bundle.requiredBundles()) {
				if (!clause.optional()) {
					satisfied &= clause.names().stream()
							.allMatch(name -> byName.getOrDefault(name, List.of()).stream().anyMatch(closure::contains));
				}
			}
			for (Clause clause : bundle.importedPackages()) {
				if (clause.optional()) {
					continue;
				}
				for (String name : clause.names()) {
					List<Bundle> providers = byPackage.getOrDefault(name, List.of());
					List<Bundle> inClosure = providers.stream().filter(closure::contains).toList();
					satisfied &= providers.isEmpty() || !inClosure.isEmpty();
					servesALibrary |= inClosure.stream().anyMatch(b -> !b.name().startsWith(PLATFORM_PREFIX));
				}
			}
			if (satisfied && servesALibrary && bundle.requiredCapabilities().stream()
					.allMatch(c -> c.optional() || SYSTEM_NAMESPACES.contains(c.names().get(0)))) {
				serving.add(bundle);
			}
		}
		return serving;
	}

	/** The bundles providing capability {@code namespace} with the namespace's attribute equal to {@code value}. */
	private List<Bundle> providers(String namespace, String value) {
		return all.stream().filter(b -> b.providedCapabilities().getOrDefault(namespace, List.of()).stream()
				.anyMatch(attributes -> value.equals(attributes.get(namespace)))).toList();
	}

	/**
	 * Writes the configuration into {@code output} (which must not exist yet or be empty); {@code finalOutput} is
	 * where it will be read from (config.ini names a file in it).
	 */
	public static void write(Path product, Result result, Path output, Path finalOutput) throws IOException {
		Path configuration = output.resolve("configuration");
		Files.createDirectories(configuration.resolve(BUNDLES_INFO).getParent());
		Properties ini = new Properties();
		try (InputStream in = Files.newInputStream(product.resolve("configuration/config.ini"))) {
			ini.load(in);
		}
		// the command line names its application itself, and the product (branding) lives in a workbench bundle
		ini.remove("eclipse.application");
		ini.remove("eclipse.product");
		// relative to the configuration area, which is no longer inside the product
		ini.remove("eclipse.p2.data.area");
		ini.remove("eclipse.p2.profile");
		// the framework extension p2's framework admin needs (install-plugin, which runs on the product's configuration):
		// named relative to the product's plugins/, and of no use to the lean commands. Set empty rather than removed:
		// the launcher would take the product's value from its configuration area (cascaded)
		ini.setProperty("osgi.framework.extensions", "");
		String framework = ini.getProperty("osgi.framework");
		if (framework != null && framework.startsWith("file:")) {
			// the framework from a copy without its signature: see UnsignedJar
			Path signed = location(product, framework);
			UnsignedJar.copy(signed, output.resolve(signed.getFileName()));
			ini.setProperty("osgi.framework", finalOutput.resolve(signed.getFileName()).toAbsolutePath().toUri().toString());
			// the initial bundles are found relative to the framework's folder, which is no longer plugins/
			ini.setProperty("osgi.bundles", absoluteBundles(ini.getProperty("osgi.bundles", ""), signed.toAbsolutePath().getParent()));
		}
		try (Writer out = Files.newBufferedWriter(configuration.resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
			ini.store(out, "Lean configuration of ./helix cli, computed from " + product + " by " + CliConfiguration.class.getName());
		}
		List<String> lines = new ArrayList<>(List.of("#encoding=UTF-8", "#version=1"));
		result.bundles().forEach(bundle -> lines.add(bundle.line()));
		Files.write(configuration.resolve(BUNDLES_INFO), lines, StandardCharsets.UTF_8);
		Files.write(output.resolve("lean-commands"), result.leanCommands(), StandardCharsets.UTF_8);
		Files.write(output.resolve("full-commands"), result.fullCommands(), StandardCharsets.UTF_8);
	}

	/** {@code reference:file:NAME.jar@1:start,...} with each relative NAME resolved in {@code plugins}. */
	static String absoluteBundles(String bundles, Path plugins) {
		List<String> absolute = new ArrayList<>();
		for (String entry : bundles.split(",")) {
			Matcher relative = Pattern.compile("^(reference:)?file:([^/@][^@]*)(@.*)?$").matcher(entry.trim());
			if (relative.matches()) {
				String suffix = relative.group(3) == null ? "" : relative.group(3);
				absolute.add("reference:file:" + plugins.resolve(relative.group(2)) + suffix);
			} else if (!entry.isBlank()) {
				absolute.add(entry.trim());
			}
		}
		return String.join(",", absolute);
	}

	// ---- reading a bundle ----

	static Bundle read(String line, String[] fields, Path location) throws IOException {
		Manifest manifest;
		if (Files.isDirectory(location)) {
			try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
				manifest = new Manifest(in);
			}
			Path xml = location.resolve("plugin.xml");
			return bundle(line, fields, manifest, Files.isRegularFile(xml) ? Files.newInputStream(xml) : null);
		}
		try (JarFile jar = new JarFile(location.toFile(), false)) {
			manifest = jar.getManifest();
			if (manifest == null) {
				throw new IOException(location + " has no manifest");
			}
			ZipEntry xml = jar.getEntry("plugin.xml");
			return bundle(line, fields, manifest, xml == null ? null : jar.getInputStream(xml));
		}
	}

	private static Bundle bundle(String line, String[] fields, Manifest manifest, InputStream pluginXml)
			throws IOException {
		var headers = manifest.getMainAttributes();
		String name = fields[0];
		List<Clause> host = clauses(headers.getValue("Fragment-Host"));
		Set<String> exported = new LinkedHashSet<>();
		clauses(headers.getValue("Export-Package")).forEach(clause -> exported.addAll(clause.names()));
		Map<String, List<Map<String, String>>> provided = new LinkedHashMap<>();
		for (Clause clause : clauses(headers.getValue("Provide-Capability"))) {
			provided.computeIfAbsent(clause.names().get(0), key -> new ArrayList<>()).add(clause.parameters());
		}
		Set<String> declared = new LinkedHashSet<>();
		Set<String> contributed = new LinkedHashSet<>();
		List<String> commands = new ArrayList<>();
		if (pluginXml != null) {
			try (InputStream in = pluginXml) {
				readPluginXml(name, in, declared, contributed, commands);
			}
		}
		int startLevel = parseInt(fields[3]);
		return new Bundle(line, name, fields[1], startLevel, Boolean.parseBoolean(fields[4].trim()),
				host.isEmpty() ? null : host.get(0).names().get(0), clauses(headers.getValue("Require-Bundle")),
				clauses(headers.getValue("Import-Package")), clauses(headers.getValue("Require-Capability")), exported,
				provided, headers.getValue("Service-Component") != null, declared, contributed, commands);
	}

	private static int parseInt(String text) {
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			return 4;
		}
	}

	/** Extension points declared and contributed to, qualified as the extension registry does, and command names. */
	static void readPluginXml(String namespace, InputStream in, Set<String> declared, Set<String> contributed,
			List<String> commands) throws IOException {
		Document document;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			document = factory.newDocumentBuilder().parse(in);
		} catch (Exception e) {
			throw new IOException("unreadable plugin.xml of " + namespace + ": " + e.getMessage(), e);
		}
		NodeList points = document.getDocumentElement().getElementsByTagName("extension-point");
		for (int i = 0; i < points.getLength(); i++) {
			declared.add(qualified(namespace, ((Element) points.item(i)).getAttribute("id")));
		}
		NodeList extensions = document.getDocumentElement().getElementsByTagName("extension");
		for (int i = 0; i < extensions.getLength(); i++) {
			Element extension = (Element) extensions.item(i);
			String point = qualified(namespace, extension.getAttribute("point"));
			contributed.add(point);
			if (point.equals(COMMANDS_POINT)) {
				NodeList children = extension.getElementsByTagName("command");
				for (int j = 0; j < children.getLength(); j++) {
					commands.add(((Element) children.item(j)).getAttribute("name"));
				}
			}
		}
	}

	/** A simple id is in the contributing bundle's namespace; an id with a dot is already qualified. */
	private static String qualified(String namespace, String id) {
		return id.indexOf('.') >= 0 ? id : namespace + "." + id;
	}

	/** The clauses of an OSGi manifest header: comma-separated, ';' between names and parameters, quotes respected. */
	static List<Clause> clauses(String header) {
		List<Clause> clauses = new ArrayList<>();
		if (header == null || header.isBlank()) {
			return clauses;
		}
		for (String text : split(header, ',')) {
			List<String> names = new ArrayList<>();
			Map<String, String> parameters = new LinkedHashMap<>();
			for (String part : split(text, ';')) {
				int equals = part.indexOf('=');
				if (equals < 0) {
					names.add(part.trim());
					continue;
				}
				boolean directive = equals > 0 && part.charAt(equals - 1) == ':';
				String key = part.substring(0, directive ? equals - 1 : equals).trim();
				int colon = key.indexOf(':'); // a typed attribute, e.g. version:Version
				if (colon >= 0) {
					key = key.substring(0, colon);
				}
				String value = part.substring(equals + 1).trim();
				if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
					value = value.substring(1, value.length() - 1);
				}
				parameters.put(directive ? key + ":" : key, value);
			}
			if (!names.isEmpty()) {
				clauses.add(new Clause(names, parameters));
			}
		}
		return clauses;
	}

	private static List<String> split(String text, char separator) {
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : text.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == separator && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			} else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return parts.stream().filter(p -> !p.isBlank()).toList();
	}
}
