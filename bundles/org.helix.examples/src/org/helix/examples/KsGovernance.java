package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.GOV;
import static org.helix.examples.KsContext.NOTE;
import static org.helix.examples.KsContext.date;
import static org.helix.examples.KsContext.report;

import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.BodyStatus;
import org.helix.model.governance.DecisionRule;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.Meeting;
import org.helix.model.governance.MeetingCadence;
import org.helix.model.governance.MeetingKind;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.PermanentCouncil;
import org.helix.model.governance.ReportingKind;
import org.helix.model.governance.RulesOfProcedure;
import org.helix.model.governance.SoundingBoard;
import org.helix.model.governance.WorkingGroup;

/** Governance of Klimaatsprong voor de Industrie: ch. 3.3, 4.1 and annex 8.2 (huishoudelijk reglement) of 001. */
final class KsGovernance {

	private KsGovernance() {
	}

	static void build(KsContext c) {
		Organisation vlaio = c.org("vlaio");

		// --- Flemish Government and Parliament (decree process, L27-29, L3214-3262)
		GovernanceBody vr = body(c, "vr", GOV.createGovernanceBody(), "Vlaamse Regering", BodyKind.GOVERNMENT, 27, 30);
		vr.setOrganisation(c.org("vr"));
		vr.getTasks().add("keurt de programmanota goed en deelt ze mee aan het Vlaams Parlement");
		cite(vr, NOTE, 3248, 3258);
		GovernanceBody vp = body(c, "vp", GOV.createGovernanceBody(), "Vlaams Parlement", BodyKind.PARLIAMENT, 27, 29);
		vp.setOrganisation(c.org("vp"));
		report(vr, vp, ReportingKind.REPORTS_TO, MeetingCadence.FIVE_YEARLY,
				"goedgekeurde programmanota meegedeeld aan het Vlaams Parlement", 3257, 3258);

		// --- Permanent overlegorgaan (L23-25, L3174-3212, L3365-3386)
		PermanentCouncil poo = GOV.createPermanentCouncil();
		body(c, "poo", poo, "permanent overlegorgaan", BodyKind.PERMANENT_COUNCIL, 3174, 3196);
		cite(poo, NOTE, 23, 25, "een permanent overlegorgaan met industriële partners opgericht");
		poo.getAliases().add("permanent overlegorgaan met industriële partners");
		poo.getAliases().add("sturingsorgaan");
		poo.getAliases().add("strategisch orgaan");
		poo.getAliases().add("bestuursorgaan van Klimaatsprong voor de Industrie");
		poo.setStatus(BodyStatus.ACTIVE);
		poo.setMandate("Een permanent overlegorgaan met industriële partners zorgt voor de concrete invulling, sturing en "
				+ "opvolging van het industrieel transitieprogramma via meerjarenprogramma’s en adviseert de voltallige "
				+ "Vlaamse Regering. Het permanent overlegorgaan krijgt het mandaat om projecten op te starten en "
				+ "oplossingen te operationaliseren, in lijn met de doelstellingen uit de lopende programmanota.");
		poo.getTasks().add("het start tijdelijke werkgroepen en/of projectengroepen op, duidt een trekker aan en heft de "
				+ "werk/projectgroepen bij de realisatie van de resultaten terug op");
		poo.getTasks().add("het geeft opdrachten aan werkgroepen en/of projectgroepen");
		poo.getTasks().add("het brengt advies uit aan de Vlaamse Regering, op basis van het werk in de werk- en "
				+ "projectgroepen");
		poo.getTasks().add("het monitort het geheel van acties");
		poo.getTasks().add("het bezorgt jaarlijks een stand van zaken aan alle betrokkenen in werkgroepen, projectgroepen "
				+ "en klankbordgroep");
		poo.getTasks().add("het rapporteert jaarlijks aan de Vlaamse Regering");
		poo.getTasks().add("legt de acties telkens via een jaarprogramma vast en monitort ze");
		cite(poo, NOTE, 2972, 2972);
		poo.getOperatingPrinciples().add("formuleert duidelijke doelstellingen met meetbare indicatoren en targets");
		poo.getOperatingPrinciples().add("onderbouwt haar beslissingen evidence-based");
		poo.getOperatingPrinciples().add("prioriteert concrete projecten met de hoogst mogelijke impact en start ze op");
		poo.getOperatingPrinciples().add("definieert oplossingsgerichte projecten om strategische acties operationeel "
				+ "uit te werken (met vooraf gedefinieerde deliverables, plan van aanpak en budget) en volgt daarbij de "
				+ "beste praktijken, met een blik op de aanpak van de buurlanden");
		poo.getOperatingPrinciples().add("werkt beleidsdomeinoverschrijdend.");
		cite(poo, NOTE, 3198, 3212);
		cite(poo, NOTE, 484, 496, "De werkingsprincipes uit de eerste programmanota blijven volledig overeind.");
		poo.setMeetingCadence(MeetingCadence.SIX_WEEKLY);
		poo.setCadenceText("Tijdens de looptijd van de programmanota, vergadert het permanent overlegorgaan ongeveer "
				+ "zeswekelijks.");
		cite(poo, NOTE, 403, 403);
		poo.setChair(vlaio);
		poo.setSecretariat(vlaio);
		cite(poo, NOTE, 3341, 3351);
		poo.setOrganisation(vlaio);

		// Composition (L3365-3386): "Elke organisatie is vertegenwoordigd via een lid of plaatsvervangend lid."
		member(poo, c.org("vr"), MembershipRole.MEMBER, HelixKind.GOVERNMENT,
				"De zittende regering (deze leden zullen wisselen per beleidscyclus)", 3370, 3370);
		for (String key : new String[] { "vlaio", "veka", "wewis", "omgeving" }) {
			member(poo, c.org(key), MembershipRole.MEMBER, HelixKind.GOVERNMENT, "De relevante overheidsorganen", 3371,
					3373);
		}
		member(poo, c.org("catalisti"), MembershipRole.MEMBER, HelixKind.UNSPECIFIED,
				"vertegenwoordiging van het Moonshot innovatieprogramma (Catalisti)", 3373, 3375);
		Membership ovam = member(poo, c.org("ovam"), MembershipRole.MEMBER, HelixKind.GOVERNMENT,
				"Openbare Vlaamse Afvalstoffenmaatschappij (OVAM)", 3374, 3375);
		cite(ovam, NOTE, 422, 423, "worden North Sea Port en de Port of Antwerp-Bruges en de OVAM toegevoegd");
		note(ovam, "New member for the 2026-2030 period (L422-423); no date of accession given.");
		for (String key : new String[] { "gsv", "energia", "essenscia" }) {
			member(poo, c.org(key), MembershipRole.MEMBER, HelixKind.INDUSTRY,
					"De belangrijkste industrieën (via Staalindustrie Verbond (GSV) / Steelbel, Energia, essenscia)",
					3377, 3377);
		}
		Membership serv = member(poo, c.org("serv"), MembershipRole.MEMBER, HelixKind.UNSPECIFIED,
				"De werkgevers en werknemers vertegenwoordigers van de Sociaal-Economische Raad van Vlaanderen (SERV)",
				3378, 3380);
		note(serv, "One seat description covers both employer and employee representatives; helix left open.");
		for (String key : new String[] { "nsp", "poab" }) {
			Membership m = member(poo, c.org(key), MembershipRole.MEMBER, HelixKind.UNSPECIFIED,
					"De vertegenwoordigers van North Sea Port en Port of Antwerp-Bruges", 3381, 3381);
			cite(m, NOTE, 422, 423);
			note(m, "New member for the 2026-2030 period (L422-423); no date of accession given.");
		}
		member(poo, vlaio, MembershipRole.CHAIR, HelixKind.GOVERNMENT,
				"Een vertegenwoordiger van VLAIO neemt het voorzitterschap waar", 3343, 3344);
		member(poo, vlaio, MembershipRole.PROGRAMME_MANAGER, HelixKind.GOVERNMENT, "treedt op als programmamanager",
				3343, 3344);
		member(poo, vlaio, MembershipRole.SECRETARIAT, HelixKind.GOVERNMENT,
				"een secretariaat en praktische ondersteuning van de werking", 3350, 3350);
		note(poo, "Each organisation is represented by 'een lid of plaatsvervangend lid' (L3384); the seed names no "
				+ "persons, so memberships are by organisation with role MEMBER.");

		// Rules of procedure (annex 8.2, discussed 4 June 2025, feedback of the klankbordgroep 12 June 2025, L479-482)
		RulesOfProcedure rules = GOV.createRulesOfProcedure();
		rules.setText("8.2. Huishoudelijk reglement werking Klimaatsprong voor de Industrie: sturing door het permanent "
				+ "overlegorgaan (opdracht, werkingsprincipes, proces opmaak programmanota, proces (beleids)advies, "
				+ "operationaliseren van strategische acties in projecten), werkgroepen en projectgroepen, klankbordgroep, "
				+ "coördinatie, communicatie, samenstelling van de organen en afbakening met andere platformen.");
		rules.setDecisionRule(DecisionRule.CONSENSUS);
		cite(rules, NOTE, 3170, 3479);
		cite(rules, NOTE, 3269, 3273, "Dit gebeurt zoveel mogelijk in consensus.");
		cite(rules, NOTE, 479, 482);
		note(rules, "Discussed by the permanent overlegorgaan on 4 June 2025, klankbordgroep feedback on 12 June 2025 "
				+ "(L479-480); no adoption date given, so 'adopted' stays empty. The rules say decisions are taken "
				+ "'zoveel mogelijk in consensus' (L3271) but not what happens without consensus, whether diverging "
				+ "positions or a veto are allowed (SERV asks exactly this, 000 L627-641), so those fields stay empty.");
		note(rules, "SERV calls the document both 'huishoudelijk instrument' (000 L627) and 'huishoudelijk reglement' "
				+ "(000 L641, L659).");
		cite(rules, KsContext.SERV, 627, 659);
		poo.setRulesOfProcedure(rules);

		// --- Klankbordgroep (L391-414, L3314-3338, L3388-3410)
		SoundingBoard kbg = GOV.createSoundingBoard();
		body(c, "kbg", kbg, "klankbordgroep", BodyKind.SOUNDING_BOARD, 3314, 3338);
		kbg.setStatus(BodyStatus.ACTIVE);
		cite(kbg, NOTE, 184, 185, "Ook de klankbordgroep werd samengesteld en is actief.");
		kbg.setTemporary(Boolean.FALSE);
		kbg.setOpenMeeting(Boolean.TRUE);
		cite(kbg, NOTE, 394, 397, "De klankbordgroep is een open vergadering");
		kbg.setSubject("maatschappelijke implicaties en acceptatie van de verschillende opties");
		kbg.setMandate("Een klankbordgroep die de volledige ‘quadruple helix’ vertegenwoordigt zal participatief bij de "
				+ "belangrijkste stappen betrokken worden om input en feedback te geven.");
		kbg.getTasks().add("input en feedback tijdens de opmaak van de vijfjaarlijkse programmanota");
		kbg.getTasks().add("feedback en input op adviezen van het permanent overlegorgaan");
		kbg.getTasks().add("jaarlijks reflectiemoment met een terugblik op voorbije realisaties en een vooruitblik op "
				+ "toekomstige acties");
		cite(kbg, NOTE, 3269, 3271);
		cite(kbg, NOTE, 410, 411);
		kbg.setMeetingCadence(MeetingCadence.THREE_TIMES_AYEAR);
		kbg.setMeetingsPerYear(3);
		kbg.setCadenceText("Daarnaast vinden drie keer per jaar vergaderingen van de klankbordgroep plaats, die het ritme "
				+ "volgen van het permanent overlegorgaan");
		cite(kbg, NOTE, 403, 408);
		kbg.setChair(vlaio);
		cite(kbg, NOTE, 3343, 3344);
		kbg.setSetUpBy(poo);
		// Invited types (L3394-3403); the seed names no member organisations.
		kbgType(kbg, "vertegenwoordigers van kennisinstellingen", HelixKind.KNOWLEDGE, 3396);
		kbgType(kbg, "vertegenwoordigers van overheidsorganisaties", HelixKind.GOVERNMENT, 3397);
		kbgType(kbg, "vertegenwoordigers van relevante Vlaamse speerpuntclusters", HelixKind.UNSPECIFIED, 3398);
		kbgType(kbg, "vertegenwoordigers van complementaire sectorfederaties en complementaire sectorale "
				+ "werknemersvertegenwoordigers", HelixKind.UNSPECIFIED, 3399, 3401);
		kbgType(kbg, "vertegenwoordigers van Vlaamse en Belgische nutsmaatschappijen", HelixKind.UNSPECIFIED, 3402);
		kbgType(kbg, "vertegenwoordigers van Vlaamse natuur- en milieubewegingen", HelixKind.CIVIL_SOCIETY, 3403);
		note(kbg, "Composition by type only ('quadruple helix' constellation, L3390-3392); every organisation is "
				+ "represented by 'een lid of plaatsvervangend lid' (L3406). Organisations can join by sending a "
				+ "motivation via programma.klimaatsprong@vlaio.be (L3324-3326). Helix set only where the type maps "
				+ "directly onto a helix named at L3390-3392.");
		member(kbg, vlaio, MembershipRole.CHAIR, HelixKind.GOVERNMENT,
				"Een vertegenwoordiger van VLAIO neemt het voorzitterschap waar", 3343, 3344);
		report(kbg, poo, ReportingKind.FEEDBACK, MeetingCadence.THREE_TIMES_AYEAR,
				"input en feedback aan het permanent overlegorgaan", 3328, 3338);

		SoundingBoard temp = GOV.createSoundingBoard();
		body(c, "kbgTemp", temp, "specifieke, tijdelijke klankbordgroep", BodyKind.SOUNDING_BOARD, 413, 414);
		temp.setTemporary(Boolean.TRUE);
		temp.setSubject("specifieke projecten");
		temp.setSetUpBy(poo);
		note(temp, "Only a possibility ('Het kan nuttig zijn', L413); status left unspecified.");

		// --- Working groups
		WorkingGroup fin = GOV.createWorkingGroup();
		body(c, "wgFin", fin, "werkgroep financiering van de transitie", BodyKind.WORKING_GROUP, 440, 441);
		fin.getAliases().add("werkgroep transitie-instrument");
		cite(fin, NOTE, 60, 61);
		cite(fin, NOTE, 183, 184, "Drie werkgroepen werden effectief opgestart");
		fin.setFixed(Boolean.TRUE);
		fin.setProjectGroup(Boolean.FALSE);
		fin.setStatus(BodyStatus.ACTIVE);
		fin.setTrekker(vlaio);
		cite(fin, NOTE, 449, 454);
		cite(fin, NOTE, 3349, 3349, "de inzet van experten als trekkers van de vaste werkgroepen");
		fin.setSetUpBy(poo);
		fin.setAssignment("toewerken naar een pilootoproep volgens het principe van ‘Contracts for Difference’; "
				+ "benchmarkstudie in uitvoering van het regeerakkoord");
		cite(fin, NOTE, 192, 212);
		cite(fin, NOTE, 272, 274);
		note(fin, "Renamed: 'transitie-instrument' (voortaan 'financiering van de transitie') (L440-441).");
		report(fin, poo, ReportingKind.ADVISES, MeetingCadence.UNSPECIFIED,
				"De werkgroepen brengen hun beleidsadvies uit aan het permanent overlegorgaan.", 3299, 3301);

		WorkingGroup inno = GOV.createWorkingGroup();
		body(c, "wgInno", inno, "werkgroep innovatie", BodyKind.WORKING_GROUP, 440, 441);
		cite(inno, NOTE, 60, 61);
		cite(inno, NOTE, 183, 184);
		inno.setFixed(Boolean.TRUE);
		inno.setProjectGroup(Boolean.FALSE);
		inno.setStatus(BodyStatus.ACTIVE);
		inno.setTrekker(vlaio);
		cite(inno, NOTE, 449, 454);
		inno.setSetUpBy(poo);
		inno.setAssignment("identificeren van kansen om de klimaatinnovatie te versnellen; nota’s ‘Rugzak EU "
				+ "innovatiefonds’ en ‘Demonstratiefonds’");
		cite(inno, NOTE, 229, 238);
		Membership moonshot = GOV.createMembership();
		moonshot.setRole(MembershipRole.MEMBER);
		moonshot.setRepresenting("Moonshot");
		cite(moonshot, NOTE, 431, 433, "een sterke betrokkenheid van Moonshot in de werkgroep innovatie");
		inno.getMemberships().add(moonshot);
		report(inno, poo, ReportingKind.ADVISES, MeetingCadence.UNSPECIFIED,
				"De werkgroepen brengen hun beleidsadvies uit aan het permanent overlegorgaan.", 3299, 3301);

		WorkingGroup infra = GOV.createWorkingGroup();
		body(c, "wgInfra", infra, "werkgroep infrastructuur", BodyKind.WORKING_GROUP, 60, 61);
		cite(infra, NOTE, 183, 184);
		infra.setProjectGroup(Boolean.FALSE);
		infra.setSetUpBy(poo);
		infra.setAssignment("analysewerk om een zicht te krijgen op de infrastructuurnoden; concept van leidingstraten; "
				+ "inventaris ‘vergunningen’; benchmark met het Nederlandse MIEK");
		cite(infra, NOTE, 214, 227);
		note(infra, "Not continued as a fixed working group: for the themes 'infrastructuur en beschikbaarheid van "
				+ "betaalbare energie' and 'beleidsaansturing en regelgeving' project/working groups are formed per "
				+ "action (L440-443). The seed does not say it was dissolved, so the status is left unspecified. "
				+ "No new assignments after the new government took office (L270-272).");
		cite(infra, NOTE, 440, 443);

		WorkingGroup energie = GOV.createWorkingGroup();
		body(c, "wgEnergie", energie, "werkgroep energie", BodyKind.WORKING_GROUP, 240, 243);
		energie.setStatus(BodyStatus.NOT_STARTED);
		cite(energie, NOTE, 183, 184, "De werkgroep energie werd uiteindelijk niet opgestart");
		cite(energie, NOTE, 327, 328, "Er is ook de vraag om de werkgroep energie op te starten.");
		note(energie, "Planned to be set up after delivery of the Energiestudie 2050+ (L240-241), never set up.");

		WorkingGroup pg = GOV.createWorkingGroup();
		body(c, "pg", pg, "tijdelijke projectgroepen", BodyKind.PROJECT_GROUP, 501, 505);
		pg.setProjectGroup(Boolean.TRUE);
		pg.setFixed(Boolean.FALSE);
		pg.setSetUpBy(poo);
		pg.setAssignment("concrete projecten vanuit de programmanota operationaliseren; een projectfiche opstellen met "
				+ "een beschrijving van de opdracht/scope van het project, een plan van aanpak met heldere timing, een "
				+ "oplijsting van de deliverables");
		cite(pg, NOTE, 3285, 3290);
		cite(pg, NOTE, 3306, 3312);
		cite(pg, NOTE, 3412, 3422);
		note(pg, "Template for the temporary project/working groups formed per action (L441-443, L2972-2974). The trekker "
				+ "is appointed by the permanent overlegorgaan per group and may come from any organisation of the "
				+ "permanent overlegorgaan or the klankbordgroep (L3306-3309); none is named, so trekker stays empty. "
				+ "Quadruple-helix composition is aimed for (L425-429).");
		report(pg, poo, ReportingKind.PROGRESS_REPORT, MeetingCadence.REGULAR,
				"De projectgroepen rapporteren op regelmatige basis over de voortgang van de projecten aan het "
						+ "permanent overlegorgaan.",
				3303, 3304);

		// --- VLAIO coordination team (L447-454)
		GovernanceBody team = body(c, "team", GOV.createGovernanceBody(), "strategisch team Klimaat en Industrie",
				BodyKind.COORDINATION_TEAM, 449, 454);
		team.setOrganisation(vlaio);
		team.setMandate("experten die de acties binnen de verschillende thema’s coördineren en vooruitduwen en de functie "
				+ "van trekker opnemen van de vaste werkgroepen van Klimaatsprong voor de Industrie");
		note(team, "Led by VLAIO's administrateur-generaal (L451-452); no person is named.");

		// --- Jaarvergadering (L526-535) with the first annual event in September 2026 (L2993-2995)
		GovernanceBody jv = body(c, "jaarvergadering", GOV.createGovernanceBody(),
				"Jaarvergadering Klimaatsprong voor de Industrie", BodyKind.ANNUAL_ASSEMBLY, 526, 535);
		jv.getAliases().add("stakeholderevent");
		jv.getAliases().add("jaarevent");
		jv.setMeetingCadence(MeetingCadence.ANNUAL);
		jv.setMeetingsPerYear(1);
		jv.setCadenceText("We organiseren jaarlijks een bijeenkomst met de leden van het permanent overlegorgaan, de "
				+ "klankbordgroep en de leden van de werkgroepen");
		jv.setSetUpBy(poo);
		Meeting event = meeting(jv, "jaarevent september 2026", MeetingKind.ANNUAL_EVENT, null, 2993, 2995);
		event.getAgenda().add("bespreking voortgangsrapport");
		note(event, "Only the month is given ('op het jaarevent in september 2026', L2993-2994); date left empty.");

		// --- Reporting lines of the permanent overlegorgaan (L3189-3196, L3266-3273, L3438-3439)
		report(poo, vr, ReportingKind.ADVISES, MeetingCadence.UNSPECIFIED,
				"het brengt advies uit aan de Vlaamse Regering, op basis van het werk in de werk- en projectgroepen",
				3189, 3191);
		report(poo, vr, ReportingKind.REPORTS_TO, MeetingCadence.ANNUAL, "het rapporteert jaarlijks aan de Vlaamse Regering",
				3196, 3196);
		cite(poo.getReportingLines().get(1), NOTE, 537, 540);
		report(poo, kbg, ReportingKind.STATUS_REPORT, MeetingCadence.ANNUAL,
				"het bezorgt jaarlijks een stand van zaken aan alle betrokkenen in werkgroepen, projectgroepen en "
						+ "klankbordgroep",
				3193, 3195);
		report(poo, fin, ReportingKind.STATUS_REPORT, MeetingCadence.ANNUAL, "jaarlijkse stand van zaken", 3193, 3195);
		report(poo, inno, ReportingKind.STATUS_REPORT, MeetingCadence.ANNUAL, "jaarlijkse stand van zaken", 3193, 3195);
		report(poo, pg, ReportingKind.STATUS_REPORT, MeetingCadence.ANNUAL, "jaarlijkse stand van zaken", 3193, 3195);
		report(vr, poo, ReportingKind.FEEDBACK, MeetingCadence.UNSPECIFIED,
				"De Vlaamse Regering koppelt terug aan het permanent overlegorgaan.", 3273, 3273);

		// --- Meetings named in the text
		Meeting eval2024 = meeting(poo, "high-level evaluatie over de werking van Klimaatsprong", MeetingKind.EVALUATION,
				date(2024, 4, 24), 283, 286);
		eval2024.getAttendees().add(vlaio);
		note(eval2024, "With stakeholders of the permanent overlegorgaan and the klankbordgroep; a questionnaire was sent "
				+ "beforehand (L283-286). Possible inconsistency: L283 dates this evaluation 24 April 2024, while "
				+ "L476-477 date the discussion of the evaluation results 24 April 2025 (same day and month). Both are "
				+ "kept as separate meetings.");
		Meeting gov2024 = meeting(poo, "evaluatie van de governance en werking", MeetingKind.EVALUATION,
				date(2024, 5, 28), 473, 475);
		gov2024.getAgenda().add("evaluatie van de governance en werking, gezamenlijk met de klankbordgroep");
		Meeting res2025 = meeting(poo, "bespreking van de resultaten van de evaluatie", MeetingKind.REGULAR_MEETING,
				date(2025, 4, 24), 475, 477);
		note(res2025, "Same day and month as the high-level evaluation of 24 April 2024 (L283) but another year; the "
				+ "seed does not resolve which is right, both are kept.");
		meeting(poo, "bespreking huishoudelijk reglement", MeetingKind.REGULAR_MEETING, date(2025, 6, 4), 479, 479)
				.getAgenda().add("huishoudelijk reglement");
		meeting(kbg, "feedback op het huishoudelijk reglement", MeetingKind.REGULAR_MEETING, date(2025, 6, 12), 479, 480)
				.getAgenda().add("huishoudelijk reglement");
		Meeting energy = meeting(poo, "bespreking resultaten Energiestudie 2050+", MeetingKind.REGULAR_MEETING, null,
				241, 243);
		note(energy, "Only 'in februari 2025' is given (L242-243); date left empty.");
		Meeting workshop = meeting(poo, "participatieve workshop", MeetingKind.WORKSHOP, date(2025, 5, 8), 160, 163);
		workshop.setParticipantCount(25);
		workshop.getAgenda().add("exploreren van een reeks beleidsaanbevelingen en de uitwerking van concrete acties");
		note(workshop, "'Een 25-tal verschillende organisaties' (about 25 organisations, L162-163) from the permanent "
				+ "overlegorgaan and the klankbordgroep; 25 is the seed's approximate figure.");

		// --- SERV, MINA and VARIO as advisory councils (L3252-3255); SERV issues the advice in seed 000
		GovernanceBody servBody = body(c, "serv", GOV.createGovernanceBody(), "SERV", BodyKind.ADVISORY_COUNCIL, 3252,
				3255);
		servBody.setOrganisation(c.org("serv"));
		report(servBody, vr, ReportingKind.ADVISES, MeetingCadence.FIVE_YEARLY, "advies over de ontwerpprogrammanota",
				3252, 3255);
		for (String key : new String[] { "mina", "vario" }) {
			Organisation o = c.org(key);
			GovernanceBody b = body(c, key, GOV.createGovernanceBody(), o.getAbbreviation(), BodyKind.ADVISORY_COUNCIL,
					3252, 3255);
			b.setOrganisation(o);
			report(b, vr, ReportingKind.ADVISES, MeetingCadence.FIVE_YEARLY, "advies over de ontwerpprogrammanota", 3252,
					3255);
		}

		// --- Other platforms (8.2.4)
		GovernanceBody forum = body(c, "forum", GOV.createGovernanceBody(), "Vlaams Industrieforum", BodyKind.FORUM, 3426,
				3429);
		member(forum, c.org("vr"), MembershipRole.MEMBER, HelixKind.GOVERNMENT, "Vlaamse Regering", 3428, 3429);
		for (String key : new String[] { "essenscia", "agoria", "fedustria", "fevia" }) {
			member(forum, c.org(key), MembershipRole.MEMBER, HelixKind.INDUSTRY, "industriefederatie", 3428, 3429);
		}
		report(poo, forum, ReportingKind.STATUS_REPORT, MeetingCadence.REGULAR,
				"Het permanent overlegorgaan zal het Vlaams Industrieforum op regelmatige basis een stand van zaken "
						+ "voorleggen.",
				3438, 3439);
		cite(forum, NOTE, 456, 458);
		WorkingGroup klimaat = GOV.createWorkingGroup();
		body(c, "wgKlimaattransitie", klimaat, "werkgroep Klimaattransitie", BodyKind.WORKING_GROUP, 3434, 3436);
		klimaat.setSetUpBy(forum);
		member(klimaat, vlaio, MembershipRole.PROGRAMME_MANAGER, HelixKind.GOVERNMENT,
				"de programmamanager van Klimaatsprong voor de Industrie", 3434, 3436);

		GovernanceBody circ = body(c, "vlaanderenCirculair", GOV.createGovernanceBody(),
				"Vlaanderen Circulair – Werkagenda Chemie en Kunststoffen", BodyKind.EXTERNAL_PLATFORM, 3441, 3454);
		Organisation vc = c.org("vlaanderenCirculair", "Vlaanderen Circulair", null,
				org.helix.model.ecosystem.OrganisationKind.OTHER, HelixKind.UNSPECIFIED,
				org.helix.model.core.GovernanceLevel.REGIONAL, 3443, 3446);
		vc.setParent(c.org("ovam"));
		vc.setDescription("partnerschap van overheden, bedrijven, middenveld en kenniswereld; ingebed bij de OVAM");
		circ.setOrganisation(vc);
		member(circ, vlaio, MembershipRole.MEMBER, HelixKind.GOVERNMENT,
				"VLAIO is betrokken bij deze werkagenda en zal op die manier afstemming voorzien.", 3449, 3449);
		circ.setCadenceText("Dit wordt jaarlijks geëvalueerd in overleg met Vlaanderen Circulair – Werkagenda Chemie en "
				+ "Kunststoffen.");

		GovernanceBody moonshotGov = body(c, "moonshot", GOV.createGovernanceBody(),
				"governance organen van het Moonshotprogramma", BodyKind.EXTERNAL_PLATFORM, 3466, 3475);
		cite(moonshotGov, NOTE, 431, 438);
		report(moonshotGov, poo, ReportingKind.FEEDBACK_LOOP, MeetingCadence.REGULAR,
				"het Moonshotprogramma koppelt regelmatig terug aan Klimaatsprong voor de Industrie", 3472, 3475);
		report(poo, moonshotGov, ReportingKind.ADVISES, MeetingCadence.REGULAR,
				"Klimaatsprong voor de Industrie zal versterkend advies geven aan het Moonshotprogramma", 3472, 3475);

		GovernanceBody stuurgroep = body(c, "stuurgroepEnergiestudie", GOV.createGovernanceBody(),
				"stuurgroep Energiestudie 2050+", BodyKind.STEERING_GROUP, 252, 253);
		member(stuurgroep, c.org("veka"), MembershipRole.MEMBER, HelixKind.GOVERNMENT,
				"VEKA en VLAIO hebben als opdrachtgever van de Energiestudie 2050+", 241, 242);
		member(stuurgroep, vlaio, MembershipRole.MEMBER, HelixKind.GOVERNMENT,
				"VEKA en VLAIO hebben als opdrachtgever van de Energiestudie 2050+", 241, 242);
		note(stuurgroep, "The seed mentions 'de feedback uit de stuurgroep' (L252) without its composition; VEKA and VLAIO "
				+ "are the study's commissioners (L241-242), recorded here as members with that caveat.");
	}

	private static <T extends GovernanceBody> T body(KsContext c, String key, T body, String name, BodyKind kind,
			int from, int to) {
		body.setName(name);
		body.setKind(kind);
		cite(body, NOTE, from, to);
		c.model.getGovernanceBodies().add(body);
		c.bodies.put(key, body);
		return body;
	}

	static Membership member(GovernanceBody body, Organisation org, MembershipRole role, HelixKind helix,
			String representing, int from, int to) {
		Membership m = GOV.createMembership();
		m.setOrganisation(org);
		m.setRole(role);
		m.setHelix(helix);
		m.setRepresenting(representing);
		cite(m, NOTE, from, to);
		body.getMemberships().add(m);
		return m;
	}

	private static void kbgType(GovernanceBody kbg, String type, HelixKind helix, int line) {
		kbgType(kbg, type, helix, line, line);
	}

	private static void kbgType(GovernanceBody kbg, String type, HelixKind helix, int from, int to) {
		Membership m = GOV.createMembership();
		m.setRole(MembershipRole.MEMBER);
		m.setHelix(helix);
		m.setRepresenting(type);
		cite(m, NOTE, from, to);
		cite(m, NOTE, 3406, 3406, "Elke organisatie is vertegenwoordigd via een lid of plaatsvervangend lid.");
		kbg.getMemberships().add(m);
	}

	private static Meeting meeting(GovernanceBody body, String title, MeetingKind kind, java.time.LocalDate date, int from,
			int to) {
		Meeting m = GOV.createMeeting();
		m.setTitle(title);
		m.setKind(kind);
		m.setDate(date);
		cite(m, NOTE, from, to);
		body.getMeetings().add(m);
		return m;
	}
}
