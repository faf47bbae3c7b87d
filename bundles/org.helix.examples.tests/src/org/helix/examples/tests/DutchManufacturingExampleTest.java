package org.helix.examples.tests;

import static org.helix.examples.tests.ExampleChecks.all;
import static org.helix.examples.tests.ExampleChecks.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.helix.examples.DutchManufacturingExample;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.TargetKind;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.programme.Recommendation;
import org.junit.jupiter.api.Test;

class DutchManufacturingExampleTest {

	private final HelixModel model = DutchManufacturingExample.build();

	private static BigDecimal value(Indicator indicator, int year) {
		return indicator.getMeasurements().stream().filter(m -> Integer.valueOf(year).equals(m.getYear()) && m.getValue() != null)
				.map(Measurement::getValue).findFirst().orElseThrow();
	}

	@Test
	void titleAndSource() {
		assertEquals("Verduurzaming maakindustrie (SER)", model.getTitle());
		assertEquals("002", model.getSourceDocuments().get(0).getDocumentId());
		assertEquals("Kim Putters", model.getGovernanceBodies().get(0).getChair().getName()); // L36-38
	}

	@Test
	void emissionTable() {
		// L228-241: five sectors, three indicators each
		assertEquals(5, model.getIndicators().stream().filter(i -> i.getName().startsWith("Emissies broeikasgassen ")).count());
		Indicator industry = named(model.getIndicators(), "Emissies broeikasgassen Industrie");
		assertEquals(0, new BigDecimal("87.0").compareTo(value(industry, 1990))); // L231
		assertEquals(0, new BigDecimal("49.8").compareTo(value(industry, 2022))); // L232
		assertEquals(0, new BigDecimal("-66").compareTo(industry.getTargets().stream()
				.filter(t -> t.getKind() == TargetKind.PERCENT_CHANGE).findFirst().orElseThrow().getValue())); // L234
		Indicator electricity = named(model.getIndicators(), "Emissies broeikasgassen Elektriciteit");
		assertEquals(0, new BigDecimal("13.0").compareTo(electricity.getTargets().stream()
				.filter(t -> t.getKind() == TargetKind.MAXIMUM).findFirst().orElseThrow().getValue())); // L236
		assertEquals(0, new BigDecimal("11.1").compareTo(value(named(model.getIndicators(), "Reductie 1990-2022 Mobiliteit"), 2022))); // L233
		assertEquals(0, new BigDecimal("20.2").compareTo(named(model.getIndicators(), "Opgave tot 2030 Industrie").getMeasurements()
				.get(0).getValue())); // L235
		// L401: projected 2030 residual 27-42 Mt
		Measurement projection = industry.getMeasurements().stream().filter(m -> Boolean.TRUE.equals(m.getProjection())).findFirst()
				.orElseThrow();
		assertEquals(0, new BigDecimal("27").compareTo(projection.getLowerBound()));
		assertEquals(0, new BigDecimal("42").compareTo(projection.getUpperBound()));
		// L231-236: the table's residual for Mobiliteit does not follow from its own columns (noted)
		assertFalse(named(model.getIndicators(), "Emissies broeikasgassen Mobiliteit").getNotes().isEmpty());
	}

	@Test
	void recommendations() {
		// L1269-1495: eight themes in the chapter 4 overview
		List<Recommendation> themes = model.getRecommendations();
		assertEquals(8, themes.size());
		assertEquals(List.of(4, 1, 6, 6, 1, 1, 11, 6), themes.stream().map(r -> r.getSubRecommendations().size()).toList());
		// 36 numbered recommendations (R01-R36), plus sub-items of R05 (L1301-1335) and R19 (L1403-1413)
		List<Recommendation> coded = all(model, Recommendation.class).stream()
				.filter(r -> r.getCode().matches("R\\d\\d")).toList();
		assertEquals(36, coded.size());
		assertEquals(3, coded.get(4).getSubRecommendations().size());
		assertTrue(all(model, Recommendation.class).stream().allMatch(r -> r.getOrigin() == model.getStakeholderInputs().get(0)));
	}

	@Test
	void clustersAndSectors() {
		// L247-249: five geographic clusters; fn 11 (L269-271) a sixth of about 200 firms; L1128 a 'seventh'
		List<Cluster> clusters = model.getClusters();
		assertEquals(7, clusters.size());
		assertEquals(5, clusters.stream().filter(c -> Boolean.TRUE.equals(c.getGeographic())).count());
		assertEquals(200, named(clusters, "Zesde cluster").getApproxCompanyCount());
		assertNull(named(clusters, "'Zevende' industriecluster").getGeographic());
		// L246-253: ten sub-sectors of manufacturing (chemie once)
		assertEquals(10, model.getSectors().get(0).getSubSectors().size());
	}

	@Test
	void instrumentsWithAmountsOnlyWhereGiven() {
		// L341: 3 mld euro in het Klimaatfonds voor maatwerk
		FundingInstrument fund = (FundingInstrument) named(model.getInstruments(), "Klimaatfonds");
		assertEquals(0, new BigDecimal("3000000000").compareTo(fund.getAmounts().get(0).getAmount()));
		// no amounts for SDE++ in the text
		FundingInstrument sde = (FundingInstrument) named(model.getInstruments(), "Stimuleringsregeling Duurzame Energie");
		assertTrue(sde.getAmounts().isEmpty());
		// L379 vs L1342: NIKI / NIKE
		PolicyInstrument niki = named(model.getInstruments(), "Nationale Investeringsregeling Klimaatprojecten Industrie");
		assertTrue(niki.getAliases().contains("NIKE"));
		assertEquals(2026, named(model.getInstruments(), "Carbon Border Adjustment Mechanism").getFromYear()); // L272
		// L416-417: 8,000 companies on the waiting list
		assertEquals(0, new BigDecimal("8000").compareTo(named(model.getIndicators(),
				"Bedrijven op de wachtlijst voor afname van stroom").getMeasurements().get(0).getValue()));
		// bottlenecks are recorded as notes on the advice
		assertEquals(8, model.getStakeholderInputs().get(0).getNotes().size());
	}

	@Test
	void everyElementCitesValidSeedLines() {
		int elements = ExampleChecks.assertCitations(model, "002", 1496);
		assertTrue(elements > 150, "elements: " + elements);
	}

	@Test
	void idsAreDeterministic() {
		ExampleChecks.assertDeterministicIds(DutchManufacturingExample::build);
	}

	@Test
	void validatesWithoutErrors() {
		ExampleChecks.assertValid(model);
	}

	@Test
	void xmiRoundTrip() throws IOException {
		assertTrue(ExampleChecks.assertXmiRoundTrip(model) > 0);
	}
}
