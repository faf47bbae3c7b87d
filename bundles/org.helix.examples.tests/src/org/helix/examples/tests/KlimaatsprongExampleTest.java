package org.helix.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.helix.examples.KlimaatsprongExample;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.Indicator;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.ProjectStatus;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.PermanentCouncil;
import org.helix.model.governance.SoundingBoard;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Uptake;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KlimaatsprongExampleTest {

	private static HelixModel model;
	private static Programme ks;

	@BeforeAll
	static void build() {
		model = KlimaatsprongExample.build();
		ks = model.getProgrammes().stream().filter(p -> "Klimaatsprong voor de Industrie".equals(p.getName()))
				.findFirst().orElseThrow();
	}

	private static List<EObject> all() {
		List<EObject> result = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			result.add(it.next());
		}
		return result;
	}

	private static GovernanceBody body(String name) {
		return model.getGovernanceBodies().stream().filter(b -> name.equals(b.getName())).findFirst().orElseThrow();
	}

	private static PriorityAction action(String name) {
		return ks.getActions().stream().filter(a -> name.equals(a.getName())).findFirst().orElseThrow();
	}

	private static List<Objective> objectives(ObjectiveHorizon horizon) {
		return ks.getObjectives().stream().filter(o -> o.getHorizon() == horizon).toList();
	}

	@Test
	void rootAndProgramme() {
		assertEquals("Klimaatsprong voor de Industrie 2026-2030", model.getTitle());
		assertEquals(2026, ks.getStartYear(), "001 L71-72: periode van 2026-2030");
		assertEquals(2030, ks.getEndYear(), "001 L71-72");
		assertEquals(2050, ks.getTargetYear(), "001 L91-92: tegen 2050");
		assertTrue(ks.getLegalBasis().startsWith("decreet van 30 april 2009"), "001 L20-21");
		assertEquals("VLAIO", ks.getCoordinator().getAbbreviation(), "001 L135-136, L3341");
		assertEquals("permanent overlegorgaan", ks.getGoverningBody().getName(), "001 L3183");
		assertEquals("Klimaatsprong", ks.getPredecessor().getName(), "001 L29-30");
		assertNull(ks.getApprovalDate(), "001 gives no approval date for the new note");
		assertTrue(ks.getBudget().isEmpty(), "001 gives no programme budget (L347-348 asks for one)");
		assertEquals(2, model.getSourceDocuments().size(), "seeds 001 and 000");
	}

	@Test
	void objectivesAndDimensions() {
		assertEquals(1, objectives(ObjectiveHorizon.MISSION).size(), "001 L91-92: overall goal");
		assertEquals(6, objectives(ObjectiveHorizon.LONG_TERM).size(), "001 L97-107: six long-term objectives");
		assertEquals(5, objectives(ObjectiveHorizon.SHORT_TERM_OPERATIONAL).size(),
				"001 L111-122: five operational objectives");
		assertEquals(3, objectives(ObjectiveHorizon.MEDIUM_TERM).size(), "001 L1419-1426: 2030/2035/2040 horizons");
		assertEquals("Financier de transitie", objectives(ObjectiveHorizon.LONG_TERM).get(2).getName(), "001 L101");
		// 001 L124: "De eerste twee doelstellingen zijn gewijzigd"
		List<Objective> od = objectives(ObjectiveHorizon.SHORT_TERM_OPERATIONAL);
		assertEquals(List.of(true, true, false, false, false),
				od.stream().map(Objective::getChangedFromPrevious).toList(), "001 L124");
		// long-term objectives elaborate the overall goal; operational ones are not mapped (001 L314-317, L376-377)
		Objective mission = objectives(ObjectiveHorizon.MISSION).get(0);
		assertEquals(6 + 3, mission.getSupportedBy().size(), "LT and MT objectives contribute to the goal (L91-107)");
		od.forEach(o -> assertTrue(o.getContributesTo().isEmpty(), "001 gives no OD→LT mapping (L376-377)"));
		assertEquals(4, ks.getDimensions().size(), "001 L1454-1456: vier dimensies");
		assertEquals(List.of(2, 2, 3, 3), ks.getDimensions().stream().map(d -> d.getThemes().size()).toList(),
				"001 L1491-1495, L1796-1801, L2003/L2160/L2298, L2395/L2498/L2606");
		assertEquals("infrastructuur en beschikbaarheid van betaalbare energie", ks.getDimensions().get(2).getName(),
				"001 L1455-1456");
	}

	@Test
	void priorityActions() {
		assertEquals(18, ks.getActions().size(), "001 L2922-2970: 18 priority actions 2026-2030");
		Map<String, Long> perDimension = ks.getActions().stream()
				.collect(Collectors.groupingBy(a -> a.getDimensions().get(0).getName(), Collectors.counting()));
		assertEquals(6L, perDimension.get("beleidsaansturing en regelgeving"), "001 L2922-2936");
		assertEquals(3L, perDimension.get("financiering van de transitie"), "001 L2938-2947");
		assertEquals(5L, perDimension.get("infrastructuur en beschikbaarheid van betaalbare energie"), "001 L2949-2961");
		assertEquals(4L, perDimension.get("innovatie en talent"), "001 L2963-2970");
		assertEquals(10, ks.getActions().stream().filter(a -> a.getPriorityYears().contains(2026)).count(),
				"001 L2983-3062: ten priorities for 2026");
		assertEquals(10, ks.getAnnualProgrammes().get(0).getActions().size(), "001 L2972, L2985");
		assertEquals("Het monitoren van de voortgang van de industriële transitie", ks.getActions().get(0).getName(),
				"001 L2924");
		PriorityAction malus = action("Het ontwikkelen van een mechanisme voor het vermijden (spreiden) van een "
				+ "‘first movers’ malus bij infrastructuurinvesteringen");
		assertEquals(Boolean.TRUE, malus.getNewAction(), "001 L3022: Dit is een nieuwe actie");
		assertTrue(malus.getTiming().contains("oktober 2026"), "001 L3024");
		// 7.3 table (L3063-3065) is missing, so no action is linked to an objective
		ks.getActions().forEach(a -> assertTrue(a.getObjectives().isEmpty(), "001 L3063-3065: mapping table absent"));
		// the seed gives no per-action budgets
		ks.getActions().forEach(a -> assertNull(a.getBudgetPlanned(), "no budget in 001 ch. 7"));
		// three coalition-agreement assignments (001 L2696-2712) become actions
		assertEquals(3, ks.getMandates().size(), "001 L2696-2712");
		assertEquals(3, ks.getActions().stream().filter(a -> a.getMandate() != null).count(), "001 L2696-2712");
		// every action of 7.1 comes from a 6.1 recommendation of the note itself
		ks.getActions().forEach(a -> assertTrue(a.getRecommendations().stream().anyMatch(r -> r.getOrigin() == null),
				a.getName() + " has a 001 recommendation"));
	}

	@Test
	void recommendations() {
		assertEquals(52, ks.getRecommendations().size(), "001 ch. 6.1: 'een 50-tal' (L1454), 52 counted");
		assertEquals(3, ks.getRecommendations().stream().filter(r -> r.getUptake() == Uptake.OUT_OF_SCOPE).count(),
				"001 L2613-2615: talent out of scope");
		assertEquals(10, ks.getRecommendations().stream().filter(r -> ("Proactief verdedigen van de Vlaamse industriële "
				+ "belangen in EU-initiatieven").equals(r.getTheme().getName())).count(), "001 L1727-1756");
		Recommendation cfd = ks.getRecommendations().stream().filter(r -> "6.1.2.2.1".equals(r.getCode())).findFirst()
				.orElseThrow();
		assertEquals(Uptake.NEXT_PROGRAMME, cfd.getUptake(), "001 L1898-1900");
	}

	@Test
	void governance() {
		PermanentCouncil poo = (PermanentCouncil) body("permanent overlegorgaan");
		assertEquals(MeetingCadence.SIX_WEEKLY, poo.getMeetingCadence(), "001 L403: ongeveer zeswekelijks");
		assertEquals(5, poo.getOperatingPrinciples().size(), "001 L3204-3212");
		assertEquals("VLAIO", ((Organisation) poo.getChair()).getAbbreviation(), "001 L3343-3344");
		assertEquals(13, poo.getMemberships().stream().filter(m -> m.getRole().getName().equals("MEMBER")).count(),
				"001 L3370-3381: government, 4 agencies/departments, Catalisti, OVAM, 3 federations, SERV, 2 ports");
		assertNotNull(poo.getRulesOfProcedure(), "001 annex 8.2 (L3170)");
		SoundingBoard kbg = (SoundingBoard) body("klankbordgroep");
		assertEquals(3, kbg.getMeetingsPerYear(), "001 L405-406, L3336: drie keer per jaar");
		assertEquals(Boolean.TRUE, kbg.getOpenMeeting(), "001 L394, L3321: open vergadering");
		assertEquals("VLAIO", ((Organisation) body("werkgroep financiering van de transitie").getTrekker())
				.getAbbreviation(), "001 L452-453, L3349");
		assertTrue(body("werkgroep financiering van de transitie").getAliases().contains("werkgroep transitie-instrument"),
				"001 L440-441");
		assertEquals("NOT_STARTED", body("werkgroep energie").getStatus().getName(), "001 L184, L240");
		assertTrue(poo.getReportingLines().stream().anyMatch(l -> l.getTarget() == body("Vlaamse Regering")
				&& l.getFrequency() == MeetingCadence.ANNUAL), "001 L3196: rapporteert jaarlijks");
		assertTrue(poo.getMeetings().stream().anyMatch(m -> Integer.valueOf(25).equals(m.getParticipantCount())),
				"001 L160-163: workshop 8 mei 2025, 25-tal organisaties");
	}

	@Test
	void indicatorsProjectsInstruments() {
		Indicator emissions = ks.getIndicators().get(0);
		assertEquals("Emissies", emissions.getName(), "001 L647");
		assertEquals(0, new BigDecimal("27.4").compareTo(emissions.getBaselineValue()), "001 L647: 27,4 Mton in 2005");
		assertEquals(3, emissions.getMeasurements().size(), "001 L647: 2019, 2022, 2023");
		assertEquals(0, new BigDecimal("20.6").compareTo(emissions.getMeasurements().get(2).getValue()), "001 L647");
		assertEquals(11, ks.getIndicators().stream().filter(i -> Integer.valueOf(2005).equals(i.getBaselineYear()))
				.count(), "001 L647-667: eleven rows of Table 1");
		Indicator imports = ks.getIndicators().get(10);
		assertEquals("Invoer", imports.getName(), "001 L667");
		assertEquals(2, imports.getMeasurements().size(), "001 L667: 2023 is '/'");

		assertEquals(41, model.getProjects().size(), "001 L765-1051: Table 2");
		assertEquals(8, model.getProjects().stream().filter(p -> p.getStatus() == ProjectStatus.OPERATIONAL).count(),
				"001 Table 2: eight 'Operationeel'");
		assertEquals(11, model.getProjects().stream().filter(p -> p.getStatus() == ProjectStatus.FID_PENDING).count(),
				"001 Table 2: eleven 'FID tbd'");
		DecarbonisationProject antwerp = model.getProjects().stream().filter(p -> p.getName().equals("Antwerp@C"))
				.findFirst().orElseThrow();
		assertEquals(7, antwerp.getCompanies().size(), "001 L830-833");
		assertEquals("Kairos@C", antwerp.getDependsOn().get(0).getName(), "001 L826-828");

		FundingInstrument cfd = (FundingInstrument) model.getInstruments().stream()
				.filter(i -> i.getName().equals("Transitiecontracten Klimaatsprong")).findFirst().orElseThrow();
		assertEquals(0, new BigDecimal("70000000").compareTo(cfd.getAmounts().get(0).getAmount()),
				"001 L207-208: 70 miljoen euro");
		long withAmounts = model.getInstruments().stream()
				.filter(i -> i instanceof FundingInstrument f && !f.getAmounts().isEmpty()).count();
		assertEquals(1, withAmounts, "001 gives an amount only for the CfD pilot call");
		assertFalse(ks.getEvaluations().get(0).getRealisations().isEmpty(), "001 ch. 3.1");
		assertEquals(6, ks.getEvaluations().get(0).getImprovementPoints().size(), "001 L355-460: 3.3.1-3.3.6");
	}

	@Test
	void servAdvice() {
		assertEquals(1, model.getStakeholderInputs().size());
		StakeholderInput serv = model.getStakeholderInputs().get(0);
		assertEquals("SERV", ((Organisation) serv.getSubmittedBy().get(0)).getAbbreviation(), "000 L55-57");
		assertEquals("Matthias Diependaele", serv.getAddressees().get(0).getName(), "000 L1-9");
		assertTrue(serv.getResponses().isEmpty(), "001 gives no formal response");
		assertSame(model.getSourceDocuments().get(1), serv.getDocument());
		List<Recommendation> servRecs = model.getRecommendations().stream().filter(r -> r.getOrigin() == serv).toList();
		assertEquals(26, servRecs.size(), "000: 14 general considerations (L88-775) + 12 points in section 3 (L786-1378)");
		assertEquals(1, servRecs.stream().filter(r -> r.getUptake() == Uptake.NOT_RETAINED).count(),
				"000 L921-925: subsidy toolkit not retained");
		assertTrue(servRecs.stream().anyMatch(r -> r.getActions().contains(action("Het monitoren van de voortgang van de "
				+ "industriële transitie"))), "000 L576-601: KPI demand refers to monitoring action");
		assertTrue(model.getRelationships().stream().anyMatch(
				rel -> servRecs.contains(rel.getSource()) && rel.getTarget() == body("permanent overlegorgaan")),
				"000 L627-659: rules of procedure of the permanent overlegorgaan");
	}

	@Test
	void everyElementIsCitedWithinTheSeedAndEveryQuoteIsInItsLines() {
		// seed 001 has one more line than LINES_001: a lone space after its last newline
		int elements = ExampleChecks.assertCitations(model,
				Map.of("001", KlimaatsprongExample.LINES_001 + 1, "000", KlimaatsprongExample.LINES_000));
		assertTrue(elements > 400, "elements: " + elements);
	}

	@Test
	void idsAreDeterministicAndUnique() {
		HelixModel second = KlimaatsprongExample.build();
		List<String> ids = all().stream().filter(Identifiable.class::isInstance).map(o -> ((Identifiable) o).getId())
				.toList();
		List<String> ids2 = new ArrayList<>();
		for (TreeIterator<EObject> it = second.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identifiable i) {
				ids2.add(i.getId());
			}
		}
		assertEquals(ids, ids2, "same ids on every build");
		assertEquals(ids.size(), ids.stream().distinct().count(), "ids unique");
		assertEquals(model.getId(), second.getId());
	}

	@Test
	void validatesWithoutErrors() {
		Diagnostic d = Diagnostician.INSTANCE.validate(model);
		assertTrue(d.getSeverity() < Diagnostic.ERROR, () -> d.getChildren().stream().map(Diagnostic::getMessage)
				.limit(10).collect(Collectors.joining("\n")));
	}

	@Test
	void noDanglingReferences() {
		for (EObject o : all()) {
			for (EObject target : o.eCrossReferences()) {
				assertSame(model, EcoreUtil.getRootContainer(target), () -> o + " refers outside the model: " + target);
			}
		}
	}

	@Test
	void xmiRoundTrip() throws Exception {
		HelixModel copy = KlimaatsprongExample.build();
		XMIResourceImpl out = new XMIResourceImpl(URI.createURI("memory:/klimaatsprong.xmi"));
		out.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of(XMLResource.OPTION_ENCODING, "UTF-8"));
		XMIResourceImpl in = new XMIResourceImpl(URI.createURI("memory:/klimaatsprong.xmi"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		HelixModel loaded = (HelixModel) in.getContents().get(0);
		assertTrue(EcoreUtil.equals(model, loaded), "XMI round trip preserves the model");
		assertTrue(Diagnostician.INSTANCE.validate(loaded).getSeverity() < Diagnostic.ERROR);
	}
}
