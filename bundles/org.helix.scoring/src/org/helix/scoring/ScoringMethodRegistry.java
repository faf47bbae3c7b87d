package org.helix.scoring;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The known scoring methods: those contributed to {@code org.helix.scoring.methods} (the built-in ones included),
 * plus any registered in code. Broken contributions are reported and skipped, never fatal.
 */
public final class ScoringMethodRegistry {

	public static final String EXTENSION_POINT = "org.helix.scoring.methods";

	private final Map<String, ScoringMethod> methods = new LinkedHashMap<>();

	/** An empty registry, for programmatic registration only. */
	public ScoringMethodRegistry() {
	}

	/** Every method contributed through the extension point; problems go to {@code err}. */
	public static ScoringMethodRegistry fromExtensions(PrintStream err) {
		ScoringMethodRegistry registry = new ScoringMethodRegistry();
		IExtensionRegistry extensions = RegistryFactory.getRegistry();
		if (extensions == null) {
			err.println("helix: no extension registry (not running inside OSGi); no contributed scoring methods");
			return registry;
		}
		for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String declaredId = element.getAttribute("id");
			try {
				ScoringMethod method = (ScoringMethod) element.createExecutableExtension("class");
				if (declaredId != null && !declaredId.equals(method.id())) {
					err.println("helix: scoring method of " + contributor + " is declared as '" + declaredId + "' but calls itself '" + method.id()
							+ "'; using '" + method.id() + "'");
				}
				if (!registry.register(method)) {
					err.println("helix: ignoring a second scoring method '" + method.id() + "' (from " + contributor + ")");
				}
			} catch (CoreException | RuntimeException | LinkageError e) {
				err.println("helix: cannot create scoring method '" + declaredId + "' of " + contributor + ": " + e);
			}
		}
		return registry;
	}

	/** Adds a method; false (and nothing changes) when one with the same id is known. */
	public boolean register(ScoringMethod method) {
		return methods.putIfAbsent(method.id(), method) == null;
	}

	/** All methods, in the order they were registered. */
	public List<ScoringMethod> all() {
		return new ArrayList<>(methods.values());
	}

	/** The method with this id, or null. */
	public ScoringMethod get(String id) {
		return methods.get(id);
	}
}
