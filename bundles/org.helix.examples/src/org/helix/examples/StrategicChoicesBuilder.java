package org.helix.examples;

import java.util.LinkedHashMap;
import java.util.Map;

import org.helix.model.core.DocumentKind;
import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.HelixKind;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorCategory;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.ClusterKind;
import org.helix.model.ecosystem.DataSource;
import org.helix.model.ecosystem.DataSourceKind;
import org.helix.model.ecosystem.DimensionKind;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.InvestmentQuadrant;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.TechnologyCategory;
import org.helix.model.ecosystem.TechnologyPosition;
import org.helix.model.ecosystem.TransitionPriority;
import org.helix.model.ecosystem.Trend;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.Recommendation;

/** Builds the seed-004 model; the country benchmarks are in {@link StrategicChoicesBenchmarks}. */
final class StrategicChoicesBuilder extends SeedModelBuilder {

	Jurisdiction flanders;
	Organisation vario;
	Organisation government;
	Organisation ceps;
	Organisation ecoom;
	final Map<String, Technology> technologies = new LinkedHashMap<>();
	final Map<String, Indicator> indicators = new LinkedHashMap<>();
	final Map<String, DataSource> dataSources = new LinkedHashMap<>();
	AssessmentFramework framework;
	AssessmentDimension strength;
	StakeholderInput advice;

	StrategicChoicesBuilder() {
		super(StrategicChoicesExample.SEED, StrategicChoicesExample.TITLE);
	}

	void build() {
		model.setDescription("VARIO-advies aan de Vlaamse Regering: een beslissingskader om strategische domeinen "
				+ "transparant, datagedreven en met draagvlak te selecteren (februari 2026).");
		actorsAndDocument();
		dataSources();
		framework();
		transitionPriorities();
		technologies();
		table1Domains();
		decisionTreeExamples();
		clusters();
		new StrategicChoicesBenchmarks(this).build();
		new StrategicChoicesFigures(this).build();
		advice();
	}

	private void actorsAndDocument() {
		flanders = cite(jurisdiction("Vlaanderen", JurisdictionLevel.REGIONAL, null, null, null), 5, "VLAANDEREN");
		vario = cite(organisation("Vlaamse Adviesraad voor Innoveren en Ondernemen", "VARIO",
				OrganisationKind.ADVISORY_COUNCIL, HelixKind.GOVERNMENT, flanders), 13,
				"De Vlaamse Adviesraad voor Innoveren en Ondernemen (VARIO)");
		vario.setDescription("Adviseert de Vlaamse Regering en het Vlaams Parlement over het wetenschaps-, "
				+ "technologie-, innovatie-, industrie-, en ondernemerschapsbeleid; bij besluit opgericht op 14 oktober 2016; "
				+ "secretariaat in Brussel.");
		vario.setLocation("Simon Bolivarlaan 17 – bus 345, 1000 Brussel");
		cite(vario, 33, 37, "Simon Bolivarlaan 17 – bus 345");
		government = cite(organisation("Vlaamse Regering", null, OrganisationKind.GOVERNMENT, HelixKind.GOVERNMENT,
				flanders), 13, "VARIO werd bij besluit opgericht door de Vlaamse Regering op 14 oktober 2016");
		cite(government, 163, "deze verantwoordelijkheid ligt bij de politieke besluitvorming");
		ceps = cite(organisation("Centre for European Policy Studies", "CEPS", OrganisationKind.KNOWLEDGE_INSTITUTION,
				HelixKind.KNOWLEDGE, null), 140, "CEPS (Centre for European Policy Studies, 2026)");
		ecoom = cite(organisation("Expertise Centrum O&O-monitoring", "ECOOM", OrganisationKind.KNOWLEDGE_INSTITUTION,
				HelixKind.KNOWLEDGE, flanders), 159, "Expertise Centrum O&O-monitoring");
		Organisation fraunhofer = cite(organisation("Fraunhofer ISI", null, OrganisationKind.KNOWLEDGE_INSTITUTION,
				HelixKind.KNOWLEDGE, null), 479, "De Duitse landencase werd uitgevoerd door Fraunhofer ISI");
		fraunhofer.setDescription("Voerde in opdracht van VARIO de Duitse landenstudie uit (Wittmann et al. 2025).");
		cite(fraunhofer, 1354, "Fraunhofer Institute for System and Innovation Research ISI");
		Organisation pmv = cite(organisation("PMV", "PMV", OrganisationKind.INVESTMENT_COMPANY, HelixKind.GOVERNMENT,
				flanders), 410, "PMV zal prioritair inzetten op strategische sectoren");
		pmv.setDescription("Zet volgens het regeerakkoord prioritair in op strategische sectoren en vier strategische "
				+ "doelstellingen (productiviteitsgroei, duurzame groei, digitale transitie en strategische autonomie).");
		for (String[] soc : new String[][] { { "imec", "nano- en digital technologie" },
				{ "VIB", "levenswetenschappen en biotechnologie" },
				{ "VITO", "cleantech en duurzame ontwikkeling" }, { "Flanders Make", "maakindustrie" } }) {
			Organisation o = cite(organisation(soc[0], null, OrganisationKind.STRATEGIC_RESEARCH_CENTRE,
					HelixKind.KNOWLEDGE, flanders), 1054, soc[0] + " (" + soc[1] + ")");
			o.setDescription("Strategisch OnderzoeksCentrum (SOC): " + soc[1] + ".");
		}

		sourceDocument("Strategische keuzes voor Vlaanderen", DocumentKind.ADVICE, "nl");
		cite(document, 5, 7, "STRATEGISCHE KEUZES VOOR VLAANDEREN");
		document.setDescription("VARIO, februari 2026.");
		document.getIssuers().add(vario);
		document.getAddressees().add(government);
		cite(document, 439, "vraagt Vlaams minister-president Diependaele aan VARIO om advies te verlenen");

		GovernanceBody council = named(GOV.createGovernanceBody(), "VARIO", "De voorzitter en de leden zetelen in eigen naam; "
				+ "VARIO werkt onafhankelijk van de Vlaamse Regering en de partijen in het werkveld.");
		council.setKind(BodyKind.ADVISORY_COUNCIL);
		council.setLevel(GovernanceLevel.REGIONAL);
		council.setOrganisation(vario);
		cite(council, 13, 31, "De voorzitter en de negen leden van VARIO zetelen in eigen naam");
		note(council, "L13 spreekt van 'de voorzitter en de negen leden', maar L15-31 noemen negen namen in totaal, "
				+ "de voorzitter inbegrepen.");
		model.getGovernanceBodies().add(council);
		String[] members = { "Lieven Danneels", "Stijn Kelchtermans", "Ann Caluwaerts", "Silvia Lenaerts",
				"Veroniek Collewaert", "Koen Vanhalst", "Dieter Deforce", "Vanessa Vankerckhoven", "Katrin Geyskens" };
		for (int i = 0; i < members.length; i++) {
			int line = 15 + 2 * i;
			Person person = cite(named(ECO.createPerson(), members[i], null), line, members[i]);
			person.setOrganisation(vario);
			model.getActors().add(person);
			Membership membership = cite(GOV.createMembership(), line, members[i]);
			membership.setPerson(person);
			membership.setOrganisation(vario);
			membership.setRole(i == 0 ? MembershipRole.CHAIR : i == 2 ? MembershipRole.VICE_CHAIR : MembershipRole.MEMBER);
			membership.setRepresenting("in eigen naam");
			if (i == 0) {
				council.setChair(person);
				person.setFunction("voorzitter");
			} else if (i == 2) {
				person.setFunction("plaatsvervangend voorzitter");
			}
			council.getMemberships().add(membership);
		}
		council.setSecretariat(vario);
	}

	private DataSource dataSource(String name, DataSourceKind kind, Integer from, Integer to, Double coverage,
			Organisation provider, int line, String quote) {
		DataSource source = cite(named(ECO.createDataSource(), name, null), line, quote);
		source.setKind(kind);
		source.setFromYear(from);
		source.setToYear(to);
		source.setCoverageShare(coverage);
		source.setProvider(provider);
		model.getDataSources().add(source);
		dataSources.put(name, source);
		return source;
	}

	private void dataSources() {
		DataSource openAlex = dataSource("OpenAlex", DataSourceKind.PUBLICATIONS, 2021, 2025, 0.30, null, 598,
				"publicaties (OpenAlex 2021-2025)");
		cite(openAlex, 602, "publicaties 30%");
		openAlex.setDescription("Publicaties (CEPS-analyse); dekking van de Vlaamse activiteit door de 38 technologieën: 30%.");
		DataSource regpat = dataSource("OECD Regpat", DataSourceKind.PATENTS, 2020, 2024, 0.78, null, 598,
				"octrooien (OECD Regpat 2020-2024)");
		cite(regpat, 602, "patenten 78%");
		regpat.setDescription("Octrooien (CEPS-analyse); dekking door de 38 technologieën: 78%.");
		DataSource crunchbase = dataSource("Crunchbase", DataSourceKind.STARTUP_INVESTMENTS, 2021, 2025, 0.47, null, 598,
				"startup investeringen (Crunchbase 2021-2025)");
		cite(crunchbase, 602, "investeringen 47%");
		cite(crunchbase, 632, "Crunchbase capteert voornamelijk external equity investments");
		crunchbase.setDescription("Startup-investeringen (CEPS-analyse); vooral external equity; dekking door de 38 technologieën: 47%.");
		DataSource indicatorBook = dataSource("Vlaams Indicatorenboek", DataSourceKind.INDICATOR_BOOK, null, null, null,
				null, 159, "Vlaams Indicatorenboek");
		cite(indicatorBook, 736, "Vlaams Indicatorenboek en ECOOM-STORE studies");
		DataSource store = dataSource("ECOOM-STORE studies", DataSourceKind.OTHER, null, null, null, ecoom, 477,
				"twee studies van ECOOM-STORE");
		store.setDescription("O.a. buitenlands zeggenschap in Vlaamse strategische sectoren en handelstektoniek.");
		dataSource("Speurgids Ondernemen en Innoveren 2025", DataSourceKind.OTHER, null, null, null, null, 1096,
				"Speurgids Ondernemen en Innoveren 2025");
	}

	private Indicator ind(String name, IndicatorCategory category, int line, String quote) {
		Indicator i = cite(indicator(name, null), line, quote);
		i.setCategory(category);
		indicators.put(name, i);
		return i;
	}

	private SubCriterion sub(AssessmentDimension dimension, String name, String wording, int from, int to,
			String quote, Indicator... measures) {
		SubCriterion sub = cite(named(ECO.createSubCriterion(), name, null), from, to, quote);
		sub.setWording(wording);
		for (Indicator measure : measures) {
			sub.getIndicators().add(measure);
		}
		dimension.getSubCriteria().add(sub);
		return sub;
	}

	private AssessmentDimension dimension(DimensionKind kind, String name, String question) {
		AssessmentDimension d = named(ECO.createAssessmentDimension(), name, null);
		d.setKind(kind);
		d.setQuestion(question);
		framework.getDimensions().add(d);
		return d;
	}

	private void framework() {
		framework = named(ECO.createAssessmentFramework(), "Beslissingskader strategische domeinen",
				"Vier dimensies (sterkte, opportuniteiten, noden, maakbaarheid) en een beslissingsboom die domeinen in "
						+ "categorieën indeelt: domeinen met een uitgesproken sterkte, domeinen met een hiaat in het ecosysteem, "
						+ "moonshot domeinen en domeinen zonder specifieke beleidsfocus (mits experten validatie).");
		cite(framework, 501, 506, "Om strategische keuzes te maken moeten volgens VARIO vier dimensies in rekening worden gebracht");
		cite(framework, 1128, 1146, "Volgens VARIO zijn volgende vier dimensies belangrijk");
		cite(framework, 1157, 1189, "GEBRUIK DE BESLISSINGSBOOM ALS LEIDRAAD");
		note(framework, "Beslissingsboom (L1167-1189): uitgesproken sterkte = groeipotentieel + uitgesproken economische, "
				+ "innovatie/technologische en wetenschappelijke sterkte (met of zonder bijdrage aan de transitieprioriteiten); "
				+ "hiaat in het ecosysteem = groeipotentieel + transitiebijdrage en (1) economische sterkte met innovatie/technologische "
				+ "en/of wetenschappelijke sterkte, of (2) innovatie/technologische en wetenschappelijke sterkte zonder ontwikkelde "
				+ "economische activiteit, of economische sterkte zonder (nog) de nodige innovatie- of wetenschappelijke sterkte; "
				+ "moonshot = groeipotentieel + transitiebijdrage maar geen economische sterkte; geen groei en geen transitiebijdrage = "
				+ "geen specifieke beleidsfocus; geen groei maar wel transitieprioriteit = internationalisering (met economische "
				+ "sterkte) of partnerschappen (zonder). Figuren 11 en 12 zijn beelden en staan niet in de tekst.");
		model.getAssessmentFrameworks().add(framework);

		strength = cite(dimension(DimensionKind.STRENGTH, "Sterkte", "Waar is Vlaanderen sterk in?"), 503,
				"Waar is Vlaanderen **sterk** in?");
		cite(strength, 508, 536, "2.1. Waar is Vlaanderen sterk in?");
		cite(strength, 1132, 1137, "in welke domeinen is Vlaanderen **sterk**");
		Indicator va = ind("Toegevoegde waarde", IndicatorCategory.ECONOMIC, 513, "toegevoegde waarde, export en productiviteit");
		Indicator export = ind("Export", IndicatorCategory.TRADE, 513, "toegevoegde waarde, export en productiviteit");
		Indicator productivity = ind("Productiviteit", IndicatorCategory.ECONOMIC, 513, "toegevoegde waarde, export en productiviteit");
		Indicator employment = ind("Tewerkstelling", IndicatorCategory.EMPLOYMENT, 512,
				"Tewerkstelling, toegevoegde waarde, export, productiviteit");
		employment.setDescription("Genoemd als invalshoek voor economische impact, maar niet bij de voorgestelde meetfactoren (L513).");
		Indicator rdSpend = ind("O&O-uitgaven", IndicatorCategory.INNOVATION, 522, "**investeringen** die ondernemingen zelf doen in **O&O&I**");
		cite(rdSpend, 1135, "gemeten aan de hand van O&O-uitgaven");
		Indicator concentration = ind("Concentratie van O&O&I-investeringen", IndicatorCategory.INNOVATION, 522,
				"hoe sterk deze investeringen geconcentreerd zijn");
		Indicator diversity = ind("Diversiteit aan actoren in ecosysteem", IndicatorCategory.INNOVATION, 523,
				"divers zijn qua type ondernemingen en actoren");
		cite(diversity, 1135, "diversiteit aan actoren in ecosysteem");
		Indicator connections = ind("Connecties tussen actoren in ecosysteem", IndicatorCategory.INNOVATION, 523,
				"**Goede connecties** tussen deze actoren");
		cite(connections, 1135, "connecties tussen actoren in ecosysteem");
		Indicator cofinancing = ind("Cofinanciering", IndicatorCategory.FUNDING, 523, "**cofinanciering**");
		cite(cofinancing, 1135, "cofinanciering van deze actoren");
		Indicator patents = ind("Octrooien", IndicatorCategory.INNOVATION, 527, "**Octrooien** vormen een belangrijke en meetbare maatstaf");
		cite(patents, 1136, "gemeten aan de hand van octrooien");
		Indicator publications = ind("Publicaties en citaties", IndicatorCategory.SCIENCE, 534, "**publicaties en de citaties**");
		cite(publications, 1137, "aantal publicaties en citaties");
		Indicator horizon = ind("Deelname aan Horizon Europe", IndicatorCategory.SCIENCE, 535, "**deelname aan Horizon Europe**");
		Indicator rdStaff = ind("O&O-personeel", IndicatorCategory.EMPLOYMENT, 536, "**O&O-personeel en STEM-medewerkers**");
		Indicator stem = ind("STEM-medewerkers", IndicatorCategory.EMPLOYMENT, 536, "**O&O-personeel en STEM-medewerkers**");
		sub(strength, "Economische sterktes", "gemeten aan de hand van toegevoegde waarde, productiviteit en export", 1134, 1134,
				"**Economische sterktes**: gemeten aan de hand van toegevoegde waarde, productiviteit en export", va, productivity, export);
		cite(strength.getSubCriteria().get(0), 512, 513, "**Economische impact:**");
		SubCriterion innovation = sub(strength, "Innovatiekracht en ecosysteem",
				"gemeten aan de hand van O&O-uitgaven, diversiteit aan actoren in ecosysteem (ook aanwezigheid van economisch weefsel "
						+ "nl. grote bedrijven, kmo's, start-ups..), connecties tussen actoren in ecosysteem, cofinanciering van deze actoren",
				1135, 1135, "**Innovatiekracht en ecosysteem**", rdSpend, concentration, diversity, connections, cofinancing);
		cite(innovation, 514, 523, "**Innovatiekracht en ecosysteem:**");
		SubCriterion technological = sub(strength, "Technologische sterktes", "gemeten aan de hand van octrooien", 1136, 1136,
				"**Technologische sterktes**: gemeten aan de hand van octrooien", patents);
		cite(technological, 524, 527, "**Technologie**");
		SubCriterion scientific = sub(strength, "Wetenschappelijke sterktes",
				"gemeten aan de hand van aantal publicaties en citaties, deelname aan Horizon Europe, O&O-personeel en STEM-medewerkers",
				1137, 1137, "**Wetenschappelijke sterktes**", publications, horizon, rdStaff, stem);
		cite(scientific, 528, 536, "**Wetenschappelijke basis en kennispotentieel**");

		AssessmentDimension opportunities = cite(dimension(DimensionKind.OPPORTUNITIES, "Opportuniteiten",
				"Waar zijn er opportuniteiten voor Vlaanderen?"), 538, 549, "2.2. Waar zijn er opportuniteiten voor Vlaanderen?");
		cite(opportunities, 1139, 1141, "in welke domeinen zijn er **opportuniteiten** voor Vlaanderen");
		cite(opportunities, 504, "Waar zijn er **opportunities** voor Vlaanderen?");
		Indicator vaGrowth = ind("Groei in toegevoegde waarde", IndicatorCategory.ECONOMIC, 549, "**groei in toegevoegde waarde, export en productiviteit**");
		Indicator exportGrowth = ind("Groei in export", IndicatorCategory.TRADE, 549, "**groei in toegevoegde waarde, export en productiviteit**");
		Indicator productivityGrowth = ind("Groei in productiviteit", IndicatorCategory.ECONOMIC, 549, "**groei in toegevoegde waarde, export en productiviteit**");
		Indicator evolutions = ind("Evoluties in EU/wereld", IndicatorCategory.ECONOMIC, 549, "**evoluties in EU/wereld**");
		cite(sub(opportunities, "Economisch groeipotentieel - afzetmarkt",
				"groei in toegevoegde waarde, productiviteit en export evenals evoluties in EU/wereld", 1141, 1141,
				"**Economisch groeipotentieel:**", vaGrowth, productivityGrowth, exportGrowth, evolutions), 542,
				"**Economische groei-opportuniteiten - afzetmarkt:**");
		sub(opportunities, "Geografische dimensie: lokaal - Europees/wereldwijd",
				"waar er een afzetmarkt is voor de goederen/diensten, zgn. groeitrends", 543, 543,
				"**Geografische dimensie: lokaal - Europees/wereldwijd:**");
		sub(opportunities, "Tijdsdimensie: heden – toekomst", "inspelen op huidige én toekomstige trends", 544, 544,
				"**Tijdsdimensie: heden – toekomst:**");
		sub(opportunities, "Belangrijke rol in waardeketens - niches",
				"in diverse waardeketens een onmisbare rol opnemen en een betrouwbare partner vormen", 545, 547,
				"**Belangrijke rol in waardeketens - niches:**");

		AssessmentDimension needs = cite(dimension(DimensionKind.NEEDS, "Noden", "Waar zijn er noden?"), 551, 571,
				"2.3. Waar zijn er noden?");
		cite(needs, 1143, 1145, "Waar zijn er **noden**?");
		cite(needs, 505, "Waar zijn er **transitieprioriteiten**?");
		note(needs, "Hoofdstuk 2 (L505) noemt de derde dimensie 'transitieprioriteiten'; aanbeveling 1.1 (L1143) en §2.3 (L551) "
				+ "noemen ze 'noden' (strategische autonomie/economische veiligheid en transitieprioriteiten).");
		sub(needs, "Open strategische autonomie en economische veiligheid",
				"afhankelijkheden verminderen en weerbaarheid vergroten", 553, 557,
				"**Open strategische autonomie en economische veiligheid:**");
		SubCriterion transition = sub(needs, "Transitienoden en prioriteiten",
				"Transitieprioriteiten van de Vlaamse Regering", 559, 569, "**Transitienoden en prioriteiten:**");
		cite(transition, 1145, "**Transitieprioriteiten van de Vlaamse Regering:**");

		AssessmentDimension feasibility = cite(dimension(DimensionKind.FEASIBILITY, "Maakbaarheid",
				"Wat is de maakbaarheid van de keuze?"), 506, "Wat is de **maakbaarheid** van de keuze?");
		cite(feasibility, 573, 590, "'Maakbaarheid': wat is er nodig om de strategische keuze succesvol te realiseren");
		cite(feasibility, 1146, "Wat is de **'maakbaarheid'**?");
		cite(feasibility, 1159, "Dit zijn geen 'randvoorwaarden' maar factoren die cruciaal zijn");
		note(feasibility, "De lijst van factoren is open ('- ...', L590). L1159 noemt 'omgeving' waar L1279 en L1146 'ruimte' noemen.");
		sub(feasibility, "Energie", "betaalbare en voldoende duurzame energie", 577, 585, "**Energie:**");
		sub(feasibility, "Talent", "voldoende en gekwalificeerd talent, digitale skills, STEM-talent", 587, 587, "**Talent:**");
		sub(feasibility, "Fysieke ruimte", "voldoende en geschikte fysieke ruimte", 588, 588, "**Fysieke ruimte:**");
		SubCriterion regulation = sub(feasibility, "Regelgeving", "innovatiestimulerende regelgeving", 589, 589, "**Regelgeving:**");
		cite(regulation, 1146, "Over bepaalde factoren zoals Europese en federale regelgeving heeft Vlaanderen geen autonomie");
		sub(feasibility, "Infrastructuur", "infrastructuur (netwerk, mobiliteit)", 1146, 1146, "infrastructuur (netwerk, mobiliteit)");
	}

	private TransitionPriority priority(String name, String sourceText, int line, String quote) {
		TransitionPriority p = cite(named(ECO.createTransitionPriority(), name, null), line, quote);
		p.setSourceText(sourceText);
		model.getTransitionPriorities().add(p);
		return p;
	}

	private void transitionPriorities() {
		priority("Digitale transitie", "Vlaamse productiviteits- en competitiviteitsagenda", 1145, "de digitale transitie");
		cite(model.getTransitionPriorities().get(0), 569, "**digitale, energetische en geopolitieke");
		TransitionPriority energy = priority("Klimaat- en energetische transitie",
				"Vlaamse productiviteits- en competitiviteitsagenda", 1145, "de klimaat- en energetische transitie");
		energy.getAliases().add("energetische transitie");
		cite(energy, 569, "**digitale, energetische en geopolitieke");
		note(energy, "L569 spreekt van de 'energetische' transitie, L1145 van de 'klimaat- en energetische transitie'.");
		TransitionPriority geo = priority("Geopolitieke transitie", "Vlaamse productiviteits- en competitiviteitsagenda", 1145,
				"de geopolitieke transitie (incl. strategische autonomie en economische veiligheid)");
		cite(geo, 569, "geopolitieke (inclusief strategische autonomie/economische veiligheid)");
		priority("Twin-transitie groene en digitale economie", "Herstel- en Veerkrachtfonds (RRF)", 1145,
				"twin-transitie groene en digitale economie");
		priority("Gezondheidstransitie", "Herstel- en Veerkrachtfonds (RRF)", 1145, "aangevuld met gezondheidstransitie");
		note(model.getTransitionPriorities().get(0), "VISIE 2050 stelt 7 transitieprioriteiten voorop (L567); de tekst somt ze niet op.");
	}

	static final String[] TECHNOLOGIES = { "Advanced Manufacturing", "Advanced Materials",
			"Advanced Therapy Medicinal Products (ATMP)", "Artificial Intelligence", "Autonomous Robots", "Bioinformatics",
			"Biomanufacturing", "Biotechnology", "Carbon Capture & Storage", "Cloud and Edge Computing", "Cybersecurity",
			"Defence Technologies", "Drones", "Food Technology", "Generative AI", "Genomics & Gene Editing",
			"High-Performance Computing (HPC)", "Immunotherapy", "Internet of Things (IOT)", "Language Processing",
			"Medical Devices", "Microelectronics", "mRNA Technology", "Nanotechnologies", "Nuclear Energy",
			"Pharmaceuticals", "Photonics", "Precision Medicine", "Quantum computing", "Regenerative Medicine", "Robotics",
			"Semiconductors", "Sensor Technologies", "Smart Grids", "Smart Materials", "Space technologies",
			"Waste Management", "Wind Energy" };

	private TechnologyPosition position(Technology technology, InvestmentQuadrant quadrant, DataSource source, int line,
			String quote) {
		TechnologyPosition p = cite(ECO.createTechnologyPosition(), line, quote);
		p.setQuadrant(quadrant);
		p.setDataSource(source);
		p.setJurisdiction(flanders);
		technology.getPositions().add(p);
		return p;
	}

	private void technologies() {
		for (int i = 0; i < TECHNOLOGIES.length; i++) {
			Technology t = cite(named(ECO.createTechnology(), TECHNOLOGIES[i], null), 1358 + i, TECHNOLOGIES[i]);
			cite(t, 1356, "BIJLAGE – 38 TECHNOLOGIE STUDIE");
			model.getTechnologies().add(t);
			technologies.put(TECHNOLOGIES[i], t);
		}
		DataSource regpat = dataSources.get("OECD Regpat");
		// Patents (figure 3): optimal quadrant, life sciences and biotechnology (L644-646).
		String[][] optimal = { { "Bioinformatics", "Bioinformatica" }, { "mRNA Technology", "mRNA technologie" },
				{ "Immunotherapy", "immunotherapie" }, { "Advanced Therapy Medicinal Products (ATMP)", "ATMP" },
				{ "Genomics & Gene Editing", null }, { "Biomanufacturing", null } };
		for (String[] o : optimal) {
			Technology t = technologies.get(o[0]);
			t.setCategory(TechnologyCategory.LIFE_SCIENCES_BIOTECH);
			cite(t, 646, "Bioinformatica, mRNA technologie, immunotherapie, ATMP");
			position(t, InvestmentQuadrant.OPTIMAL, regpat, 646, "hebben allen een hoge complexiteit en hoge verwantschap");
		}
		for (String name : new String[] { "mRNA Technology", "Advanced Therapy Medicinal Products (ATMP)", "Bioinformatics" }) {
			cite(technologies.get(name), 654, "in het bijzonder op het vlak van mRNA-technologieën, geavanceerde therapieën (ATMP's) en bio-informatica");
		}
		// Patents: moonshot quadrant, emerging digital technologies (L648).
		for (String name : new String[] { "Artificial Intelligence", "Cybersecurity", "Language Processing" }) {
			Technology t = technologies.get(name);
			t.setCategory(TechnologyCategory.DIGITAL_AI);
			position(t, InvestmentQuadrant.MOONSHOT, regpat, 648,
					"Technologieën zoals artificiële intelligentie, cybersecurity en ‘natural language processing’");
		}
		Technology language = technologies.get("Language Processing");
		language.getAliases().add("natural language processing");
		note(language, "L648 schrijft 'natural language processing', de bijlage (L1377) 'Language Processing'.");
		// Summary (figure 6): highest feasibility within digital technologies and AI (L655).
		for (String name : new String[] { "Semiconductors", "Generative AI", "Microelectronics" }) {
			Technology t = technologies.get(name);
			t.setCategory(TechnologyCategory.DIGITAL_AI);
			cite(t, 655, "De hoogste haalbaarheid binnen dit domein betreft semiconductors, generatieve AI en micro-elektronica");
		}
		Technology semiconductors = technologies.get("Semiconductors");
		cite(semiconductors, 648, "gezien de hogere technologie verwantschap (haalbaarheid) en de positieve RCA");
		note(semiconductors, "Octrooien (L648): 'iets meer bereikbaar' dan de andere digitale technologieën door hogere "
				+ "verwantschap en een positieve RCA; de tekst geeft geen getallen (figuren 3, 5 en 6 zijn beelden).");
	}

	private static final String[] TABLE1_COLUMNS = { "Toegevoegde waarde", "Export", "O&O-uitgaven", "O&O-personeel",
			"Octrooien", "Publicaties en citaties" };

	private static RatingLevel level(String symbol) {
		return switch (symbol) {
		case "++" -> RatingLevel.VERY_STRONG;
		case "+" -> RatingLevel.STRONG;
		case "+/-" -> RatingLevel.NEUTRAL;
		case "-" -> RatingLevel.WEAK;
		case "na" -> RatingLevel.NOT_AVAILABLE;
		default -> throw new IllegalArgumentException(symbol);
		};
	}

	private void table1Domains() {
		// name in Table 1, table line, narrative from-to, narrative heading quote, NACE code, six ratings
		Object[][] rows = {
				{ "Farmaceutische sector", 741, 690, 692, "**Farmaceutische sector**", null, "++ ++ ++ ++ ++ ++" },
				{ "Informatie en computerprogrammering", 742, 694, 698, "**Informatietechnologie en computerprogrammering**", null, "++ - ++ ++ +/- -" },
				{ "Wetenschappelijk onderzoek en ontwikkeling", 743, 700, 706, "**Wetenschappelijk onderzoek en ontwikkeling**", "72", "na na ++ ++ na na" },
				{ "Architecten en ingenieurs, technische testen en toetsen", 744, 708, 710, "**Architecten en ingenieurs, technische testen en toetsen**", "71", "na na ++ ++ na -" },
				{ "Chemische industrie", 745, 712, 714, "**Chemische industrie**", null, "++ + + + ++ +/-" },
				{ "Voedingsindustrie", 746, 716, 718, "**Voeding**", null, "+ ++ + + + +/-" },
				{ "Vervaardigen van metalen en producten van metaal", 747, 720, 722, "**Vervaardiging van metalen en producten van metaal**", null, "++ + + + + +/-" },
				{ "Vervaardigen van machines, apparaten en werktuigen", 748, 724, 726, "**Vervaardiging van machines, apparaten en werktuigen**", null, "- - ++ ++ ++ +/-" },
				{ "Vervaardigen van computers, elektronische en optische producten", 749, 728, 734, "**Vervaardiging van computers, elektronische en optische producten**", null, "- + + + ++ +/-" } };
		for (Object[] row : rows) {
			String name = (String) row[0];
			int line = (Integer) row[1];
			Sector sector = cite(named(ECO.createSector(), name, null), line, name);
			sector.setKind(SectorKind.ECONOMIC_SECTOR);
			sector.setCode((String) row[5]);
			if (row[5] != null) {
				cite(sector, 704, "NACE " + row[5]);
			}
			model.getSectors().add(sector);
			StrategicDomain domain = cite(named(ECO.createStrategicDomain(), name, null), line, name);
			cite(domain, (Integer) row[2], (Integer) row[3], (String) row[4]);
			domain.setCategory(DomainCategory.UNCLASSIFIED);
			domain.getSectors().add(sector);
			String[] symbols = ((String) row[6]).split(" ");
			for (int c = 0; c < symbols.length; c++) {
				Rating rating = cite(ECO.createRating(), 740, line, name);
				rating.setLevel(level(symbols[c]));
				rating.setEvidence(symbols[c]);
				rating.setDimension(strength);
				rating.setIndicator(indicators.get(TABLE1_COLUMNS[c]));
				rating.setPeriod("huidige status");
				domain.getRatings().add(rating);
			}
			model.getStrategicDomains().add(domain);
		}
		StrategicDomain it = model.getStrategicDomains().get(1);
		it.getAliases().add("Informatietechnologie en computerprogrammering");
		note(it, "Tabel 1 (L742) schrijft 'Informatie en computerprogrammering', de tekst (L694) 'Informatietechnologie en computerprogrammering'.");
		StrategicDomain metals = model.getStrategicDomains().get(6);
		Rating metalsTrend = cite(ECO.createRating(), 722, "noteert een groeitrend (2017-2023)");
		metalsTrend.setIndicator(indicators.get("O&O-uitgaven"));
		metalsTrend.setDimension(strength);
		metalsTrend.setTrend(Trend.GROWING);
		metalsTrend.setPeriod("2017-2023");
		metalsTrend.setEvidence("top-10 sectoren m.b.t. O&O-uitgaven, groeitrend (2017-2023)");
		metals.getRatings().add(metalsTrend);
		StrategicDomain machines = model.getStrategicDomains().get(7);
		note(machines, "De tekst (L726) noemt deze sector een topsector in export; Tabel 1 (L748) geeft export '-'.");
		cite(machines, 726, "Dit betreft een topsector in termen van O&O-uitgaven, O&O-personeel en export");
		StrategicDomain computers = model.getStrategicDomains().get(8);
		Rating computersTrend = cite(ECO.createRating(), 730, "echter dalende trend 2017-2023");
		computersTrend.setIndicator(indicators.get("O&O-uitgaven"));
		computersTrend.setDimension(strength);
		computersTrend.setTrend(Trend.DECLINING);
		computersTrend.setPeriod("2017-2023");
		computersTrend.setEvidence("top in Vlaanderen m.b.t. O&O-uitgaven (echter dalende trend 2017-2023)");
		computers.getRatings().add(computersTrend);
		note(computers, "De tekst (L730) rekent de sector tot de top in O&O-uitgaven en O&O-personeel; Tabel 1 (L749) geeft daar '+', niet '++'.");
		note(model.getStrategicDomains().get(0), "Tabel 1 is een relatieve vergelijking tussen de sectoren, zonder groeitrends, "
				+ "transities of maakbaarheid (L736); de schaal ++, +, +/-, -, na is niet numeriek gedefinieerd.");
	}

	private StrategicDomain example(String name, DomainCategory category, int line, String quote) {
		StrategicDomain d = cite(named(ECO.createStrategicDomain(), name, null), line, quote);
		d.setCategory(category);
		model.getStrategicDomains().add(d);
		return d;
	}

	private void decisionTreeExamples() {
		StrategicDomain pharma = example("Farma en biotech", DomainCategory.PRONOUNCED_STRENGTH, 1173,
				"Voorbeelden van domeinen met uitgesproken sterktes is de farma en de biotech");
		pharma.setDescription("Voorbeeld van een domein met een uitgesproken sterkte.");
		cite(pharma, 189, "Een voorbeeld van dergelijk domein is de farma.");
		note(pharma, "De samenvatting (L189) noemt enkel 'de farma' als voorbeeld; hoofdstuk 5 (L1173) 'de farma en de biotech'.");
		pharma.getTechnologies().add(technologies.get("Pharmaceuticals"));
		pharma.getTechnologies().add(technologies.get("Biotechnology"));
		StrategicDomain semis = example("Semiconductors", DomainCategory.ECOSYSTEM_GAP, 1175,
				"een innovatie/technologische sterkte én wetenschappelijke sterkte maar zijn de economische activiteiten nog onderontwikkeld");
		semis.setDescription("Voorbeeld van een domein met een hiaat in het ecosysteem (innovatie/technologische en "
				+ "wetenschappelijke sterkte, economische activiteiten nog onderontwikkeld).");
		cite(semis, 190, "Een voorbeeld van dit laatste is bv. semiconductors.");
		semis.getTechnologies().add(technologies.get("Semiconductors"));
		StrategicDomain hpc = example("High performance computing", DomainCategory.MOONSHOT, 1181,
				"Een voorbeeld is high performance computing.");
		hpc.setDescription("Voorbeeld van een moonshot domein.");
		cite(hpc, 194, "Een voorbeeld is high performance computing.");
		hpc.getTechnologies().add(technologies.get("High-Performance Computing (HPC)"));
	}

	private void clusters() {
		String[][] spearheads = { { "Blauwe cluster", "duurzame en innovatieve blauwe economie" },
				{ "Catalisti", "duurzame chemie en materialen" }, { "ENT.A", "entertainmentsector" },
				{ "Flanders' Food", "agrovoedingsindustrie" }, { "Flux50", "smart energy" },
				{ "Biovia", "health innovation" }, { "VIL", "duurzame innovatieve logistiek" } };
		for (String[] s : spearheads) {
			Cluster c = cite(named(ECO.createCluster(), s[0], null), 1062, s[0] + " (" + s[1] + ")");
			c.setKind(ClusterKind.SPEARHEAD_CLUSTER);
			c.setFocus(s[1]);
			c.setJurisdiction(flanders);
			model.getClusters().add(c);
		}
		Cluster enta = model.getClusters().get(2);
		enta.setFoundedYear(2025);
		cite(enta, 1082, "ENT.A aangezien deze cluster pas opgericht werd in 2025");
	}

	private Recommendation rec(Recommendation parent, String code, String name, int tocLine, int bodyLine, String bodyQuote) {
		Recommendation r = recommendation(parent, code, name, null);
		cite(r, tocLine, "Aanbeveling " + code + ":");
		cite(r, bodyLine, bodyQuote);
		r.setOrigin(advice);
		r.getAddressees().add(government);
		return r;
	}

	private void advice() {
		advice = named(GOV.createStakeholderInput(), "Strategische keuzes voor Vlaanderen",
				"Advies van VARIO op vraag van de Vlaamse Regering (februari 2026).");
		cite(advice, 437, 439, "vraagt Vlaams minister-president Diependaele aan VARIO om advies te verlenen");
		cite(advice, 1122, "VARIO reikt wel een beslissingskader aan");
		advice.setKind(InputKind.ADVICE);
		advice.setSubject("Beslissingskader voor de selectie van strategische domeinen");
		advice.getSubmittedBy().add(vario);
		advice.setIssuingBody(model.getGovernanceBodies().get(0));
		advice.getAddressees().add(government);
		advice.setDocument(document);
		model.getStakeholderInputs().add(advice);

		Recommendation r1 = rec(null, "1", "Hanteer volgend beslissingskader voor een transparant en onderbouwd keuzeproces", 100, 1124, "AANBEVELING 1: HANTEER VOLGEND BESLISSINGSKADER");
		rec(r1, "1.1", "Hanteer de opgegeven criteria bij het maken van keuzes", 101, 1128, "AANBEVELING 1.1: HANTEER DE OPGEGEVEN CRITERIA");
		rec(r1, "1.2", "Analyseer diverse data en valideer a.d.h.v. consultaties", 103, 1148, "AANBEVELING 1.2: ANALYSEER DIVERSE DATA");
		rec(r1, "1.3", "Gebruik de beslissingsboom als leidraad", 105, 1157, "AANBEVELING 1.3: GEBRUIK DE BESLISSINGSBOOM");
		Recommendation r2 = rec(null, "2", "Hanteer een portfolio-aanpak voor strategische investeringen", 107, 1191, "AANBEVELING 2: HANTEER EEN PORTFOLIO AANPAK");
		Recommendation r21 = rec(r2, "2.1", "Versterk leiderschapspositie in domeinen waar Vlaanderen reeds sterk staat", 109, 201, "AANBEVELING 2.1: VERSTERK LEIDERSCHAPSPOSITIE");
		Recommendation r22 = rec(r2, "2.2", "Wees selectief en versterk ecosysteem door gericht te investeren in 'ontbrekende' schakels, bundel inspanningen rond een beperkt aantal ecosystemen", 111, 207, "AANBEVELING 2.2: WEES SELECTIEF");
		Recommendation r23 = rec(r2, "2.3", "Maak een beperkt aantal 'moonshot' keuzes die kaderen in een interregionale/Europese strategie", 113, 213, "AANBEVELING 2.3: MAAK EEN BEPERKT AANTAL");
		for (Recommendation r : new Recommendation[] { r21, r22, r23 }) {
			note(r, "Hoofdstuk 5 mist de kop en tekst van aanbevelingen 2.1, 2.2 en het begin van 2.3 (de tekst hervat op L1201); "
					+ "geciteerd uit de managementsamenvatting (L201-219).");
		}
		rec(r2, "2.4", "Voorzie een voldoende brede en stabiele basis voor bottom-up O&O&I om een toekomstige lock-in te voorkomen", 115, 1205, "AANBEVELING 2.4: VOORZIE EEN VOLDOENDE BREDE");
		Recommendation r3 = rec(null, "3", "Versterk de economische dynamiek door ondernemerschap en internationale waardeketens te omarmen", 117, 1229, "AANBEVELING 3: VERSTERK DE ECONOMISCHE DYNAMIEK");
		rec(r3, "3.1", "Zet in op sterk en ambitieus ondernemerschap", 119, 1233, "AANBEVELING 3.1: ZET IN OP STERK");
		rec(r3, "3.2", "Vind aansluiting bij en creëer unieke sterkte in internationale waardeketens", 121, 1245, "AANBEVELING 3.2: VIND AANSLUITING");
		rec(r3, "3.3", "Maak ruimte voor creatieve destructie", 123, 1263, "AANBEVELING 3.3: MAAK RUIMTE");
		Recommendation r4 = rec(null, "4", "Zorg voor een doordachte vertaling van strategische keuzes naar beleid", 125, 1267, "AANBEVELING 4: ZORG VOOR EEN");
		rec(r4, "4.1", "Veranker strategische keuzes regeringsbreed en zet in op de maakbaarheid van strategische keuzes", 127, 1271, "AANBEVELING 4.1: VERANKER");
		Recommendation r42 = rec(r4, "4.2", "Zorg voor een goede balans tussen vrij en thematische O&O&I-steun en maak de connectie met economische steun, infrastructuur investeringen en kapitaalinvesteringen", 129, 1283, "AANBEVELING 4.2: ZORG VOOR EEN GOEDE BALANS");
		r42.setText("VARIO vraagt de verhouding van ongeveer 2/3 vrije en 1/3 thematisch gestuurde O&O-middelen te bestendigen.");
		cite(r42, 1285, "ongeveer 2/3^e van de Vlaamse O&O-middelen vrij zijn en 1/3^e thematisch gestuurd zijn");
		rec(r4, "4.3", "Zorg voor een duidelijke koppeling tussen beleidsdoelen en (nieuwe) beleidsinitiatieven en zet in op monitoring en evaluatie", 131, 1301, "AANBEVELING 4.3: ZORG VOOR EEN DUIDELIJKE KOPPELING");
	}
}
