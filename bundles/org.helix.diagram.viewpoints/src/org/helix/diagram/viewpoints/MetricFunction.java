package org.helix.diagram.viewpoints;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.helix.analysis.metrics.MetricProviders;
import org.helix.diagram.expression.Dependencies;
import org.helix.diagram.functions.DiagramFunction;

/**
 * {@code java('org.helix.analysis.metric', 'betweenness')}: a metric of an element from whichever analysis bundle
 * measures it ({@code org.helix.analysis.metricProviders}; the network bundle offers degree, betweenness, closeness,
 * eigenvector, pagerank, constraint, brokerage, community and component), for conditional styles and labels, e.g. a
 * bigger node for a broker or a colour per community. Null for an element that is not measured; an error naming the
 * known metrics for a name no installed provider measures.
 */
public class MetricFunction implements DiagramFunction {

	public static final String ID = "org.helix.analysis.metric";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		if (arguments.size() != 1 || !(arguments.get(0) instanceof String metric)) {
			throw new IllegalArgumentException(ID + " takes one argument, the metric's name, e.g. 'betweenness'");
		}
		return target instanceof EObject element ? MetricProviders.value(element, metric) : null;
	}

	/**
	 * What the provider of the named metric says its values depend on ({@link org.helix.analysis.metrics.MetricProvider#reads}),
	 * on any object, and containment; everything when it does not say, or the metric is not a literal.
	 */
	@Override
	public Dependencies reads(List<Object> arguments) {
		return arguments.size() == 1 && arguments.get(0) instanceof String metric ? metricReads(List.of(metric)) : Dependencies.EVERYTHING;
	}

	/** What the values of these metrics read, as their providers say; everything when one does not say. */
	static Dependencies metricReads(Collection<String> metrics) {
		Set<String> features = new java.util.HashSet<>();
		for (String metric : metrics) {
			Set<String> reads = MetricProviders.reads(metric);
			if (reads == null) {
				return Dependencies.EVERYTHING;
			}
			features.addAll(reads);
		}
		return Dependencies.of(Set.of(), features, true);
	}
}
