package org.helix.analysis.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EObject;

/**
 * The metric providers contributed to {@code org.helix.analysis.metricProviders}, in the order of their ids: a metric
 * is measured by the first provider that names it.
 */
public final class MetricProviders {

	public static final String EXTENSION_POINT = "org.helix.analysis.metricProviders";

	private static volatile List<MetricProvider> contributed;

	private MetricProviders() {
	}

	/** The contributed providers (created once); broken contributions are logged and skipped. */
	public static List<MetricProvider> all() {
		List<MetricProvider> providers = contributed;
		if (providers == null) {
			providers = load();
			contributed = providers;
		}
		return providers;
	}

	/** Every metric name some provider measures, sorted. */
	public static Set<String> metrics() {
		Set<String> names = new TreeSet<>();
		all().forEach(provider -> names.addAll(provider.metrics()));
		return names;
	}

	/**
	 * The value of {@code metric} for {@code element} from the first provider that measures that metric; null when the
	 * element is not measured.
	 *
	 * @throws IllegalArgumentException when no installed provider knows the metric, naming those that are known
	 */
	public static Number value(EObject element, String metric) {
		for (MetricProvider provider : all()) {
			if (provider.metrics().contains(metric)) {
				return provider.value(element, metric);
			}
		}
		throw new IllegalArgumentException("no installed metric provider measures '" + metric + "'; known metrics: " + metrics());
	}

	/**
	 * The features the values of {@code metric} depend on besides containment, as the provider that measures it says
	 * ({@link MetricProvider#reads}); null when it does not say (anything may matter) or no provider measures it.
	 */
	public static Set<String> reads(String metric) {
		for (MetricProvider provider : all()) {
			if (provider.metrics().contains(metric)) {
				return provider.reads(metric);
			}
		}
		return null;
	}

	private static List<MetricProvider> load() {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return List.of(); // plain Java (a unit test outside OSGi): nothing is contributed
		}
		List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparing(element -> String.valueOf(element.getAttribute("id"))));
		List<MetricProvider> providers = new ArrayList<>();
		for (IConfigurationElement element : elements) {
			try {
				providers.add((MetricProvider) element.createExecutableExtension("class"));
			} catch (CoreException | RuntimeException | LinkageError e) {
				ILog.of(MetricProviders.class).error("Cannot create metric provider '" + element.getAttribute("id") + "' of "
						+ element.getContributor().getName(), e);
			}
		}
		return List.copyOf(providers);
	}
}
