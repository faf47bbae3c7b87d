package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.NOTE;
import static org.helix.examples.KsContext.PROG;
import static org.helix.examples.KsContext.date;
import static org.helix.examples.KsContext.milestone;

import org.helix.model.core.DatePrecision;
import org.helix.model.programme.ActionKind;
import org.helix.model.programme.AnnualProgramme;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableKind;
import org.helix.model.programme.Dimension;
import org.helix.model.programme.GovernmentMandate;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammeStatus;
import org.helix.model.programme.Recommendation;
import org.helix.model.programme.Theme;
import org.helix.model.programme.Uptake;

/** Programme, objectives, dimensions and themes, recommendations (6.1), mandates (6.2) and priority actions (ch. 7). */
final class KsStrategy {

	private KsStrategy() {
	}

	static void build(KsContext c) {
		programme(c);
		objectives(c);
		dimensions(c);
		mandates(c);
		actions(c);
		recommendations(c);
	}

	private static void programme(KsContext c) {
		Programme previous = PROG.createProgramme();
		previous.setName("Klimaatsprong");
		previous.getAliases().add("programmanota ter bevordering van de Vlaamse industriële energie- en "
				+ "klimaattransitie voor de periode 2022-2025");
		previous.setSequenceNumber(1);
		previous.setStartYear(2023);
		previous.setEndYear(2025);
		previous.setStatus(ProgrammeStatus.CLOSED);
		cite(previous, NOTE, 29, 30, "Het eerste transitieprogramma ‘Klimaatsprong’ werd door de Vlaamse Regering "
				+ "goedgekeurd in juni 2023 en loopt tot eind 2025.");
		cite(previous, NOTE, 55, 65);
		cite(previous, NOTE, 188, 189);
		cite(previous, NOTE, 3200, 3200);
		note(previous, "Contradiction in 001: the first note is called 'Eerste programmanota 2023-2025' (L55, also L70, "
				+ "L94) but also 'programmanota … voor de periode 2022-2025' (L64-65, L188-189, L3200). startYear keeps "
				+ "2023 (approval June 2023, L29-30); the 2022-2025 title is kept as an alias. SERV uses both too "
				+ "(000 L320-322 vs L812).");
		note(previous, "Approved by the Vlaamse Regering in June 2023 (L29-30); only the month is given, so approvalDate "
				+ "stays empty. Status CLOSED: it runs 'tot eind 2025' (L30).");
		previous.setCoordinator(c.org("vlaio"));
		c.model.getProgrammes().add(previous);
		c.predecessor = previous;

		Programme p = PROG.createProgramme();
		p.setName("Klimaatsprong voor de Industrie");
		p.getAliases().add("Klimaatsprong");
		p.setDescription("Programmanota 2026-2030 ‘Klimaatsprong voor de Industrie’: het transitieprogramma voor een "
				+ "koolstofarme en competitieve energie-intensieve industrie tegen 2050.");
		cite(p, NOTE, 67, 87);
		p.setSequenceNumber(2);
		p.setStartYear(2026);
		p.setEndYear(2030);
		cite(p, NOTE, 71, 72, "De nieuwe programmanota voor de periode van 2026-2030");
		p.setLegalBasis("decreet van 30 april 2009 betreffende de organisatie en financiering van het wetenschaps- en "
				+ "innovatiebeleid (verankering van de industriële klimaattransitie in juni 2022)");
		cite(p, NOTE, 18, 41);
		cite(p, KsContext.SERV, 60, 68, "Artikel 56/1/6 van het decreet van 30 april 2009");
		p.setOverallGoal("de Vlaamse basisindustrie tegen 2050 koolstofcirculair en CO2-arm te maken");
		p.setTargetYear(2050);
		cite(p, NOTE, 91, 92);
		p.setCoordinator(c.org("vlaio"));
		cite(p, NOTE, 135, 137, "VLAIO (Agentschap Innoveren en Ondernemen) als coördinator van het transitieprogramma");
		p.setGoverningBody(c.body("poo"));
		cite(p, NOTE, 3183, 3183, "Het permanent overlegorgaan vormt het bestuursorgaan van Klimaatsprong voor de Industrie");
		for (String key : new String[] { "poo", "kbg", "kbgTemp", "wgFin", "wgInno", "wgInfra", "wgEnergie", "pg", "team",
				"jaarvergadering" }) {
			p.getBodies().add(c.body(key));
		}
		p.getSectors().addAll(c.model.getSectors());
		p.setPredecessor(c.predecessor);
		p.setStatus(ProgrammeStatus.UNDER_ADVICE);
		cite(p, KsContext.SERV, 17, 19, "U vroeg de SERV op 24 juli 2025 om advies over de tweede programmanota "
				+ "2026-2030 ‘Klimaatsprong voor de Industrie’.");
		note(p, "Status from seed 000: the minister asked SERV for advice on the draft ('ontwerpprogrammanota', 000 "
				+ "L322-328); 001 itself describes the approval procedure (L3248-3258) but not the note's own status.");
		note(p, "Budget: 001 gives no budget for the programme or its actions; stakeholders ask for 'een toegewijd "
				+ "budget' (L347-348). SERV (000 L688-692) says Klimaatsprong has its own budget line ('eigen "
				+ "begrotingslijn') but that the amount for the priority actions is unclear. No amount is modelled.");
		note(p, "Section 7.3 'Overzicht prioritaire acties … gekaderd binnen de operationele doelstellingen 2026-2030' "
				+ "(L3063-3065) has only its heading in the text (the table is missing), so the priority actions are not "
				+ "linked to operational objectives.");
		note(p, "Table 2 (L761-1051) colour codes (groen/oranje/grijs, L762-763) are not in the extracted text; only the "
				+ "status column is modelled.");
		c.model.getProgrammes().add(p);
		c.programme = p;

		// previous programme's first operational objective, now realised (L126-127)
		Objective prevFirst = objective(c, previous, "prevOD1",
				"het opzetten van een beleidskader en overlegstructuur voor het industrieel transitieprogramma",
				ObjectiveHorizon.SHORT_TERM_OPERATIONAL, 126, 127);
		prevFirst.setRealised(Boolean.TRUE);
	}

	private static void objectives(KsContext c) {
		Programme p = c.programme;
		Objective mission = objective(c, p, "mission",
				"de Vlaamse basisindustrie tegen 2050 koolstofcirculair en CO2-arm te maken", ObjectiveHorizon.MISSION, 91,
				92);
		mission.setTargetYear(2050);

		String[][] lt = { { "1", "Zet een stabiel, haalbaar, coherent, effectief en kostenefficiënt beleid uit.", "97" },
				{ "2", "Voorzie een rollend programma voor de verdere uitvoering van het industrieel transitieprogramma", "99" },
				{ "3", "Financier de transitie", "101" },
				{ "4", "Bouw basisinfrastructuur uit die toekomstbestendig en niet-discriminatoir is.", "103" },
				{ "5", "Lanceer een industrieel steunprogramma voor innovatie en implementatie.", "105" },
				{ "6", "Werk aan een consistent en realistisch wetgevend kader.", "107" } };
		for (String[] o : lt) {
			int line = Integer.parseInt(o[2]);
			Objective obj = objective(c, p, "LT" + o[0], o[1], ObjectiveHorizon.LONG_TERM, line, line);
			obj.setCode(o[0]);
			obj.setChangedFromPrevious(Boolean.FALSE);
			cite(obj, NOTE, 94, 95, "De langetermijndoelstellingen die in de eerste programmanota 2023-2025 werden "
					+ "opgenomen, blijven ongewijzigd");
			cite(obj, KsContext.SERV, 360, 375);
			obj.getContributesTo().add(mission);
		}
		note(mission, "The long-term objectives (L94-107) are linked to this overall goal (L91-92) as its elaboration; "
				+ "the seed states no finer mapping.");

		// Medium term: the decree asks for them (L39), the note gives no separate list; the adjusted roadmap
		// (5.7.1) gives these horizons.
		Objective mt1 = objective(c, p, "MT2030",
				"de investeringsbeslissing (voor grootschalige investeringen) rond 2030 nemen",
				ObjectiveHorizon.MEDIUM_TERM, 1424, 1426);
		mt1.setTargetYear(2030);
		Objective mt2 = objective(c, p, "MT2035",
				"investeringen in de noodzakelijke infrastructuur en logistiek (bv. CO2-infrastructuur, elektrificatie, "
						+ "kunststofafval waardeketen) klaar tegen 2035",
				ObjectiveHorizon.MEDIUM_TERM, 1419, 1421);
		mt2.setTargetYear(2035);
		Objective mt3 = objective(c, p, "MT2040", "de grote investeringen in alle procesinstallaties voor 2040",
				ObjectiveHorizon.MEDIUM_TERM, 1419, 1420);
		mt3.setTargetYear(2040);
		for (Objective mt : new Objective[] { mt1, mt2, mt3 }) {
			note(mt, "The note has no separately listed medium-term objectives although the decree requires "
					+ "'lange- en middellangetermijnvisie en -doelstellingen' (L39); this horizon is taken from the "
					+ "adjusted roadmap (5.7.1, L1411-1428).");
			cite(mt, NOTE, 39, 39);
			mt.getContributesTo().add(mission);
		}

		String[][] od = { { "1", "Het industrieel transitieprogramma versterken als coördinerend strategisch en tactisch "
				+ "actieprogramma.", "111", "112" },
				{ "2", "Omzetten van de (collectieve) infrastructuur behoeften in een werkbaar plan voor de toekomst.", "114",
						"114" },
				{ "3", "Blijven garanderen van competitieve en voldoende energie.", "116", "116" },
				{ "4", "Opbouwen van de economie rond alternatieve grondstoffen, brandstoffen en circulariteit, afgestemd "
						+ "op de industriële transitie.", "118", "119" },
				{ "5", "Versnellen van de klimaatinnovatie in en voor de Vlaamse basisindustrie (chemie, raffinage en "
						+ "staal.", "121", "122" } };
		for (String[] o : od) {
			Objective obj = objective(c, p, "OD" + o[0], o[1], ObjectiveHorizon.SHORT_TERM_OPERATIONAL,
					Integer.parseInt(o[2]), Integer.parseInt(o[3]));
			obj.setCode(o[0]);
			obj.setChangedFromPrevious(Integer.parseInt(o[0]) <= 2);
			cite(obj, NOTE, 108, 109, "De operationele kortetermijndoelstellingen voor de regeerperiode 2024-2029");
			cite(obj, KsContext.SERV, 377, 399);
		}
		cite(c.objectives.get("OD1"), NOTE, 124, 124, "De eerste twee doelstellingen zijn gewijzigd");
		cite(c.objectives.get("OD2"), NOTE, 124, 131);
		note(c.objectives.get("OD5"), "Title as written, with the missing closing parenthesis (L121-122).");
		c.objectives.get("OD2").getAliases().add("Omzetten van de (collectieve) infrastructuurbehoeften in een werkbaar "
				+ "plan voor de toekomst, onder meer voor CCUS, waterstof, elektrificatie.");
		cite(c.objectives.get("OD2"), KsContext.SERV, 385, 389);
		note(c.objectives.get("OD1"), "Operational objectives are not linked to long-term objectives: the note says the "
				+ "contribution should be 'scherper geformuleerd' (L314-317, L376-377) but gives no mapping; SERV asks for "
				+ "transparent links (000 L712-758).");
	}

	private static Objective objective(KsContext c, Programme p, String key, String name, ObjectiveHorizon horizon,
			int from, int to) {
		Objective o = PROG.createObjective();
		o.setName(name);
		o.setHorizon(horizon);
		cite(o, NOTE, from, to);
		p.getObjectives().add(o);
		c.objectives.put(key, o);
		return o;
	}

	private static void dimensions(KsContext c) {
		Dimension d1 = dimension(c, "D1", "beleidsaansturing en regelgeving", 1470, 1470);
		theme(c, d1, "D1a", "Beleidsaansturing ter ondersteuning van de industriële transitie", "6.1.1.2", 1494, 1497);
		theme(c, d1, "D1b", "Proactief verdedigen van de Vlaamse industriële belangen in EU-initiatieven", "6.1.1.11",
				1495, 1495);
		Dimension d2 = dimension(c, "D2", "financiering van de transitie", 1768, 1768);
		theme(c, d2, "D2a", "optimaliseren, rationaliseren, vereenvoudigen en meer toegankelijk maken van het Vlaams "
				+ "subsidie-instrumentarium", "6.1.2.1", 1798, 1799);
		theme(c, d2, "D2b", "inzetten op nieuwe financieringsinstrumenten", "6.1.2.2", 1801, 1801);
		Dimension d3 = dimension(c, "D3", "infrastructuur en beschikbaarheid van betaalbare energie", 1978, 1978);
		theme(c, d3, "D3a", "collectieve infrastructuur afstemmen op de decarbonisatie- en investeringstrajecten van de "
				+ "Vlaamse industriële bedrijven", "6.1.3.1", 2003, 2004);
		theme(c, d3, "D3b", "identificeren en wegwerken van barrières voor collectieve infrastructuur", "6.1.3.2", 2160,
				2160);
		theme(c, d3, "D3c", "inzetten op betaalbare energie", "6.1.3.3", 2298, 2298);
		Dimension d4 = dimension(c, "D4", "innovatie en talent", 2365, 2365);
		d4.getAliases().add("innovatie");
		cite(d4, NOTE, 2963, 2963, "Op vlak van innovatie:");
		cite(d4, KsContext.SERV, 47, 51, "innovatie (en talent)");
		theme(c, d4, "D4a", "versnelling van de valorisatie van Vlaamse O&O investeringen", "6.1.4.1", 2395, 2395);
		theme(c, d4, "D4b", "inzetten op nieuwe ondersteuningsmechanismen voor opschaling technologie", "6.1.4.2", 2498,
				2498);
		Theme talent = theme(c, d4, "D4c", "talent verder ontwikkelen en er volop op inzetten", "6.1.4.3", 2606, 2606);
		note(talent, "Out of scope: 'Het thema talent valt ook buiten de scope van de Klimaatsprong voor de Industrie en "
				+ "zal daarom binnen de Klimaatsprong voor de Industrie niet worden bekeken' (L2613-2615). Theme has no "
				+ "inScope attribute, so this is recorded here and via the OUT_OF_SCOPE uptake of its recommendations.");
		cite(talent, NOTE, 2610, 2616);
		d4.setInScope(Boolean.TRUE);
		note(d4, "In 7.1 the dimension heading is only 'Op vlak van innovatie' (L2963); its talent theme is out of "
				+ "scope (L2613-2615).");
	}

	private static Dimension dimension(KsContext c, String key, String name, int from, int to) {
		Dimension d = PROG.createDimension();
		d.setName(name);
		d.setInScope(Boolean.TRUE);
		cite(d, NOTE, 1454, 1456, "een 50-tal beleidsaanbevelingen geïdentificeerd en ingedeeld in vier dimensies");
		cite(d, NOTE, from, to);
		c.programme.getDimensions().add(d);
		c.dimensions.put(key, d);
		return d;
	}

	private static Theme theme(KsContext c, Dimension d, String key, String name, String section, int from, int to) {
		Theme t = PROG.createTheme();
		t.setName(name);
		t.setSectionRef(section);
		cite(t, NOTE, from, to);
		d.getThemes().add(t);
		c.themes.put(key, t);
		return t;
	}

	private static void mandates(KsContext c) {
		mandate(c, "M1", "Monitoring voortgang van de industriële transitie",
				"We ontwikkelen een kader voor de transitie naar klimaatneutraliteit via de Vlaamse Klimaatsprong en "
						+ "evalueren in overleg met de sectoren algemene en sectorale doelstellingen. We rapporteren jaarlijks "
						+ "over de voortgang van de nodige industriële transitie en sturen instrumenten bij waar nodig.",
				null, 2696, 2699, 2714, 2714);
		mandate(c, "M2", "Verkennen van de mogelijkheden voor het opzetten van een organisatorische clusteraanpak",
				"We onderzoeken in het kader van de Klimaatsprong of we een programmatorische clusteraanpak kunnen "
						+ "uitwerken, enerzijds aan de hand van de klimaatroadmaps die energie-intensieve bedrijven die "
						+ "toegetreden zijn tot de energiebeleidsovereenkomst (EBO) tegen eind dit jaar moeten opmaken, "
						+ "anderzijds aan de hand van de reeds opgemaakte inventarissen van de specifieke warmtevraag en het "
						+ "restwarmteaanbod van alle EBO-ondernemingen.",
				null, 2701, 2705, 2774, 2774);
		mandate(c, "M3", "Participatief traject voor het bepalen van de infrastructuurbehoefte",
				"De Vlaamse Regering start daarnaast binnen de Klimaatsprong een participatief traject tussen "
						+ "infrastructuurbeheerders, grote industriële clusters, grote kmo-zones en overheid om de "
						+ "infrastructuurbehoefte te bepalen, en om te bekijken hoe die door collectieve infrastructuur kan "
						+ "worden gerealiseerd (elektriciteit, stroomnetten, waterstofnetten, warmtenetten, infrastructuur om "
						+ "CO2 vloeibaar te maken en te transporteren…). De Vlaamse Regering prioriteert de grootste "
						+ "infrastructuurwerven voor de toekomst, op basis van het CO2-reductiepotentieel.",
				"op basis van het CO2-reductiepotentieel", 2707, 2712, 2821, 2821);
	}

	private static void mandate(KsContext c, String key, String name, String quote, String criterion, int from, int to,
			int headFrom, int headTo) {
		GovernmentMandate m = PROG.createGovernmentMandate();
		m.setName(name);
		m.setQuote(quote);
		m.setPrioritisationCriterion(criterion);
		m.setDescription("Opdracht uit het Vlaams Regeerakkoord 2024-2029 toegewezen aan Klimaatsprong voor de Industrie");
		cite(m, NOTE, from, to, quote);
		cite(m, NOTE, headFrom, headTo);
		c.programme.getMandates().add(m);
		c.mandates.put(key, m);
	}

	private static void actions(KsContext c) {
		Programme p = c.programme;
		// 7.1 Prioriteiten 2026-2030, titles as written (L2922-2970)
		PriorityAction a1 = action(c, "A1", "Het monitoren van de voortgang van de industriële transitie", "D1", 2924,
				2924);
		PriorityAction a2 = action(c, "A2", "Het proactief identificeren van de Vlaamse industriële belangen in "
				+ "EU-initiatieven", "D1", 2925, 2925);
		PriorityAction a3 = action(c, "A3", "Bestuderen van marktstimulatie van low-carbonproducten onder meer door "
				+ "middel van criteria in publieke aanbestedingen", "D1", 2926, 2928);
		PriorityAction a4 = action(c, "A4", "Het verkennen van een organisatorische clusteraanpak voor de opvolging en "
				+ "coördinatie van bedrijfsoverstijgende projecten", "D1", 2929, 2931);
		PriorityAction a5 = action(c, "A5", "Een studie uitvoeren naar het technisch-economisch potentieel van de "
				+ "grootschalige inzet van (duurzame) biomassa in Vlaanderen", "D1", 2932, 2934);
		PriorityAction a6 = action(c, "A6", "Het opvolgen en bijsturen van beleidsmaatregelen om circulaire "
				+ "productieprocessen te ondersteunen", "D1", 2935, 2936);
		PriorityAction a7 = action(c, "A7", "Het ontwikkelen van een mechanisme voor het vermijden (spreiden) van een "
				+ "‘first movers’ malus bij infrastructuurinvesteringen", "D2", 2940, 2941);
		PriorityAction a8 = action(c, "A8", "Het evalueren en bijsturen van het ‘Contracts for difference’ instrument met "
				+ "het oog op een eventuele opschaling", "D2", 2943, 2944);
		PriorityAction a9 = action(c, "A9", "Het onderzoeken van de mogelijkheden voor publiek-private samenwerking voor "
				+ "de financiering van klimaat,  energie- en decarbonisatieprojecten", "D2", 2946, 2947);
		PriorityAction a10 = action(c, "A10", "Het voortzetten van het werk rond het proactief voorzien van voldoende "
				+ "ruimte voor leidingentracés.", "D3", 2951, 2952);
		PriorityAction a11 = action(c, "A11", "Het uitwerken van een instrument voor de projectie van energievraag, "
				+ "-aanbod en infrastructuur", "D3", 2954, 2954);
		PriorityAction a12 = action(c, "A12", "Het organiseren van een participatief traject om de "
				+ "infrastructuurbehoeften te bepalen (systeemaanpak)", "D3", 2955, 2957);
		PriorityAction a13 = action(c, "A13", "Het opmaken van een roadmap voor de logistieke keten van de toekomst", "D3",
				2958, 2958);
		PriorityAction a14 = action(c, "A14", "Het bijdragen aan de discussies rond betaalbare en beschikbare energie "
				+ "(vanuit de Vlaamse bevoegdheden)", "D3", 2959, 2961);
		PriorityAction a15 = action(c, "A15", "Het uitwerken van adviezen voor het versnellen (bijsturen) van het "
				+ "Moonshotprogramma met het oog op valorisatie", "D4", 2965, 2966);
		PriorityAction a16 = action(c, "A16", "Het uitwerken van een programma om de Valley of Death voor innovatie te "
				+ "overbruggen", "D4", 2968, 2968);
		PriorityAction a17 = action(c, "A17", "Het ondersteunen van participatie in EU-onderzoeksprogramma’s en "
				+ "EU-steunmechanismen", "D4", 2969, 2969);
		PriorityAction a18 = action(c, "A18", "Het ondersteunen van onderzoeksinstellingen en bedrijven in het opschalen "
				+ "van innovatie", "D4", 2970, 2970);
		note(a9, "Title as written, including the double space after 'klimaat,' (L2947).");
		note(a10, "Title as written, including the final full stop (L2952).");

		// 7.2 Prioriteiten 2026 (L2983-3062): ten of them, with their 7.2 headings as aliases
		priority2026(a1, "Monitoring voortgang van de industriële transitie", 2988, 2995);
		a1.setKind(ActionKind.MONITORING);
		a1.setScope("We beogen een data-gedreven voortgangsrapport dat het permanent overlegorgaan en de Vlaamse Regering "
				+ "in staat stelt de transitie van nabij op te volgen, zonder bijkomende administratieve overlast te "
				+ "genereren.");
		a1.setTiming("Wij beogen dit voortgangsrapport klaar te hebben in juli 2026, te bespreken op het jaarevent in "
				+ "september 2026 en daarover te rapporteren aan de Vlaamse Regering in oktober 2026.");
		Deliverable report = deliverable(a1, "data-gedreven voortgangsrapport", DeliverableKind.PROGRESS_REPORT,
				date(2026, 7, 1), DatePrecision.MONTH, 2990, 2995);
		report.setAddressee(c.org("vr"));
		a1.getMilestones().add(milestone("voortgangsrapport klaar", date(2026, 7, 1), DatePrecision.MONTH, "juli 2026",
				NOTE, 2993, 2993));
		a1.getMilestones().add(milestone("bespreking op het jaarevent", date(2026, 9, 1), DatePrecision.MONTH,
				"september 2026", NOTE, 2993, 2994));
		a1.getMilestones().add(milestone("rapportering aan de Vlaamse Regering", date(2026, 10, 1), DatePrecision.MONTH,
				"oktober 2026", NOTE, 2994, 2995));
		a1.setLead(c.org("vlaio"));
		a1.getInvolvedActors().add(c.org("veka"));
		cite(a1, NOTE, 2762, 2766, "kan opgenomen worden door VLAIO in samenwerking en overleg met VEKA");
		note(a1, "Lead: the preparation 'kan opgenomen worden door VLAIO in samenwerking en overleg met VEKA' "
				+ "(L2762-2763) - a proposal, not a firm assignment. The indicators are to be validated by the permanent "
				+ "overlegorgaan (L2764-2766).");
		a1.setMandate(c.mandate("M1"));

		priority2026(a2, "Vlaamse industriële belangen proactief identificeren in EU-initiatieven", 2997, 3004);
		a2.setScope("Denk hierbij vooral aan de uitwerking van de Clean Industrial Deal, en de regelgeving inzake CBAM, "
				+ "ETS en RFNBO (inclusief low-carbon waterstof in de context van REDIII).");
		a2.setTiming("In het najaar van 2025 wordt hiervoor een werkplan opgemaakt");
		a2.setGroup(c.body("poo"));
		a2.getInvolvedActors().add(c.org("vlaio"));
		a2.getInvolvedActors().add(c.org("wewis"));
		a2.getInvolvedActors().add(c.org("veka"));
		deliverable(a2, "werkplan", DeliverableKind.WORK_PLAN, null, DatePrecision.SEASON, 3003, 3004);
		a2.getMilestones().add(milestone("werkplan opgemaakt", null, DatePrecision.SEASON, "najaar van 2025", NOTE, 3003,
				3003));
		a2.setKind(ActionKind.WORK_PLAN);
		note(a2, "7.1 says 'identificeren' (L2925) while recommendation 6.1.1.11 says 'verdedigen' (L1720).");

		priority2026(a3, "Studie uitvoeren naar marktstimulatie low-carbonproducten d.m.v. criteria in publieke "
				+ "aanbestedingen", 3005, 3010);
		a3.setKind(ActionKind.POLICY_ADVICE);
		a3.setScope("De basisindustrie vraagt een analyse om na te gaan welke drempels en hefbomen er zijn bij het "
				+ "concept van marktstimulatie op regionaal, nationaal en Europees niveau.");
		deliverable(a3, "beleidsadvies over de randvoorwaarden", DeliverableKind.POLICY_ADVICE, null,
				DatePrecision.UNSPECIFIED, 3008, 3009);

		priority2026(a4, "Een organisatorische clusteraanpak voor opvolging en coördinatie van bedrijfsoverstijgende "
				+ "projecten verkennen", 3012, 3017);
		a4.setScope("Zo is er nood om na te gaan welke initiatieven nu reeds bestaan en waar er blinde vlekken zijn.");
		a4.setMandate(c.mandate("M2"));

		a5.setKind(ActionKind.STUDY);
		a5.getInvolvedActors().add(c.org("ovam"));
		cite(a5, NOTE, 1645, 1649, "Voor dit project is een samenwerking nodig met OVAM.");

		a6.getInvolvedActors().add(c.org("vlaanderenCirculair"));
		cite(a6, NOTE, 1690, 1694);

		priority2026(a7, "Een mechanisme ontwikkelen voor het vermijden (spreiden) van ‘first movers’ malus bij "
				+ "infrastructuurinvesteringen", 3019, 3024);
		a7.setKind(ActionKind.POLICY_ADVICE);
		a7.setNewAction(Boolean.TRUE);
		a7.setPlanOfApproach("dit zal dus analyse en benchmarking vragen alsook de betrokkenheid van specifieke experten");
		a7.setTiming("We streven ernaar een beleidsadvies hierrond te formuleren tegen oktober 2026.");
		deliverable(a7, "beleidsadvies", DeliverableKind.POLICY_ADVICE, date(2026, 10, 1), DatePrecision.MONTH, 3023,
				3024);

		priority2026(a8, "‘Contracts for difference’ instrument evalueren", 3026, 3032);
		a8.setKind(ActionKind.POLICY_ADVICE);
		a8.setPlanOfApproach("De benchmarkstudie die een vergelijking maakt van steuninstrumenten in andere Europese "
				+ "landen en een evaluatie van de pilootoproep van het eerste Vlaamse CfD-instrument");
		a8.setTiming("beleidsadvies aan de Vlaamse Regering in het najaar van 2025; verdere actie in 2026 afhankelijk van "
				+ "beslissingen van de Vlaamse Regering");
		Deliverable cfdAdvice = deliverable(a8, "beleidsadvies aan de Vlaamse Regering", DeliverableKind.POLICY_ADVICE,
				null, DatePrecision.SEASON, 3028, 3030);
		cfdAdvice.setAddressee(c.org("vr"));
		a8.getMilestones().add(milestone("beleidsadvies CfD", null, DatePrecision.SEASON, "najaar van 2025", NOTE, 3030,
				3030));
		a8.getInvolvedActors().add(c.org("vlaio"));
		cite(a8, NOTE, 1880, 1882, "begeleidt VLAIO ook een benchmarkstudie");

		a9.getInvolvedActors().add(c.org("pmv"));
		a9.getInvolvedActors().add(c.org("veb"));
		cite(a9, NOTE, 1915, 1919);

		priority2026(a10, "Advies formuleren om proactief voldoende ruimte te voorzien voor leidingentracés", 3034, 3038);
		a10.setKind(ActionKind.POLICY_ADVICE);
		a10.setScope("Het standpunt dat in de periode van de vorige programmanota werd gemaakt, zal herzien worden in het "
				+ "licht van de recente update van de roadmapstudie");
		deliverable(a10, "beleidsadvies", DeliverableKind.POLICY_ADVICE, null, DatePrecision.UNSPECIFIED, 3036, 3038)
				.setAddressee(c.org("vr"));

		a11.setKind(ActionKind.INSTRUMENT);
		a12.setKind(ActionKind.PROJECT);
		cite(a12, NOTE, 2829, 2832, "Binnen Klimaatsprong voor de Industrie is het nuttig om een projectwerking te "
				+ "starten voor het in kaart brengen van de infrastructuurbehoefte.");
		a12.setMandate(c.mandate("M3"));

		priority2026(a14, "Bijdragen aan de discussies rond betaalbare en beschikbare energie vanuit bevoegdheden "
				+ "Vlaamse Gewest", 3040, 3046);
		a14.setKind(ActionKind.POLICY_ADVICE);
		deliverable(a14, "beleidsadvies passend binnen de bevoegdheden van de Vlaamse Regering",
				DeliverableKind.POLICY_ADVICE, null, DatePrecision.UNSPECIFIED, 3045, 3046);

		priority2026(a15, "Uitwerken van adviezen voor het versnellen (bijsturen) van het Moonshotprogramma met het oog "
				+ "op valorisatie", 3048, 3053);
		a15.setKind(ActionKind.STRATEGIC_EXCHANGE);
		a15.setTiming("op regelmatige basis een strategische uitwisseling");
		a15.setGroup(c.body("wgInno"));
		cite(a15, NOTE, 2457, 2464, "De (werkgroep innovatie onder de) Klimaatsprong voor de Industrie kan een "
				+ "adviserende rol opnemen");

		priority2026(a16, "Programma uitwerken om de Valley of Death voor innovatie te overbruggen", 3055, 3062);
		a16.setKind(ActionKind.POLICY_ADVICE);
		deliverable(a16, "beleidsadvies", DeliverableKind.POLICY_ADVICE, null, DatePrecision.UNSPECIFIED, 3060, 3062);
		a16.setGroup(c.body("wgInno"));
		cite(a16, NOTE, 2570, 2573);

		a17.setGroup(c.body("wgInno"));
		a17.getInvolvedActors().add(c.org("vlaio"));
		a17.getInvolvedActors().add(c.org("veka"));
		cite(a17, NOTE, 2479, 2496, "De werkgroep innovatie onder de Klimaatsprong voor de Industrie kan, op initiatief "
				+ "van VLAIO, bovenstaande elementen verder in kaart brengen en mitigerende acties voorstellen.");
		a18.setGroup(c.body("wgInno"));
		cite(a18, NOTE, 2587, 2590);
		for (PriorityAction a : new PriorityAction[] { a15, a16, a17, a18 }) {
			note(a, "Group: ch. 6.1 says the werkgroep innovatie 'kan' (may) take this up; not a firm assignment.");
		}
		note(a11, "6.1.3.1.3 links this instrument to the participatory trajectory (L2082-2089): a dynamic instrument is "
				+ "needed for it.");
		a12.getDependsOn().add(a11);
		cite(a12, NOTE, 2082, 2089);

		// Annual programme 2026 (L2972, L2983-2986)
		AnnualProgramme y2026 = PROG.createAnnualProgramme();
		y2026.setYear(2026);
		y2026.setApprovedBy(c.body("poo"));
		for (PriorityAction a : p.getActions()) {
			if (a.getPriorityYears().contains(2026)) {
				y2026.getActions().add(a);
			}
		}
		cite(y2026, NOTE, 2983, 2986, "Als prioriteiten voor 2026 stelt het permanent overlegorgaan voor");
		cite(y2026, NOTE, 2972, 2972);
		note(y2026, "The permanent overlegorgaan proposes ('stelt … voor', L2985) the 2026 priorities and fixes the "
				+ "actions in a jaarprogramma (L2972).");
		p.getAnnualProgrammes().add(y2026);

		for (PriorityAction a : p.getActions()) {
			cite(a, NOTE, 2919, 2920, "Het transitieprogramma zal, op advies van het permanent overlegorgaan, in de "
					+ "volgende programmaperiode 2026-2030 aan de slag gaan met onderstaande acties");
		}
	}

	private static PriorityAction action(KsContext c, String key, String name, String dimension, int from, int to) {
		PriorityAction a = PROG.createPriorityAction();
		a.setName(name);
		a.getDimensions().add(c.dimensions.get(dimension));
		cite(a, NOTE, from, to);
		c.programme.getActions().add(a);
		c.actions.put(key, a);
		return a;
	}

	private static void priority2026(PriorityAction a, String heading, int from, int to) {
		a.getPriorityYears().add(2026);
		if (!heading.equals(a.getName())) {
			a.getAliases().add(heading);
		}
		cite(a, NOTE, from, to, heading);
	}

	private static Deliverable deliverable(PriorityAction a, String name, DeliverableKind kind, java.time.LocalDate due,
			DatePrecision precision, int from, int to) {
		Deliverable d = PROG.createDeliverable();
		d.setName(name);
		d.setKind(kind);
		d.setDueDate(due);
		d.setDueDatePrecision(precision);
		cite(d, NOTE, from, to);
		a.getDeliverables().add(d);
		return d;
	}

	private static void recommendations(KsContext c) {
		// D1a: 6.1.1.2 bullets (L1508-1529) discussed in 6.1.1.3-6.1.1.10
		rec(c, "D1a", "6.1.1.3", "Monitoring voortgang van de industriële transitie", Uptake.UNSPECIFIED,
				"Deze actie werd reeds opgenomen in het Vlaams regeerakkoord 2024-2029 en kan verder uitgewerkt worden "
						+ "door Klimaatsprong voor de Industrie.",
				true, 1531, 1548, "A1");
		rec(c, "D1a", "6.1.1.4", "Verkennen van de mogelijkheden voor het opzetten van een organisatorische clusteraanpak "
				+ "voor opvolging en coördinatie van bedrijfsoverstijgende projecten", Uptake.UNSPECIFIED,
				"Deze actie werd reeds opgenomen in het Vlaams regeerakkoord 2024-2029 en kan verder uitgewerkt worden "
						+ "door Klimaatsprong voor de Industrie.",
				true, 1550, 1574, "A4");
		rec(c, "D1a", "6.1.1.5", "Ondersteuning van energie-intensieve bedrijven in functie van hun noden op het pad naar "
				+ "decarbonisatie", Uptake.FOLLOW_UP,
				"Klimaatsprong voor de Industrie zal dit initiatief opvolgen en vragen om geïnformeerd te worden.", null,
				1575, 1589);
		rec(c, "D1a", "6.1.1.6", "Verlenging van de Energiebeleidsovereenkomsten (EBO’s) inclusief eventuele "
				+ "bijsturingsmogelijkheden evalueren", Uptake.LATER_PHASE,
				"Deze actie kan in een latere fase worden opgepikt door Klimaatsprong voor de Industrie, afhankelijk is "
						+ "van nog te nemen beleidsbeslissingen.",
				null, 1591, 1608);
		rec(c, "D1a", "6.1.1.7", "Studie naar marktstimulatie low-carbon producten onder meer door middel van criteria in "
				+ "publieke aanbestedingen, op basis van ontwikkelingen in EU-wetgeving", Uptake.ADVISORY_NOTE_OR_PROJECT,
				"is het interessant om voor dit thema een adviesnota op te maken of de actie verder uit te werken in de "
						+ "vorm van een project.",
				null, 1610, 1631, "A3");
		rec(c, "D1a", "6.1.1.8", "Studie naar het technisch-economisch potentieel van grootschalige inzet van duurzame "
				+ "biomassa als grondstof en energiebron voor de basisindustrie in Vlaanderen (incl. valorisatie "
				+ "restafval)", Uptake.ADVISORY_NOTE_OR_PROJECT,
				"is het interessant om voor dit thema een adviesnota op te maken of de actie verder uit te werken in de "
						+ "vorm van een project. Voor dit project is een samenwerking nodig met OVAM.",
				null, 1633, 1649, "A5");
		rec(c, "D1a", "6.1.1.9", "Opvolgen en bijsturen van beleidsmaatregelen voor het ondersteunen van circulaire "
				+ "productieprocessen", Uptake.FOLLOW_UP,
				"is het interessant om de ontwikkelingen binnen Vlaanderen Circulair op te volgen en, indien nodig, de "
						+ "actie verder uit te werken binnen Klimaatsprong voor de Industrie in de vorm van een project.",
				null, 1651, 1694, "A6");
		rec(c, "D1a", "6.1.1.10", "Vereenvoudiging van administratieve lasten door afstemming van "
				+ "rapporteringsverplichtingen", Uptake.FOLLOW_UP,
				"Klimaatsprong voor de Industrie kan het initiatief nemen om via VLAIO te vragen om geïnformeerd te worden",
				null, 1696, 1718);
		// D1b: 6.1.1.11 bullets (L1727-1756), uptake L1757-1766
		String euUptake = "Klimaatsprong voor de Industrie kan hier opvolgend steeds geïnformeerd worden … ook als klankbord "
				+ "dienen … gericht een adviesnota op te maken, in het bijzonder voor de ondersteuning van de ETS- en "
				+ "CBAM-herziening en bij het opzetten van het EU CfD instrument, alsook de erkenning van low carbon H2 in "
				+ "een potentiële REDIII herziening.";
		Object[][] eu = {
				{ "Pleiten voor de adequate erkenning van low-carbon waterstof in de context van REDIII RFNBO bepalingen "
						+ "voor industriële waterstofgebruikers.", 1727, 1728, Uptake.ADVISORY_NOTE },
				{ "Bijdragen aan de beleidsdiscussie over marktstimulatie van low-carbon producten op het Europese niveau "
						+ "met een snelle omzetting van de Industrial Decarbonisation Accelerator Act.", 1730, 1731,
						Uptake.SOUNDING_BOARD },
				{ "Proactief ondersteunen ETS herziening die de industriële competitiviteit erkent met "
						+ "bijsturingsmaatregelen zoals de 2040 doelstelling, ETS (1) cap, uitfasering kosteloze toewijzing "
						+ "van emissierechten, enz.", 1733, 1735, Uptake.ADVISORY_NOTE },
				{ "Grondige doorlichting (nieuwe) staatssteunregels bij Clean Industrial Deal (level playing field).", 1737,
						1737, Uptake.SOUNDING_BOARD },
				{ "Pleiten voor voldoende EU-middelen voor onderzoek, ontwikkeling en innovatie binnen het toekomstig "
						+ "meerjarig financieel kader.", 1738, 1739, Uptake.SOUNDING_BOARD },
				{ "Pleiten voor een EU-instrument zoals ‘Contracts for Difference’ voor decarbonisatietechnologieën in "
						+ "industrie (opvolgen Industrial Decarbonisation Bank), en pleiten om technologieën op te nemen die "
						+ "passen bij de Vlaamse roadmap.", 1741, 1743, Uptake.ADVISORY_NOTE },
				{ "Proactief ondersteunen CBAM-herziening met als doel om het mechanisme effectief te maken door een "
						+ "oplossing te vinden voor het aandeel export, het aanpakken van omzeilingstechnieken, een "
						+ "uitbreiding van de producten binnen de waardeketen.", 1745, 1747, Uptake.ADVISORY_NOTE },
				{ "Pleiten voor de erkenning van chemical recycling in EU-doelstellingen (bijv. massabalans benadering "
						+ "voor recycled content doelstellingen PPWR).", 1749, 1750, Uptake.SOUNDING_BOARD },
				{ "Pleiten voor een doordachte herziening van accounting-regels onder ETS met aanpassingen voor CCU en "
						+ "biogene CO2.", 1752, 1753, Uptake.SOUNDING_BOARD },
				{ "Proactief ondersteunen van de uitwerking van het Affordable Energy Action Plan met voorstellen voor "
						+ "concrete acties.", 1755, 1756, Uptake.SOUNDING_BOARD } };
		for (Object[] r : eu) {
			Recommendation rec = rec(c, "D1b", null, (String) r[0], (Uptake) r[3], euUptake, null, (Integer) r[1],
					(Integer) r[2], "A2");
			cite(rec, NOTE, 1757, 1766);
		}
		// D2a: 6.1.2.1 bullets (L1812-1828), uptake L1830-1838
		String subsidyUptake = "Het is aangeraden om bij de uitwerking van deze initiatieven de relevante "
				+ "stakeholdergroepen van Klimaatsprong voor de Industrie te consulteren";
		Object[][] sub = {
				{ "evaluatie van bestaande instrumenten voor duurzame technologieën gericht op verdere vereenvoudiging, "
						+ "snelheid en transparantie, en coördinatie met federale steunmaatregelen (incl. budgetten). Ook "
						+ "mogelijkheden binnen nieuwe staatsteunkaders meenemen", 1812, 1814 },
				{ "VLAIO- en VEKA-instrumenten op elkaar afstemmen (bv. groene warmte in industrie)", 1816, 1816 },
				{ "het VLAIO-steun-instrumentarium verder in de markt zetten en verdere uitbouw van VLAIO als ‘centraal "
						+ "aanspreekpunt’", 1817, 1819 },
				{ "strategische ecologiesteun gericht mogelijk inzetten ter ondersteuning van industriële centra met bijv. "
						+ "focus op collectieve investeringen (warmte, CCS, enz.)", 1820, 1822 },
				{ "herziening besteding ETS middelen (Klimaatfonds), bv. ETS1-veilinginkomsten prioritair inzetten om de "
						+ "transitie bij de energie-intensieve te ondersteunen", 1823, 1825 },
				{ "behouden van compensatie indirecte emissiekosten, bijsturing na EU evaluatie en bepleiten gezamenlijk EU "
						+ "mechanisme.", 1826, 1828 } };
		for (Object[] r : sub) {
			Recommendation rec = rec(c, "D2a", null, (String) r[0], Uptake.CONSULTED, subsidyUptake, true,
					(Integer) r[1], (Integer) r[2]);
			cite(rec, NOTE, 1830, 1838, "Al deze aanbevelingen zijn gelinkt aan acties die reeds zijn opgenomen in het "
					+ "geïntegreerd actieplan voor de Vlaamse industrie en het Vlaams regeerakkoord 2024-2029.");
		}
		// D2b: 6.1.2.2.1-4
		rec(c, "D2b", "6.1.2.2.1", "Evalueren en eventueel opschalen van ‘Contracts for Difference’ instrument",
				Uptake.NEXT_PROGRAMME, "is het aangeraden om deze actie verder uit te werken in het volgende programma van "
						+ "Klimaatsprong voor de Industrie.",
				null, 1867, 1900, "A8");
		rec(c, "D2b", "6.1.2.2.2", "Onderzoeken van de mogelijkheden voor publiek-private samenwerkingen voor de "
				+ "financiering van klimaat-, energie- en decarbonisatieprojecten", Uptake.FOLLOW_UP,
				"Klimaatsprong zal dit initiatief opvolgen en vragen om geïnformeerd te worden.", null, 1902, 1919, "A9");
		rec(c, "D2b", "6.1.2.2.3", "Begeleiden van grote decarbonisatieprojecten via aanpak op maat", Uptake.CONSULTED,
				"In de context van dit initiatief kan Klimaatsprong voor de Industrie geconsulteerd worden.", null, 1921,
				1943);
		rec(c, "D2b", "6.1.2.2.4", "Ontwikkelen van een mechanisme voor het vermijden (spreiden) van ‘first "
				+ "movers’-malus bij nieuwe infrastructuurinvesteringen", Uptake.ADVISORY_NOTE_OR_PROJECT,
				"is het interessant om voor dit thema een adviesnota op te maken of de actie verder uit te werken in de "
						+ "vorm van een project.",
				null, 1945, 1976, "A7");
		// D3a: 6.1.3.1.1-6
		rec(c, "D3a", "6.1.3.1.1", "Systeemaanpak voor infrastructuurprojecten anticiperend op toekomstige investeringen",
				Uptake.UNSPECIFIED, "Deze aanbeveling is sterk verbonden aan de opdracht voor Klimaatsprong voor de "
						+ "Industrie uit het Vlaams Regeerakkoord, namelijk het opstarten van een participatief traject",
				null, 2027, 2040, "A12");
		rec(c, "D3a", "6.1.3.1.2", "Proactief voldoende ruimte voorzien voor leidingentracés", Uptake.ADVISORY_NOTE,
				"is het interessant om de adviesnota up te daten met recente inzichten en voor te leggen aan de Vlaamse "
						+ "Regering.",
				null, 2042, 2057, "A10");
		rec(c, "D3a", "6.1.3.1.3", "Uitwerking van een instrument voor de projectie van energievraag, -aanbod en "
				+ "infrastructuur", Uptake.UNSPECIFIED, "Deze aanbeveling is sterk verbonden aan de opdracht voor "
						+ "Klimaatsprong voor de Industrie met betrekking tot het opstarten van een participatief traject",
				null, 2059, 2089, "A11");
		rec(c, "D3a", "6.1.3.1.4", "Samenwerken met de federale overheid om investeringsplannen af te stemmen en "
				+ "bevoorradingszekerheid te garanderen", Uptake.FOLLOW_UP_AND_CONSULTED,
				"Klimaatsprong voor de Industrie zal dit initiatief opvolgen en vragen om geïnformeerd te worden en "
						+ "eventueel geconsulteerd te kunnen worden",
				null, 2091, 2111);
		rec(c, "D3a", "6.1.3.1.5", "Uitwerken van een internationaal havenbeleid", Uptake.FOLLOW_UP,
				"is het van belang dat Klimaatsprong voor de Industrie geïnformeerd wordt", null, 2113, 2138);
		rec(c, "D3a", "6.1.3.1.6", "Internationale samenwerking initiëren rond collectieve infrastructuur CO2, H2 en "
				+ "andere moleculen of waterstofderivaten, en elektriciteit", Uptake.FOLLOW_UP,
				"is het van belang dat Klimaatsprong voor de Industrie geïnformeerd wordt over ontwikkelingen binnen dit "
						+ "thema.",
				null, 2140, 2158);
		// D3b: 6.1.3.2.1-5
		rec(c, "D3b", "6.1.3.2.1", "Verbeteren van de rechtszekerheid van vergunningen", Uptake.FOLLOW_UP_AND_CONSULTED,
				"Klimaatsprong voor de Industrie zal dit initiatief opvolgen en vragen om geïnformeerd te worden over de "
						+ "ontwikkelingen en eventueel geconsulteerd te kunnen worden",
				null, 2180, 2192);
		rec(c, "D3b", "6.1.3.2.2", "Actualisatie van de Vlaamse waterstofstrategie en Vlaamse CCUS visienota",
				Uptake.BUILD_ON, "Indien gewenst door de betrokken stakeholders, kan Klimaatsprong voor de Industrie "
						+ "voortbouwen op deze visie.",
				null, 2194, 2207);
		rec(c, "D3b", "6.1.3.2.3", "Finaliseren H2 decreet", Uptake.FOLLOW_UP_AND_CONSULTED,
				"Klimaatsprong voor de Industrie zal dit initiatief opvolgen en vragen om geïnformeerd te worden over de "
						+ "ontwikkelingen en eventueel geconsulteerd te kunnen worden",
				null, 2209, 2222);
		rec(c, "D3b", "6.1.3.2.4", "Opmaak roadmap logistieke keten van de toekomst", Uptake.ADVISORY_NOTE_OR_PROJECT,
				"Klimaatsprong voor de Industrie kan voor dit thema een adviesnota opmaken of de actie verder uitwerken in "
						+ "de vorm van een project.",
				null, 2224, 2244, "A13");
		rec(c, "D3b", "6.1.3.2.5", "Opstarten van overleg rond netflexibiliteit en -stabiliteit & aanpak "
				+ "congestieproblematiek", Uptake.FOLLOW_UP_AND_CONSULTED,
				"Klimaatsprong voor de Industrie zal dit initiatief opvolgen en vragen om geïnformeerd te worden over de "
						+ "ontwikkelingen en eventueel geconsulteerd te kunnen worden",
				null, 2246, 2287);
		// D3c: 6.1.3.3.1-4
		rec(c, "D3c", "6.1.3.3.1", "Versnellen van de beschikbaarheid van competitieve hernieuwbare energie",
				Uptake.FOLLOW_UP_AND_CONSULTED, "zal Klimaatsprong voor de Industrie dit initiatief opvolgen en vragen om "
						+ "geïnformeerd te worden over de ontwikkelingen en eventueel geconsulteerd te kunnen worden",
				null, 2310, 2321);
		rec(c, "D3c", "6.1.3.3.2", "Onderzoeken mogelijkheden rond kleine, modulaire reactoren in Vlaanderen",
				Uptake.FOLLOW_UP, "zal Klimaatsprong voor de Industrie dit initiatief opvolgen en vragen om geïnformeerd te "
						+ "worden over de ontwikkelingen van dit traject.",
				null, 2323, 2334);
		rec(c, "D3c", "6.1.3.3.3", "Uitvoering van een gecoördineerd beleid met de federale regering op basis van de "
				+ "energienorm", Uptake.FOLLOW_UP, "zal Klimaatsprong voor de Industrie dit initiatief opvolgen en vragen om "
						+ "geïnformeerd te worden over de ontwikkelingen van dit traject.",
				null, 2336, 2348);
		rec(c, "D3c", "6.1.3.3.4", "Duidelijkheid creëren omtrent distributienettarieven voor industrie", Uptake.PROJECT,
				"kan een projectwerking opgestart worden binnen Klimaatsprong voor de Industrie om zich te buigen over de "
						+ "uitwerking van voorstellen richting de bevoegde instanties.",
				null, 2349, 2363, "A14");
		// D4a: 6.1.4.1.1-3
		rec(c, "D4a", "6.1.4.1.1", "Hervormen van de speerpuntclusters en strategische onderzoekscentra met b.v. "
				+ "‘Mission Oriented Innovation’ (van TRL 3 tot 9) als centraal element", Uptake.FOLLOW_UP,
				"zal Klimaatsprong voor de Industrie dit initiatief opvolgen en vragen om geïnformeerd te worden over de "
						+ "ontwikkelingen van dit traject.",
				null, 2407, 2425);
		rec(c, "D4a", "6.1.4.1.2", "Het Moonshotprogramma versnellen met het oog op valorisatie", Uptake.ADVISORY_ROLE,
				"De (werkgroep innovatie onder de) Klimaatsprong voor de Industrie kan een adviserende rol opnemen", null,
				2427, 2464, "A15");
		rec(c, "D4a", "6.1.4.1.3", "Actieve ondersteuning voor participatie van Vlaamse bedrijven en "
				+ "onderzoeksinstellingen in EU-onderzoeksprogramma’s en EU-steunmechanismen", Uptake.ADVISORY_ROLE,
				"De (werkgroep innovatie onder de) Klimaatsprong voor de Industrie kan hierbij een adviserende rol blijven "
						+ "opnemen.",
				null, 2466, 2496, "A17");
		// D4b: 6.1.4.2.1-3
		rec(c, "D4b", "6.1.4.2.1", "Steunprogramma voor overbruggen van Valley of Death", Uptake.ADVISORY_NOTE_OR_PROJECT,
				"kan de (werkgroep innovatie onder de) Klimaatsprong voor de Industrie voor dit thema een adviesnota "
						+ "opmaken of de actie verder uitwerken in de vorm van een project.",
				null, 2515, 2573, "A16");
		rec(c, "D4b", "6.1.4.2.2", "Ondersteuning onderzoeksinstellingen en bedrijven voor scale-up van innovatie",
				Uptake.UNSPECIFIED, "De (werkgroep innovatie onder de) Klimaatsprong voor de Industrie zou dit verder kunnen "
						+ "bekijken of een onderzoeksvraag van VLAIO op dit vlak kunnen begeleiden.",
				null, 2575, 2590, "A18");
		rec(c, "D4b", "6.1.4.2.3", "Elimineren van regelgevende barrières voor innovatieve doorontwikkeling",
				Uptake.FOLLOW_UP, "is het van belang dat Klimaatsprong voor de Industrie wordt geïnformeerd omtrent de "
						+ "ontwikkelingen.",
				null, 2592, 2604);
		// D4c: 6.1.4.3.1-3 (out of scope, L2613-2615)
		String outOfScope = "Het thema talent valt ook buiten de scope van de Klimaatsprong voor de Industrie en zal "
				+ "daarom binnen de Klimaatsprong voor de Industrie niet worden bekeken.";
		for (Object[] r : new Object[][] {
				{ "6.1.4.3.1", "Het verhogen van de instroom in de industrie van bepaalde profielen", 2622, 2627 },
				{ "6.1.4.3.2", "Sectorconvenants als hefboom voor transitienoden van de industrie", 2628, 2641 },
				{ "6.1.4.3.3", "Het implementeren van ‘Net-Zero’ industrie academies om werknemers klaar te maken voor de "
						+ "transitie", 2642, 2679 } }) {
			Recommendation rec = rec(c, "D4c", (String) r[0], (String) r[1], Uptake.OUT_OF_SCOPE, outOfScope, null,
					(Integer) r[2], (Integer) r[3]);
			cite(rec, NOTE, 2613, 2615);
		}
		for (Recommendation r : c.programme.getRecommendations()) {
			cite(r, NOTE, 1454, 1456);
		}
		note(c.programme.getRecommendations().get(0), "The note speaks of 'een 50-tal beleidsaanbevelingen' (L1454); "
				+ "counting every discussed heading and every bullet of 6.1.1.11 and 6.1.2.1 gives 52.");
		note(c.programme.getRecommendations().get(0), "Cross-reference errors in the seed: 'sectie 7.2.1' (L1548) and "
				+ "'7.2.2' (L1574) should be 6.2.1 and 6.2.2.");
	}

	private static Recommendation rec(KsContext c, String theme, String code, String name, Uptake uptake,
			String uptakeText, Boolean inAgreement, int from, int to, String... actionKeys) {
		Recommendation r = PROG.createRecommendation();
		r.setCode(code);
		r.setName(name);
		r.setUptake(uptake);
		r.setUptakeText(uptakeText);
		r.setInGovernmentAgreement(inAgreement);
		Theme t = c.themes.get(theme);
		r.setTheme(t);
		r.setDimension((Dimension) t.eContainer());
		for (String key : actionKeys) {
			r.getActions().add(c.action(key));
		}
		cite(r, NOTE, from, to);
		c.programme.getRecommendations().add(r);
		return r;
	}
}
