package org.helix.scoring.domains;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Complexity as the urban scaling exponent β of Balland et al. (2020), "Complex economic activities concentrate in
 * large cities", Nature Human Behaviour 4, 248-254: the slope of ln(activity) on ln(population) over the locations
 * where the technology is present. Complex activities scale superlinearly (β &gt; 1). The seed names the approach
 * (L622), not the formula; this is the paper's, ordinary least squares. NaN when fewer than two locations have the
 * technology.
 */
public final class UrbanScalingComplexity implements ComplexityMeasure {

	private final double[] population;

	public UrbanScalingComplexity(double[] population) {
		for (double p : population) {
			if (!(p > 0)) {
				throw new IllegalArgumentException("populations must be positive (got " + p + ")");
			}
		}
		this.population = population.clone();
	}

	@Override
	public double[] complexity(double[][] activity) {
		if (activity.length != population.length) {
			throw new IllegalArgumentException(activity.length + " locations but " + population.length
					+ " populations");
		}
		int technologies = activity.length == 0 ? 0 : activity[0].length;
		double[] beta = new double[technologies];
		for (int j = 0; j < technologies; j++) {
			SimpleRegression regression = new SimpleRegression();
			for (int c = 0; c < activity.length; c++) {
				if (activity[c][j] > 0) {
					regression.addData(Math.log(population[c]), Math.log(activity[c][j]));
				}
			}
			beta[j] = regression.getN() < 2 ? Double.NaN : regression.getSlope();
		}
		return beta;
	}
}
