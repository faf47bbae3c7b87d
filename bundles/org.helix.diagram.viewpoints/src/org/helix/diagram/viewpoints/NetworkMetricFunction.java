package org.helix.diagram.viewpoints;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.functions.DiagramFunction;
import org.helix.network.ModelNetworkMetrics;

/**
 * {@code java('org.helix.network.metric', 'betweenness')}: a network metric of an actor in the model's whole ecosystem
 * network (undirected, all tie kinds; see docs/network.md), for conditional styles and labels, e.g. a bigger node for
 * a broker or a colour per community. The metrics are computed once per change of the model
 * ({@link ModelNetworkMetrics}). Returns null for an element that is not a node of the network.
 */
public class NetworkMetricFunction implements DiagramFunction {

	public static final String ID = "org.helix.network.metric";

	@Override
	public Object apply(Object target, List<Object> arguments) {
		if (arguments.size() != 1 || !(arguments.get(0) instanceof String metric)) {
			throw new IllegalArgumentException(ID + " takes one argument, the metric's name, e.g. 'betweenness'");
		}
		return target instanceof EObject element ? ModelNetworkMetrics.value(element, metric) : null;
	}
}
