package org.helix.scoring.domains;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helix.model.ecosystem.RatingLevel;

/**
 * How Table 1's levels ({@code ++ / + / +/- / -}, and {@code na}; seed 004 L736-751) become the tree's yes/no
 * inputs. The seed gives no such rule (domain note vario-004.md section 6.1, "[analyst]"), so this is a parameter:
 * per input, the indicators (by name, as in the model) that count, and the lowest level that counts as "yes".
 * An input is yes when any of its indicators is rated at least at that level, no when all its rated indicators are
 * below it, and unknown when none is rated ({@code na} or no rating): {@code na} is never read as weak.
 *
 * <p>The default follows the domain note: E = {@code ++} on value added or export; IT = {@code ++} on R&D
 * expenditure, R&D personnel or patents; S = {@code ++} on publications. Table 1 has no columns for growth potential
 * or the transition priorities (L736): those come from other ratings or from the user.
 */
public record TableMapping(Map<Factor, Set<String>> indicators, RatingLevel threshold) {

	public TableMapping {
		EnumMap<Factor, Set<String>> copy = new EnumMap<>(Factor.class);
		indicators.forEach((factor, names) -> copy.put(factor, Set.copyOf(new LinkedHashSet<>(names))));
		indicators = copy;
		if (threshold == null || rank(threshold) < 0) {
			throw new IllegalArgumentException("threshold must be one of ++, +, +/-, - (got " + threshold + ")");
		}
	}

	public static TableMapping defaults() {
		return new TableMapping(Map.of(
				Factor.ECONOMIC, Set.of("Toegevoegde waarde", "Export"),
				Factor.INNOVATION_TECHNOLOGICAL, Set.of("O&O-uitgaven", "O&O-personeel", "Octrooien"),
				Factor.SCIENTIFIC, Set.of("Publicaties en citaties")), RatingLevel.VERY_STRONG);
	}

	/** A copy with another lowest level for "yes", e.g. {@code +}. */
	public TableMapping withThreshold(RatingLevel level) {
		return new TableMapping(indicators, level);
	}

	/** A copy where the factor is read from these indicators. */
	public TableMapping withIndicators(Factor factor, String... names) {
		EnumMap<Factor, Set<String>> copy = new EnumMap<>(Factor.class);
		copy.putAll(indicators);
		copy.put(factor, Set.copyOf(List.of(names)));
		return new TableMapping(copy, threshold);
	}

	public Set<String> indicatorsOf(Factor factor) {
		return indicators.getOrDefault(factor, Set.of());
	}

	/** Whether the level counts as "yes"; null for na or unspecified. */
	public Boolean counts(RatingLevel level) {
		int rank = rank(level);
		return rank < 0 ? null : rank >= rank(threshold);
	}

	/** The level as Table 1 writes it. */
	public static String symbol(RatingLevel level) {
		return switch (level) {
		case VERY_STRONG -> "++";
		case STRONG -> "+";
		case NEUTRAL -> "+/-";
		case WEAK -> "-";
		case NOT_AVAILABLE -> "na";
		default -> "unspecified";
		};
	}

	/** Higher is stronger; -1 for levels that say nothing (na, unspecified). */
	static int rank(RatingLevel level) {
		if (level == null) {
			return -1;
		}
		return switch (level) {
		case VERY_STRONG -> 3;
		case STRONG -> 2;
		case NEUTRAL -> 1;
		case WEAK -> 0;
		default -> -1;
		};
	}
}
