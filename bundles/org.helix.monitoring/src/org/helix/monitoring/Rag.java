package org.helix.monitoring;

import java.math.BigDecimal;

import org.helix.analysis.results.Severity;
import org.helix.model.programme.RagStatus;

/** Red, amber, green; ordered from best to worst so that roll-ups can take the maximum. */
public enum Rag {
	GREEN(Severity.INFO), AMBER(Severity.WARNING), RED(Severity.ERROR);

	private final Severity severity;

	Rag(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return severity;
	}

	/** GREEN at or above {@code green}, AMBER at or above {@code amber}, else RED. */
	public static Rag of(double ratio, BigDecimal green, BigDecimal amber) {
		if (ratio >= green.doubleValue()) {
			return GREEN;
		}
		return ratio >= amber.doubleValue() ? AMBER : RED;
	}

	/** The Rag for a manual status; null for UNSPECIFIED (no override). */
	public static Rag of(RagStatus status) {
		return status == null || status == RagStatus.UNSPECIFIED ? null : valueOf(status.getName());
	}

	public static Rag worst(Rag a, Rag b) {
		if (a == null) {
			return b;
		}
		return b == null || a.compareTo(b) >= 0 ? a : b;
	}
}
