package org.helix.analysis;

import java.math.BigDecimal;

import org.helix.analysis.results.Finding;
import org.helix.analysis.results.FindingValue;
import org.helix.analysis.results.ResultsFactory;

/** Adds named values to a reported finding: {@code context.report(...).value("spent", spent).text("rag", "RED")}. */
public final class FindingBuilder {

	private final Finding finding;

	FindingBuilder(Finding finding) {
		this.finding = finding;
	}

	/** A number; {@code null} records the key with no number, which means "unknown" (never 0). */
	public FindingBuilder value(String key, BigDecimal number) {
		FindingValue value = ResultsFactory.eINSTANCE.createFindingValue();
		value.setKey(key);
		value.setNumber(number);
		finding.getValues().add(value);
		return this;
	}

	public FindingBuilder value(String key, double number) {
		return value(key, BigDecimal.valueOf(number));
	}

	public FindingBuilder text(String key, String text) {
		FindingValue value = ResultsFactory.eINSTANCE.createFindingValue();
		value.setKey(key);
		value.setText(text);
		finding.getValues().add(value);
		return this;
	}

	public Finding finding() {
		return finding;
	}
}
