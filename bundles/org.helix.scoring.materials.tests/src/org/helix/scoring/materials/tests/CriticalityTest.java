package org.helix.scoring.materials.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.helix.examples.RawMaterialsExample;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.MaterialList;
import org.helix.scoring.materials.Concentration;
import org.helix.scoring.materials.CriticalityAssessment;
import org.helix.scoring.materials.CriticalityThresholds;
import org.helix.scoring.materials.ModelCriticality;
import org.helix.scoring.materials.ModelCriticality.EntryResult;
import org.helix.scoring.materials.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Criticality (SR ≥ 1.0 and EI ≥ 2.8, both inclusive, EU defaults) at the thresholds' boundaries, and on the
 * raw-materials example (seed 003, shared/seeds/003_853044feccab3edf.txt): the only scores the seed gives are the
 * Belgian supply risk 0.9 of coking coal and fluorspar with an economic importance "hoger dan 2,8" (L680-682).
 */
class CriticalityTest {

	private static Verdict verdict(String sr, String ei, CriticalityThresholds thresholds) {
		return CriticalityAssessment.assess("x", sr == null ? null : new BigDecimal(sr),
				ei == null ? null : new BigDecimal(ei), thresholds).verdict();
	}

	@Test
	void thresholdsAreInclusiveAndTheMarginMakesBorderlineCases() {
		CriticalityThresholds eu = CriticalityThresholds.EU;
		assertEquals(Verdict.CRITICAL, verdict("1.0", "2.8", eu));
		assertEquals(Verdict.CRITICAL, verdict("1.00", "2.80", eu));
		assertEquals(Verdict.BORDERLINE, verdict("0.99", "2.8", eu));
		assertEquals(Verdict.BORDERLINE, verdict("0.9", "2.8", eu), "1.0 - 0.9 is exactly the margin 0.1");
		assertEquals(Verdict.NOT_CRITICAL, verdict("0.89", "2.8", eu));
		assertEquals(Verdict.BORDERLINE, verdict("1.0", "2.7", eu));
		assertEquals(Verdict.NOT_CRITICAL, verdict("1.0", "2.69", eu));
		assertEquals(Verdict.BORDERLINE, verdict("0.9", "2.7", eu), "within the margin on both");
		assertEquals(Verdict.NOT_CRITICAL, verdict("0.9", "2.8", eu.withMargin(BigDecimal.ZERO)));
		assertThrows(IllegalArgumentException.class, () -> eu.withMargin(new BigDecimal("-0.1")));
	}

	@Test
	void aMissingValueIsNeverZero() {
		assertEquals(Verdict.MISSING, verdict("1.2", null, CriticalityThresholds.EU));
		assertEquals(Verdict.MISSING, verdict("0.9", null, CriticalityThresholds.EU));
		// a supply risk far below the threshold settles it whatever the economic importance
		assertEquals(Verdict.NOT_CRITICAL, verdict("0.5", null, CriticalityThresholds.EU));
	}

	@Test
	void belgianBorderlineCasesOfTheExample() {
		HelixModel model = RawMaterialsExample.build();
		MaterialList belgian = model.getMaterialLists().stream()
				.filter(l -> l.getName().equals("Lijst van kritieke grondstoffen voor België (VITO)")).findFirst()
				.orElseThrow();
		List<EntryResult> results = ModelCriticality.assess(belgian, CriticalityThresholds.EU);
		assertEquals(8, results.size(), "7 dropped (L666) and fluorspar (L680-682)");
		for (String name : List.of("cokeskool", "fluoriet")) {
			EntryResult result = results.stream().filter(r -> r.assessment().material().equals(name)).findFirst()
					.orElseThrow();
			CriticalityAssessment assessment = result.assessment();
			assertEquals(new BigDecimal("0.9"), assessment.supplyRisk());
			// the seed gives EI only as "hoger dan 2,8": not a number, so the verdict waits for it
			assertEquals(Verdict.MISSING, assessment.verdict(), name);
			assertEquals(List.of("economic importance"), assessment.missing());
			assertTrue(assessment.steps().get(0).contains("below the threshold 1.0 by 0.1, within the margin 0.1"),
					assessment.steps().get(0));
			assertTrue(result.stated().contains("borderline") && result.stated().contains("0,9"), result.stated());
		}
		// the seed gives no scores for the six others it drops (L666)
		assertEquals(6, results.stream().filter(r -> r.assessment().supplyRisk() == null).count());
	}

	@Test
	void herfindahlHirschmanOnAHandComputedCase() {
		// 50/30/20: 2500 + 900 + 400 = 3800, complete
		Concentration full = Concentration.of("x",
				List.of(new BigDecimal("0.5"), new BigDecimal("0.3"), new BigDecimal("0.2")));
		assertEquals(3800, full.hhiLower(), 1e-9);
		assertEquals(3800, full.hhiUpper(), 1e-9);
		// 60/20 and 20 % unknown: at least 3600 + 400 = 4000, at most 4000 + 400 = 4400
		Concentration partial = Concentration.of("x", List.of(new BigDecimal("0.6"), new BigDecimal("0.2")));
		assertEquals(4000, partial.hhiLower(), 1e-9);
		assertEquals(4400, partial.hhiUpper(), 1e-9);
		assertEquals(0.8, partial.covered(), 1e-12);
		assertThrows(IllegalArgumentException.class,
				() -> Concentration.of("x", List.of(new BigDecimal("0.7"), new BigDecimal("0.4"))));
		assertThrows(IllegalArgumentException.class, () -> Concentration.of("x", List.of(new BigDecimal("45"))));
	}

	@Test
	void theExampleGivesNoSupplyShareFigures() {
		// seed 003 names China as main exporter of germanium to Belgium (L102-112) but gives no percentage (B.4.5)
		HelixModel model = RawMaterialsExample.build();
		var germanium = model.getRawMaterials().stream().filter(m -> m.getName().equals("germanium")).findFirst()
				.orElseThrow();
		Concentration concentration = Concentration.ofModel("germanium", germanium.getSupplyShares());
		assertEquals(false, concentration.known());
		assertEquals(2, concentration.withoutFigure().size());
		assertTrue(concentration.withoutFigure().get(0).startsWith("China"), concentration.withoutFigure().get(0));
	}
}
