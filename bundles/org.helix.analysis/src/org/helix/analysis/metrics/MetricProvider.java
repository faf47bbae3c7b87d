package org.helix.analysis.metrics;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;

/**
 * Numeric measures of model elements that an analysis bundle offers to the rest of Helix (diagram styling, tables)
 * without the workbench depending on that bundle: contributed through the extension point
 * {@code org.helix.analysis.metricProviders}. A provider reads only the model it is given, on the thread that owns it,
 * and adds no adapters it does not remove again itself.
 */
public interface MetricProvider {

	/** The names of the metrics this provider measures, e.g. {@code betweenness}. */
	Set<String> metrics();

	/** The value of {@code metric} for {@code element}; null when the element is not measured (e.g. not a node). */
	Number value(EObject element, String metric);

	/**
	 * The features (by name, of any class) the values of {@code metric} depend on besides containment (which objects are
	 * in the model, and where, always counts), e.g. a relationship's {@code source} and {@code target} but not an
	 * organisation's {@code name}; a diagram re-evaluates a style that shows the metric only when one of them changes.
	 * Null, the default, when the provider does not say: any change may change any value.
	 */
	default Set<String> reads(String metric) {
		return null;
	}
}
