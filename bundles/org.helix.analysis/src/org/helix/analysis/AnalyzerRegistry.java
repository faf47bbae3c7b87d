package org.helix.analysis;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The known analyzers: those contributed to {@code org.helix.analysis.analyzers}, plus any registered in code (plain
 * tests, or tools that run outside OSGi). Broken contributions are reported and skipped, never fatal.
 */
public final class AnalyzerRegistry {

	public static final String EXTENSION_POINT = "org.helix.analysis.analyzers";

	private final Map<String, Analyzer> analyzers = new LinkedHashMap<>();

	/** An empty registry, for programmatic registration only. */
	public AnalyzerRegistry() {
	}

	/** A registry holding every analyzer contributed through the extension point; problems go to {@code err}. */
	public static AnalyzerRegistry fromExtensions(PrintStream err) {
		AnalyzerRegistry registry = new AnalyzerRegistry();
		IExtensionRegistry extensions = RegistryFactory.getRegistry();
		if (extensions == null) {
			err.println("helix: no extension registry (not running inside OSGi); no contributed analyzers");
			return registry;
		}
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String declaredId = element.getAttribute("id");
			try {
				Analyzer analyzer = (Analyzer) element.createExecutableExtension("class");
				if (declaredId != null && !declaredId.equals(analyzer.id())) {
					err.println("helix: analyzer of " + contributor + " is declared as '" + declaredId + "' but calls itself '"
							+ analyzer.id() + "'; using '" + analyzer.id() + "'");
				}
				if (!registry.register(analyzer)) {
					err.println("helix: ignoring a second analyzer '" + analyzer.id() + "' (from " + contributor + ")");
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				err.println("helix: cannot create analyzer '" + declaredId + "' of " + contributor + ": " + e);
			}
		}
		return registry;
	}

	/** Adds an analyzer; false (and nothing changes) when one with the same id is already known. */
	public boolean register(Analyzer analyzer) {
		return analyzers.putIfAbsent(analyzer.id(), analyzer) == null;
	}

	/** All analyzers, sorted by category, then label. */
	public List<Analyzer> all() {
		List<Analyzer> sorted = new ArrayList<>(analyzers.values());
		sorted.sort(Comparator.comparing(Analyzer::category).thenComparing(Analyzer::label));
		return sorted;
	}

	public Analyzer get(String id) {
		return analyzers.get(id);
	}
}
