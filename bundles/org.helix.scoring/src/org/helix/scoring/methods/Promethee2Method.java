package org.helix.scoring.methods;

import java.util.LinkedHashMap;
import java.util.Map;

import org.helix.scoring.DecisionProblem;
import org.helix.scoring.LinearScorer;
import org.helix.scoring.Normalisation;
import org.helix.scoring.NormalisedMatrix;
import org.helix.scoring.PreferenceFunction;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringResult;
import org.helix.scoring.WeightedScorer;

/**
 * PROMETHEE II (Brans &amp; Vincke 1985): for each pair, d_j = g_j(a) − g_j(b) (negated for min criteria), the
 * criterion's preference function P_j(d_j), the aggregated preference π(a,b) = Σ_j w_j P_j (weights summing to 1);
 * positive flow φ⁺(a) = Σ_b π(a,b) / (n − 1), negative flow φ⁻(a) = Σ_b π(b,a) / (n − 1), net flow φ = φ⁺ − φ⁻, the
 * score. Default normalisation: {@code none}, as the thresholds q, p, s are in the criterion's unit. The net flow is
 * linear in the weights (the sum of the single-criterion net flows, weighted), so sensitivity analysis is exact.
 */
public class Promethee2Method implements ScoringMethod {

	public static final String POSITIVE_FLOW = "positiveFlow";
	public static final String NEGATIVE_FLOW = "negativeFlow";
	public static final String NET_FLOW = "netFlow";

	@Override
	public String id() {
		return "promethee2";
	}

	@Override
	public String label() {
		return "PROMETHEE II";
	}

	@Override
	public Normalisation defaultNormalisation() {
		return Normalisation.NONE;
	}

	@Override
	public ScoringResult solve(DecisionProblem problem) throws ScoringException {
		NormalisedMatrix matrix = NormalisedMatrix.of(problem, defaultNormalisation());
		double[][][] flows = criterionFlows(problem, matrix);
		double[] weights = problem.weights();
		int n = matrix.size(), m = matrix.criterionCount();
		double[] plus = new double[n], minus = new double[n], net = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				plus[i] += weights[j] * flows[0][i][j];
				minus[i] += weights[j] * flows[1][i][j];
			}
			net[i] = plus[i] - minus[i];
		}
		Map<String, double[]> details = new LinkedHashMap<>();
		details.put(POSITIVE_FLOW, plus);
		details.put(NEGATIVE_FLOW, minus);
		details.put(NET_FLOW, net.clone());
		return Results.of(id(), problem, matrix, weights, net, details);
	}

	@Override
	public WeightedScorer prepare(DecisionProblem problem) throws ScoringException {
		NormalisedMatrix matrix = NormalisedMatrix.of(problem, defaultNormalisation());
		double[][][] flows = criterionFlows(problem, matrix);
		int n = matrix.size(), m = matrix.criterionCount();
		double[][] net = new double[n][m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				net[i][j] = flows[0][i][j] - flows[1][i][j];
			}
		}
		return new LinearScorer(net);
	}

	/** Per criterion, the single-criterion positive [0] and negative [1] flows of each alternative: [2][n][m]. */
	private static double[][][] criterionFlows(DecisionProblem problem, NormalisedMatrix matrix) {
		int n = matrix.size(), m = matrix.criterionCount();
		double[][][] flows = new double[2][n][m];
		if (n < 2) {
			return flows;
		}
		for (int j = 0; j < m; j++) {
			PreferenceFunction preference = problem.criteria().get(j).preference();
			int sign = matrix.sign(j);
			for (int a = 0; a < n; a++) {
				for (int b = 0; b < n; b++) {
					if (a != b) {
						double p = preference.value(sign * (matrix.get(a, j) - matrix.get(b, j)));
						flows[0][a][j] += p / (n - 1);
						flows[1][b][j] += p / (n - 1);
					}
				}
			}
		}
		return flows;
	}
}
