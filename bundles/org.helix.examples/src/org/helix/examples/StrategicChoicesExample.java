package org.helix.examples;

import org.helix.model.core.HelixModel;

/**
 * Example "strategische-keuzes": VARIO, "Strategische keuzes voor Vlaanderen" (February 2026), seed 004. The
 * assessment framework (four dimensions, sub-criteria, indicators), the 38 CEPS technologies and their grouping,
 * the nine domains of Table 1 with their ratings, the decision-tree categories with the examples the text gives,
 * the country benchmarks, the data sources, and the advice with its recommendations.
 */
public final class StrategicChoicesExample {

	public static final String KEY = "strategische-keuzes";
	public static final String TITLE = "Strategische keuzes voor Vlaanderen";
	public static final String SEED = "004";

	private StrategicChoicesExample() {
	}

	public static HelixModel build() {
		StrategicChoicesBuilder builder = new StrategicChoicesBuilder();
		builder.build();
		HelixModel model = builder.linkCitations();
		ExampleSupport.assignIds(model, KEY);
		return model;
	}
}
