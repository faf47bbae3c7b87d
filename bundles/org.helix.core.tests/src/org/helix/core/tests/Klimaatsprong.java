package org.helix.core.tests;

import java.math.BigDecimal;

import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorDirection;
import org.helix.model.core.Measurement;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceFactory;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.PermanentCouncil;
import org.helix.model.governance.SoundingBoard;
import org.helix.model.programme.ActionKind;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableKind;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeFactory;

/**
 * A small excerpt of "Klimaatsprong voor de Industrie" 2026-2030 (seed 001): VLAIO and the Departement Omgeving,
 * the permanent overlegorgaan and the klankbordgroep, the four dimensions (L1454-1456) and some of the priority
 * actions of L2919-2981.
 */
final class Klimaatsprong {

	final HelixModel model;
	final Organisation vlaio;
	final Organisation omgeving;
	final PermanentCouncil overlegorgaan;
	final SoundingBoard klankbordgroep;
	final Programme programme;
	final Dimension beleid;
	final Dimension financiering;
	final Dimension infrastructuur;
	final Dimension innovatie;
	final PriorityAction monitoring;
	final PriorityAction contractsForDifference;
	final PriorityAction leidingentraces;
	final PriorityAction valleyOfDeath;
	final Indicator emissions;

	Klimaatsprong() {
		model = CoreFactory.eINSTANCE.createHelixModel();
		model.setName("Klimaatsprong voor de Industrie");
		model.setTitle("Klimaatsprong voor de Industrie 2026-2030");

		vlaio = organisation("Agentschap Innoveren en Ondernemen", "VLAIO", OrganisationKind.GOVERNMENT_AGENCY);
		omgeving = organisation("Departement Omgeving", null, OrganisationKind.DEPARTMENT);

		overlegorgaan = GovernanceFactory.eINSTANCE.createPermanentCouncil();
		overlegorgaan.setName("permanent overlegorgaan");
		overlegorgaan.setKind(BodyKind.PERMANENT_COUNCIL);
		overlegorgaan.setChair(vlaio);
		overlegorgaan.setSecretariat(vlaio);
		overlegorgaan.getMemberships().add(membership(vlaio, MembershipRole.CHAIR));
		overlegorgaan.getMemberships().add(membership(omgeving, MembershipRole.MEMBER));
		cite(overlegorgaan, 3174, 3212);
		model.getGovernanceBodies().add(overlegorgaan);

		klankbordgroep = GovernanceFactory.eINSTANCE.createSoundingBoard();
		klankbordgroep.setName("klankbordgroep");
		klankbordgroep.setKind(BodyKind.SOUNDING_BOARD);
		cite(klankbordgroep, 3314, 3338);
		model.getGovernanceBodies().add(klankbordgroep);

		programme = ProgrammeFactory.eINSTANCE.createProgramme();
		programme.setName("Klimaatsprong voor de Industrie 2026-2030");
		programme.setStartYear(2026);
		programme.setEndYear(2030);
		programme.setCoordinator(vlaio);
		programme.setGoverningBody(overlegorgaan);
		model.getProgrammes().add(programme);

		beleid = dimension("D1", "beleidsaansturing en regelgeving");
		financiering = dimension("D2", "financiering van de transitie");
		infrastructuur = dimension("D3", "infrastructuur en beschikbaarheid van betaalbare energie");
		innovatie = dimension("D4", "innovatie en talent");

		monitoring = action("Het monitoren van de voortgang van de industriële transitie", beleid, ActionStatus.ONGOING);
		monitoring.setKind(ActionKind.MONITORING);
		contractsForDifference = action("Het evalueren en bijsturen van het 'Contracts for difference' instrument",
				financiering, ActionStatus.PLANNED);
		contractsForDifference.setBudgetPlanned(new BigDecimal("70000000"));
		contractsForDifference.setBudgetCommitted(new BigDecimal("20000000"));
		contractsForDifference.setBudgetSpent(new BigDecimal("5000000"));
		leidingentraces = action("Het voortzetten van het werk rond voldoende ruimte voor leidingentracés",
				infrastructuur, ActionStatus.ONGOING);
		leidingentraces.getInvolvedActors().add(omgeving);
		valleyOfDeath = action("Een programma om de Valley of Death voor innovatie te overbruggen", innovatie,
				ActionStatus.PLANNED);
		valleyOfDeath.getDependsOn().add(contractsForDifference);

		Deliverable advice = ProgrammeFactory.eINSTANCE.createDeliverable();
		advice.setName("Beleidsadvies opschaling CfD");
		advice.setKind(DeliverableKind.POLICY_ADVICE);
		advice.setAddressee(vlaio);
		contractsForDifference.getDeliverables().add(advice);

		emissions = CoreFactory.eINSTANCE.createIndicator();
		emissions.setName("Broeikasgasemissies industrie (niet-ETS)");
		emissions.setUnit("Mt CO2-eq");
		emissions.setDirection(IndicatorDirection.DECREASE);
		emissions.setBaselineYear(2005);
		Measurement measurement = CoreFactory.eINSTANCE.createMeasurement();
		measurement.setYear(2023);
		measurement.setValue(new BigDecimal("31.4"));
		emissions.getMeasurements().add(measurement);
		programme.getIndicators().add(emissions);
		monitoring.getKpis().add(emissions);
	}

	private Organisation organisation(String name, String abbreviation, OrganisationKind kind) {
		Organisation organisation = EcosystemFactory.eINSTANCE.createOrganisation();
		organisation.setName(name);
		organisation.setAbbreviation(abbreviation);
		organisation.setKind(kind);
		organisation.setHelix(HelixKind.GOVERNMENT);
		model.getActors().add(organisation);
		return organisation;
	}

	private static Membership membership(Organisation organisation, MembershipRole role) {
		Membership membership = GovernanceFactory.eINSTANCE.createMembership();
		membership.setOrganisation(organisation);
		membership.setRole(role);
		return membership;
	}

	private Dimension dimension(String code, String name) {
		Dimension dimension = ProgrammeFactory.eINSTANCE.createDimension();
		dimension.setCode(code);
		dimension.setName(name);
		programme.getDimensions().add(dimension);
		return dimension;
	}

	private PriorityAction action(String name, Dimension dimension, ActionStatus status) {
		PriorityAction action = ProgrammeFactory.eINSTANCE.createPriorityAction();
		action.setName(name);
		action.getDimensions().add(dimension);
		action.setStatus(status);
		action.setLead(vlaio);
		action.setGroup(overlegorgaan);
		cite(action, 2919, 2981);
		programme.getActions().add(action);
		return action;
	}

	static SourceCitation cite(org.helix.model.core.HelixElement element, int from, int to) {
		SourceCitation citation = CoreFactory.eINSTANCE.createSourceCitation();
		citation.setDocumentId("001");
		citation.setFromLine(from);
		citation.setToLine(to);
		element.getCitations().add(citation);
		return citation;
	}
}
