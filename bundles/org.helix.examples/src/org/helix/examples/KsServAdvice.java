package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.ECO;
import static org.helix.examples.KsContext.GOV;
import static org.helix.examples.KsContext.PROG;
import static org.helix.examples.KsContext.SERV;
import static org.helix.examples.KsContext.date;

import org.helix.model.core.HelixKind;
import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceDocument;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.Relationship;
import org.helix.model.ecosystem.RelationshipKind;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.InputStatus;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Uptake;

/** SERV's advice on the programme note (seed 000) as a StakeholderInput with its recommendations. */
final class KsServAdvice {

	private KsServAdvice() {
	}

	static StakeholderInput build(KsContext c, SourceDocument doc000) {
		Person minister = ECO.createPerson();
		minister.setName("Matthias Diependaele");
		minister.setFunction("Minister-president van de Vlaamse Regering en Vlaams minister van Economie, Innovatie en "
				+ "Industrie, Buitenlandse Zaken, Digitalisering en Facilitair Management");
		minister.setHelix(HelixKind.GOVERNMENT);
		minister.setOrganisation(c.org("vr"));
		cite(minister, SERV, 1, 9);
		c.model.getActors().add(minister);
		Person kerremans = person(c, "Pieter Kerremans", "administrateur-generaal");
		Person gryp = person(c, "Stijn Gryp", "voorzitter");

		StakeholderInput in = GOV.createStakeholderInput();
		in.setName("Programmanota 2026-2030 ‘Klimaatsprong voor de industrie’");
		in.setKind(InputKind.ADVICE);
		in.setStatus(InputStatus.SUBMITTED);
		in.setRequestDate(date(2025, 7, 24));
		in.setSubject("advies over de tweede programmanota 2026-2030 ‘Klimaatsprong voor de Industrie’");
		in.getSubmittedBy().add(c.org("serv"));
		in.getSubmittedBy().add(kerremans);
		in.getSubmittedBy().add(gryp);
		in.setIssuingBody(c.body("serv"));
		in.getAddressees().add(minister);
		in.setDocument(doc000);
		cite(in, SERV, 13, 23, "U vroeg de SERV op 24 juli 2025 om advies over de tweede programmanota 2026-2030 "
				+ "‘Klimaatsprong voor de Industrie’.");
		cite(in, SERV, 25, 57);
		note(in, "The advice carries no date of its own in the text; 'date' stays empty. The programme note (seed 001) "
				+ "contains no formal response to it, so 'responses' stays empty.");
		c.model.getStakeholderInputs().add(in);

		// General considerations (Krachtlijnen and section 2)
		Recommendation r;
		r = rec(c, in, "Een meer transparante selectie van de prioritaire acties", "verduidelijken op basis van welke "
				+ "criteria de prioritaire acties uit de ruime waaier aan beleidsaanbevelingen werden weerhouden", null,
				88, 106);
		cite(r, SERV, 413, 428);
		about(r, c.programme, 424, 428);
		for (String a : c.actions.keySet()) {
			r.getActions().add(c.action(a));
		}
		r = rec(c, in, "Afstemming met de oproep voor een industriestrategie", "De SERV heeft in zijn oproep voor een "
				+ "industriestrategie de prioritaire actiedomeinen opgelijst", null, 430, 465);
		about(r, c.programme, 430, 465);
		r = rec(c, in, "Talent, vaardigheden en opleiding", "levenslang leren en bijscholing een volwaardige pijler van de "
				+ "Klimaatsprong", c.dimensions.get("D4"), 467, 481);
		cite(r, SERV, 224, 241);
		about(r, c.themes.get("D4c"), 467, 481);
		r = rec(c, in, "Afstemming en stroomlijning met andere initiatieven", "niet in een vacuüm", null, 483, 497);
		about(r, c.body("forum"), 491, 495);
		r = rec(c, in, "Rol van de circulaire economie", "voldoende aandacht … naar de rol van de circulaire economie",
				null, 499, 532);
		about(r, c.objectives.get("OD4"), 499, 532);
		about(r, c.body("vlaanderenCirculair"), 530, 532);
		r = rec(c, in, "Structurele betrokkenheid van de sociale partners", "structurele dialoog met de Vlaamse regering "
				+ "en het Vlaams Parlement", null, 534, 544);
		about(r, c.programme, 534, 544);
		r = rec(c, in, "Urgente uitvoering vereist", "investeringsbeslissingen ten laatste rond 2030", null, 546, 574);
		cite(r, SERV, 108, 116);
		about(r, c.objectives.get("MT2030"), 572, 574);
		r = rec(c, in, "Een efficiënte monitoring en governance: evaluatiekader met meetbare doelstellingen en KPI’s",
				"Een evaluatiekader met meetbare doelstellingen en KPI’s had al tijdens de vorige programmaperiode "
						+ "ontwikkeld moeten worden",
				null, 576, 601);
		cite(r, SERV, 118, 127);
		r.getActions().add(c.action("A1"));
		about(r, c.programme.getIndicators().get(0), 595, 601);
		about(r, c.programme.getIndicators().get(1), 595, 601);
		r = rec(c, in, "Structurele feedback- en overlegloops met de klankbordgroep", "dringt de SERV aan op structurele "
				+ "feedback- en overlegloops … en op verruiming van expertise van de klankbordgroep o.a. vanuit de sociale "
				+ "economie", null, 603, 625);
		about(r, c.body("kbg"), 603, 625);
		r = rec(c, in, "Huishoudelijk reglement: statuut van een advies en terugkoppelingsproces", "het statuut van een "
				+ "advies van het Permanent Overlegorgaan … Terugkoppelingsproces op input vanwege de stakeholders", null,
				627, 659);
		about(r, c.body("poo"), 627, 659);
		r = rec(c, in, "Werkgroepen zo snel mogelijk weer opstarten", "Alle werkgroepen moeten zo snel mogelijk weer "
				+ "opgestart worden, getrokken door een duidelijke verantwoordelijke", null, 661, 682);
		about(r, c.body("wgFin"), 661, 671);
		about(r, c.body("wgInno"), 661, 671);
		r = rec(c, in, "Nood aan een duidelijk budgettair kader", "nood aan een stabiel meerjarig financieringskader", null,
				684, 710);
		about(r, c.programme, 684, 700);
		r.getActions().add(c.action("A8"));
		r = rec(c, in, "Transparante linken tussen lange en kortetermijndoelen", "moeten de linken tussen de lange en korte "
				+ "termijndoelen duidelijk en transparant in de programmanota worden uitgewerkt", null, 712, 758);
		for (Objective o : c.programme.getObjectives()) {
			if (o.getHorizon() == ObjectiveHorizon.SHORT_TERM_OPERATIONAL) {
				about(r, o, 734, 740);
			}
		}
		about(r, c.body("poo"), 730, 734);
		r = rec(c, in, "Versterking van het maatschappelijk draagvlak voor de klimaattransitie van de industrie",
				"De SERV pleit voor een veel bredere communicatie van wat de klimaatsprong doet en wil doen.", null, 760,
				775);
		about(r, c.programme, 763, 775);

		// Points of attention on specific priority actions (section 3)
		Dimension d1 = c.dimensions.get("D1"), d2 = c.dimensions.get("D2"), d3 = c.dimensions.get("D3"),
				d4 = c.dimensions.get("D4");
		r = rec(c, in, "Proactief identificeren van de Vlaamse industriële belangen in EU-initiatieven",
				"Vlaanderen moet actiever meepraten en -liften op het Europees niveau.", d1, 788, 831);
		r.getActions().add(c.action("A2"));
		r = rec(c, in, "Bestuderen van marktstimulatie van gedecarboniseerde producten onder meer door middel van criteria "
				+ "in publieke aanbestedingen", "duurzaamheidseisen … waarvan de toepassing en de impact effectief moeten "
						+ "worden opgevolgd",
				d1, 833, 857);
		r.getActions().add(c.action("A3"));
		note(r, "SERV writes 'gedecarboniseerde producten' here (000 L833) and 'low-carbon producten' in its overview "
				+ "table (000 L251); 001 says 'low-carbonproducten' (L2926).");
		r = rec(c, in, "Het opvolgen en bijsturen van beleidsmaatregelen om circulaire productieprocessen te ondersteunen",
				"een gelijkaardige interactie met Vlaanderen Circulair", d1, 859, 901);
		r.getActions().add(c.action("A6"));
		about(r, c.body("vlaanderenCirculair"), 895, 901);
		r = rec(c, in, "Het verkennen van een organisatorische clusteraanpak voor de opvolging en coördinatie van "
				+ "bedrijfsoverstijgende projecten", "clusterbeleid 2.0", d1, 903, 913);
		cite(r, SERV, 1152, 1166);
		r.getActions().add(c.action("A4"));
		note(r, "SERV lists this action under both 'Beleidsaansturing en regelgeving' and 'Innovatie' (000 L261-265, "
				+ "L289-293) and discusses it under innovation (000 L1152-1166); dimension kept as in 001 (D1).");
		r = rec(c, in, "Optimaliseren, rationaliseren, vereenvoudigen en meer toegankelijk maken van het Vlaamse "
				+ "subsidie-instrumentarium", "Bovenvermelde beleidsaanbeveling werd niet als prioritaire actie weerhouden "
						+ "wegens een link met acties die reeds zijn opgenomen in het geïntegreerd actieplan voor de Vlaamse "
						+ "industrie en het Vlaams regeerakkoord 2024-2029.",
				d2, 917, 972);
		r.setUptake(Uptake.NOT_RETAINED);
		r.setUptakeText("niet als prioritaire actie weerhouden wegens een link met acties die reeds zijn opgenomen in het "
				+ "geïntegreerd actieplan voor de Vlaamse industrie en het Vlaams regeerakkoord 2024-2029");
		cite(r, SERV, 921, 925);
		about(r, c.themes.get("D2a"), 917, 925);
		r = rec(c, in, "Ontwikkelen van een mechanisme voor het vermijden (spreiden) van ‘first movers’-malus bij nieuwe "
				+ "infrastructuurinvesteringen", "een mechanisme dat de initiële kosten opvangt en eerlijk verdeelt", d2,
				974, 988);
		r.getActions().add(c.action("A7"));
		r = rec(c, in, "Het organiseren van een participatief traject om de infrastructuurbehoeften te bepalen",
				"het prioriteren van no-regret investeringen en het vermijden van overdimensionering", d3, 992, 1094);
		r.getActions().add(c.action("A12"));
		r = rec(c, in, "Inzetten op een betaalbaar, betrouwbaar en duurzaam energiesysteem", "De transitie naar een "
				+ "klimaatvriendelijker energiesysteem is noodzakelijk", d3, 1096, 1132);
		r.getActions().add(c.action("A14"));
		note(r, "This title (000 L285-287, L1096) does not occur in 001; it is linked to the 001 action on affordable and "
				+ "available energy (001 L2959-2961) as the closest match within the same dimension.");
		r = rec(c, in, "Het uitwerken van een programma om de Valley of Death voor innovatie te overbruggen",
				"Het ondersteunen van de deelname aan die Europese programma’s is overigens een prioritaire actie die de "
						+ "SERV ten volle onderschrijft.",
				d4, 1168, 1195);
		r.getActions().add(c.action("A16"));
		r.getActions().add(c.action("A17"));
		r = rec(c, in, "Het uitwerken van adviezen voor het versnellen (bijsturen) van het Moonshotprogramma met het oog op "
				+ "valorisatie", "TRL-opschalingsfonds", d4, 1197, 1223);
		r.getActions().add(c.action("A15"));
		note(r, "SERV's overview table says '(bijwerken)' (000 L299), section 3 says '(bijsturen)' (000 L1197) as in 001.");
		r = rec(c, in, "Het ondersteunen van onderzoeksinstellingen en bedrijven in het opschalen van innovatie",
				"focussen op het belang van start-ups en scale-ups", d4, 1225, 1255);
		r.getActions().add(c.action("A18"));
		r = rec(c, in, "Talent, vaardigheden, opleiding en sociaal overleg", "levenslang leren en bijscholing een "
				+ "volwaardige pijler", d4, 1267, 1378);
		about(r, c.themes.get("D4c"), 1267, 1323);
		about(r, c.body("poo"), 1352, 1358);
		return in;
	}

	private static Person person(KsContext c, String name, String function) {
		Person p = ECO.createPerson();
		p.setName(name);
		p.setFunction(function);
		p.setOrganisation(c.org("serv"));
		cite(p, SERV, 55, 57);
		c.model.getActors().add(p);
		return p;
	}

	private static Recommendation rec(KsContext c, StakeholderInput in, String name, String text, Dimension dimension,
			int from, int to) {
		Recommendation r = PROG.createRecommendation();
		r.setName(name);
		r.setText(text);
		r.setOrigin(in);
		r.setDimension(dimension);
		r.getAddressees().addAll(in.getAddressees());
		cite(r, SERV, from, to);
		c.model.getRecommendations().add(r);
		return r;
	}

	/** Records that a SERV recommendation addresses a programme element that is not a priority action. */
	private static void about(Recommendation r, NamedElement target, int from, int to) {
		Relationship rel = ECO.createRelationship();
		rel.setKind(RelationshipKind.ADVISES);
		rel.setLabel("betreft");
		rel.setSource(r);
		rel.setTarget(target);
		cite(rel, SERV, from, to);
		((org.helix.model.core.HelixModel) r.eContainer()).getRelationships().add(rel);
	}
}
