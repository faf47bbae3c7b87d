package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.scoring.ScoringException;
import org.helix.scoring.persistence.ValuePath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Value paths with filters, on the strategic-choices example's domains (seed 004 Table 1 and the trends of L722, L730). */
class ValuePathTest {

	static HelixModel model;

	@BeforeAll
	static void build() {
		model = Example.STRATEGIC_CHOICES.build();
	}

	static StrategicDomain domain(String name) {
		return model.getStrategicDomains().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void filtersSelectOneRating() throws ScoringException {
		StrategicDomain metals = domain("Vervaardigen van metalen en producten van metaal");
		// L747: ++ + + + + +/-; the O&O-uitgaven column is '+', besides a growth trend rating (L722) on the same indicator
		assertEquals(RatingLevel.STRONG, ValuePath.parse("ratings[indicator.name=O&O-uitgaven][period=huidige status].level", "t").read(metals, "t"));
		assertEquals("2017-2023", ValuePath.parse("ratings[indicator.name=O&O-uitgaven][trend=GROWING].period", "t").read(metals, "t"));
	}

	@Test
	void aFilterThatSelectsTwoIsAnError() throws ScoringException {
		StrategicDomain metals = domain("Vervaardigen van metalen en producten van metaal");
		ValuePath path = ValuePath.parse("ratings[indicator.name=O&O-uitgaven].level", "criteria[2] (O&O-uitgaven).valuePath");
		ScoringException e = assertThrows(ScoringException.class, () -> path.read(metals, "criteria[2] (O&O-uitgaven).valuePath"));
		assertTrue(e.getMessage().startsWith("criteria[2] (O&O-uitgaven).valuePath: the filters on 'ratings' select 2 elements"), e.getMessage());
	}

	@Test
	void manyValuesWithoutAFilterAreAnError() throws ScoringException {
		ValuePath path = ValuePath.parse("ratings.level", "w");
		ScoringException e = assertThrows(ScoringException.class, () -> path.read(domain("Chemische industrie"), "w"));
		assertTrue(e.getMessage().contains("holds many values: select one with filters"), e.getMessage());
	}

	@Test
	void nothingSelectedIsMissing() throws ScoringException {
		// Table 1 has no column for STEM talent (L736): nothing to read is a missing value, not 0
		assertNull(ValuePath.parse("ratings[indicator.name=STEM-talent].level", "w").read(domain("Chemische industrie"), "w"));
	}

	@Test
	void malformedPathsSayWhere() {
		ScoringException e = assertThrows(ScoringException.class, () -> ValuePath.parse("ratings[indicator.name].level", "criteria[0].valuePath"));
		assertTrue(e.getMessage().startsWith("criteria[0].valuePath: a filter must read [path=value], at position 7"), e.getMessage());
	}
}
