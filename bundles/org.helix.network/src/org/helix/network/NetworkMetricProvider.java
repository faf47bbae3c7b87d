package org.helix.network;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.metrics.MetricProvider;

/**
 * The ecosystem network's metrics offered to the rest of Helix through {@code org.helix.analysis.metricProviders}, as a
 * third party would offer its own: diagram styles read them with {@code java('org.helix.analysis.metric', 'betweenness')}.
 */
public class NetworkMetricProvider implements MetricProvider {

	static final Set<String> METRICS = Set.of("degree", "inDegree", "outDegree", "betweenness", "closeness", "eigenvector",
			"pagerank", "constraint", "brokerage", "community", "component");

	@Override
	public Set<String> metrics() {
		return METRICS;
	}

	/** The network's structure, the actors' ids and helix ({@link ModelNetworkMetrics#READS}), whatever the metric. */
	@Override
	public Set<String> reads(String metric) {
		return ModelNetworkMetrics.READS;
	}

	@Override
	public Number value(EObject element, String metric) {
		return ModelNetworkMetrics.value(element, metric);
	}
}
