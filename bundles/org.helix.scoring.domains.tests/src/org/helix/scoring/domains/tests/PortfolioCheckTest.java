package org.helix.scoring.domains.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helix.scoring.domains.Classification;
import org.helix.scoring.domains.DecisionTree;
import org.helix.scoring.domains.DomainInputs;
import org.helix.scoring.domains.Factor;
import org.helix.scoring.domains.PortfolioCheck;
import org.junit.jupiter.api.Test;

/** Rec. 2's portfolio rule (seed 004 L199, L1195, L215) on the seed's three examples. */
class PortfolioCheckTest {

	private static Classification classify(String name, boolean e, boolean it, boolean s) {
		return DecisionTree.classify(DomainInputs.of(name).with(Factor.GROWTH, true, "seed")
				.with(Factor.TRANSITION, true, "seed").with(Factor.ECONOMIC, e, "seed")
				.with(Factor.INNOVATION_TECHNOLOGICAL, it, "seed").with(Factor.SCIENTIFIC, s, "seed"));
	}

	@Test
	void theSeedsThreeExamplesFormADiversifiedPortfolio() {
		Classification pharma = classify("Farma en biotech", true, true, true); // L1169-1173
		Classification semiconductors = classify("Semiconductors", false, true, true); // L1175
		Classification hpc = classify("High performance computing", false, false, false); // L1181
		PortfolioCheck.Result result = PortfolioCheck.check(List.of(pharma, semiconductors, hpc), 2, 1);
		assertTrue(result.passes(), result.findings().toString());
		assertEquals(3, result.byCategory().size());

		Classification secondMoonshot = classify("AI-toepassingen", false, false, false);
		PortfolioCheck.Result tooMany = PortfolioCheck.check(List.of(pharma, hpc, secondMoonshot), 2, 1);
		assertTrue(tooMany.diversified());
		assertFalse(tooMany.moonshotsWithinCeiling());
		assertTrue(tooMany.findings().get(1).startsWith("2 moonshot(s); at most 1 allowed"), tooMany.findings().get(1));

		PortfolioCheck.Result onlyStrength = PortfolioCheck.check(List.of(pharma), 2, 1);
		assertFalse(onlyStrength.diversified());
		assertThrows(IllegalArgumentException.class, () -> PortfolioCheck.check(List.of(pharma), 0, 1));
	}

	@Test
	void unclassifiedDomainsCountForNoCategory() {
		Classification open = DecisionTree.classify(DomainInputs.of("Farmaceutische sector")); // G unknown
		PortfolioCheck.Result result = PortfolioCheck.check(List.of(open), 1, 0);
		assertFalse(result.diversified());
		assertEquals(List.of("Farmaceutische sector"), result.unclassified());
	}
}
