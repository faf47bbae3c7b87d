package org.helix.diagram.functions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The Java functions and style providers contributed through the extension point {@code org.helix.diagram.functions}
 * (see schema/functions.exsd), plus any added in code. Only these, looked up by id, can be called from an expression:
 * there is no reflection on arbitrary classes.
 */
public final class FunctionRegistry {

	public static final String EXTENSION_POINT = "org.helix.diagram.functions";

	private static FunctionRegistry instance;

	private final Map<String, DiagramFunction> functions = new ConcurrentHashMap<>();
	private final Map<String, StyleProvider> styleProviders = new ConcurrentHashMap<>();
	private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
	private final Set<String> logged = ConcurrentHashMap.newKeySet();

	/** The registry filled from the extension registry (read once). */
	public static synchronized FunctionRegistry getDefault() {
		if (instance == null) {
			instance = new FunctionRegistry();
			instance.readExtensions(RegistryFactory.getRegistry());
		}
		return instance;
	}

	/** Reads the contributions of {@link #EXTENSION_POINT}; problems are collected and logged, not thrown. */
	public void readExtensions(IExtensionRegistry registry) {
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String origin = element.getContributor().getName();
			String id = element.getAttribute("id");
			try {
				Object contribution = element.createExecutableExtension("class");
				switch (element.getName()) {
				case "function" -> {
					if (contribution instanceof DiagramFunction function) {
						add(id, function, origin);
					} else {
						problem(origin + ": " + element.getAttribute("class") + " of function " + id + " is no DiagramFunction");
					}
				}
				case "styleProvider" -> {
					if (contribution instanceof StyleProvider provider) {
						add(id, provider, origin);
					} else {
						problem(origin + ": " + element.getAttribute("class") + " of style provider " + id + " is no StyleProvider");
					}
				}
				default -> problem(origin + ": unknown element " + element.getName());
				}
			} catch (CoreException | RuntimeException e) {
				problem(origin + ": cannot create " + element.getName() + " " + id + ": " + e.getMessage());
			}
		}
	}

	/** Adds a function; false (and a problem) when the id is blank or taken. */
	public boolean add(String id, DiagramFunction function, String origin) {
		if (id == null || id.isBlank()) {
			problem(origin + ": a contribution without id");
			return false;
		}
		if (styleProviders.containsKey(id) || functions.putIfAbsent(id, function) != null) {
			problem(origin + ": id " + id + " is already used");
			return false;
		}
		return true;
	}

	/** Adds a style provider; false (and a problem) when the id is blank or taken. */
	public boolean add(String id, StyleProvider provider, String origin) {
		if (id == null || id.isBlank()) {
			problem(origin + ": a contribution without id");
			return false;
		}
		if (functions.containsKey(id) || styleProviders.putIfAbsent(id, provider) != null) {
			problem(origin + ": id " + id + " is already used");
			return false;
		}
		return true;
	}

	/** The function with this id, or null. */
	public DiagramFunction function(String id) {
		return functions.get(id);
	}

	/** The style provider with this id, or null. */
	public StyleProvider styleProvider(String id) {
		return styleProviders.get(id);
	}

	/** The ids of the functions, sorted, for error messages. */
	public List<String> functionIds() {
		return List.copyOf(new TreeMap<>(functions).keySet());
	}

	/** The ids of the style providers, sorted, for error messages. */
	public List<String> styleProviderIds() {
		return List.copyOf(new TreeMap<>(styleProviders).keySet());
	}

	/** What went wrong while reading contributions, one line each with its origin. */
	public List<String> problems() {
		synchronized (problems) {
			return List.copyOf(problems);
		}
	}

	private void problem(String text) {
		problems.add(text);
		ILog.of(FunctionRegistry.class).warn(text);
	}

	/**
	 * Logs that a contribution threw, once per contribution and kind of exception: a refresh evaluates it for every
	 * element, and a log entry per element would bury the first one.
	 */
	public void failed(String id, RuntimeException e) {
		if (logged.add(id + " " + e.getClass().getName())) {
			ILog.of(FunctionRegistry.class).error("Diagram contribution " + id + " failed; the diagram falls back to the mapping's style", e);
		}
	}
}
