package org.helix.scoring.domains;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Places technologies in the quadrants of relatedness density × complexity. The seed gives no cut-offs (L626): they
 * are parameters, the median of each axis by default. A value at or above its cut-off is high. Technologies with a
 * NaN value get no quadrant (null) and do not count for the median.
 */
public final class Quadrants {

	private Quadrants() {
	}

	/** With the medians of both axes as cut-offs. */
	public static Quadrant[] classify(double[] density, double[] complexity) {
		return classify(density, complexity, median(density), median(complexity));
	}

	public static Quadrant[] classify(double[] density, double[] complexity, double densityCutoff,
			double complexityCutoff) {
		if (density.length != complexity.length) {
			throw new IllegalArgumentException(density.length + " densities but " + complexity.length
					+ " complexities");
		}
		Quadrant[] result = new Quadrant[density.length];
		for (int i = 0; i < density.length; i++) {
			if (Double.isNaN(density[i]) || Double.isNaN(complexity[i])) {
				continue;
			}
			boolean related = density[i] >= densityCutoff;
			boolean complex = complexity[i] >= complexityCutoff;
			result[i] = complex ? related ? Quadrant.OPTIMAL : Quadrant.MOONSHOT
					: related ? Quadrant.LOW_COMPLEXITY_HIGH_RELATEDNESS : Quadrant.LOW_COMPLEXITY_LOW_RELATEDNESS;
		}
		return result;
	}

	/** The median of the values that are not NaN (the mean of the middle two for an even count). */
	public static double median(double[] values) {
		double[] known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
		if (known.length == 0) {
			throw new IllegalArgumentException("no value to take the median of");
		}
		return new Median().evaluate(known);
	}
}
