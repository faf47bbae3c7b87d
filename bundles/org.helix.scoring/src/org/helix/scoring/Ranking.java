package org.helix.scoring;

import java.util.ArrayList;
import java.util.List;

/** Orders alternatives by score: higher first, ties in index order. Allocation-free variants for hot loops. */
public final class Ranking {

	private Ranking() {
	}

	/** The indices of {@code scores}, best first. */
	public static int[] order(double[] scores) {
		int[] order = new int[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		sort(scores, order);
		return order;
	}

	/** The names in ranking order. */
	public static List<String> names(double[] scores, List<String> names) {
		List<String> ranking = new ArrayList<>(scores.length);
		for (int i : order(scores)) {
			ranking.add(names.get(i));
		}
		return ranking;
	}

	/**
	 * Sorts {@code order} (a permutation of the indices) best first, in place. Insertion sort: it needs no memory, and
	 * from the previous sample's order (nearly sorted after a small change of weights) it takes about linear time.
	 * The order is total (score, then index), so the result does not depend on where it started.
	 */
	public static void sort(double[] scores, int[] order) {
		for (int k = 1; k < order.length; k++) {
			int index = order[k];
			double score = scores[index];
			int at = k - 1;
			while (at >= 0 && before(score, index, scores[order[at]], order[at])) {
				order[at + 1] = order[at];
				at--;
			}
			order[at + 1] = index;
		}
	}

	private static boolean before(double score, int index, double otherScore, int otherIndex) {
		return score > otherScore || (score == otherScore && index < otherIndex);
	}
}
