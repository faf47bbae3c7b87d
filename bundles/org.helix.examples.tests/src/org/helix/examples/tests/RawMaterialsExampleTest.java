package org.helix.examples.tests;

import static org.helix.examples.tests.ExampleChecks.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.helix.examples.ExampleSupport;
import org.helix.examples.RawMaterialsExample;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.core.SourceDocument;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.materials.EntryClassification;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.ListKind;
import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialRole;
import org.helix.model.materials.MaterialsStrategy;
import org.helix.model.materials.PolicyTrack;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.TrackPriority;
import org.junit.jupiter.api.Test;

class RawMaterialsExampleTest {

	private final HelixModel model = RawMaterialsExample.build();

	private MaterialList list(String name) {
		return named(model.getMaterialLists(), name);
	}

	@Test
	void titleAndSource() {
		assertEquals("Kritieke grondstoffenzekerheid", model.getTitle());
		assertEquals("003", model.getSourceDocuments().get(0).getDocumentId());
	}

	@Test
	void listsAndCounts() {
		assertEquals(6, model.getMaterialLists().size());
		// L646-650: 87 assessed materials
		assertEquals(87, list("Europese lijst van 87 beoordeelde grondstoffen").getAssessedCount());
		// L666: seven EU critical raw materials fall out of the Belgian list
		MaterialList vito = list("Lijst van kritieke grondstoffen voor België (VITO)");
		assertEquals(7, vito.getEntries().stream().filter(e -> e.getClassification() == EntryClassification.EXCLUDED).count());
		assertEquals(ListKind.REGIONAL, vito.getKind());
		// L680-682: fluorspar borderline with supply risk 0.9; economic importance only "hoger dan 2,8"
		ListEntry fluorspar = vito.getEntries().stream().filter(e -> "fluoriet".equals(e.getMaterial().getName())).findFirst()
				.orElseThrow();
		assertEquals(0, new BigDecimal("0.9").compareTo(fluorspar.getSupplyRisk()));
		assertNull(fluorspar.getEconomicImportance());
		assertEquals(Boolean.TRUE, fluorspar.getBorderline());
		// L157-159, L638-640: seven base metals proposed as additions
		assertEquals(List.of("ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel"), list("Aanvulling met basismetalen")
				.getEntries().stream().map(e -> e.getMaterial().getName()).toList());
		// L672-674: nickel strategic only as battery grade material
		ListEntry nickel = list("Europese lijst van strategische grondstoffen").getEntries().get(0);
		assertEquals("nikkel", nickel.getMaterial().getName());
		assertEquals(EntryClassification.STRATEGIC_ONLY, nickel.getClassification());
		// L684-696: thirteen food-security examples
		assertEquals(13, list("Aanvulling met grondstoffen voor voedselzekerheid").getEntries().size());
		// the seed never enumerates the 34 critical or the 17 strategic materials
		assertTrue(list("Europese lijst van kritieke grondstoffen").getEntries().size() < 34);
		assertEquals(list("Europese lijst van kritieke grondstoffen"), list("Europese lijst van strategische grondstoffen").getDerivedFrom());
	}

	@Test
	void materialsAndSupply() {
		// every material is named once
		List<String> names = model.getRawMaterials().stream().map(RawMaterial::getName).toList();
		assertEquals(names.size(), names.stream().distinct().count());
		RawMaterial germanium = named(model.getRawMaterials(), "germanium");
		// L104-112: China main exporter to Belgium for the CRM goods, germanium among them
		assertTrue(germanium.getSupplyShares().stream().anyMatch(s -> "China".equals(s.getSupplier().getName())
				&& "België".equals(s.getImporter().getName()) && Boolean.TRUE.equals(s.getMainSupplier()) && s.getShare() == null));
		// L1307-1309: germanium as by-product of zinc, silver, lead, copper or coal
		assertEquals(5, germanium.getHostMaterials().size());
		// L1309-1311: about 60% of Olen's germanium from Nyrstar Balen residues
		assertEquals(0, new BigDecimal("0.60").compareTo(germanium.getFlows().get(0).getShareOfRecipientInput()));
		assertEquals("Nyrstar", germanium.getFlows().get(0).getFrom().getName());
		// L1752-1754: Umicore's two strategic projects (substitution and processing of germanium)
		assertTrue(germanium.getActivities().stream().anyMatch(a -> a.getRole() == MaterialRole.SUBSTITUTES));
		// L1326-1330: Belgium a main EU processor of six critical raw materials (2021)
		assertEquals(6, model.getRawMaterials().stream().flatMap(m -> m.getSupplyShares().stream())
				.filter(s -> "België".equals(s.getSupplier().getName()) && Integer.valueOf(2021).equals(s.getYear())).count());
		assertEquals(4, model.getMaterialGroups().size());
		assertEquals(7, named(model.getMaterialGroups(), "Basismetalen").getMembers().size());
	}

	@Test
	void valueChainAndCompanies() {
		// L943-951: six phases
		assertEquals(List.of(StageKind.EXPLORATION, StageKind.EXTRACTION, StageKind.PROCESSING_REFINING, StageKind.PRODUCTION,
				StageKind.USE, StageKind.WASTE_RECYCLING),
				model.getValueChains().get(0).getStages().stream().map(s -> s.getKind()).toList());
		// L771-775: Umicore produces copper, lead, antimony, tin, selenium, tellurium, indium, nickel, cobalt, precious metals, PGMs, Ge, Ga, As
		Organisation umicore = named(model.getActors().stream().filter(Organisation.class::isInstance).map(Organisation.class::cast).toList(), "Umicore");
		List<MaterialActivity> umicoreActivities = model.getRawMaterials().stream().flatMap(m -> m.getActivities().stream())
				.filter(a -> a.getOrganisation() == umicore).toList();
		assertTrue(umicoreActivities.size() >= 14, "Umicore activities: " + umicoreActivities.size());
		// L777-779: aluminium semi-finished products, no primary production
		assertEquals(5, named(model.getRawMaterials(), "aluminium").getActivities().stream()
				.filter(a -> a.getStageKind() == StageKind.SEMI_FINISHED).count());
		// L1299-1303: 7,800 direct jobs in the Belgian base-metal sector (Agoria, 2024)
		assertEquals(0, new BigDecimal("7800").compareTo(named(model.getIndicators(),
				"Directe tewerkstelling basismetaalsector (België)").getMeasurements().get(0).getValue()));
		// L437-445: 15 strategic technologies
		assertEquals(15, model.getTechnologies().size());
	}

	@Test
	void policyTracks() {
		MaterialsStrategy strategy = model.getMaterialsStrategies().get(0);
		assertEquals("Critical Raw Materials Act", strategy.getFramework().getName());
		// L27-37 and L470-498: five priority and four complementary tracks, plus the list (speerpunt)
		List<PolicyTrack> tracks = strategy.getTracks();
		assertEquals(10, tracks.size());
		assertEquals(5, tracks.stream().filter(t -> t.getPriority() == TrackPriority.PRIORITY).count());
		assertEquals(4, tracks.stream().filter(t -> t.getPriority() == TrackPriority.COMPLEMENTARY).count());
		// L1484-1813: eleven action lines for recycling capacity, plus 9R, CSRD and social economy
		assertEquals(14, named(tracks, "Recyclage en circulariteit").getSubActions().size());
		// L474 vs L1218: the same track under different names
		PolicyTrack t1 = named(tracks, "Versterking van de productiecapaciteit van basismetalen");
		assertTrue(t1.getAliases().contains("Versterken van de Vlaamse verwerkings- en recyclagecapaciteit"));
		assertFalse(t1.getNotes().isEmpty());
	}

	@Test
	void governanceAndAdvice() {
		// L576-578: six subgroups of the Belgian CRM Board
		assertEquals(6, model.getGovernanceBodies().stream().filter(b -> b.getSetUpBy() != null
				&& "Belgische CRM Board".equals(b.getSetUpBy().getName())).count());
		assertEquals(3, named(model.getGovernanceBodies(), "Europese raad voor kritieke grondstoffen").getMemberships().size());
		assertEquals(1, model.getStakeholderInputs().size());
		// L133-374: six spearheads and four additional actions
		assertEquals(10, model.getRecommendations().size());
		assertEquals("Stijn Gryp", model.getGovernanceBodies().get(0).getChair().getName()); // L45-47
	}

	@Test
	void everyElementCitesValidSeedLines() {
		int elements = ExampleChecks.assertCitations(model, "003", 3221);
		assertTrue(elements > 300, "elements: " + elements);
	}

	@Test
	void citationCheckRejectsMisplacedQuotes() {
		HelixModel wrong = CoreFactory.eINSTANCE.createHelixModel();
		SourceDocument doc = CoreFactory.eINSTANCE.createSourceDocument();
		doc.setDocumentId("003");
		ExampleSupport.cite(doc, "003", 11, 11, "Advies kritieke grondstoffenzekerheid");
		wrong.getSourceDocuments().add(doc);
		Organisation umicore = EcosystemFactory.eINSTANCE.createOrganisation();
		ExampleSupport.cite(umicore, "003", 12, 12, "Umicore");
		wrong.getActors().add(umicore);
		wrong.eAllContents().forEachRemaining(o -> {
			if (o instanceof org.helix.model.core.SourceCitation c) {
				c.setDocument(doc);
			}
		});
		assertThrows(AssertionError.class, () -> ExampleChecks.assertCitations(wrong, "003", 3221));
	}

	@Test
	void idsAreDeterministic() {
		ExampleChecks.assertDeterministicIds(RawMaterialsExample::build);
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
