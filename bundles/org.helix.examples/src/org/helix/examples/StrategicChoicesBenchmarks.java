package org.helix.examples;

import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.PriorityKind;
import org.helix.model.ecosystem.StrategyKind;
import org.helix.model.ecosystem.StrategyPriority;

/** Country benchmarks of seed 004 (chapter 4 and the context of chapter 1): strategies and their priorities. */
final class StrategicChoicesBenchmarks {

	private final StrategicChoicesBuilder b;

	StrategicChoicesBenchmarks(StrategicChoicesBuilder builder) {
		this.b = builder;
	}

	private CountryStrategy strategy(String name, StrategyKind kind, Jurisdiction jurisdiction, Integer firstYear,
			Organisation lead, int from, int to, String quote) {
		CountryStrategy s = b.cite(b.named(SeedModelBuilder.ECO.createCountryStrategy(), name, null), from, to, quote);
		s.setKind(kind);
		s.setJurisdiction(jurisdiction);
		s.setFirstYear(firstYear);
		s.setLead(lead);
		b.model.getCountryStrategies().add(s);
		return s;
	}

	private StrategyPriority priority(CountryStrategy strategy, String name, PriorityKind kind, Integer targetYear,
			int line, String quote) {
		StrategyPriority p = b.cite(b.named(SeedModelBuilder.ECO.createStrategyPriority(), name, null), line, quote);
		p.setKind(kind);
		p.setTargetYear(targetYear);
		strategy.getPriorities().add(p);
		return p;
	}

	void build() {
		germany();
		netherlands();
		others();
		flanders();
	}

	private void germany() {
		Jurisdiction de = b.cite(b.jurisdiction("Duitsland", JurisdictionLevel.NATIONAL, "DE", true, null), 761, "4.1. Duitsland");
		Jurisdiction bavaria = b.cite(b.jurisdiction("Beieren", JurisdictionLevel.REGIONAL, null, true, de), 802,
				"4.1.2. Bavarian High-Tech Agenda (HTA)");
		Organisation bmftr = b.cite(b.organisation("Federale Ministerie van Onderzoek, Technologie en Ruimte", "BMFTR",
				OrganisationKind.MINISTRY, HelixKind.GOVERNMENT, de), 765,
				"Federale Ministerie van Onderzoek, Technologie en Ruimte (BMFTR)");
		Organisation bmwe = b.cite(b.organisation("Federale Ministerie voor Economische Zaken en Energie", "BMWE",
				OrganisationKind.MINISTRY, HelixKind.GOVERNMENT, de), 765,
				"Federale Ministerie voor Economische Zaken en Energie (BMWE)");
		bmwe.getAliases().add("BMWBE");
		b.cite(bmwe, 776, "BMWBE bevoegd voor Economische Zaken en Energie");
		b.note(bmwe, "Afgekort als 'BMWE' (L765) en als 'BMWBE' (L776).");
		Organisation bavarianMinistry = b.cite(b.organisation(
				"Beierse Ministerie van Economische Zaken, Regionale Ontwikkeling en Energie", null, OrganisationKind.MINISTRY,
				HelixKind.GOVERNMENT, bavaria), 816, "Beierse Ministerie van Economische Zaken, Regionale Ontwikkeling en Energie");

		CountryStrategy hts = strategy("High-Tech Strategy (HTS)", StrategyKind.TECHNOLOGY_STRATEGY, de, 2006, bmftr, 767,
				800, "4.1.1. Duitse High-Tech Strategy (HTS)");
		hts.setDescription("Federale koepelstrategie voor WTI-beleid; na een missiegerichte aanpak (HTS2025, 2018) "
				+ "terug verschoven naar sleuteltechnologieën; uitvoering vooral via thematische oproepen.");
		b.cite(hts, 776, "sinds de eerste editie in 2006 sterk verankerd in het BMFTR");
		hts.getEditionYears().addAll(java.util.List.of(2006, 2010, 2014, 2018, 2023, 2025));
		b.cite(hts, 789, "BMBF 2006, 2010, 2014, 2018, 2023 en 2025");
		hts.setSelectionProcess("Prioriteiten gegroepeerd rond technologiedomeinen of maatschappelijke uitdagingen, "
				+ "bepaald op politiek niveau en verankerd in het coalitieakkoord.");
		b.cite(hts, 777, "De prioriteitsbepaling voor de HTS gebeurt vaak op politiek niveau");
		hts.setOwnBudget(false);
		b.cite(hts, 792, "Omdat ze geen eigen budget heeft");
		hts.setMonitoringSinceYear(2023);
		hts.setStrategicEvaluationDone(false);
		b.cite(hts, 800, "Intern monitoringsmechanismen werden pas in 2023 ingevoerd");
		b.note(hts, "De prioriteiten van de HTS staan enkel in figuur 7 (L785), een beeld; de tekst somt ze niet op. "
				+ "L1309 schrijft 'In Duitsland ... Nationale Technologie Strategie'; elders is de NTS de Nederlandse strategie.");

		CountryStrategy hta = strategy("Bavarian High-Tech Agenda (HTA)", StrategyKind.AGENDA, bavaria, null,
				bavarianMinistry, 802, 821, "4.1.2. Bavarian High-Tech Agenda (HTA)");
		hta.setDescription("Ad-hocinitiatief, later uitgebreid met de High-Tech Agenda+ en de High-Tech Agenda Transfer.");
		b.cite(hta, 804, "later werd uitgebreid met de High-Tech Agenda+ en de High-Tech Agenda Transfer");
		hta.setSelectionProcess("Ad-hoc en top-down, met een prominente rol voor de minister-president; geen allesomvattend "
				+ "strategieontwikkelingsproces of systematische betrokkenheid van stakeholders.");
		b.cite(hta, 807, "wat wijst op een eerder ad-hoc en top-down karakter met een prominente rol voor de minister-president");
		hta.setOwnBudget(true);
		b.cite(hta, 806, "waardoor het de HTA kan financieren via de vermindering van aanvullende schuldaflossingen");
		b.note(hta, "De prioriteiten van de HTA staan in figuur 8 (L810), een beeld; de tekst noemt AI en kwantumcomputing "
				+ "als opvallendste nieuwe thema's met specifieke financiering (L808).");
		priority(hta, "AI", PriorityKind.OTHER, null, 808, "De meest opvallende voorbeelden zijn AI en kwantumcomputing");
		priority(hta, "Kwantumcomputing", PriorityKind.OTHER, null, 808, "De meest opvallende voorbeelden zijn AI en kwantumcomputing");
	}

	private void netherlands() {
		Jurisdiction nl = b.cite(b.jurisdiction("Nederland", JurisdictionLevel.NATIONAL, "NL", true, null), 823, "4.2. Nederland");
		Organisation ez = b.cite(b.organisation("Ministerie van Economische Zaken", "EZ", OrganisationKind.MINISTRY,
				HelixKind.GOVERNMENT, nl), 825, "het ministerie van Economische Zaken (EZ)");
		b.cite(ez, 892, "De trekker voor het missiegedreven topsectorenbeleid in Nederland is het Ministerie van Economische Zaken (EZ)");

		CountryStrategy topsectors = strategy("Topsectorenbeleid", StrategyKind.SECTOR_POLICY, nl, 2011, ez, 835, 864,
				"4.2.1. Topsectorenbeleid om concurrentiepositie te versterken en innovatie te bevorderen");
		b.cite(topsectors, 827, "Het topsectorenbeleid werd gelanceerd onder het kabinet-Rutte I in 2011");
		topsectors.setSelectionProcess("Topteams (bedrijfsleven, kennisinstellingen, overheid) adviseerden in 2011; vier factoren: "
				+ "kennisintensief, internationaal georiënteerd, bijdragen aan de oplossing van belangrijke maatschappelijke vraagstukken "
				+ "en te maken hebben met sectorspecifieke wet- en regelgeving.");
		b.cite(topsectors, 849, "factoren bepaalden de keuze voor de topsectoren nl. kennisintensief, internationaal georiënteerd");
		b.note(topsectors, "Oorspronkelijk negen topsectoren, later aangevuld met de 10e, ICT (L849). Recent werd beslist het "
				+ "topsectorenbeleid los te laten en op groeimarkten te focussen (L833).");
		String[] sectors = { "Agri & Food", "Chemistry NL (Chemie)", "Creatieve industrie", "Energie",
				"Health Holland (Life sciences & health)", "Holland High Tech (High Tech Systemen & Materialen - HTSM)", "ICT",
				"Logistiek", "Tuinbouw & uitgangsmaterialen", "Water & Maritiem" };
		for (int i = 0; i < sectors.length; i++) {
			priority(topsectors, sectors[i], PriorityKind.TOPSECTOR, null, 853 + i, sectors[i]);
		}

		CountryStrategy mtib = strategy("Missiegericht topsectoren- en innovatiebeleid (MTIB)", StrategyKind.MISSION_POLICY, nl,
				2019, ez, 866, 935, "4.2.2. Naar een missiegericht topsectoren- en innovatiebeleid (MTIB)");
		b.cite(mtib, 829, "In 2019 werd het missiegericht innovatiebeleid geïntroduceerd onder kabinet-Rutte III");
		mtib.setDescription("Vijf centrale missies (Box 3, 2022) als basis voor de Kennis- en Innovatieagenda's; acht KIA's, "
				+ "vijf thematische en drie horizontale; KIC 2024-2027.");
		String[][] missions = { { "Klimaat en Energie (IKIA)", "Nederland klimaatneutraal in 2050" },
				{ "Circulaire economie", "Nederland volledig circulair in 2050" },
				{ "Landbouw, water & voedsel", "een vitaal landelijk gebied en een veerkrachtige natuur in een klimaatbestendig "
						+ "Nederland. Water en bodem zijn sturend, het landbouw- en voedselsysteem is duurzaam en gezond, en de delta is veilig." },
				{ "Gezondheid en zorg", "mensen in Nederland leven 5 jaar langer gezond en er zijn 30% minder "
						+ "gezondheidsverschillen tussen sociaal-economische groepen in 2040." },
				{ "Veiligheid", "Nederland is veilig en weerbaar tegen externe dreigingen en ondermijnende criminaliteit, zowel "
						+ "in de fysieke omgeving als het digitale domein." } };
		Integer[] missionYears = { 2050, 2050, null, 2040, null };
		for (int i = 0; i < missions.length; i++) {
			StrategyPriority p = priority(mtib, missions[i][0], PriorityKind.MISSION, missionYears[i], 876 + i,
					missions[i][0] + ": " + missions[i][1]);
			p.setDescription(missions[i][1]);
		}
		Object[][] kias = { { "KIA Klimaat en Energie", 918, "Klimaat en Energie\tNederland klimaatneutraal in 2050" },
				{ "KIA Circulaire economie", 927, "Circulaire economie\tNederland volledig circulair in 2050" },
				{ "KIA Landbouw, water & voedsel", 928, "Landbouw, water & voedsel\tDuurzaam en gezond" },
				{ "KIA Gezondheid en Zorg", 929, "Gezondheid en Zorg\tMensen leven 5 jaar langer gezond" },
				{ "KIA Veiligheid", 930, "Veiligheid\tNederland weerbaar" },
				{ "KIA Sleuteltechnologieën", 931, "Sleuteltechnologieën (horizontaal)" },
				{ "KIA Digitalisering", 932, "Digitalisering (horizontaal)" },
				{ "KIA Maatschappelijk verdienmodel", 933, "Maatschappelijk verdienmodel (horizontaal)" } };
		for (Object[] k : kias) {
			StrategyPriority p = priority(mtib, (String) k[0], PriorityKind.KNOWLEDGE_INNOVATION_AGENDA, null, (Integer) k[1],
					(String) k[2]);
			b.cite(p, 909, "Er werden acht Kennis- en Innovatie Agenda's opgesteld");
		}
		StrategyPriority verdien = mtib.getPriorities().get(mtib.getPriorities().size() - 1);
		verdien.getAliases().add("KIA Maatschappelijk verdienvermogen");
		b.cite(verdien, 886, "KIA Maatschappelijk verdienvermogen");
		b.note(verdien, "Box 3 (L886) noemt deze agenda 'Maatschappelijk verdienvermogen', Tabel 2 (L933) 'Maatschappelijk verdienmodel'.");

		CountryStrategy nts = strategy("Nationale Technologiestrategie (NTS)", StrategyKind.TECHNOLOGY_STRATEGY, nl, 2024, ez,
				937, 1007, "4.2.3. Nationale Technologiestrategie");
		b.cite(nts, 939, "De NTS werd in januari 2024 gepresenteerd door het ministerie van Economische Zaken");
		nts.setSelectionProcess("Vier criteria (verdienmodel, maatschappelijke uitdagingen, nationale veiligheid, huidige positie); "
				+ "definitiefase sept.-dec. 2022 (44 sleuteltechnologieën), data-analyse jan.-juni 2023, expert input juni 2023 "
				+ "(ongeveer 60 experts), shortlist augustus 2023 (9, aangevuld met cybersecurity als 10e).");
		b.cite(nts, 953, 958, "Voor het bepalen van de prioritaire sleutel technologieën werden vier criteria gebruikt");
		b.cite(nts, 979, 997, "Definitiefase (september – december 2022)");
		nts.setDescription("(Bijna) geen extra middelen voor de implementatie (L949); per sleuteltechnologie een agenda met "
				+ "ambities (januari 2026).");
		b.cite(nts, 949, "Er worden (bijna) geen extra middelen voorzien voor de implementatie van de NTS");
		String[] keyTech = { "Optical Systems and Integrated Photonics", "Quantum Technologies",
				"Process Technology, including Process Intensification", "Biomolecular and Cell Technologies",
				"Imaging Technologies", "Mechatronics and Optomechatronics", "Artificial Intelligence and Data",
				"Energy Materials", "Semiconductor Technologies", "Cybersecurity Technologies" };
		for (int i = 0; i < keyTech.length; i++) {
			priority(nts, keyTech[i], PriorityKind.KEY_TECHNOLOGY, null, 964 + i, keyTech[i]);
		}
		b.cite(nts.getPriorities().get(9), 997, "Het belang van cybersecuritytechnologie kwam naar voor in stakeholderconsultaties");

		CountryStrategy wennink = strategy("Wennink rapport", StrategyKind.OTHER, nl, 2025, null, 1009, 1013,
				"Bron: Wennink rapport (2025)");
		wennink.setDescription("Bevat voorstellen van 51 uitgewerkte investeringsprojecten met een potentieel van €126 miljard.");
		b.cite(wennink, 1011, "51 uitgewerkte investeringsprojecten met een potentieel van €126 miljard");
		b.note(wennink, "De tekst van §4.2.4 (Groeimarkten) en §4.2.5 (Wennink rapport) ontbreekt in de seed; enkel L1009-1013 bleven over.");
	}

	private void others() {
		Jurisdiction uk = b.cite(b.jurisdiction("Verenigd Koninkrijk", JurisdictionLevel.NATIONAL, "GB", false, null), 1015,
				"4.3. Verenigd Koninkrijk");
		Organisation dbt = b.cite(b.organisation("Department for Business and Trade", null, OrganisationKind.MINISTRY,
				HelixKind.GOVERNMENT, uk), 1030, "Policy paper Department for Business and Trade");
		CountryStrategy ukStrategy = strategy("Modern Industrial Strategy", StrategyKind.INDUSTRIAL_STRATEGY, uk, 2025, dbt,
				1015, 1017, "In November 2025 werd de VK's moderne industriële strategie voorgesteld");
		b.cite(ukStrategy, 1030, "The UK's Modern Industrial Strategy, 23 juni 2025");
		b.note(ukStrategy, "De tekst (L1017) dateert de strategie in november 2025, voetnoot 44 (L1030) op 23 juni 2025. "
				+ "De inhoudstafel (L94-95) nummert 4.3 Zweden en 4.4 VK, de tekst omgekeerd (L1015, L1019).");
		for (String sector : new String[] { "advanced manufacturing", "creatieve industrie", "levenswetenschappen",
				"propere energie", "digitale technologieën", "professionele en bedrijfsdiensten", "financiële diensten",
				"basisindustrieën" }) {
			priority(ukStrategy, sector, PriorityKind.SECTOR, null, 1017, sector);
		}

		Jurisdiction sweden = b.cite(b.jurisdiction("Zweden", JurisdictionLevel.NATIONAL, "SE", true, null), 1019, "4.4. Zweden");
		Organisation iva = b.cite(b.organisation("Koninklijke Zweedse Academie voor Ingenieurswetenschappen", "IVA",
				OrganisationKind.KNOWLEDGE_INSTITUTION, HelixKind.KNOWLEDGE, sweden), 1021,
				"Koninklijke Zweedse Academie voor Ingenieurswetenschappen (IVA)");
		CountryStrategy swedish = strategy("Sweden's competitiveness and Investment priorities", StrategyKind.OTHER, sweden,
				2025, iva, 1019, 1040, "Sweden's competitiveness and Investment priorities, IVA (September 2025)");
		swedish.setDescription("Analyse van de Zweedse positie op het vlak van 48 strategische technologieën, uitgevoerd door "
				+ "Pierre-Alexandre Balland en Andrea Renda (CEPS) in opdracht van IVA. De prioriteiten hieronder zijn de "
				+ "kansen voor de regio Stockholm.");
		b.cite(swedish, 1021, "48 strategische technologieën");
		priority(swedish, "Incrementele investeringen met een laag risico", PriorityKind.OTHER, null, 1028,
				"incrementele investeringen met een laag risico in domeinen zoals slimme elektriciteitsnetten, zonne-energie en luchtvaart")
				.setDescription("slimme elektriciteitsnetten, zonne-energie en luchtvaart");
		StrategyPriority moonshot = priority(swedish, "'Moonshot'-initiatieven met hoog risico en hoog potentieel rendement",
				PriorityKind.OTHER, null, 1028, "'moonshot'-initiatieven met hoog risico en hoog potentieel rendement");
		moonshot.setDescription("waterstof, kwantumtechnologieën en halfgeleiders");
		b.cite(moonshot, 1032, "en halfgeleiders");
		priority(swedish, "Optimale investeringen", PriorityKind.OTHER, null, 1032,
				"optimale investeringen om voort te bouwen op bestaande sterktes in digitale domeinen zoals AI, IoT, cloud computing en cybersecurity")
				.setDescription("AI, IoT, cloud computing en cybersecurity");

		Jurisdiction eu = b.cite(b.jurisdiction("Europese Unie", JurisdictionLevel.SUPRANATIONAL, "EU", null, null), 1042,
				"4.5. EU competitiveness compass");
		CountryStrategy compass = strategy("EU Competitiveness Compass", StrategyKind.COMPETITIVENESS_AGENDA, eu, 2025, null,
				1042, 1050, "werd het EU Competitiveness Compass geïntroduceerd (januari 2025)");
		compass.setDescription("Voortbouwend op het Draghi rapport (2024), voor 90% erop geïnspireerd.");
		priority(compass, "De innovatiekloof dichten", PriorityKind.PILLAR, null, 1046, "wil de EU de innovatiekloof dichten");
		priority(compass, "Decarbonisatie koppelen aan competitiviteit", PriorityKind.PILLAR, null, 1047,
				"koppelt de EU decarbonisatie aan competitiviteit");
		priority(compass, "Afhankelijkheden reduceren", PriorityKind.PILLAR, null, 1048,
				"Een derde focus is het reduceren van afhankelijkheden");
		for (String enabler : new String[] { "vereenvoudiging administratie", "verwijderen van barrières in de eengemaakte markt",
				"meer efficiënte financiering mogelijk maken", "promoten van vaardigheden en kwaliteitsvolle jobs",
				"betere Europese coördinatie" }) {
			priority(compass, enabler, PriorityKind.ENABLER, null, 1050, enabler);
		}
	}

	private void flanders() {
		CountryStrategy agreement = strategy("Vlaams Regeerakkoord 2024-2029: strategische sectoren", StrategyKind.OTHER,
				b.flanders, 2024, null, 399, 403, "De beleidsactie ‘strategische sectoren en economische autonomie ondersteunen’");
		agreement.setDescription("Voorbeelden van strategische sectoren in het regeerakkoord, in drie groepen: waardevolle "
				+ "industriële sectoren, beloftevolle innovatiesectoren en strategische onafhankelijkheid.");
		Object[][] sectors = { { "chemie", 401 }, { "agrovoeding", 401 }, { "geneesmiddelen", 401 },
				{ "duurzame energie", 402 }, { "biotech", 402 }, { "digitale technologie", 402 }, { "ruimtevaart", 402 },
				{ "chipindustrie", 403 }, { "havens", 403 }, { "defensie-industrie", 403 } };
		String[] groups = { "Waardevolle industriële sectoren", "Beloftevolle innovatiesectoren", "Strategische onafhankelijkheid" };
		for (Object[] s : sectors) {
			int line = (Integer) s[1];
			priority(agreement, (String) s[0], PriorityKind.SECTOR, null, line, (String) s[0]).setDescription(groups[line - 401]);
		}
	}
}
