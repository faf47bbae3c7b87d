package org.helix.scoring.materials;

import java.math.BigDecimal;

/**
 * When a raw material is critical: supply risk (SR) at least {@code supplyRisk} and economic importance (EI) at least
 * {@code economicImportance}, both inclusive; a material that misses a threshold by at most {@code margin} (on each
 * criterion it misses) is borderline. The EU defaults are SR 1.0 and EI 2.8 (EU criticality methodology; seed 003
 * does not state them, B.4.4 of the domain note); the default margin 0.1 makes the seed's own "grensgevallen" with a
 * Belgian SR of 0.9 (L680-682) borderline. Compared in decimal, so 1.0 − 0.9 is exactly 0.1.
 */
public record CriticalityThresholds(BigDecimal supplyRisk, BigDecimal economicImportance, BigDecimal margin) {

	public static final CriticalityThresholds EU = new CriticalityThresholds(new BigDecimal("1.0"),
			new BigDecimal("2.8"), new BigDecimal("0.1"));

	public CriticalityThresholds {
		if (supplyRisk == null || economicImportance == null || margin == null) {
			throw new IllegalArgumentException("thresholds and margin must be given");
		}
		if (margin.signum() < 0) {
			throw new IllegalArgumentException("the margin must not be negative (got " + margin + ")");
		}
	}

	public CriticalityThresholds withMargin(BigDecimal newMargin) {
		return new CriticalityThresholds(supplyRisk, economicImportance, newMargin);
	}
}
