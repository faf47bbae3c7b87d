package org.helix.analysis.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.HelixModel;

/**
 * The status providers contributed to {@code org.helix.analysis.statusProviders}, asked in the order of their ids:
 * for an element the first provider that rates it wins. With none installed every element is unrated, and the
 * workbench shows no RAG.
 */
public final class StatusProviders {

	public static final String EXTENSION_POINT = "org.helix.analysis.statusProviders";

	private static volatile List<StatusProvider> contributed;

	private StatusProviders() {
	}

	/** The contributed providers (created once); broken contributions are logged and skipped. */
	public static List<StatusProvider> all() {
		List<StatusProvider> providers = contributed;
		if (providers == null) {
			providers = load();
			contributed = providers;
		}
		return providers;
	}

	/** True when at least one provider is installed. */
	public static boolean available() {
		return !all().isEmpty();
	}

	/** The status of an element as of a date by the first provider that rates it; null when none does. */
	public static ElementStatus status(EObject element, LocalDate asOf) {
		for (StatusProvider provider : all()) {
			ElementStatus status = provider.status(element, asOf);
			if (status != null) {
				return status;
			}
		}
		return null;
	}

	/** The statuses of all rated elements of a model by id; the first provider that rates an element wins. */
	public static Map<String, ElementStatus> statuses(HelixModel model, LocalDate asOf) {
		Map<String, ElementStatus> all = new HashMap<>();
		for (StatusProvider provider : all()) {
			provider.statuses(model, asOf).forEach(all::putIfAbsent);
		}
		return all;
	}

	private static List<StatusProvider> load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of(); // plain Java (a unit test outside OSGi): nothing is contributed
		}
		List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
		List<StatusProvider> providers = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			try {
				providers.add((StatusProvider) element.createExecutableExtension("class"));
			} catch (CoreException | RuntimeException | LinkageError e) {
				ILog.of(StatusProviders.class).error("Cannot create status provider '" + element.getAttribute("id") + "' of "
						+ element.getContributor().getName(), e);
			}
		}
		return List.copyOf(providers);
	}
}
