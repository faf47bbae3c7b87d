package org.helix.examples;

import org.helix.model.core.HelixModel;

/**
 * Example "maakindustrie-nl": SER, "Briefadvies Verduurzaming maakindustrie" (NL), seed 002. The recommendations of
 * the chapter 4 overview (grouped as in the text), the bottlenecks, the clusters and sectors, the policy instruments
 * (amounts only where the text gives them), the emission table 2.1 as indicators, and the advice.
 */
public final class DutchManufacturingExample {

	public static final String KEY = "maakindustrie-nl";
	public static final String TITLE = "Verduurzaming maakindustrie (SER)";
	public static final String SEED = "002";

	private DutchManufacturingExample() {
	}

	public static HelixModel build() {
		DutchManufacturingBuilder builder = new DutchManufacturingBuilder();
		builder.build();
		HelixModel model = builder.linkCitations();
		ExampleSupport.assignIds(model, KEY);
		return model;
	}
}
