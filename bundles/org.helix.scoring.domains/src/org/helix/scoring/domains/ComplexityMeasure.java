package org.helix.scoring.domains;

/**
 * Technological complexity, the economic-value axis of the investment framework (L622-624). The seed gives no
 * formula, only that it derives from the global spatial concentration of activity in urban areas (Balland et al.
 * 2020), so it is a strategy: give your own, or use {@link UrbanScalingComplexity}.
 */
@FunctionalInterface
public interface ComplexityMeasure {

	/**
	 * @param activity locations × technologies
	 * @return a complexity per technology (higher is more complex)
	 */
	double[] complexity(double[][] activity);
}
