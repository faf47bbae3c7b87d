package org.helix.scoring.domains;

import java.util.ArrayList;
import java.util.List;

import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.TransitionOnlyAction;

/**
 * VARIO's decision tree for strategic domains (seed 004, Rec. 1.3, L1159-1189; summary L187-195), as the text states
 * it; the order of the questions is ours (the figure, Figuur 11 at L1163, is not in the text). See docs/domains.md.
 *
 * <ol>
 * <li>Growth potential (G) and contribution to the transition priorities (T) are asked first: every rule of the text
 * starts from them.</li>
 * <li>G and pronounced E, IT and S: pronounced strength, with T (L1169) or without (L1171).</li>
 * <li>G and T: ecosystem gap when E with IT or S (case 1, L1175) or IT and S without E (case 2, L1175, e.g.
 * semiconductors); E without IT and S is an ecosystem gap too (L1177); no E and not both IT and S: moonshot
 * (L1181, e.g. high-performance computing).</li>
 * <li>G without T: E without both IT and S is an ecosystem gap (L1177 names economic strength and growth
 * opportunities, not the transition priorities); without E the text gives no category: unclassified, to expert
 * validation (L1193 "mits experten validatie").</li>
 * <li>No G and no T: no specific policy focus (L1188). No G but T: internationalisation when Flanders has economic
 * strength, partnerships when it has not (L1189).</li>
 * </ol>
 * A question whose input is unknown stops the tree: unclassified, with the missing input named, to expert
 * validation. Nothing is guessed.
 */
public final class DecisionTree {

	private DecisionTree() {
	}

	public static Classification classify(DomainInputs inputs) {
		return classify(inputs, FeasibilityGate.assess(List.of()));
	}

	public static Classification classify(DomainInputs inputs, FeasibilityGate feasibility) {
		return new Walk(inputs, feasibility).run();
	}

	/** One pass through the tree, collecting the explanation as it goes. */
	private static final class Walk {
		private final DomainInputs inputs;
		private final FeasibilityGate feasibility;
		private final List<String> steps = new ArrayList<>();
		private final List<Factor> missing = new ArrayList<>();

		Walk(DomainInputs inputs, FeasibilityGate feasibility) {
			this.inputs = inputs;
			this.feasibility = feasibility;
		}

		Classification run() {
			Boolean g = ask(Factor.GROWTH);
			if (g == null) {
				return unknown(Factor.GROWTH);
			}
			Boolean t = ask(Factor.TRANSITION);
			if (t == null) {
				return unknown(Factor.TRANSITION);
			}
			if (!g) {
				if (!t) {
					return done(DomainCategory.NO_SPECIFIC_POLICY_FOCUS, TransitionOnlyAction.NONE,
							"No growth opportunities and no contribution to the transition priorities: such domains"
									+ " ask for no specific policy focus (L1188, L195).");
				}
				Boolean e = ask(Factor.ECONOMIC);
				if (e == null) {
					return unknown(Factor.ECONOMIC);
				}
				return e ? done(DomainCategory.NO_SPECIFIC_POLICY_FOCUS, TransitionOnlyAction.INTERNATIONALISATION,
						"No expected growth opportunities, but a transition priority, and Flanders has economic"
								+ " strength: focus on internationalisation, helping the transition in other regions"
								+ " too (L1189).")
						: done(DomainCategory.NO_SPECIFIC_POLICY_FOCUS, TransitionOnlyAction.PARTNERSHIPS,
								"No expected growth opportunities, but a transition priority, and Flanders lacks the"
										+ " economic strength to realise it alone: set up partnerships to realise the"
										+ " Flemish transition (L1189).");
			}
			Boolean e = ask(Factor.ECONOMIC);
			if (e == null) {
				return unknown(Factor.ECONOMIC);
			}
			Boolean it = ask(Factor.INNOVATION_TECHNOLOGICAL);
			if (it == null) {
				return unknown(Factor.INNOVATION_TECHNOLOGICAL);
			}
			Boolean s = ask(Factor.SCIENTIFIC);
			if (s == null) {
				return unknown(Factor.SCIENTIFIC);
			}
			if (e && it && s) {
				return t ? done(DomainCategory.PRONOUNCED_STRENGTH, TransitionOnlyAction.UNSPECIFIED,
						"Growth potential, a contribution to the transition priorities and a pronounced economic,"
								+ " innovation/technological and scientific strength: a domain of pronounced"
								+ " strength (L1169; example: pharma and biotech, L1173).")
						: done(DomainCategory.PRONOUNCED_STRENGTH, TransitionOnlyAction.UNSPECIFIED,
								"Growth potential and a pronounced economic, innovation/technological and scientific"
										+ " strength, even without a contribution to the transition priorities: the"
										+ " text counts this as a domain of pronounced strength too (L1171).");
			}
			if (t) {
				if (e && (it || s)) {
					return done(DomainCategory.ECOSYSTEM_GAP, TransitionOnlyAction.UNSPECIFIED,
							"Growth potential and a transition priority; Flanders has economic strength together with "
									+ (it ? "innovation/technological" : "scientific")
									+ " strength but not both: a gap in the ecosystem, case (1) of L1175.");
				}
				if (it && s) {
					return done(DomainCategory.ECOSYSTEM_GAP, TransitionOnlyAction.UNSPECIFIED,
							"Growth potential and a transition priority; Flanders has innovation/technological and"
									+ " scientific strength but its economic activity is still underdeveloped: a gap in"
									+ " the ecosystem, case (2) of L1175 (example: semiconductors).");
				}
				if (e) {
					return done(DomainCategory.ECOSYSTEM_GAP, TransitionOnlyAction.UNSPECIFIED,
							"Flanders already has economic strength and there are growth opportunities, but not (yet)"
									+ " the innovation/technological or scientific strength: a gap in the ecosystem"
									+ " (L1177).");
				}
				return done(DomainCategory.MOONSHOT, TransitionOnlyAction.UNSPECIFIED,
						"Growth potential and a transition priority, but no economic strength in Flanders (at most"
								+ " limited scientific knowledge or innovation/technological expertise): a moonshot,"
								+ " high risk and high gain, where integration in a connected value chain is crucial"
								+ " (L1181; example: high-performance computing).");
			}
			if (e) {
				return done(DomainCategory.ECOSYSTEM_GAP, TransitionOnlyAction.UNSPECIFIED,
						"Flanders already has economic strength and there are growth opportunities, but not (yet) the"
								+ " innovation/technological and scientific strength; L1177 counts this as a gap in the"
								+ " ecosystem and does not ask for a transition priority.");
			}
			steps.add("The text gives no category for growth potential without a contribution to the transition"
					+ " priorities and without economic strength: pronounced strength needs all three strengths"
					+ " (L1171), the ecosystem gap's cases and the moonshot need a transition priority (L1175, L1181),"
					+ " L1177 needs economic strength.");
			return new Classification(inputs.domain(), DomainCategory.UNCLASSIFIED, TransitionOnlyAction.UNSPECIFIED,
					true, "The seed leaves this case open (growth potential, no transition priority, no economic"
							+ " strength): unclassified, for expert validation (L1193 \"mits experten validatie\").",
					withFeasibility(), missing, feasibility, inputs);
		}

		private Boolean ask(Factor factor) {
			Input input = inputs.get(factor);
			String answer = input.value() == null ? "unknown" : input.value() ? "yes" : "no";
			steps.add("Is there " + factor.label() + "? " + capitalise(answer) + " — " + input.basis() + ".");
			return input.value();
		}

		private Classification unknown(Factor factor) {
			missing.add(factor);
			steps.add("The tree cannot go on without knowing whether there is " + factor.label() + " (measured by "
					+ factor.measuredBy() + "). Give it, or ask the experts.");
			List<String> known = new ArrayList<>();
			for (Factor other : Factor.values()) {
				Input input = inputs.get(other);
				if (other != factor && input.known() && steps.stream().noneMatch(s -> s.contains(other.label() + "?"))) {
					known.add(other.label() + ": " + (input.isTrue() ? "yes" : "no") + " (" + input.basis() + ")");
				}
			}
			if (!known.isEmpty()) {
				steps.add("Known of the other inputs: " + String.join("; ", known) + ".");
			}
			return new Classification(inputs.domain(), DomainCategory.UNCLASSIFIED, TransitionOnlyAction.UNSPECIFIED,
					true, "Unclassified: " + factor.label() + " (" + factor.symbol() + ") is not known; the domain"
							+ " goes to expert validation (L1193).",
					withFeasibility(), missing, feasibility, inputs);
		}

		private Classification done(DomainCategory category, TransitionOnlyAction action, String reason) {
			steps.add(reason);
			return new Classification(inputs.domain(), category, action, false, reason, withFeasibility(), missing,
					feasibility, inputs);
		}

		private List<String> withFeasibility() {
			List<String> all = new ArrayList<>(steps);
			all.addAll(feasibility.steps());
			all.add("Maakbaarheid verdict: " + verdictText(feasibility.verdict()));
			return all;
		}

		private static String verdictText(Feasibility verdict) {
			return switch (verdict) {
			case FEASIBLE -> "every condition is met.";
			case ADDRESSABLE_BY_FLANDERS -> "conditions are missing, and Flanders can remove the barriers itself.";
			case OUTSIDE_FLEMISH_COMPETENCE -> "a missing condition lies outside Flemish competence; check whether"
					+ " this domain is a sensible choice for Flanders while the condition is absent (L506).";
			case COMPETENCE_UNKNOWN -> "a condition is missing and it is not known who can act on it.";
			case NOT_ASSESSED -> "not (fully) assessed; the category holds only once the conditions are checked"
					+ " (L506, L1159).";
			};
		}

		private static String capitalise(String word) {
			return Character.toUpperCase(word.charAt(0)) + word.substring(1);
		}
	}
}
