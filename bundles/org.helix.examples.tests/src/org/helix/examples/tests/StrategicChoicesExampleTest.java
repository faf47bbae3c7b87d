package org.helix.examples.tests;

import static org.helix.examples.tests.ExampleChecks.all;
import static org.helix.examples.tests.ExampleChecks.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.helix.examples.StrategicChoicesExample;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DimensionKind;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.InvestmentQuadrant;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyCategory;
import org.helix.model.ecosystem.Trend;
import org.helix.model.programme.Recommendation;
import org.junit.jupiter.api.Test;

class StrategicChoicesExampleTest {

	private final HelixModel model = StrategicChoicesExample.build();

	@Test
	void titleAndSource() {
		assertEquals("Strategische keuzes voor Vlaanderen", model.getTitle());
		assertEquals(1, model.getSourceDocuments().size());
		assertEquals("004", model.getSourceDocuments().get(0).getDocumentId());
		// L13: VARIO issues the advice
		assertEquals("VARIO", ((org.helix.model.ecosystem.Organisation) model.getSourceDocuments().get(0).getIssuers().get(0))
				.getAbbreviation());
	}

	@Test
	void frameworkHasFourDimensionsWithTheirSubCriteria() {
		AssessmentFramework framework = model.getAssessmentFrameworks().get(0);
		// L501-506 and L1130-1146: four dimensions
		assertEquals(List.of(DimensionKind.STRENGTH, DimensionKind.OPPORTUNITIES, DimensionKind.NEEDS, DimensionKind.FEASIBILITY),
				framework.getDimensions().stream().map(AssessmentDimension::getKind).toList());
		// L1134-1137: economic, innovation/ecosystem, technological, scientific strengths
		AssessmentDimension strength = framework.getDimensions().get(0);
		assertEquals(List.of("Economische sterktes", "Innovatiekracht en ecosysteem", "Technologische sterktes",
				"Wetenschappelijke sterktes"), strength.getSubCriteria().stream().map(s -> s.getName()).toList());
		// L1134: value added, productivity and export
		assertEquals(List.of("Toegevoegde waarde", "Productiviteit", "Export"),
				strength.getSubCriteria().get(0).getIndicators().stream().map(i -> i.getName()).toList());
		// L1137: publications and citations, Horizon Europe, R&D personnel and STEM workers
		assertEquals(4, strength.getSubCriteria().get(3).getIndicators().size());
		// L542-547: sales market, geographic, time, value-chain roles
		assertEquals(4, framework.getDimensions().get(1).getSubCriteria().size());
		// L553, L559: strategic autonomy / economic security and transition priorities
		assertEquals(2, framework.getDimensions().get(2).getSubCriteria().size());
		// L577-589, L1146: energy, talent, physical space, regulation, infrastructure
		assertEquals(List.of("Energie", "Talent", "Fysieke ruimte", "Regelgeving", "Infrastructuur"),
				framework.getDimensions().get(3).getSubCriteria().stream().map(s -> s.getName()).toList());
		// L505 vs L1143: the third dimension is named differently
		assertFalse(framework.getDimensions().get(2).getNotes().isEmpty());
	}

	@Test
	void thirtyEightTechnologiesInAnnexOrder() {
		// L1356-1395: BIJLAGE – 38 technologies
		List<Technology> technologies = model.getTechnologies();
		assertEquals(38, technologies.size());
		assertEquals("Advanced Manufacturing", technologies.get(0).getName()); // L1358
		assertEquals("Wind Energy", technologies.get(37).getName()); // L1395
		assertEquals(1389, named(technologies, "Semiconductors").getCitations().get(0).getFromLine());
		// L646: six life-science technologies in the optimal quadrant for patents
		List<Technology> optimal = technologies.stream().filter(t -> t.getPositions().stream()
				.anyMatch(p -> p.getQuadrant() == InvestmentQuadrant.OPTIMAL)).toList();
		assertEquals(6, optimal.size());
		assertTrue(optimal.stream().allMatch(t -> t.getCategory() == TechnologyCategory.LIFE_SCIENCES_BIOTECH));
		assertEquals("OECD Regpat", optimal.get(0).getPositions().get(0).getDataSource().getName());
		// L648: AI, cybersecurity and natural language processing in the moonshot quadrant
		assertEquals(3, technologies.stream().filter(t -> t.getPositions().stream()
				.anyMatch(p -> p.getQuadrant() == InvestmentQuadrant.MOONSHOT)).count());
		// L655: semiconductors, generative AI and micro-electronics belong to digital technologies and AI
		assertEquals(TechnologyCategory.DIGITAL_AI, named(technologies, "Microelectronics").getCategory());
		// no numeric complexity, relatedness or RCA in the text (figures only)
		assertTrue(technologies.stream().flatMap(t -> t.getPositions().stream())
				.allMatch(p -> p.getComplexity() == null && p.getRelatednessDensity() == null && p.getRca() == null));
		// the text assigns no category to most technologies
		assertEquals(TechnologyCategory.UNSPECIFIED, named(technologies, "Wind Energy").getCategory());
	}

	private static RatingLevel table1(StrategicDomain domain, String indicator) {
		return domain.getRatings().stream()
				.filter(r -> r.getTrend() == Trend.UNKNOWN && indicator.equals(r.getIndicator().getName()))
				.map(Rating::getLevel).findFirst().orElseThrow();
	}

	@Test
	void table1Ratings() {
		List<StrategicDomain> domains = model.getStrategicDomains().stream()
				.filter(d -> d.getCategory() == DomainCategory.UNCLASSIFIED).toList();
		// L738-749: nine domains, six columns
		assertEquals(9, domains.size());
		for (StrategicDomain domain : domains) {
			assertEquals(6, domain.getRatings().stream().filter(r -> r.getTrend() == Trend.UNKNOWN).count(), domain.getName());
		}
		// L741: pharma ++ everywhere
		StrategicDomain pharma = named(domains, "Farmaceutische sector");
		assertTrue(pharma.getRatings().stream().allMatch(r -> r.getLevel() == RatingLevel.VERY_STRONG));
		// L742: IT: export -, patents +/-, publications -
		StrategicDomain it = named(domains, "Informatie en computerprogrammering");
		assertEquals(RatingLevel.WEAK, table1(it, "Export"));
		assertEquals(RatingLevel.NEUTRAL, table1(it, "Octrooien"));
		// L743: scientific R&D: value added na
		assertEquals(RatingLevel.NOT_AVAILABLE,
				table1(named(domains, "Wetenschappelijk onderzoek en ontwikkeling"), "Toegevoegde waarde"));
		// L746: food: value added +, export ++
		StrategicDomain food = named(domains, "Voedingsindustrie");
		assertEquals(RatingLevel.STRONG, table1(food, "Toegevoegde waarde"));
		assertEquals(RatingLevel.VERY_STRONG, table1(food, "Export"));
		// L748: machinery: export - (contradicts L726, noted)
		StrategicDomain machines = named(domains, "Vervaardigen van machines, apparaten en werktuigen");
		assertEquals(RatingLevel.WEAK, table1(machines, "Export"));
		assertFalse(machines.getNotes().isEmpty());
		// L749: computers: R&D spending + (text L730 says top; noted), trend declining 2017-2023
		StrategicDomain computers = named(domains, "Vervaardigen van computers, elektronische en optische producten");
		assertEquals(RatingLevel.STRONG, table1(computers, "O&O-uitgaven"));
		assertTrue(computers.getRatings().stream().anyMatch(r -> r.getTrend() == Trend.DECLINING && "2017-2023".equals(r.getPeriod())));
		// L704: NACE 72 for scientific R&D
		assertEquals("72", model.getSectors().stream().filter(s -> s.getName().startsWith("Wetenschappelijk")).findFirst()
				.orElseThrow().getCode());
	}

	@Test
	void decisionTreeExamples() {
		// L1173, L1175, L1181: pharma and biotech, semiconductors, high performance computing
		assertEquals(DomainCategory.PRONOUNCED_STRENGTH, named(model.getStrategicDomains(), "Farma en biotech").getCategory());
		assertEquals(DomainCategory.ECOSYSTEM_GAP, named(model.getStrategicDomains(), "Semiconductors").getCategory());
		assertEquals(DomainCategory.MOONSHOT, named(model.getStrategicDomains(), "High performance computing").getCategory());
		// VARIO does not choose domains (L163): no domain is expert-validated
		assertTrue(model.getStrategicDomains().stream().allMatch(d -> d.getExpertValidated() == null));
	}

	@Test
	void dataSources() {
		// L598, L602: OpenAlex 2021-2025 (30%), Regpat 2020-2024 (78%), Crunchbase 2021-2025 (47%)
		DataSource regpat = named(model.getDataSources(), "OECD Regpat");
		assertEquals(2020, regpat.getFromYear());
		assertEquals(2024, regpat.getToYear());
		assertEquals(0.78, regpat.getCoverageShare());
		assertEquals(0.30, named(model.getDataSources(), "OpenAlex").getCoverageShare());
		assertEquals(0.47, named(model.getDataSources(), "Crunchbase").getCoverageShare());
		assertEquals(6, model.getDataSources().size());
	}

	@Test
	void countryBenchmarks() {
		List<CountryStrategy> strategies = model.getCountryStrategies();
		// L767-821 DE (2), L835-1013 NL (4), L1015 UK, L1019 SE, L1042 EU, L399-403 Flanders
		assertEquals(10, strategies.size());
		CountryStrategy hts = named(strategies, "High-Tech Strategy (HTS)");
		assertEquals(2006, hts.getFirstYear()); // L776
		assertEquals(Boolean.FALSE, hts.getOwnBudget()); // L792
		assertEquals(2023, hts.getMonitoringSinceYear()); // L800
		assertEquals(Boolean.FALSE, hts.getStrategicEvaluationDone()); // L800
		assertTrue(hts.getPriorities().isEmpty(), "HTS priorities are only in figure 7");
		assertEquals(10, named(strategies, "Topsectorenbeleid").getPriorities().size()); // L853-862
		CountryStrategy mtib = named(strategies, "Missiegericht topsectoren- en innovatiebeleid (MTIB)");
		assertEquals(13, mtib.getPriorities().size()); // 5 missions L876-880 + 8 KIAs L917-933
		assertEquals(2040, mtib.getPriorities().get(3).getTargetYear()); // L879
		CountryStrategy nts = named(strategies, "Nationale Technologiestrategie (NTS)");
		assertEquals(10, nts.getPriorities().size()); // L964-973
		assertEquals("Cybersecurity Technologies", nts.getPriorities().get(9).getName());
		assertNull(nts.getOwnBudget());
		assertEquals(8, named(strategies, "Modern Industrial Strategy").getPriorities().size()); // L1017
		assertFalse(named(strategies, "Modern Industrial Strategy").getNotes().isEmpty()); // L1017 vs L1030
		assertEquals(8, named(strategies, "EU Competitiveness Compass").getPriorities().size()); // L1046-1050
	}

	@Test
	void adviceAndRecommendations() {
		assertEquals(1, model.getStakeholderInputs().size());
		// L100-131: four recommendations with 3 + 4 + 3 + 3 sub-recommendations
		List<Recommendation> recommendations = model.getRecommendations();
		assertEquals(4, recommendations.size());
		assertEquals(List.of(3, 4, 3, 3), recommendations.stream().map(r -> r.getSubRecommendations().size()).toList());
		assertTrue(all(model, Recommendation.class).stream().allMatch(r -> r.getOrigin() == model.getStakeholderInputs().get(0)));
		// L15-31: nine named council members, chaired by Lieven Danneels
		assertEquals(9, model.getGovernanceBodies().get(0).getMemberships().size());
		assertEquals("Lieven Danneels", model.getGovernanceBodies().get(0).getChair().getName());
		// L1062: seven spearhead clusters; ENT.A founded in 2025 (L1082)
		assertEquals(7, model.getClusters().size());
		assertEquals(2025, named(model.getClusters(), "ENT.A").getFoundedYear());
	}

	@Test
	void everyElementCitesValidSeedLines() {
		int elements = ExampleChecks.assertCitations(model, "004", 1432);
		assertTrue(elements > 300, "elements: " + elements);
	}

	@Test
	void idsAreDeterministic() {
		ExampleChecks.assertDeterministicIds(StrategicChoicesExample::build);
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
