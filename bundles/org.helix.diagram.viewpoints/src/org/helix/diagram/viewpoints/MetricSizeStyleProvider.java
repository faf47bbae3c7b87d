package org.helix.diagram.viewpoints;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.analysis.metrics.MetricProviders;
import org.helix.core.ecosystem.ModelCache;
import org.helix.diagram.functions.StyleProvider;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Actor;

/**
 * Node size by a metric of the installed metric providers (betweenness, degree, ...), as a style option the user
 * switches: the metric is named by an active layer of the diagram whose id ends in {@code .size.<metric>} (the
 * ecosystem viewpoint's optional layers {@code eco.size.betweenness} and {@code eco.size.degree}); with none active the
 * mapping's own size applies. The value is scaled by the largest value among the model's actors, and the square root
 * of that share picks one of {@link #STEPS} sizes (area grows with the value), so there are few constant styles (a
 * legend can list them) and a refresh that changes no value changes nothing. Bigger nodes also get a bigger label.
 */
public class MetricSizeStyleProvider implements StyleProvider {

	public static final String ID = "org.helix.analysis.metricSize";
	/** The layer-id suffix that names the size metric: {@code <anything>.size.<metric>}. */
	public static final String LAYER_MARKER = ".size.";
	public static final int STEPS = 6;

	private static final NodeStyle[] SIZES = new NodeStyle[STEPS];

	static {
		for (int step = 0; step < STEPS; step++) {
			NodeStyle style = DescriptionFactory.eINSTANCE.createNodeStyle();
			style.setWidth(120 + 40 * step);
			style.setHeight(34 + 14 * step);
			style.setFontSize(8 + step);
			style.setBold(step >= 3);
			SIZES[step] = style;
		}
	}

	@Override
	public Style style(EObject element) {
		return null; // without the diagram's layers there is no size option
	}

	@Override
	public Style style(EObject element, Map<String, Object> variables) {
		String metric = metric(variables.get("layers"));
		if (metric == null) {
			return null;
		}
		Number value = MetricProviders.value(element, metric);
		if (value == null) {
			return null;
		}
		return SIZES[step(value.doubleValue(), max(element, metric))];
	}

	/**
	 * Without an active size option there is no size: nothing in the model matters then; with one, what the metric's
	 * provider says its values read (for this element and for the largest value among the actors), or anything.
	 */
	@Override
	public org.helix.diagram.expression.Dependencies reads(java.util.Collection<String> activeLayers) {
		String metric = metric(List.copyOf(activeLayers));
		return metric == null ? org.helix.diagram.expression.Dependencies.NONE : MetricFunction.metricReads(List.of(metric));
	}

	@Override
	public boolean sizes() {
		return true;
	}

	/** For the diagram's legend: node size follows the metric of the active size option (betweenness or degree). */
	@Override
	public Map<String, Style> legend() {
		Map<String, Style> looks = new java.util.LinkedHashMap<>();
		looks.put("Size by metric: smallest (lowest value, or none)", SIZES[0]);
		looks.put("Size by metric: largest (highest value in the model)", SIZES[STEPS - 1]);
		return looks;
	}

	/** With the diagram's layers: the metric the active size option names, or nothing when no size option is on. */
	@Override
	public Map<String, Style> legend(java.util.Collection<String> activeLayers) {
		String metric = metric(List.copyOf(activeLayers));
		if (metric == null) {
			return Map.of();
		}
		Map<String, Style> looks = new java.util.LinkedHashMap<>();
		looks.put("size by " + metric + ": smallest (lowest value, or none)", SIZES[0]);
		looks.put("size by " + metric + ": largest (highest value in the model)", SIZES[STEPS - 1]);
		return looks;
	}

	/** The size of a step, for tests and a legend. */
	public static NodeStyle size(int step) {
		return SIZES[step];
	}

	/** The step of a value: 0 for none, {@code STEPS - 1} for the largest. */
	public static int step(double value, double max) {
		if (!(max > 0) || !(value > 0)) {
			return 0;
		}
		return (int) Math.round(Math.sqrt(Math.min(1, value / max)) * (STEPS - 1));
	}

	/** The metric named by the first active layer {@code ….size.<metric>}, or null. */
	static String metric(Object layers) {
		if (layers instanceof List<?> ids) {
			for (Object id : ids) {
				if (id instanceof String layer && layer.contains(LAYER_MARKER)) {
					return layer.substring(layer.lastIndexOf(LAYER_MARKER) + LAYER_MARKER.length());
				}
			}
		}
		return null;
	}

	/** The largest value among the actors of the element's model, cached on the model until it changes. */
	private static double max(EObject element, String metric) {
		if (!(EcoreUtil.getRootContainer(element) instanceof HelixModel model)) {
			return 0;
		}
		// once per metric until the model changes: per node it would scan all actors (quadratic in a large ecosystem)
		// kept while nothing the metric reads changes (the set of actors is containment, which always counts)
		return ModelCache.get(model, List.of(MetricSizeStyleProvider.class, metric), MetricProviders.reads(metric), m -> largest(m, metric));
	}

	/** The largest value of {@code metric} among the model's actors (0 when none has one). */
	private static double largest(HelixModel model, String metric) {
		double max = 0;
		for (Actor actor : model.getActors()) {
			Number value = MetricProviders.value(actor, metric);
			if (value != null) {
				max = Math.max(max, value.doubleValue());
			}
		}
		return max;
	}
}
