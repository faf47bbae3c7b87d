package org.helix.scoring.domains;

import org.helix.model.ecosystem.InvestmentQuadrant;

/**
 * The four quadrants of relatedness density (feasibility) × complexity (economic value). The seed names two: the
 * top right as the optimal investments (L626) and high complexity with low relatedness as the moonshot quadrant
 * (L144, L286, L648); the two low-complexity quadrants are not named in the text.
 */
public enum Quadrant {
	OPTIMAL, MOONSHOT, LOW_COMPLEXITY_HIGH_RELATEDNESS, LOW_COMPLEXITY_LOW_RELATEDNESS;

	/** The model's quadrant (the unnamed ones are OTHER). */
	public InvestmentQuadrant toModel() {
		return switch (this) {
		case OPTIMAL -> InvestmentQuadrant.OPTIMAL;
		case MOONSHOT -> InvestmentQuadrant.MOONSHOT;
		default -> InvestmentQuadrant.OTHER;
		};
	}
}
