package org.helix.examples;

import org.helix.model.core.HelixModel;

/**
 * Example "grondstoffen": SERV, "Advies kritieke grondstoffenzekerheid", seed 003. The raw materials named, the
 * material lists (EU candidates, critical and strategic; the VITO list for Belgium; the proposed additions), supplier
 * countries, the six value-chain phases, companies and their material activities, the policy tracks of the Flemish
 * raw-materials strategy with their sub-actions, the governance bodies, and the advice with its recommendations.
 */
public final class RawMaterialsExample {

	public static final String KEY = "grondstoffen";
	public static final String TITLE = "Kritieke grondstoffenzekerheid";
	public static final String SEED = "003";

	private RawMaterialsExample() {
	}

	public static HelixModel build() {
		RawMaterialsBuilder builder = new RawMaterialsBuilder();
		builder.build();
		HelixModel model = builder.linkCitations();
		ExampleSupport.assignIds(model, KEY);
		return model;
	}
}
