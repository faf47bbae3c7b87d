package org.helix.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.helix.model.core.CoreFactory;
import org.helix.model.core.DatePrecision;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorDirection;
import org.helix.model.core.Measurement;
import org.helix.model.core.Milestone;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Person;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.ReportingKind;
import org.helix.model.governance.ReportingLine;
import org.helix.model.programme.ActionKind;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableKind;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.Risk;
import org.helix.model.programme.RiskLevel;
import org.helix.model.programme.Theme;

/**
 * Builds models shaped like a grown-up Klimaatsprong workspace: organisations and people, governance bodies with
 * memberships and reporting lines, and programmes with four dimensions, objectives, indicators with measurements and
 * many priority actions with deliverables, milestones, risks and citations, cross-referencing all of these. The
 * same seed gives the same model; ids are left to the persistence layer, as in real use.
 */
public final class SyntheticModelGenerator {

	private static final String[] DIMENSIONS = { "beleidsaansturing en regelgeving", "financiering van de transitie",
			"infrastructuur en beschikbaarheid van betaalbare energie", "innovatie en talent" };
	private static final String[] ACTIONS = { "Het monitoren van de voortgang van de industriële transitie",
			"Het evalueren en bijsturen van het 'Contracts for difference' instrument",
			"Het voortzetten van het werk rond voldoende ruimte voor leidingentracés",
			"Het opmaken van een roadmap voor de logistieke keten van de toekomst",
			"Een programma om de Valley of Death voor innovatie te overbruggen",
			"Het ondersteunen van participatie in EU-onderzoeksprogramma's" };
	private static final String[] ORGANISATIONS = { "VLAIO", "Departement Omgeving", "VEKA", "Fluxys", "Port of Antwerp-Bruges",
			"North Sea Port", "Essenscia", "Agoria", "VITO", "UGent", "KU Leuven", "ArcelorMittal Gent", "BASF Antwerpen" };

	private final Random random;
	private final HelixModel model;
	private final List<Organisation> organisations = new ArrayList<>();
	private final List<Person> people = new ArrayList<>();
	private final List<GovernanceBody> bodies = new ArrayList<>();
	private int count;

	private SyntheticModelGenerator(long seed) {
		random = new Random(seed);
		model = CoreFactory.eINSTANCE.createHelixModel();
		model.setTitle("Synthetic Klimaatsprong workspace");
		count = 1;
	}

	/** A model of about {@code objects} elements (at least that many, at most one priority action more). */
	public static HelixModel generate(int objects, long seed) {
		return new SyntheticModelGenerator(seed).build(objects);
	}

	private HelixModel build(int target) {
		int organisationCount = Math.max(ORGANISATIONS.length, target / 100);
		for (int i = 0; i < organisationCount; i++) {
			Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
			organisation.setName(ORGANISATIONS[i % ORGANISATIONS.length] + (i < ORGANISATIONS.length ? "" : " " + (i / ORGANISATIONS.length)));
			organisation.setKind(OrganisationKind.get(1 + random.nextInt(OrganisationKind.VALUES.size() - 1)));
			organisation.setHelix(HelixKind.get(1 + random.nextInt(4)));
			add(model.getActors(), organisation);
			organisations.add(organisation);
			if (i % 2 == 0) {
				Person person = EcosystemFactory.eINSTANCE.createPerson();
				person.setName("Contactpersoon " + i);
				person.setFunction("programmabeheerder");
				person.setOrganisation(organisation);
				add(model.getActors(), person);
				people.add(person);
			}
		}
		int bodyCount = Math.max(3, target / 1000);
		for (int i = 0; i < bodyCount; i++) {
			GovernanceBody body = i == 0 ? GovernanceFactory.eINSTANCE.createPermanentCouncil()
					: i == 1 ? GovernanceFactory.eINSTANCE.createSoundingBoard() : GovernanceFactory.eINSTANCE.createWorkingGroup();
			body.setName(i == 0 ? "permanent overlegorgaan" : i == 1 ? "klankbordgroep" : "werkgroep " + (i - 1));
			body.setKind(i == 0 ? BodyKind.PERMANENT_COUNCIL : i == 1 ? BodyKind.SOUNDING_BOARD : BodyKind.WORKING_GROUP);
			body.setChair(pick(organisations));
			body.setSecretariat(organisations.get(0));
			add(model.getGovernanceBodies(), body);
			for (int m = 0; m < 8; m++) {
				Membership membership = GovernanceFactory.eINSTANCE.createMembership();
				membership.setOrganisation(pick(organisations));
				membership.setPerson(people.isEmpty() ? null : pick(people));
				membership.setRole(m == 0 ? MembershipRole.CHAIR : MembershipRole.MEMBER);
				add(body.getMemberships(), membership);
			}
			if (!bodies.isEmpty()) {
				ReportingLine line = GovernanceFactory.eINSTANCE.createReportingLine();
				line.setKind(ReportingKind.REPORTS_TO);
				line.setTarget(bodies.get(0));
				add(body.getReportingLines(), line);
			}
			bodies.add(body);
		}
		int programmeCount = Math.max(1, target / 20_000);
		List<Programme> programmes = new ArrayList<>();
		for (int p = 0; p < programmeCount; p++) {
			programmes.add(programme(p));
		}
		for (int a = 0; count < target; a++) {
			action(programmes.get(a % programmes.size()), a);
		}
		return model;
	}

	private Programme programme(int number) {
		Programme programme = ProgrammeFactory.eINSTANCE.createProgramme();
		programme.setName("Klimaatsprong voor de Industrie " + (2026 + 5 * number) + "-" + (2030 + 5 * number));
		programme.setStartYear(2026 + 5 * number);
		programme.setEndYear(2030 + 5 * number);
		programme.setCoordinator(organisations.get(0));
		programme.setGoverningBody(bodies.get(0));
		add(model.getProgrammes(), programme);
		for (int d = 0; d < DIMENSIONS.length; d++) {
			Dimension dimension = ProgrammeFactory.eINSTANCE.createDimension();
			dimension.setCode("D" + (d + 1));
			dimension.setName(DIMENSIONS[d]);
			add(programme.getDimensions(), dimension);
			for (int t = 0; t < 2; t++) {
				Theme theme = ProgrammeFactory.eINSTANCE.createTheme();
				theme.setName(DIMENSIONS[d] + ", thema " + (t + 1));
				add(dimension.getThemes(), theme);
			}
		}
		for (int o = 0; o < 11; o++) {
			Objective objective = ProgrammeFactory.eINSTANCE.createObjective();
			objective.setName((o < 6 ? "Langetermijndoelstelling " : "Operationele doelstelling ") + (o + 1));
			objective.setHorizon(o < 6 ? ObjectiveHorizon.LONG_TERM : ObjectiveHorizon.SHORT_TERM_OPERATIONAL);
			add(programme.getObjectives(), objective);
			if (o >= 6) {
				objective.getContributesTo().add(programme.getObjectives().get(o % 6));
			}
		}
		return programme;
	}

	private void action(Programme programme, int number) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setCode("PA-" + (number + 1));
		action.setName(ACTIONS[number % ACTIONS.length] + " (" + (number + 1) + ")");
		action.setKind(ActionKind.get(1 + random.nextInt(ActionKind.VALUES.size() - 1)));
		action.setStatus(ActionStatus.get(random.nextInt(ActionStatus.VALUES.size())));
		action.setScope("Afbakening van de actie volgens de projectfiche van het permanent overlegorgaan.");
		long planned = 50_000 + random.nextInt(2_000_000);
		action.setBudgetPlanned(BigDecimal.valueOf(planned));
		action.setBudgetCommitted(BigDecimal.valueOf(planned * random.nextInt(100) / 100));
		action.getPriorityYears().add(programme.getStartYear() + random.nextInt(5));
		add(programme.getActions(), action);
		action.getDimensions().add(pick(programme.getDimensions()));
		action.getObjectives().add(programme.getObjectives().get(6 + random.nextInt(5)));
		action.setLead(pick(organisations));
		action.setGroup(pick(bodies));
		action.getInvolvedActors().add(pick(organisations));
		action.getInvolvedActors().add(pick(organisations));
		int earlier = programme.getActions().size() - 1;
		if (earlier > 0 && number % 3 == 0) {
			action.getDependsOn().add(programme.getActions().get(random.nextInt(earlier)));
		}
		cite(action, 2919 + random.nextInt(60));
		for (int d = 0; d < 3; d++) {
			Deliverable deliverable = ProgrammeFactory.eINSTANCE.createDeliverable();
			deliverable.setName("Deliverable " + (d + 1) + " van " + action.getCode());
			deliverable.setKind(d == 0 ? DeliverableKind.POLICY_ADVICE : DeliverableKind.STUDY);
			deliverable.setStatus(DeliverableStatus.get(random.nextInt(DeliverableStatus.VALUES.size())));
			deliverable.setDueDate(java.time.LocalDate.of(2026, 1, 1).plusDays(random.nextInt(1500)));
			deliverable.setDueDatePrecision(DatePrecision.MONTH);
			deliverable.setAddressee(organisations.get(0));
			add(action.getDeliverables(), deliverable);
		}
		Milestone milestone = CoreFactory.eINSTANCE.createMilestone();
		milestone.setName("Goedkeuring jaarprogramma");
		milestone.setDateText("Q1 " + programme.getStartYear());
		add(action.getMilestones(), milestone);
		Risk risk = ProgrammeFactory.eINSTANCE.createRisk();
		risk.setText("Onvoldoende capaciteit bij de trekker");
		risk.setLikelihood(RiskLevel.get(random.nextInt(RiskLevel.VALUES.size())));
		add(action.getRisks(), risk);
		if (number % 10 == 0) {
			action.getKpis().add(indicator(programme, number / 10));
		}
	}

	private Indicator indicator(Programme programme, int number) {
		Indicator indicator = CoreFactory.eINSTANCE.createIndicator();
		indicator.setName("Indicator " + (number + 1) + ": broeikasgasemissies industrie");
		indicator.setUnit("Mt CO2-eq");
		indicator.setDirection(IndicatorDirection.DECREASE);
		indicator.setBaselineYear(2005);
		indicator.setBaselineValue(BigDecimal.valueOf(40 + random.nextInt(20)));
		add(programme.getIndicators(), indicator);
		for (int year = 2015; year < 2025; year++) {
			Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
			measurement.setYear(year);
			measurement.setValue(BigDecimal.valueOf(300 + random.nextInt(200), 1));
			add(indicator.getMeasurements(), measurement);
		}
		return indicator;
	}

	private void cite(HelixElement element, int line) {
		SourceCitation citation = CoreFactory.eINSTANCE.createSourceCitation();
		citation.setDocumentId("001");
		citation.setFromLine(line);
		citation.setToLine(line + 3);
		add(element.getCitations(), citation);
	}

	private <T> void add(List<? super T> list, T element) {
		list.add(element);
		count++;
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
