package org.helix.scoring.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.helix.scoring.model.Parameter;
import org.helix.scoring.model.RunInput;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.RunWeight;
import org.helix.scoring.model.ScoringRun;

/**
 * What moved between two runs of a scoring, and why: rank changes per alternative, and the differences in what the
 * runs used that can explain them — inputs (per alternative and criterion, as read from the model), weights, method,
 * method version, normalisation, parameters, and alternatives or criteria that came or went. Alternatives are matched
 * by their label (name) as recorded in each run, so a comparison also works when the earlier run's model is gone.
 *
 * @param moves every alternative in either run whose rank or score differs (rank null: not ranked in that run)
 * @param inputs the inputs that differ
 * @param weights the criteria whose weight differs (null: not a criterion in that run)
 * @param settings method, version, normalisation and parameters that differ, each as "name: before → after"
 */
public record RunComparison(ScoringRun before, ScoringRun after, List<Move> moves, List<InputChange> inputs, List<WeightChange> weights,
		List<String> settings) {

	public record Move(String alternative, Integer rankBefore, Integer rankAfter, Double scoreBefore, Double scoreAfter) {
		/** Places gained (positive) or lost; null when the alternative is ranked in only one run. */
		public Integer placesGained() {
			return rankBefore == null || rankAfter == null ? null : rankBefore - rankAfter;
		}
	}

	public record InputChange(String alternative, String criterion, String textBefore, Double valueBefore, String textAfter, Double valueAfter) {
	}

	public record WeightChange(String criterion, Double before, Double after) {
	}

	/** Scores closer than this are taken as equal (rounding noise between runs is not a move). */
	static final double SCORE_TOLERANCE = 1e-12;

	public static RunComparison compare(ScoringRun before, ScoringRun after) {
		Map<String, RunResult> resultsBefore = byLabel(before.getResults());
		Map<String, RunResult> resultsAfter = byLabel(after.getResults());
		Set<String> alternatives = new LinkedHashSet<>(resultsAfter.keySet());
		alternatives.addAll(resultsBefore.keySet());
		List<Move> moves = new ArrayList<>();
		for (String alternative : alternatives) {
			RunResult b = resultsBefore.get(alternative);
			RunResult a = resultsAfter.get(alternative);
			Integer rankBefore = b == null ? null : b.getRank();
			Integer rankAfter = a == null ? null : a.getRank();
			Double scoreBefore = b == null ? null : b.getScore();
			Double scoreAfter = a == null ? null : a.getScore();
			if (!Objects.equals(rankBefore, rankAfter) || b == null || a == null || !close(scoreBefore, scoreAfter)) {
				moves.add(new Move(alternative, rankBefore, rankAfter, scoreBefore, scoreAfter));
			}
		}

		Map<String, RunInput> inputsBefore = new LinkedHashMap<>();
		before.getInputs().forEach(input -> inputsBefore.put(key(input), input));
		Map<String, RunInput> inputsAfter = new LinkedHashMap<>();
		after.getInputs().forEach(input -> inputsAfter.put(key(input), input));
		Set<String> keys = new LinkedHashSet<>(inputsAfter.keySet());
		keys.addAll(inputsBefore.keySet());
		List<InputChange> inputs = new ArrayList<>();
		for (String key : keys) {
			RunInput b = inputsBefore.get(key);
			RunInput a = inputsAfter.get(key);
			String textBefore = b == null ? null : b.getText();
			String textAfter = a == null ? null : a.getText();
			Double valueBefore = b == null ? null : b.getValue();
			Double valueAfter = a == null ? null : a.getValue();
			if (b == null || a == null || !Objects.equals(textBefore, textAfter) || !Objects.equals(valueBefore, valueAfter)) {
				RunInput any = a != null ? a : b;
				inputs.add(new InputChange(any.getAlternativeLabel(), any.getCriterion(), textBefore, valueBefore, textAfter, valueAfter));
			}
		}

		Map<String, Double> weightsBefore = weights(before);
		Map<String, Double> weightsAfter = weights(after);
		Set<String> criteria = new LinkedHashSet<>(weightsAfter.keySet());
		criteria.addAll(weightsBefore.keySet());
		List<WeightChange> weights = new ArrayList<>();
		for (String criterion : criteria) {
			Double b = weightsBefore.get(criterion);
			Double a = weightsAfter.get(criterion);
			if (b == null || a == null || !close(b, a)) {
				weights.add(new WeightChange(criterion, b, a));
			}
		}

		List<String> settings = new ArrayList<>();
		setting(settings, "method", before.getMethod(), after.getMethod());
		setting(settings, "method version", before.getMethodVersion(), after.getMethodVersion());
		setting(settings, "normalisation", before.getNormalisation(), after.getNormalisation());
		Map<String, String> parametersBefore = parameters(before);
		Map<String, String> parametersAfter = parameters(after);
		Set<String> names = new LinkedHashSet<>(parametersAfter.keySet());
		names.addAll(parametersBefore.keySet());
		for (String name : names) {
			setting(settings, "parameter " + name, parametersBefore.get(name), parametersAfter.get(name));
		}
		return new RunComparison(before, after, List.copyOf(moves), List.copyOf(inputs), List.copyOf(weights), List.copyOf(settings));
	}

	/** True when the ranking and every score are the same. */
	public boolean unchanged() {
		return moves.isEmpty();
	}

	/** For people: one line per move, then the differences in what the runs used. */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		lines.add("Compared with the run of " + before.getAsOf() + " (" + before.getMethod() + "):");
		if (moves.isEmpty()) {
			lines.add("  ranking and scores unchanged");
		}
		for (Move move : moves) {
			String rank;
			if (move.rankBefore() == null && move.rankAfter() == null) {
				rank = "not ranked in either run";
			} else if (move.rankBefore() == null) {
				rank = "now ranked " + move.rankAfter() + " (not ranked before)";
			} else if (move.rankAfter() == null) {
				rank = "no longer ranked (was " + move.rankBefore() + ")";
			} else if (move.placesGained() == 0) {
				rank = "rank " + move.rankAfter() + " (unchanged)";
			} else {
				rank = "rank " + move.rankBefore() + " → " + move.rankAfter() + " (" + (move.placesGained() > 0 ? "up " : "down ")
						+ Math.abs(move.placesGained()) + ")";
			}
			lines.add("  " + move.alternative() + ": " + rank + ", score " + number(move.scoreBefore()) + " → " + number(move.scoreAfter()));
		}
		if (!inputs.isEmpty() || !weights.isEmpty() || !settings.isEmpty()) {
			lines.add("because:");
		}
		for (InputChange change : inputs) {
			lines.add("  input " + change.alternative() + " / " + change.criterion() + ": " + input(change.textBefore(), change.valueBefore())
					+ " → " + input(change.textAfter(), change.valueAfter()));
		}
		for (WeightChange change : weights) {
			lines.add("  weight " + change.criterion() + ": " + number(change.before()) + " → " + number(change.after()));
		}
		for (String setting : settings) {
			lines.add("  " + setting);
		}
		if (!moves.isEmpty() && inputs.isEmpty() && weights.isEmpty() && settings.isEmpty()) {
			lines.add("  (nothing the runs recorded differs)");
		}
		return lines;
	}

	private static String input(String text, Double value) {
		if (text == null && value == null) {
			return "missing";
		}
		String number = value == null ? "missing" : number(value);
		return text == null || text.equals(ValuePath.asText(value)) ? number : text + " (" + number + ")";
	}

	private static String number(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.4f", value);
	}

	private static boolean close(Double a, Double b) {
		if (a == null || b == null) {
			return a == b;
		}
		return Math.abs(a - b) <= SCORE_TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
	}

	private static void setting(List<String> settings, String name, String before, String after) {
		if (!Objects.equals(before, after)) {
			settings.add(name + ": " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after));
		}
	}

	private static Map<String, RunResult> byLabel(List<RunResult> results) {
		Map<String, RunResult> map = new LinkedHashMap<>();
		results.forEach(result -> map.put(result.getAlternativeLabel(), result));
		return map;
	}

	private static String key(RunInput input) {
		return input.getAlternativeLabel() + "\u0000" + input.getCriterion();
	}

	private static Map<String, Double> weights(ScoringRun run) {
		Map<String, Double> map = new LinkedHashMap<>();
		for (RunWeight weight : run.getWeights()) {
			map.put(weight.getCriterion(), weight.getWeight());
		}
		return map;
	}

	private static Map<String, String> parameters(ScoringRun run) {
		Map<String, String> map = new LinkedHashMap<>();
		for (Parameter parameter : run.getParameters()) {
			map.put(parameter.getName(), parameter.getValue());
		}
		return map;
	}
}
