package org.helix.scoring.methods;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helix.scoring.Criterion;
import org.helix.scoring.DecisionProblem;
import org.helix.scoring.NormalisedMatrix;
import org.helix.scoring.Ranking;
import org.helix.scoring.ScoringResult;

/** Builds the result of a method that scores the rows of a {@link NormalisedMatrix}. */
final class Results {

	private Results() {
	}

	static ScoringResult of(String method, DecisionProblem problem, NormalisedMatrix matrix, double[] weights, double[] scores,
			Map<String, double[]> details) {
		List<String> warnings = new ArrayList<>();
		Map<String, List<String>> missing = problem.missingValues();
		missing.forEach((alternative, criteria) -> warnings
				.add(alternative + " is not ranked: no value for " + String.join(", ", criteria)));
		return new ScoringResult(method, matrix.names(), problem.criteria().stream().map(Criterion::name).toList(), weights.clone(), scores,
				Ranking.names(scores, matrix.names()), details == null ? Map.of() : new LinkedHashMap<>(details), null, Map.of(), missing,
				List.copyOf(warnings));
	}
}
