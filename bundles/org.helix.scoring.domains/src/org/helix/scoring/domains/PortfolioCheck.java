package org.helix.scoring.domains;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.helix.model.ecosystem.DomainCategory;

/**
 * The portfolio rule of Rec. 2 (seed 004): the chosen domains form "een gediversifieerd portfolio ... met een
 * combinatie tussen verschillende 'categorieën'" (L199, L1195), with a limited number of moonshots (L215, L1201).
 * The seed gives no numbers: the minimum number of categories and the moonshot ceiling are the caller's. Unclassified
 * domains count for no category and are listed.
 */
public final class PortfolioCheck {

	/** The verdict with one line per finding. */
	public record Result(boolean diversified, boolean moonshotsWithinCeiling, Map<DomainCategory, List<String>> byCategory,
			List<String> unclassified, List<String> findings) {

		public boolean passes() {
			return diversified && moonshotsWithinCeiling;
		}
	}

	private PortfolioCheck() {
	}

	/**
	 * @param minimumCategories how many of pronounced strength, ecosystem gap, moonshot and no specific focus must be
	 *                          represented (the seed says "verschillende", i.e. at least 2)
	 * @param moonshotCeiling   the most moonshots allowed ("een beperkt aantal", no number in the seed)
	 */
	public static Result check(List<Classification> chosen, int minimumCategories, int moonshotCeiling) {
		if (minimumCategories < 1 || moonshotCeiling < 0) {
			throw new IllegalArgumentException("the minimum number of categories must be at least 1 and the moonshot"
					+ " ceiling not negative (got " + minimumCategories + ", " + moonshotCeiling + ")");
		}
		Map<DomainCategory, List<String>> byCategory = new EnumMap<>(DomainCategory.class);
		List<String> unclassified = new ArrayList<>();
		for (Classification classification : chosen) {
			if (classification.category() == DomainCategory.UNCLASSIFIED) {
				unclassified.add(classification.domain());
			} else {
				byCategory.computeIfAbsent(classification.category(), c -> new ArrayList<>())
						.add(classification.domain());
			}
		}
		List<String> findings = new ArrayList<>();
		boolean diversified = byCategory.size() >= minimumCategories;
		findings.add(byCategory.size() + " categor" + (byCategory.size() == 1 ? "y" : "ies") + " represented "
				+ byCategory.keySet() + "; at least " + minimumCategories + " asked (L199, L1195): "
				+ (diversified ? "diversified." : "not diversified."));
		int moonshots = byCategory.getOrDefault(DomainCategory.MOONSHOT, List.of()).size();
		boolean within = moonshots <= moonshotCeiling;
		findings.add(moonshots + " moonshot(s); at most " + moonshotCeiling + " allowed (a limited number, L215): "
				+ (within ? "within the ceiling." : "over the ceiling."));
		if (!unclassified.isEmpty()) {
			findings.add("Unclassified, for expert validation first: " + String.join(", ", unclassified) + ".");
		}
		return new Result(diversified, within, byCategory, unclassified, findings);
	}
}
