package org.helix.scoring.domains;

/**
 * The five yes/no inputs of VARIO's decision tree (seed 004, Rec. 1.3, L1159-1189; the criteria of Rec. 1.1,
 * L1130-1146). Dimension 1 collapses into three strengths in the tree (L1169, L1175): the innovation and
 * technological sub-criteria are one input.
 */
public enum Factor {
	ECONOMIC("E", "pronounced economic strength", "value added, productivity and export (L1134)"),
	INNOVATION_TECHNOLOGICAL("IT", "innovation/technological strength",
			"R&D expenditure, diversity of and connections between actors, co-financing, patents (L1135-1136)"),
	SCIENTIFIC("S", "scientific strength",
			"publications and citations, Horizon Europe participation, R&D personnel and STEM workers (L1137)"),
	GROWTH("G", "economic growth potential",
			"growth in value added, productivity and export, and evolutions in the EU and the world (L1141)"),
	TRANSITION("T", "contribution to the government's transition priorities",
			"digital, climate and energy, geopolitical incl. strategic autonomy and economic security (L1145)");

	private final String symbol;
	private final String label;
	private final String measuredBy;

	Factor(String symbol, String label, String measuredBy) {
		this.symbol = symbol;
		this.label = label;
		this.measuredBy = measuredBy;
	}

	/** The short name used in docs/domains.md (E, IT, S, G, T). */
	public String symbol() {
		return symbol;
	}

	/** In words a policy maker reads. */
	public String label() {
		return label;
	}

	/** What the seed measures it by, with its line. */
	public String measuredBy() {
		return measuredBy;
	}
}
