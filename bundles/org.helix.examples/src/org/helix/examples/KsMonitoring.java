package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.CORE;
import static org.helix.examples.KsContext.ECO;
import static org.helix.examples.KsContext.NOTE;
import static org.helix.examples.KsContext.PROG;
import static org.helix.examples.KsContext.date;
import static org.helix.examples.KsContext.dec;

import java.util.HashMap;
import java.util.Map;

import org.helix.model.core.AmountPeriod;
import org.helix.model.core.DatePrecision;
import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorCategory;
import org.helix.model.core.Measurement;
import org.helix.model.core.MonetaryAmount;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.IndustrialSite;
import org.helix.model.ecosystem.InstrumentKind;
import org.helix.model.ecosystem.InstrumentStatus;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.ProjectStatus;
import org.helix.model.ecosystem.SiteKind;
import org.helix.model.ecosystem.TransitionPath;
import org.helix.model.programme.EvaluationMethod;
import org.helix.model.programme.ProgrammeEvaluation;
import org.helix.model.programme.Realisation;
import org.helix.model.programme.RealisationOutcome;

/** Indicators (Table 1, 6.2.1), evaluation (ch. 3), decarbonisation projects (Table 2) and instruments. */
final class KsMonitoring {

	private KsMonitoring() {
	}

	static void build(KsContext c) {
		indicators(c);
		evaluation(c);
		Map<String, PolicyInstrument> instruments = instruments(c);
		projects(c, instruments);
		c.action("A8").getInstruments().add(instruments.get("cfd"));
		c.action("A17").getInstruments().add(instruments.get("etsif"));
		c.action("A17").getInstruments().add(instruments.get("rugzak"));
		c.action("A15").getInstruments().add(instruments.get("moonshot"));
	}

	private static void indicators(KsContext c) {
		// Table 1 (L622-667): 2005 (basisjaar), 2019, 2022, 2023
		Object[][] rows = { { "Emissies", "Mton CO2-eq", IndicatorCategory.EMISSIONS, "27.4", "24.4", "22.1", "20.6", 647 },
				{ "Energiegebruik", "PJ", IndicatorCategory.ENERGY, "327", "323", "293", "284", 649 },
				{ "Productie staal", "Mton", IndicatorCategory.PRODUCTION, "10.4", "7.8", "7.0", "5.9", 651 },
				{ "Productie raffinage", "PJ", IndicatorCategory.PRODUCTION, "1573", "1477", "1224", "1314", 653 },
				{ "Productie polymeren", "Mton", IndicatorCategory.PRODUCTION, "8.38", "8.2", "6.5", "7.0", 655 },
				{ "Inflatie België", "% t.o.v. 2005", IndicatorCategory.ECONOMIC, "0", "29.6", "46.5", "52.6", 657 },
				{ "Toegevoegde waarde", "miljard €", IndicatorCategory.ECONOMIC, "12.2", "13.3", "16.5", "13.3", 659 },
				{ "Tewerkstelling", "duizend personen", IndicatorCategory.EMPLOYMENT, "113", "92", "92", "92", 661 },
				{ "Investeringen", "miljard €", IndicatorCategory.ECONOMIC, "2.2", "3.3", "4.0", null, 663 },
				{ "Uitvoer", "miljard €", IndicatorCategory.TRADE, "35.9", "46.7", "67.4", null, 665 },
				{ "Invoer", "miljard €", IndicatorCategory.TRADE, "24.5", "34.1", "56.8", null, 667 } };
		int[] years = { 2019, 2022, 2023 };
		for (Object[] r : rows) {
			int line = (Integer) r[7];
			Indicator ind = CORE.createIndicator();
			ind.setName((String) r[0]);
			ind.setUnit((String) r[1]);
			ind.setCategory((IndicatorCategory) r[2]);
			ind.setBaselineValue(dec((String) r[3]));
			ind.setBaselineYear(2005);
			ind.setSource("NBB, VEKA, Statbel en Worldsteel websites (februari 2025)");
			ind.setDescription("Tabel 1: referentiewaarde voor de sectoren chemie, raffinage en staal in Vlaanderen");
			cite(ind, NOTE, line, line);
			cite(ind, NOTE, 622, 645);
			cite(ind, NOTE, 611, 611);
			for (int i = 0; i < years.length; i++) {
				String v = (String) r[4 + i];
				if (v == null) {
					continue;
				}
				Measurement m = CORE.createMeasurement();
				m.setYear(years[i]);
				m.setValue(dec(v));
				cite(m, NOTE, line, line);
				ind.getMeasurements().add(m);
			}
			c.programme.getIndicators().add(ind);
		}
		Indicator emissions = c.programme.getIndicators().get(0);
		cite(emissions, NOTE, 603, 605, "Dit brengt de totale emissiereductie in 2023 van deze drie sectoren op 25% "
				+ "t.o.v. 2005.");
		Target ets = CORE.createTarget();
		ets.setKind(TargetKind.PERCENT_CHANGE);
		ets.setValue(dec("-62"));
		ets.setYear(2030);
		ets.setBaseYear(2005);
		ets.setText("De huidige ETS doelstelling is -62% t.o.v. 2005 in 2030.");
		cite(ets, NOTE, 1416, 1416);
		note(ets, "Context target of the EU ETS, not a target set by the programme itself; the note sets no targets of "
				+ "its own for these indicators.");
		emissions.getTargets().add(ets);
		Target climateLaw = CORE.createTarget();
		climateLaw.setKind(TargetKind.PERCENT_CHANGE);
		climateLaw.setValue(dec("-55"));
		climateLaw.setYear(2030);
		climateLaw.setText("EU Climate Law: de emissies tegen 2030 met 55% te verlagen");
		cite(climateLaw, NOTE, 553, 555);
		note(climateLaw, "EU-wide context target; the seed gives no base year for it here.");
		emissions.getTargets().add(climateLaw);
		for (int i = 8; i <= 10; i++) {
			note(c.programme.getIndicators().get(i), "2023 value '/': not available, 'enkel gegevens beschikbaar voor "
					+ "2022' (L599-601, L684); no 2023 measurement.");
			cite(c.programme.getIndicators().get(i), NOTE, 684, 684);
		}
		Indicator polymers = c.programme.getIndicators().get(4);
		note(polymers, "Table header gives 2005 as base year, but a footnote says 'Voor productie kunststoffen werd 2009 "
				+ "genomen i.p.v. 2005' (L686) and another that Belgian data were used for plastics and steel (L685); "
				+ "the footnote markers in the table are shifted (L651-667 vs L682-692). baselineYear keeps the table's 2005.");
		cite(polymers, NOTE, 685, 686);
		note(c.programme.getIndicators().get(2), "Belgian instead of Flemish data (footnote, L685).");
		Indicator va = c.programme.getIndicators().get(6);
		note(va, "Table 1 gives Δ% 2022-2023 = -24% for 16,5 → 13,3 (L659), which is -19% when computed; both the values "
				+ "and the printed Δ% are in the seed, only the values are stored. Values in current prices (L687-688).");
		note(emissions, "Δ% columns of Table 1 are not stored; they follow from the values.");

		// Candidate indicators for the annual progress report (6.2.1, L2729-2760); no values or targets given.
		candidate(c, "status van decarbonisatieprojecten en hun reductiepotentieel", IndicatorCategory.PROJECT_PIPELINE,
				2731, 2734);
		candidate(c, "aankondigingen die effectief een doorstart maken en operationeel blijven",
				IndicatorCategory.PROJECT_PIPELINE, 2736, 2737);
		candidate(c, "geïnvesteerde overheidsmiddelen (Vlaams, Europees)", IndicatorCategory.FUNDING, 2741, 2743);
		candidate(c, "indicatoren vanuit Moonshot-projecten en eigen monitoring", IndicatorCategory.INNOVATION, 2745,
				2747);
		candidate(c, "kostprijs voor gas en elektriciteit (incl. vergelijking buurlanden, EU, VS en China)",
				IndicatorCategory.ECONOMIC, 2749, 2752);
	}

	private static void candidate(KsContext c, String name, IndicatorCategory category, int from, int to) {
		Indicator ind = CORE.createIndicator();
		ind.setName(name);
		ind.setCategory(category);
		ind.setDescription("Mogelijke parameter voor de jaarlijkse rapportering (6.2.1); te selecteren met de sectoren en "
				+ "te valideren door het permanent overlegorgaan (L2764-2766).");
		cite(ind, NOTE, from, to);
		c.programme.getIndicators().add(ind);
	}

	private static void evaluation(KsContext c) {
		ProgrammeEvaluation e = PROG.createProgrammeEvaluation();
		e.setName("Evaluatie");
		e.setDescription("Evaluatie van de uitvoering van de voorbije programmanota, gefocust op de werking en de "
				+ "governance van Klimaatsprong");
		e.setEvaluatedProgramme(c.predecessor);
		e.setDate(date(2024, 4, 24));
		e.getMethods().add(EvaluationMethod.HIGH_LEVEL);
		e.getMethods().add(EvaluationMethod.QUESTIONNAIRE);
		e.getMethods().add(EvaluationMethod.WORKSHOP);
		cite(e, NOTE, 171, 171);
		cite(e, NOTE, 140, 142);
		cite(e, NOTE, 283, 291, "Op 24 april 2024, na één jaar werking, vond een high-level evaluatie plaats");
		note(e, "Date: L283 gives 24 April 2024 for the high-level evaluation; L474-477 mention a governance evaluation "
				+ "on 28 May 2024 and a discussion of the results on 24 April 2025. Both dates are kept on the meetings "
				+ "of the permanent overlegorgaan.");
		String[] findings = { "de stakeholders zijn tevreden met de opstart van Klimaatsprong en de structuur die is "
				+ "opgezet",
				"de noodzaak van een meer holistische en geïntegreerde aanpak",
				"de vraag naar een bredere vertegenwoordiging van stakeholders in het permanent overlegorgaan (havens, meer "
						+ "middenveldorganisaties, academici en andere departementen)",
				"De klankbordgroep wenst ook meer strategisch bij te dragen aan Klimaatsprong.",
				"een duidelijk, geïntegreerd beeld van toekomstige verplichtingen die voortspruiten uit diverse wetgeving",
				"de operationele doelstellingen en hoe die bijdragen aan de lange termijn doelstellingen scherper te stellen "
						+ "en de evaluatieparameters reeds mee op te nemen in de programmanota zelf",
				"Een beperkte update van de technologie roadmap met een ‘quadruple helix’ validatie lijkt wenselijk.",
				"sociale aspecten en circulariteit meer mee te nemen",
				"potentieel in een opschaling van het testproject ‘Contracts for Difference’",
				"het verfijnen van de doelstellingen vanuit een grondige systeemaanpak (innovatie en infrastructuur)",
				"Er is ook de vraag om de werkgroep energie op te starten.",
				"Het proces om tot een beleidsadvies aan de Vlaamse Regering te komen en wie daarin welke rol opneemt "
						+ "vraagt verduidelijking.",
				"Het vermijden van silo’s door te werken met thematische werkgroepen is gesignaleerd als potentieel risico",
				"meer te investeren in uitwisseling, netwerking en communicatie",
				"De coördinatie, de trekkersrol van de werkgroepen en de procesbegeleiding kunnen nog verder versterkt en "
						+ "geprofessionaliseerd worden",
				"de vraag om een toegewijd budget te voorzien" };
		for (String f : findings) {
			e.getFindings().add(f);
		}
		cite(e, NOTE, 293, 348);
		String[] points = { "3.3.1. Focus houden op de initiële doelgroep", "3.3.2. Concrete acties staan voorop",
				"3.3.3. Draagvlak versterken", "3.3.4. Governance in lijn met de inhoudelijke doelstellingen",
				"3.3.5. De coördinatierol van VLAIO versterken", "3.3.6. Interne en externe communicatie" };
		for (String pt : points) {
			e.getImprovementPoints().add(pt);
		}
		cite(e, NOTE, 350, 466);
		realisation(e, "Met het installeren van het permanent overlegorgaan en de werkgroepen werd de werking van "
				+ "Klimaatsprong concreet opgestart.", RealisationOutcome.REALISED, c.body("poo"), 175, 177);
		realisation(e, "het opzetten van een beleidskader en overlegstructuur voor het industrieel transitieprogramma is "
				+ "ondertussen gerealiseerd", RealisationOutcome.REALISED, c.body("poo"), 126, 127);
		realisation(e, "Drie werkgroepen werden effectief opgestart (transitie-instrument, innovatie en infrastructuur).",
				RealisationOutcome.REALISED, null, 183, 184);
		realisation(e, "De werkgroep energie werd uiteindelijk niet opgestart.", RealisationOutcome.NOT_STARTED,
				c.body("wgEnergie"), 184, 184);
		realisation(e, "Ook de klankbordgroep werd samengesteld en is actief.", RealisationOutcome.REALISED, c.body("kbg"),
				184, 185);
		realisation(e, "Er werd door VLAIO een platform opgezet om de presentaties en verslagen met elkaar te delen.",
				RealisationOutcome.REALISED, c.body("team"), 185, 186);
		realisation(e, "pilootoproep ‘Transitiecontracten Klimaatsprong’ volgens het principe van ‘Contracts for "
				+ "Difference’", RealisationOutcome.REALISED, c.body("wgFin"), 192, 210);
		realisation(e, "de studieopdracht opgestart voor een update van de internationale benchmarkoefening",
				RealisationOutcome.PARTLY_REALISED, c.body("wgFin"), 211, 212);
		Realisation pipes = realisation(e, "beleidsadvies leidingstraten: bekrachtigd door het permanent overlegorgaan "
				+ "maar dit resulteerde niet in een agendering op de vorige Vlaamse Regering",
				RealisationOutcome.PARTLY_REALISED, c.body("wgInfra"), 214, 220);
		note(pipes, "Outcome interpreted as partly realised: advice ratified (L217-218) but not put on the government's "
				+ "agenda (L218-220).");
		realisation(e, "inventaris ‘vergunningen’ en eerste benchmark met het Nederlandse MIEK",
				RealisationOutcome.REALISED, c.body("wgInfra"), 222, 227);
		realisation(e, "nota ‘Rugzak EU innovatiefonds’: voor een deel reeds verder geconcretiseerd",
				RealisationOutcome.PARTLY_REALISED, c.body("wgInno"), 229, 235);
		realisation(e, "nota ‘Demonstratiefonds’: onvoldoende draagvlak om een nieuw instrument voor demonstratieprojecten "
				+ "op te starten", RealisationOutcome.INSUFFICIENT_SUPPORT, c.body("wgInno"), 235, 238);
		realisation(e, "Energiestudie 2050+: nog geen finale resultaten die bruikbaar zijn binnen Klimaatsprong",
				RealisationOutcome.PARTLY_REALISED, c.body("stuurgroepEnergiestudie"), 240, 265);
		realisation(e, "afspraken om de klankbordgroep op regelmatige basis te informeren (nieuwsbrieven, open agenda, "
				+ "meerdere overlegmomenten per jaar)", RealisationOutcome.REALISED, c.body("kbg"), 276, 279);
		c.programme.getEvaluations().add(e);
	}

	private static Realisation realisation(ProgrammeEvaluation e, String text, RealisationOutcome outcome,
			org.helix.model.governance.GovernanceBody body, int from, int to) {
		Realisation r = PROG.createRealisation();
		r.setText(text);
		r.setOutcome(outcome);
		r.setBody(body);
		cite(r, NOTE, from, to);
		e.getRealisations().add(r);
		return r;
	}

	private static Map<String, PolicyInstrument> instruments(KsContext c) {
		Map<String, PolicyInstrument> m = new HashMap<>();
		FundingInstrument cfd = ECO.createFundingInstrument();
		cfd.setName("Transitiecontracten Klimaatsprong");
		cfd.getAliases().add("Contracts for Difference");
		cfd.setAcronym("CfD");
		cfd.setKind(InstrumentKind.CONTRACT_FOR_DIFFERENCE);
		cfd.setLevel(GovernanceLevel.REGIONAL);
		cfd.setStatus(InstrumentStatus.PILOT);
		cfd.setCallOpens(date(2025, 2, 3));
		cfd.setCallCloses(date(2025, 5, 30));
		cfd.setConditions("directe elektrificatie technologieën (industriële warmtepompen en elektrische boilers) bij een "
				+ "beperkte doelgroep (EBO-bedrijven met jaarlijkse CO2 uitstoot ≥ 10 kiloton)");
		cfd.setSupportsCapex(Boolean.TRUE);
		cfd.setSupportsOpex(Boolean.TRUE);
		cfd.setManager(c.org("vlaio"));
		MonetaryAmount budget = CORE.createMonetaryAmount();
		budget.setAmount(dec("70000000"));
		budget.setCurrency("EUR");
		budget.setPeriod(AmountPeriod.TOTAL);
		budget.setPurpose("pilootoproep met een budget van 70 miljoen euro over een looptijd van 10 jaar");
		cfd.getAmounts().add(budget);
		cite(cfd, NOTE, 192, 210, "De pilootoproep met een budget van 70 miljoen euro over een looptijd van 10 jaar stond "
				+ "open tussen 3 februari 2025 tot 30 mei 2025.");
		cite(cfd, NOTE, 1874, 1882);
		note(cfd, "Manager: VLAIO invested in capacity to run this new kind of call (L201-204); VITO worked out the "
				+ "modalities (L199-201). Pre-registration opened early July 2024 (L1874-1876).");
		c.model.getInstruments().add(cfd);
		m.put("cfd", cfd);

		m.put("etsif", instrument(c, "EU ETS innovatiefonds", InstrumentKind.INNOVATION_FUND, GovernanceLevel.EUROPEAN,
				InstrumentStatus.ACTIVE, 1060, 1062));
		cite(m.get("etsif"), NOTE, 2484, 2485);
		m.put("rugzak", instrument(c, "Rugzak EU innovatiefonds", InstrumentKind.OTHER, GovernanceLevel.REGIONAL,
				InstrumentStatus.UNSPECIFIED, 232, 235));
		cite(m.get("rugzak"), NOTE, 2488, 2493, "vaak met beperkte financiële inslag");
		m.put("demo", instrument(c, "Demonstratiefonds", InstrumentKind.FUND, GovernanceLevel.REGIONAL,
				InstrumentStatus.PROPOSED, 235, 238));
		note(m.get("demo"), "Proposed in a note of the werkgroep innovatie; 'onvoldoende draagvlak' (L236) - not set up.");
		PolicyInstrument moonshot = instrument(c, "Moonshotprogramma ‘Vlaamse industrie koolstofcirculair en CO2-arm "
				+ "tegen 2050’", InstrumentKind.RD_SUPPORT, GovernanceLevel.REGIONAL, InstrumentStatus.ACTIVE, 3458, 3464);
		moonshot.setFromYear(2019);
		note(moonshot, "No budget given in the seed.");
		m.put("moonshot", moonshot);
		m.put("idb", instrument(c, "Industrial Decarbonisation Bank", InstrumentKind.CONTRACT_FOR_DIFFERENCE,
				GovernanceLevel.EUROPEAN, InstrumentStatus.UNSPECIFIED, 1741, 1743));
		m.put("efro", instrument(c, "EFRO", InstrumentKind.EU_PROGRAMME, GovernanceLevel.EUROPEAN,
				InstrumentStatus.ACTIVE, 2541, 2543));
		m.put("ipcei", instrument(c, "IPCEI", InstrumentKind.STATE_AID_SCHEME, GovernanceLevel.EUROPEAN,
				InstrumentStatus.ACTIVE, 2457, 2457));
		m.put("horizon", instrument(c, "Horizon Europe", InstrumentKind.EU_PROGRAMME, GovernanceLevel.EUROPEAN,
				InstrumentStatus.ACTIVE, 2466, 2469));
		m.put("eco", instrument(c, "strategische ecologiesteun", InstrumentKind.INVESTMENT_AID, GovernanceLevel.REGIONAL,
				InstrumentStatus.ACTIVE, 1820, 1822));
		m.put("klimaatfonds", instrument(c, "Klimaatfonds", InstrumentKind.FUND, GovernanceLevel.REGIONAL,
				InstrumentStatus.ACTIVE, 1823, 1825));
		m.put("compensatie", instrument(c, "compensatie indirecte emissiekosten", InstrumentKind.COMPENSATION,
				GovernanceLevel.REGIONAL, InstrumentStatus.ACTIVE, 1826, 1828));
		PolicyInstrument ebo = instrument(c, "Energiebeleidsovereenkomsten", InstrumentKind.TAILOR_MADE_AGREEMENT,
				GovernanceLevel.REGIONAL, InstrumentStatus.ACTIVE, 1501, 1504);
		ebo.setAcronym("EBO");
		ebo.setFromYear(2023);
		ebo.setToYear(2026);
		note(ebo, "Years of the current EBO cycle 'van 2023-2026' (L1502-1503).");
		m.put("ebo", ebo);
		for (String[] f : new String[][] { { "SDE++", "NL" }, { "NIKI", "NL" }, { "Klimaschutzverträge", "DE" },
				{ "BIK", "DE" } }) {
			PolicyInstrument foreign = instrument(c, f[0], InstrumentKind.OTHER, GovernanceLevel.NATIONAL,
					InstrumentStatus.ACTIVE, 1790, 1792);
			foreign.setDescription("buitenlands vergelijkingspunt (" + f[1] + "), 'veel grotere middelen'; geen bedrag");
			m.put(f[0], foreign);
		}
		return m;
	}

	private static PolicyInstrument instrument(KsContext c, String name, InstrumentKind kind, GovernanceLevel level,
			InstrumentStatus status, int from, int to) {
		PolicyInstrument i = ECO.createPolicyInstrument();
		if (kind == InstrumentKind.INNOVATION_FUND || kind == InstrumentKind.FUND
				|| kind == InstrumentKind.CONTRACT_FOR_DIFFERENCE || kind == InstrumentKind.INVESTMENT_AID
				|| kind == InstrumentKind.RD_SUPPORT) {
			i = ECO.createFundingInstrument();
		}
		i.setName(name);
		i.setKind(kind);
		i.setLevel(level);
		i.setStatus(status);
		cite(i, NOTE, from, to);
		c.model.getInstruments().add(i);
		return i;
	}

	private static void projects(KsContext c, Map<String, PolicyInstrument> instruments) {
		Map<String, IndustrialSite> sites = new HashMap<>();
		site(c, sites, "Antwerpen", SiteKind.UNSPECIFIED, null, 767, 771);
		site(c, sites, "Gent", SiteKind.UNSPECIFIED, null, 775, 775);
		site(c, sites, "North Sea Port (Gent)", SiteKind.PORT_AREA, c.org("nsp"), 974, 975).getAliases()
				.add("North Sea Port (Ghent)");
		site(c, sites, "Zeebrugge", SiteKind.UNSPECIFIED, null, 950, 950);
		site(c, sites, "Oostende", SiteKind.UNSPECIFIED, null, 1019, 1019);
		site(c, sites, "Beringen", SiteKind.UNSPECIFIED, null, 905, 905);
		IndustrialSite ng = site(c, sites, "NG-district", SiteKind.DISTRICT, c.org("poab"), 871, 872);
		ng.getAliases().add("Next-Gen hub");
		cite(ng, NOTE, 1067, 1069);

		Map<String, DecarbonisationProject> p = new HashMap<>();
		P[] rows = {
				new P("bioSAF - refining", "Bio", "Opstart zomer 2025", ProjectStatus.STARTUP_PLANNED, "Antwerpen", 767, 771,
						"total:Total"),
				new P("BioHy", "Bio", "FID tbd", ProjectStatus.FID_PENDING, "Antwerpen", 773, 773, "omv:OMV",
						"borealis:Borealis"),
				new P("Torero", "Bio", "Operationeel", ProjectStatus.OPERATIONAL, "Gent", 775, 775,
						"arcelormittal:ArcelorMittal"),
				new P("Bio-refinery pilot", "Bio", "Operationeel", ProjectStatus.OPERATIONAL, "Gent", 777, 781,
						"biobase:Bio-base Europe"),
				new P("Ecluse II", "Bio/Waste", "In uitvoering", ProjectStatus.IN_EXECUTION, "Antwerpen", 783, 794,
						"indaver:Indaver", "sleco:SLECO", "fineg:FINEG", "mlso:Maatschappij Linkerscheldeoever", "poab:",
						"waterlink:Water-Link"),
				new P("Steelanol", "CCUS", "Operationeel", ProjectStatus.OPERATIONAL, "Gent", 796, 800,
						"arcelormittal:ArcelorMittal"),
				new P("Vioneo MTO Plant", "CCUS", "Aankondiging", ProjectStatus.ANNOUNCED, "Antwerpen", 802, 802,
						"vioneo:Vioneo", "honeywell:Honeywell UOP"),
				new P("Kairos@C", "CCUS", "FID tbd", ProjectStatus.FID_PENDING, "Antwerpen", 804, 804,
						"airliquide:Air Liquide", "basf:BASF"),
				new P("Antwerp@C", "CCUS", "FID tbd (afhankelijk van Kairos@C)", ProjectStatus.FID_PENDING, "Antwerpen", 825,
						835, "airliquide:", "basf:", "borealis:", "exxonmobil:ExxonMobil", "ineos:INEOS", "fluxys:",
						"total:"),
				new P("FLUXYS C-grid", "CCUS", "FID tbd", ProjectStatus.FID_PENDING, "België", 837, 841, "fluxys:", "poab:",
						"socof:Socof"),
				new P("Arcade", "CCUS", "FID tbd", ProjectStatus.FID_PENDING, "Antwerpen", 843, 843),
				new P("Power to Methanol", "CCUS", "Afgelast", ProjectStatus.CANCELLED, "Antwerpen", 845, 849,
						"engie:Engie", "fluxys:", "indaver:", "poab:"),
				new P("VTTI-Pyrum", "Circ", "aangekondigd", ProjectStatus.ANNOUNCED, "Antwerpen", 851, 851, "vtti:VTTI",
						"pyrum:Pyrum"),
				new P("Advanced recycling plant", "Circ", "aangekondigd", ProjectStatus.ANNOUNCED, "Anwerpen", 853, 856,
						"exxonmobil:"),
				new P("Purecycle", "Circ", "aangekondigd", ProjectStatus.ANNOUNCED, "Antwerpen", 858, 862,
						"purecycle:Purecycle", "poab:"),
				new P("Triple Helix Pure Sure", "Circ", "FID – bouw later 2025", ProjectStatus.FID_TAKEN, "Antwerpen", 864,
						878, "triplehelix:Triple Helix", "poab:"),
				new P("Bolder", "Circ", "FID - bouw 2026-2027", ProjectStatus.FID_TAKEN, "Antwerpen", 880, 887,
						"bolder:Bolder", "poab:"),
				new P("Synpet", "Circ/Bio", "aangekondigd", ProjectStatus.ANNOUNCED, "Antwerpen", 889, 893,
						"synpet:Synpet", "kolmar:Kolmar"),
				new P("Triple W", "Circ", "Operationeel", ProjectStatus.OPERATIONAL, "Antwerpen", 895, 899,
						"triplew:Triple W", "poab:"),
				new P("Borealis Beringen", "Circ", "In uitvoering", ProjectStatus.IN_EXECUTION, "Beringen", 901, 905,
						"borealis:"),
				new P("P2C (Plastic to Chemicals)", "Circ", "Operationeel", ProjectStatus.OPERATIONAL, "Antwerpen", 907, 910,
						"indaver:"),
				new P("BASF E-BOILER", "Elektrificatie", "Planning", ProjectStatus.PLANNED, "Antwerpen", 912, 912, "basf:"),
				new P("Steam-backbone", "Elektrificatie", "Concept", ProjectStatus.CONCEPT, "Antwerpen", 914, 921, "poab:"),
				new P("Q-pinch", "Elektrificatie", "Operationeel", ProjectStatus.OPERATIONAL, "Antwerpen", 923, 923,
						"borealis:", "qpinch:Qpinch"),
				new P("BASF Antwerp Green PPA", "Groene PPA", "Operationeel", ProjectStatus.OPERATIONAL, "NL-Antwerpen", 925,
						928, "basf:"),
				new P("ENHANCE NH3 cracking", "H2", "FID tbd", ProjectStatus.FID_PENDING, "Antwerpen", 930, 937,
						"airliquide:"),
				new P("H2Backbone", "H2", "Planning", ProjectStatus.PLANNED, "België", 939, 943, "fluxys:"),
				new P("Hyoffwind", "H2", "In uitvoering", ProjectStatus.IN_EXECUTION, "Zeebrugge", 945, 950,
						"virya:Virya Energy"),
				new P("North C Hydrogen", "H2", "Nog niet gestart", ProjectStatus.UNKNOWN, "North Sea Port (Ghent)", 952, 961,
						"engie:"),
				new P("RecHycle", "H2", "O&O eerste ontplooiing", ProjectStatus.PILOT, "North Sea Port (Gent)", 963, 975,
						"arcelormittal:", "fluxys:"),
				new P("Terranova", "H2", "In uitvoering", ProjectStatus.IN_EXECUTION, "North Sea Port (Gent)", 977, 990,
						"terranova:Terranova Hydrogen", "deme:DEME", "denul:De Nul", "aertssen:Aertssen",
						"luminus:Luminus", "nippongas:Nippon Gas"),
				new P("Air Liquide", "H2", "FID tbd", ProjectStatus.FID_PENDING, "Antwerpen", 992, 992, "airliquide:"),
				new P("Advario-Fluxys", "H2", "FID tbd – opening 2028", ProjectStatus.FID_PENDING, "Antwerpen", 994, 998,
						"advario:Advario", "fluxys:"),
				new P("Amplifhy", "H2", "aangekondigd", ProjectStatus.ANNOUNCED, "Antwerpen", 1000, 1000, "vtti:"),
				new P("Plug Power", "H2", "FID tbd – opstart verschoven naar 2027", ProjectStatus.FID_PENDING, "Antwerpen",
						1002, 1013, "plugpower:Plug Power", "poab:", "vleemo:Vleemo", "luminus:"),
				new P("Hope", "H2", "Planning", ProjectStatus.PLANNED, "Oostende", 1015, 1019, "lhyfe:Lhyfe"),
				new P("H2BE Project", "H2-CCUS", "FID tbd", ProjectStatus.FID_PENDING, "Gent", 1021, 1025, "engie:",
						"equinor:Equinor"),
				new P("REFNBO - refining", "H2/CCUS/Groene PPA", "Eind 2027 operationeel", ProjectStatus.UNKNOWN,
						"NL-Antwerpen", 1026, 1037, "total:"),
				new P("INEOS Project ONE", "Nieuw proces", "In aanbouw", ProjectStatus.UNDER_CONSTRUCTION, "Antwerpen", 1039,
						1039, "ineos:"),
				new P("BASF Superabsorbent Polymer", "Andere", "Operationeel", ProjectStatus.OPERATIONAL, "Antwerpen", 1041,
						1049, "basf:"),
				new P("ZESTA Project", "Staal DRI EAF", "FID tbd", ProjectStatus.FID_PENDING, "Gent", 1051, 1051,
						"arcelormittal:") };
		for (P r : rows) {
			DecarbonisationProject d = ECO.createDecarbonisationProject();
			d.setName(r.name);
			d.setTypeText(r.type);
			for (String t : r.type.split("[/-]")) {
				TransitionPath path = switch (t.trim()) {
				case "Bio" -> TransitionPath.BIO;
				case "Circ" -> TransitionPath.CIRC;
				case "Elektrificatie" -> TransitionPath.ELECTRIFICATION;
				case "H2" -> TransitionPath.HYDROGEN;
				case "CCUS" -> TransitionPath.CCUS;
				case "Nieuw proces" -> TransitionPath.NEW_PROCESS;
				default -> TransitionPath.OTHER;
				};
				if (!d.getTypes().contains(path)) {
					d.getTypes().add(path);
				}
			}
			d.setStatusText(r.statusText);
			d.setStatus(r.status);
			if (r.status == ProjectStatus.FID_PENDING) {
				d.setFidTaken(Boolean.FALSE);
			} else if (r.status == ProjectStatus.FID_TAKEN) {
				d.setFidTaken(Boolean.TRUE);
			}
			d.setLocation(r.location);
			String siteKey = r.location.equals("North Sea Port (Ghent)") ? "North Sea Port (Gent)"
					: r.location.equals("Anwerpen") ? "Antwerpen" : r.location;
			d.setSite(sites.get(siteKey));
			for (String comp : r.companies) {
				String[] kv = comp.split(":", 2);
				Organisation o = c.orgs.containsKey(kv[0]) ? c.org(kv[0])
						: KsActors.company(c, kv[0], kv[1], r.from, r.to);
				d.getCompanies().add(o);
			}
			cite(d, NOTE, r.from, r.to);
			cite(d, NOTE, 761, 765);
			c.model.getProjects().add(d);
			p.put(r.name, d);
		}
		// NG-district partners (PoAB NG-district)
		for (String name : new String[] { "Purecycle", "Triple Helix Pure Sure", "Bolder", "Triple W", "Plug Power" }) {
			p.get(name).setSite(ng);
		}
		p.get("Bio-refinery pilot").setCapacity("Capaciteit 300kt pa");
		p.get("Synpet").setCapacity("180kt/j");
		p.get("Hyoffwind").setCapacity("25 Mwe");
		p.get("Terranova").setCapacity("2.5. MW electrolyser");
		p.get("Plug Power").setCapacity("12.5 Kt per jaar");
		p.get("Hope").setCapacity("Demo 10 Mwe electrolyser");
		note(p.get("Terranova"), "Capacity as written: '2.5. MW electrolyser' (L986-987).");
		note(p.get("Advanced recycling plant"), "Location spelled 'Anwerpen' in the seed (L856); company 'Exxonmobile' "
				+ "(L856) is taken to be ExxonMobil (L831).");
		note(p.get("Arcade"), "The 'Bedrijf/ Partners' column reads 'Raffinage' (L843), not a company; no company linked.");
		note(p.get("North C Hydrogen"), "Status 'Nog niet gestart' (L953-954) has no ProjectStatus literal; status left "
				+ "UNKNOWN with the text kept. Partner written 'Engie/Flanders' (L956); only Engie is linked.");
		note(p.get("REFNBO - refining"), "Status 'Eind 2027 operationeel' (L1030-1031) is an expected date, not a status "
				+ "literal; status left UNKNOWN, milestone added.");
		p.get("REFNBO - refining").getMilestones().add(KsContext.milestone("operationeel", null, DatePrecision.YEAR,
				"Eind 2027", NOTE, 1030, 1031));
		p.get("Advario-Fluxys").getMilestones().add(KsContext.milestone("opening", null, DatePrecision.YEAR, "2028", NOTE,
				995, 996));
		p.get("Plug Power").getMilestones().add(KsContext.milestone("opstart", null, DatePrecision.YEAR,
				"opstart verschoven naar 2027", NOTE, 1004, 1007));
		p.get("Hope").getMilestones().add(KsContext.milestone("demo", null, DatePrecision.YEAR, "2026", NOTE, 1017, 1017));
		note(p.get("VTTI-Pyrum"), "Partner cell 'VTTI-Pyrum' (L851) read as the two companies VTTI and Pyrum.");
		DecarbonisationProject kairos = p.get("Kairos@C");
		kairos.getMilestones().add(KsContext.milestone("definitieve investeringsbeslissing", date(2026, 1, 1),
				DatePrecision.QUARTER, "eerste kwartaal van 2026", NOTE, 1064, 1065));
		cite(kairos, NOTE, 1060, 1065);
		kairos.getFundedBy().add(instruments.get("etsif"));
		p.get("H2BE Project").getFundedBy().add(instruments.get("etsif"));
		p.get("ZESTA Project").getFundedBy().add(instruments.get("etsif"));
		p.get("Antwerp@C").getDependsOn().add(kairos);
		cite(p.get("Antwerp@C"), NOTE, 1062, 1064, "Kairos@C is op korte termijn de eerste en grootste gebruiker van "
				+ "Antwerp@C");
		p.get("FLUXYS C-grid").getDependsOn().add(kairos);
		note(p.get("FLUXYS C-grid"), "'gelinkt met Kairos@C' (L838-839) recorded as dependsOn.");
		DecarbonisationProject zesta = p.get("ZESTA Project");
		DecarbonisationProject h2be = p.get("H2BE Project");
		zesta.getDependsOn().add(h2be);
		h2be.getDependsOn().add(zesta);
		cite(zesta, NOTE, 1093, 1093, "projecten die van elkaar afhangen zoals het Zesta project, H2BE en de fluxys CO2 "
				+ "backbone");
		cite(h2be, NOTE, 1093, 1093);
		note(zesta, "The Fluxys CO2 backbone named in the same footnote (L1093) is not a Table 2 row and is not modelled.");
	}

	private static IndustrialSite site(KsContext c, Map<String, IndustrialSite> sites, String name, SiteKind kind,
			Organisation port, int from, int to) {
		IndustrialSite s = ECO.createIndustrialSite();
		s.setName(name);
		s.setKind(kind);
		s.setPort(port);
		cite(s, NOTE, from, to);
		c.model.getSites().add(s);
		sites.put(name, s);
		return s;
	}

	private record P(String name, String type, String statusText, ProjectStatus status, String location, int from,
			int to, String... companies) {
	}
}
