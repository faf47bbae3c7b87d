package org.helix.examples;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.helix.model.core.DocumentKind;
import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.HelixKind;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorCategory;
import org.helix.model.core.Measurement;
import org.helix.model.ecosystem.InstrumentKind;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;
import org.helix.model.ecosystem.StageKind;
import org.helix.model.ecosystem.Technology;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.ecosystem.ValueChainStage;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.governance.WorkingGroup;
import org.helix.model.materials.EntryClassification;
import org.helix.model.materials.ListEntry;
import org.helix.model.materials.ListKind;
import org.helix.model.materials.MaterialActivity;
import org.helix.model.materials.MaterialFlow;
import org.helix.model.materials.MaterialGroup;
import org.helix.model.materials.MaterialList;
import org.helix.model.materials.MaterialRole;
import org.helix.model.materials.RawMaterial;
import org.helix.model.materials.StreamOrigin;
import org.helix.model.materials.SupplyShare;

/** Builds the seed-003 model; the strategy with its policy tracks is in {@link RawMaterialsTracks}. */
final class RawMaterialsBuilder extends SeedModelBuilder {

	final Map<String, RawMaterial> materials = new LinkedHashMap<>();
	final Map<String, Organisation> organisations = new LinkedHashMap<>();
	final Map<StageKind, ValueChainStage> stages = new LinkedHashMap<>();
	Jurisdiction belgium;
	Jurisdiction flanders;
	Jurisdiction eu;
	Jurisdiction china;
	Organisation serv;
	Organisation government;
	Organisation commission;
	Organisation vito;
	PolicyInstrument crma;
	StakeholderInput advice;

	RawMaterialsBuilder() {
		super(RawMaterialsExample.SEED, RawMaterialsExample.TITLE);
	}

	void build() {
		model.setDescription("SERV-advies aan de minister-president over een Vlaamse grondstoffenstrategie binnen de "
				+ "Europese Critical Raw Materials Act (CRMA).");
		actorsAndDocument();
		materials();
		lists();
		supply();
		valueChain();
		activities();
		technologiesAndSectors();
		governance();
		advice();
		new RawMaterialsTracks(this).build();
		new RawMaterialsFigures(this).build();
	}

	private Jurisdiction country(String name, String iso, Boolean eu, int line, String quote) {
		return cite(jurisdiction(name, JurisdictionLevel.NATIONAL, iso, eu, null), line, quote);
	}

	private Organisation org(String name, String abbreviation, OrganisationKind kind, HelixKind helix,
			Jurisdiction jurisdiction, int from, int to, String quote) {
		Organisation o = cite(organisation(name, abbreviation, kind, helix, jurisdiction), from, to, quote);
		organisations.put(name, o);
		return o;
	}

	private void actorsAndDocument() {
		eu = cite(jurisdiction("Europese Unie", JurisdictionLevel.SUPRANATIONAL, "EU", null, null), 72, 74,
				"Vlaanderen moet zich met een grondstoffenstrategie inschrijven in de Euro-");
		belgium = country("België", "BE", true, 104, "sche invoerafhankelijkheid persistent is");
		flanders = cite(jurisdiction("Vlaanderen", JurisdictionLevel.REGIONAL, null, null, belgium), 31, "grondstoffen in Vlaanderen te vrijwaren");
		china = country("China", "CN", false, 106, "voor 11 goederen is dit China");
		Jurisdiction us = country("Verenigde Staten", "US", false, 98, "sche goederen duidelijk meer afhankelijk is van de Verenigde Staten dan van China");
		note(us, "België is voor de invoer van strategische goederen meer afhankelijk van de VS dan van China (L96-100); voor 39 "
				+ "van 81 persistente invoerafhankelijkheden (2014-2023) zijn de VS de voornaamste uitvoerder (L102-104).");
		country("Marokko", "MA", false, 700, "voornamelijk Marokko, China, de VS en Canada");
		country("Canada", "CA", false, 700, "voornamelijk Marokko, China, de VS en Canada");
		country("India", "IN", false, 702, "ingevoerd uit o.m. China en India");

		serv = org("Sociaal-Economische Raad van Vlaanderen", "SERV", OrganisationKind.ADVISORY_COUNCIL,
				HelixKind.CIVIL_SOCIETY, flanders, 50, 50, "Met dit advies geeft de SERV invulling aan zijn eerder pleidooi");
		serv.setDescription("Adviesraad van de Vlaamse sociale partners.");
		cite(serv, 27, "In dit advies schuiven de Vlaamse sociale partners een aantal prioritaire be-");
		government = org("Vlaamse Regering", null, OrganisationKind.GOVERNMENT, HelixKind.GOVERNMENT, flanders, 3, 3,
				"Minister-president van de Vlaamse Regering");
		commission = org("Europese Commissie", null, OrganisationKind.EU_INSTITUTION, HelixKind.GOVERNMENT, eu, 646, 646,
				"Om tot de lijst van 34 kritieke grondstoffen te komen, vertrekt de Europese Commissie");
		vito = org("VITO", "VITO", OrganisationKind.STRATEGIC_RESEARCH_CENTRE, HelixKind.KNOWLEDGE, flanders, 149, 149,
				"VITO tot 27 kritieke grondstoffen, waarvan 17 van strategisch niveau");
		Organisation fod = org("FOD Economie", null, OrganisationKind.GOVERNMENT_AGENCY, HelixKind.GOVERNMENT, belgium, 570,
				570, "de FOD Economie");
		cite(fod, 596, "Directie Economische Analyses en Internationale Relaties van de FOD Economie");
		org("Vlaamse overheid (EWI)", "EWI", OrganisationKind.DEPARTMENT, HelixKind.GOVERNMENT, flanders, 594, 594,
				"en alternate van Vlaamse overheid (EWI) en Waalse overheid (SPW)");
		org("Waalse overheid (SPW)", "SPW", OrganisationKind.GOVERNMENT, HelixKind.GOVERNMENT, belgium, 594, 594,
				"Waalse overheid (SPW)");

		Person minister = cite(named(ECO.createPerson(), "Matthias Diependaele", null), 1, 5, "De heer Matthias DIEPENDAELE");
		minister.setFunction("Minister-president van de Vlaamse Regering en Vlaams minister van Economie, Innovatie en Industrie, "
				+ "Buitenlandse Zaken, Digitalisering en Facilitair Management");
		minister.setOrganisation(government);
		model.getActors().add(minister);
		Person kerremans = cite(named(ECO.createPerson(), "Pieter Kerremans", null), 45, 47, "Pieter Kerremans");
		kerremans.setFunction("administrateur-generaal");
		kerremans.setOrganisation(serv);
		model.getActors().add(kerremans);
		Person gryp = cite(named(ECO.createPerson(), "Stijn Gryp", null), 45, 47, "Stijn Gryp");
		gryp.setFunction("voorzitter");
		gryp.setOrganisation(serv);
		model.getActors().add(gryp);

		sourceDocument("Advies kritieke grondstoffenzekerheid", DocumentKind.ADVICE, "nl");
		cite(document, 11, "Advies kritieke grondstoffenzekerheid");
		document.setDescription("Onderbouwd door een uitgebreid informatierapport dat als afzonderlijke publicatie is bijgevoegd "
				+ "(niet in de seed).");
		cite(document, 39, 41, "Dit advies wordt onderbouwd door een uitgebreid informatierapport dat als");
		document.getIssuers().add(serv);
		document.getAddressees().add(minister);

		crma = cite(named(ECO.createPolicyInstrument(), "Critical Raw Materials Act", null), 512, 516,
				"Verordening (EU) 2024/1252 van het Europees Parlement en de Raad van 11 april 2024");
		crma.setAcronym("CRMA");
		crma.getAliases().add("Verordening Kritieke Grondstoffen");
		crma.setKind(InstrumentKind.REGULATION);
		crma.setLevel(GovernanceLevel.EUROPEAN);
		crma.setLegalReference("Verordening (EU) 2024/1252");
		crma.setFromYear(2024);
		crma.setJurisdiction(eu);
		crma.setDescription("Kader om een veilige en duurzame voorziening van kritieke grondstoffen te waarborgen.");
		cite(crma, 74, "pese Critical Raw Materials Act (CRMA)");
		cite(crma, 458, "de Verordening Kritieke Grondstoffen7");
		model.getInstruments().add(crma);
	}

	private RawMaterial material(String name, int from, int to, String quote) {
		RawMaterial m = cite(named(MAT.createRawMaterial(), name, null), from, to, quote);
		model.getRawMaterials().add(m);
		materials.put(name, m);
		return m;
	}

	RawMaterial m(String name) {
		RawMaterial m = materials.get(name);
		if (m == null) {
			throw new IllegalArgumentException(name);
		}
		return m;
	}

	private MaterialGroup group(String name, int from, int to, String quote, String... members) {
		MaterialGroup g = cite(named(MAT.createMaterialGroup(), name, null), from, to, quote);
		for (String member : members) {
			g.getMembers().add(m(member));
		}
		model.getMaterialGroups().add(g);
		return g;
	}

	private void materials() {
		// persistent Belgian import dependencies with China as main exporter (fn 1, L102-112)
		material("germanium", 108, 108, "germanium, wolfraam (tungsten)");
		RawMaterial tungsten = material("wolfraam", 108, 108, "wolfraam (tungsten)");
		tungsten.getAliases().add("tungsten");
		RawMaterial ores = material("aluminiumertsen", 108, 110, null);
		ores.setForm(org.helix.model.materials.MaterialForm.ORE);
		material("gallium", 110, 110, "deeltjes van gallium");
		material("indium", 110, 110, "deeltjes van gallium, indium en vanadium");
		material("vanadium", 110, 110, "indium en vanadium");
		material("strontium", 110, 112, "strontium of barium");
		material("barium", 110, 112, "strontium of barium");
		material("boor", 112, 112, "carbiden van boor");
		// base metals (L157-159, L638-640)
		for (String base : new String[] { "ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel" }) {
			material(base, 159, 159, "sismetalen (ijzer, aluminium, koper, zink, tin, lood en nikkel)");
			cite(m(base), 638, 640, "VITO suggereert om de basismetalen (ijzer, aluminium, koper, zink,");
		}
		// associated metals and others produced in Flanders (fn 16, L767-789)
		material("antimoon", 771, 771, "geassocieerde metalen als antimoon");
		material("selenium", 773, 773, "tin, selenium, tellurium indium");
		material("tellurium", 773, 773, "tin, selenium, tellurium indium");
		material("kobalt", 773, 773, "productie van nikkelhoudende stromen en kobalt");
		RawMaterial pgm = material("platinagroepmetalen", 775, 775, "platina-groep metalen");
		pgm.getAliases().add("platinametalen");
		cite(pgm, 802, "(platinametalen)");
		material("arseen", 775, 775, "productie van germanium, gallium en arseen");
		material("cadmium", 783, 783, "rijk zijn aan lood, cadmium, arseen en edele metalen");
		material("edele metalen", 783, 783, "rijk zijn aan lood, cadmium, arseen en edele metalen");
		material("bismut", 800, 800, "arseen, bismut, anti-");
		material("platinum", 802, 802, "germanium, platinum en palladium");
		material("palladium", 802, 802, "germanium, platinum en palladium");
		// food security examples (fn 14, L684-702)
		material("fosfaatgesteente", 684, 684, "fosfaatgesteente (basisgrondstof voor de productie van fosfaatmeststoffen");
		material("zwavel", 686, 686, "zwavel (gebruikt in de productie van zwavelzuur");
		RawMaterial potash = material("kalium", 688, 688, "kalium (Potash)");
		potash.getAliases().add("Potash");
		material("kalksteen", 690, 690, "kalksteen (li-");
		material("talk", 692, 692, "talk (talc)");
		material("magnesiet", 692, 692, "magnesiet (mineraal)");
		material("magnesium", 692, 692, "magnesium (scheikundig element)");
		material("mangaan", 694, 694, "mangaan en ijzer");
		material("zeldzame aardmetalen", 696, 696, "zeldzame aardmetalen (cruciaal in precisie-landbouwtechnologieën");
		m("zeldzame aardmetalen").getAliases().add("zeldzame aardelementen");
		cite(m("zeldzame aardmetalen"), 1222, "zeldzame aardelementen in Zweden, Finland en Spanje");
		material("essentiële aminozuren", 702, 702, "essentiële aminozuren die noodzakelijk zijn in de veevoeding");
		// EU critical raw materials outside the VITO list (fn 11, L666)
		for (String out : new String[] { "bariet", "beryllium", "cokeskool", "veldspaat", "helium", "scandium", "tantaal" }) {
			material(out, 666, 666, "Bariet, beryllium, cokeskool, veldspaat, helium, scandium en tantaal vallen uit de Europese lijst");
		}
		material("fluoriet", 680, 680, "cokeskool en fluoriet als grensgevallen");
		RawMaterial quartz = material("kwartszand", 791, 793, "zeer zuivere witte kwartszand, ook wel glaszand of");
		quartz.getAliases().add("glaszand");
		quartz.getAliases().add("silicazand");
		// extraction in Flanders (L753, L796)
		material("zand", 753, 753, "bescheiden ontginning van zand17, kiezel, klei en");
		material("kiezel", 753, 753, "kiezel, klei en");
		material("klei", 753, 753, "kiezel, klei en");
		material("leem", 796, 796, "leem, beschikt niet over productieve mijnsites");
		// battery materials of the strategic projects (L1746-1748) and hosts of germanium (fn 27)
		material("lithium", 806, 806, "met betrekking tot mangaan en lithium");
		material("grafiet", 1746, 1748, "en grafiet die allen van belang zijn");
		material("zilver", 1309, 1309, "product uit de productie van zink, zilver, lood of koper of uit steenkool");
		material("steenkool", 1309, 1309, "product uit de productie van zink, zilver, lood of koper of uit steenkool");
		for (String rare : new String[] { "neodymium", "praeseodymium", "dysprosium" }) {
			material(rare, 1766, 1766, "(neodymium, praeseodymium en dysprosium)");
		}

		RawMaterial germanium = m("germanium");
		germanium.setAssociatedMetal(true);
		for (String host : new String[] { "zink", "zilver", "lood", "koper", "steenkool" }) {
			germanium.getHostMaterials().add(m(host));
		}
		germanium.setDescription("Komt in de natuur niet voor als zuiver metaal; wordt voornamelijk gewonnen als bijproduct uit de "
				+ "productie van zink, zilver, lood of koper of uit steenkool. Gebruikt in zonnepanelen voor satellieten.");
		cite(germanium, 1305, 1309, "Germanium komt in de natuur niet voor als zuiver metaal");
		for (String associated : new String[] { "antimoon", "selenium", "tellurium", "indium" }) {
			m(associated).setAssociatedMetal(true);
			cite(m(associated), 771, 773, "loodproductie uit secundaire stromen en geassocieerde metalen als antimoon,");
		}
		m("tin").setAssociatedMetal(true);
		cite(m("tin"), 769, "geassocieerde metalen als tin");
		for (String inZinc : new String[] { "indium", "gallium", "germanium" }) {
			cite(m(inZinc), 808, 810, "ook kritieke metalen zoals indium, gallium en germanium");
		}

		group("Basismetalen", 157, 159, "sismetalen (ijzer, aluminium, koper, zink, tin, lood en nikkel)", "ijzer", "aluminium",
				"koper", "zink", "tin", "lood", "nikkel");
		group("Metalen voor batterijen", 1364, 1397, "lithium, nikkel en kobalt", "lithium", "nikkel", "kobalt");
		group("Platinametalen", 800, 802, "germanium, platinum en palladium (platinametalen)", "platinum", "palladium");
		group("Zeldzame aardmetalen voor permanente magneten", 1764, 1766, "(neodymium, praeseodymium en dysprosium)",
				"neodymium", "praeseodymium", "dysprosium");
	}

	private ListEntry entry(MaterialList list, String material, EntryClassification classification, int from, int to,
			String quote) {
		ListEntry e = cite(MAT.createListEntry(), from, to, quote);
		e.setMaterial(m(material));
		e.setClassification(classification);
		list.getEntries().add(e);
		return e;
	}

	private MaterialList list(String name, ListKind kind, GovernanceLevel level, Integer assessed, int from, int to,
			String quote) {
		MaterialList l = cite(named(MAT.createMaterialList(), name, null), from, to, quote);
		l.setKind(kind);
		l.setLevel(level);
		l.setAssessedCount(assessed);
		model.getMaterialLists().add(l);
		return l;
	}

	private void lists() {
		MaterialList assessed = list("Europese lijst van 87 beoordeelde grondstoffen", ListKind.ASSESSED_CANDIDATES,
				GovernanceLevel.EUROPEAN, 87, 646, 650, "van een lijst van 87 grondstoffen waarop zij de kriticiteitstoetsing");
		assessed.setAuthority(commission);
		assessed.setJurisdiction(eu);
		assessed.setCriteria("economisch belang en bevoorradingsrisico");
		note(assessed, "De seed somt de 87 grondstoffen niet op; enkel de hieronder vermelde worden als deel van de lijst genoemd.");
		String[] food = { "fosfaatgesteente", "zwavel", "kalium", "boor", "kalksteen", "talk", "magnesiet", "magnesium", "zink",
				"koper", "mangaan", "ijzer", "zeldzame aardmetalen" };
		for (String f : food) {
			entry(assessed, f, EntryClassification.UNSPECIFIED, 650, 652, "grondstoffen14 omvat die essentieel zijn voor de voedselzekerheid")
					.setRationale("essentieel voor de voedselzekerheid (voorbeeld in voetnoot 14)");
		}
		entry(assessed, "kwartszand", EntryClassification.ASSESSED_NOT_CRITICAL, 791, 795,
				"is één van de 87 door de Europese Commissie beoordeelde grondstoffen, maar uiteindelijk geen")
				.setRationale("één van de 87 beoordeelde grondstoffen, maar uiteindelijk geen kritieke grondstof");

		MaterialList critical = list("Europese lijst van kritieke grondstoffen", ListKind.CRITICAL, GovernanceLevel.EUROPEAN, null,
				393, 395, "Kritieke grondstoffen zijn 34 grondstoffen die economisch gezien het be-");
		critical.setDescription("34 grondstoffen die economisch gezien het belangrijkst zijn en waarvoor het risico het grootst is dat "
				+ "de aanvoer ervan stokt.");
		critical.setAuthority(commission);
		critical.setJurisdiction(eu);
		critical.setDerivedFrom(assessed);
		critical.setLegalBasis(crma);
		critical.setCriteria("economisch belang en bevoorradingsrisico");
		note(critical, "De seed noemt 34 kritieke grondstoffen (L393, L624, L646) maar somt ze niet op; enkel de hieronder vermelde "
				+ "worden als kritieke grondstof genoemd.");
		for (String crm : new String[] { "germanium", "wolfraam", "aluminiumertsen", "gallium", "indium", "vanadium", "strontium",
				"barium", "boor" }) {
			entry(critical, crm, EntryClassification.CRITICAL, 106, 112, "van die 11 goederen kritieke grondstoffen betreffen");
		}
		for (String out : new String[] { "bariet", "beryllium", "cokeskool", "veldspaat", "helium", "scandium", "tantaal" }) {
			entry(critical, out, EntryClassification.CRITICAL, 666, 666, "vallen uit de Europese lijst");
		}
		for (String processed : new String[] { "arseen", "bismut", "antimoon", "platinum", "palladium" }) {
			entry(critical, processed, EntryClassification.CRITICAL, 798, 802, "belangrijkste Europese verwerkers van de kritieke grondstoffen");
		}
		for (String strategic : new String[] { "nikkel", "koper" }) {
			entry(critical, strategic, EntryClassification.STRATEGIC_ONLY, 207, 209,
					"Nikkel en koper behoren ook tot de lijst van kritieke grondstoffen zij het enkel onder de noe-")
					.setRationale("gediversifieerde aanvoer (dus niet-kritiek) maar onmisbaar voor strategische technologieën");
		}

		MaterialList strategicList = list("Europese lijst van strategische grondstoffen", ListKind.STRATEGIC, GovernanceLevel.EUROPEAN,
				null, 397, 401, "34 kritieke grondstoffen is een lijst van 17 strategische grondstoffen");
		strategicList.setDescription("17 strategische grondstoffen binnen de lijst van 34 kritieke grondstoffen.");
		strategicList.setCriteria("exponentieel toenemende vraag, complex productieproces, groot strategisch belang voor de twin "
				+ "transitie en de defensie en ruimtevaart");
		strategicList.setAuthority(commission);
		strategicList.setJurisdiction(eu);
		strategicList.setDerivedFrom(critical);
		strategicList.setLegalBasis(crma);
		ListEntry nickel = entry(strategicList, "nikkel", EntryClassification.STRATEGIC_ONLY, 672, 674,
				"Nikkel staat ook op de lijst van strategische grondstoffen maar wel enkel wat ze noemen ‘battery grade material’");
		nickel.setRationale("enkel 'battery grade material', nikkel voor het gebruik in batterijen");
		entry(strategicList, "koper", EntryClassification.STRATEGIC_ONLY, 640, 642, "waarvan nikkel en koper intussen door de Europese Commissie als");
		for (String battery : new String[] { "lithium", "kobalt", "mangaan", "grafiet" }) {
			entry(strategicList, battery, EntryClassification.STRATEGIC, 1744, 1748,
					"De strategische projecten hebben betrekking op 14 van de 17 strate-");
		}
		note(strategicList, "De 17 strategische grondstoffen worden niet opgesomd. Lithium, nikkel, kobalt, mangaan en grafiet worden "
				+ "genoemd bij de strategische projecten die 14 van de 17 strategische grondstoffen dekken (L1744-1748).");

		MaterialList vitoList = list("Lijst van kritieke grondstoffen voor België (VITO)", ListKind.REGIONAL, GovernanceLevel.NATIONAL,
				null, 622, 626, "heeft VITO de Europese lijst van 34 kritieke grond-");
		vitoList.setDescription("27 kritieke grondstoffen voor België, waarvan 17 van strategisch niveau.");
		cite(vitoList, 149, "VITO tot 27 kritieke grondstoffen, waarvan 17 van strategisch niveau");
		cite(vitoList, 626, "stoffen ingeperkt tot 2711 voor België, waarvan 17 van strategisch niveau");
		vitoList.setAuthority(vito);
		vitoList.setJurisdiction(belgium);
		vitoList.setDerivedFrom(critical);
		vitoList.setYear(2024);
		cite(vitoList, 676, 678, "Christis M., Van den Abeele L., Deckers J. (2024)");
		vitoList.setCriteria("economisch belang en bevoorradingsrisico");
		note(vitoList, "L149 spreekt van 27 grondstoffen 'voor België/Vlaanderen', L626 van 27 'voor België'. De 27 worden niet "
				+ "opgesomd; enkel de uitgevallen en grensgevallen.");
		for (String out : new String[] { "bariet", "beryllium", "veldspaat", "helium", "scandium", "tantaal" }) {
			entry(vitoList, out, EntryClassification.EXCLUDED, 666, 666, "vallen uit de Europese lijst");
		}
		ListEntry coke = entry(vitoList, "cokeskool", EntryClassification.EXCLUDED, 666, 666, "vallen uit de Europese lijst");
		coke.setBorderline(true);
		coke.setSupplyRisk(new BigDecimal("0.9"));
		coke.setRationale("grensgeval: bevoorradingsrisico op Belgisch niveau 0,9; economisch belang hoger dan 2,8");
		cite(coke, 680, 682, "niveau 0,9 bedraagt en hun economisch belang hoger is dan 2,8");
		note(coke, "Cokeskool valt uit de Belgische lijst (L666) en geldt tegelijk als grensgeval (L680-682).");
		ListEntry fluorspar = entry(vitoList, "fluoriet", EntryClassification.BORDERLINE, 680, 682,
				"niveau 0,9 bedraagt en hun economisch belang hoger is dan 2,8");
		fluorspar.setBorderline(true);
		fluorspar.setSupplyRisk(new BigDecimal("0.9"));
		fluorspar.setRationale("grensgeval: bevoorradingsrisico op Belgisch niveau 0,9; economisch belang hoger dan 2,8");
		note(fluorspar, "Het economisch belang is enkel gegeven als 'hoger dan 2,8'; ListEntry.economicImportance blijft leeg.");

		MaterialList baseMetals = list("Aanvulling met basismetalen", ListKind.PROPOSED_ADDITIONS, GovernanceLevel.REGIONAL, null,
				638, 644, "VITO suggereert om de basismetalen (ijzer, aluminium, koper, zink,");
		baseMetals.setAuthority(vito);
		baseMetals.setJurisdiction(flanders);
		baseMetals.setDerivedFrom(vitoList);
		baseMetals.setCriteria("Vlaamse productiecapaciteit, directe input in strategische technologieën, directe industriële "
				+ "connectie met meerdere kritieke grondstoffen");
		cite(baseMetals, 157, 159, "wordt die lijst best aangevuld met de ba-");
		for (String base : new String[] { "ijzer", "aluminium", "koper", "zink", "tin", "lood", "nikkel" }) {
			entry(baseMetals, base, EntryClassification.PROPOSED_ADDITION, 638, 640, "(ijzer, aluminium, koper, zink,")
					.setRationale("zodat ze dezelfde aandacht krijgen als kritieke grondstoffen");
		}
		for (String notOnEu : new String[] { "zink", "lood" }) {
			cite(baseMetals.getEntries().stream().filter(e -> e.getMaterial() == m(notOnEu)).findFirst().orElseThrow(), 628, 630,
					"zink en lood niet in de Europese lijst van kritieke grond-");
		}

		MaterialList foodList = list("Aanvulling met grondstoffen voor voedselzekerheid", ListKind.PROPOSED_ADDITIONS,
				GovernanceLevel.REGIONAL, null, 658, 662, "De SERV pleit er daarom voor om de Vlaamse lijst van kritieke grondstof-");
		foodList.setAuthority(serv);
		foodList.setJurisdiction(flanders);
		foodList.setDerivedFrom(assessed);
		foodList.setCriteria("grondstoffen die verband houden met voedsel en voedselproductie, zoals zaden, voederadditieven, "
				+ "componenten gebruikt voor de productie van gewasbeschermingsmiddelen of medicatie");
		cite(foodList, 179, 181, "grondstoffen die essentieel zijn voor de voedselzekerheid in");
		for (String f : food) {
			entry(foodList, f, EntryClassification.PROPOSED_ADDITION, 684, 696, "Voorbeelden zijn fosfaatgesteente");
		}
	}

	private SupplyShare share(String material, Jurisdiction supplier, Jurisdiction importer, StageKind stage, Integer year,
			String text, int from, int to, String quote) {
		SupplyShare s = cite(MAT.createSupplyShare(), from, to, quote);
		s.setSupplier(supplier);
		s.setImporter(importer);
		s.setStage(stage);
		s.setYear(year);
		s.setText(text);
		m(material).getSupplyShares().add(s);
		return s;
	}

	private void supply() {
		for (String crm : new String[] { "germanium", "wolfraam", "aluminiumertsen", "gallium", "indium", "vanadium", "strontium",
				"barium", "boor" }) {
			SupplyShare s = share(crm, china, belgium, null, null,
					"China is de voornaamste uitvoerder naar België; persistente invoerafhankelijkheid in 2014-2023", 102, 112,
					"voor 11 goederen is dit China");
			s.setMainSupplier(true);
		}
		SupplyShare magnets = share("zeldzame aardmetalen", china, null, null, null,
				"permanente magneten komen nu nog bijna exclusief uit China", 1758, 1762, "nu nog bijna exclusief uit");
		magnets.setMainSupplier(true);
		cite(magnets, 448, 452, "concentratie van specifieke grondstoffen in een beperkt aantal landen, in het bijzonder China");
		magnets.setExportRestrictions(null);
		Jurisdiction india = model.getJurisdictions().stream().filter(j -> "India".equals(j.getName())).findFirst().orElseThrow();
		share("essentiële aminozuren", china, null, null, null, "ingevoerd uit o.m. China en India (veevoeding)", 702, 702,
				"ingevoerd uit o.m. China en India");
		share("essentiële aminozuren", india, null, null, null, "ingevoerd uit o.m. China en India (veevoeding)", 702, 702,
				"ingevoerd uit o.m. China en India");
		for (String processed : new String[] { "arseen", "bismut", "antimoon", "platinum", "germanium", "palladium" }) {
			share(processed, belgium, null, StageKind.PROCESSING_REFINING, 2021,
					"België is één van de belangrijkste EU-producenten (via verwerking) volgens het Raw Materials Information System",
					1326, 1330, "als arseen, bismut, antimoon, platinum, germanium en palladium");
		}
		note(m("kalium"), "Kalium- en fosfaatrotsreserves zijn in bezit van een handvol landen, voornamelijk Marokko, China, de VS en "
				+ "Canada (L700); het metamodel kent geen reserves, enkel aanvoer.");
		cite(m("kalium"), 700, "Kalium en fosfaatrotsreserves zijn in bezit van een handvol landen");
		note(m("fosfaatgesteente"), "Reserves: voornamelijk Marokko, China, de VS en Canada (L700).");
		cite(m("fosfaatgesteente"), 700, "Kalium en fosfaatrotsreserves zijn in bezit van een handvol landen");
		note(m("lithium"), "EU-afzettingen in Portugal en Frankrijk (L1220-1222); als reserve, niet als aanvoer genoteerd.");
		cite(m("lithium"), 1220, "lithium in Portugal");
		note(m("kobalt"), "EU-afzettingen in Portugal (L1222).");
		cite(m("kobalt"), 1222, "kobalt in Portugal");
	}

	private void valueChain() {
		ValueChain chain = cite(named(ECO.createValueChain(), "Waardeketen van kritieke grondstoffen", null), 943, 951,
				"Deze waardeketen omvat volgende fasen");
		chain.setDescription("De zes fasen van voetnoot 21.");
		Object[][] phases = { { "exploratiefase", StageKind.EXPLORATION, 943, "de exploratiefase (identificatie en analyse van de ertslagen)" },
				{ "ontginningsfase", StageKind.EXTRACTION, 943, 945, "fase (winning van materialen en voorbereiding voor verdere verwerking)" },
				{ "verwerkings-/raffinagefase", StageKind.PROCESSING_REFINING, 945, 947, "verwerkings-/raffinagefase (pyro- en hydro-" },
				{ "productiefase", StageKind.PRODUCTION, 947, 947, "productiefase (omzetting van geraffineerde mineralen of metalen in eindproducten)" },
				{ "gebruikersfase", StageKind.USE, 947, 949, "bruikersfase (gebruik van producten door consumenten en ondernemingen)" },
				{ "afvalfase/recyclagefase", StageKind.WASTE_RECYCLING, 949, 951, "afvalfase/recyclagefase van produc-" } };
		for (Object[] p : phases) {
			int from = (Integer) p[2];
			int to = p.length == 5 ? (Integer) p[3] : from;
			String quote = (String) p[p.length - 1];
			ValueChainStage stage = cite(named(ECO.createValueChainStage(), (String) p[0], null), from, to, quote);
			stage.setKind((StageKind) p[1]);
			chain.getStages().add(stage);
			stages.put((StageKind) p[1], stage);
		}
		model.getValueChains().add(chain);
	}

	private MaterialActivity activity(String organisation, String material, MaterialRole role, StageKind stage,
			StreamOrigin origin, String text, int from, int to, String quote) {
		MaterialActivity a = cite(MAT.createMaterialActivity(), from, to, quote);
		a.setOrganisation(organisations.get(organisation));
		a.setRole(role);
		a.setStageKind(stage);
		a.setStage(stages.get(stage));
		a.setOrigin(origin);
		a.setText(text);
		m(material).getActivities().add(a);
		return a;
	}

	private Organisation company(String name, int from, int to, String quote) {
		return org(name, null, OrganisationKind.COMPANY, HelixKind.INDUSTRY, null, from, to, quote);
	}

	private void activities() {
		company("ArcelorMittal Belgium", 767, 767, "ArcelorMittal Belgium (staal met ijzer als input)");
		company("Aperam Genk", 767, 767, "Aperam Genk (roestvrijstaal)").setDescription("roestvrijstaal");
		company("Aurubis", 767, 769, "Aurubis (productie van ko-");
		company("Umicore", 771, 771, "Umicore (productie van koper");
		company("Lamifil", 775, 779, "Lamifil en Affilips (allen koper)");
		company("Affilips", 775, 775, "Lamifil en Affilips (allen koper)");
		company("Aluminium Duffel", 775, 777, "Aluminium Duf-");
		company("E-Max", 777, 777, "E-Max, Hydro Extrusion Lichtervelde, Remi Claeys Aluminium en Lamifil");
		company("Hydro Extrusion Lichtervelde", 777, 777, "Hydro Extrusion Lichtervelde");
		company("Remi Claeys Aluminium", 777, 777, "Remi Claeys Aluminium");
		company("Campine", 779, 779, "Campine (loodproductie uit secundaire stromen en geassocieerde metalen als anti-");
		company("Nyrstar", 781, 781, "Nyrstar (zinkproductie");
		company("Rezinal Zink", 783, 783, "en Rezinal Zink");
		company("EuroChem", 783, 785, "EuroChem (produc-");
		for (String alloy : new String[] { "De Craene", "KBM Affilips", "Molymet", "Reazn Belgium" }) {
			company(alloy, 787, 789, alloy.equals("KBM Affilips") ? "KBM Affi-" : alloy).setDescription(
					"actief in de productie van legeringselementen of voorlegeringen met inzet van kritieke grondstoffen");
		}
		cite(organisations.get("Lamifil"), 789, "Lamifil, Molymet en Reazn Belgium");
		company("Solvay", 1754, 1754, "Ook een project van chemiereus Solvay in Italië is weerhouden");
		for (String anchored : new String[] { "Umicore", "Aurubis", "Campine", "Nyrstar", "ArcelorMittal Belgium" }) {
			cite(organisations.get(anchored), 1269, 1271, "bedrijven zoals Umicore, Aurubis, Campine, Nyrstar");
		}

		activity("ArcelorMittal Belgium", "ijzer", MaterialRole.USES, StageKind.PRODUCTION, null, "staal met ijzer als input", 767, 767,
				"staal met ijzer als input");
		activity("Aurubis", "koper", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "productie van koper", 767, 769, "productie van ko-");
		activity("Aurubis", "lood", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, StreamOrigin.SECONDARY,
				"productie van lood uit secundaire stromen", 769, 769, "productie van lood uit secundaire stromen");
		activity("Aurubis", "tin", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "geassocieerd metaal", 769, 769,
				"geassocieerde metalen als tin");
		activity("Aurubis", "nikkel", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "productie van nikkelhoudende stromen",
				769, 771, "productie van nikkelhoudende stro-");
		activity("Umicore", "koper", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "productie van koper", 771, 771,
				"Umicore (productie van koper");
		activity("Umicore", "lood", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, StreamOrigin.SECONDARY,
				"loodproductie uit secundaire stromen", 771, 771, "loodproductie uit secundaire stromen");
		for (String associated : new String[] { "antimoon", "tin", "selenium", "tellurium", "indium" }) {
			activity("Umicore", associated, MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "geassocieerd metaal", 771, 773,
					"geassocieerde metalen als antimoon,");
		}
		activity("Umicore", "nikkel", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "productie van nikkelhoudende stromen",
				773, 773, "productie van nikkelhoudende stromen en kobalt");
		activity("Umicore", "kobalt", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, null, 773, 773,
				"productie van nikkelhoudende stromen en kobalt");
		activity("Umicore", "edele metalen", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, null, 773, 775,
				"productie ven edele metalen en");
		activity("Umicore", "platinagroepmetalen", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, null, 775, 775,
				"platina-groep metalen");
		for (String m : new String[] { "gallium", "arseen" }) {
			activity("Umicore", m, MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, null, 775, 775,
					"productie van germanium, gallium en arseen");
		}
		MaterialActivity olen = activity("Umicore", "germanium", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null,
				"germanium dat onder meer wordt gebruikt in zonnepanelen voor satellieten", 1305, 1305,
				"Umicore produceert in zijn fabriek in Olen germanium");
		olen.setSite("Olen");
		cite(olen, 775, "productie van germanium, gallium en arseen");
		activity("Umicore", "germanium", MaterialRole.SUBSTITUTES, StageKind.SUBSTITUTION, null,
				"EU strategisch project (substitutie van germanium)", 1752, 1754, "In België gaat het om 2 projecten met Umicore (substitutie en bewerking van germa-");
		activity("Umicore", "germanium", MaterialRole.PROCESSES, StageKind.PROCESSING_REFINING, null,
				"EU strategisch project (bewerking van germanium)", 1752, 1754, "In België gaat het om 2 projecten met Umicore (substitutie en bewerking van germa-");
		for (String copper : new String[] { "Lamifil", "Affilips" }) {
			activity(copper, "koper", MaterialRole.UNSPECIFIED, StageKind.UNSPECIFIED, null, "allen koper", 775, 775, "(allen koper)");
		}
		for (String alu : new String[] { "Aluminium Duffel", "E-Max", "Hydro Extrusion Lichtervelde", "Remi Claeys Aluminium", "Lamifil" }) {
			activity(alu, "aluminium", MaterialRole.PROCESSES, StageKind.SEMI_FINISHED, null,
					"aluminium halffabricaten, geen primaire aluminiumproductie", 777, 779, "(allen aluminium halffabricaten, geen pri-");
		}
		activity("Campine", "lood", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, StreamOrigin.SECONDARY,
				"loodproductie uit secundaire stromen", 779, 779, "Campine (loodproductie uit secundaire stromen");
		activity("Campine", "antimoon", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "geassocieerd metaal", 779, 781,
				"geassocieerde metalen als anti-");
		MaterialActivity zinc = activity("Nyrstar", "zink", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, null, "zinkproductie",
				781, 781, "Nyrstar (zinkproductie");
		zinc.setSite("Balen");
		cite(zinc, 1311, "fabriek van Nyrstar in Balen, waar één van de grootste zinksmelters ter wereld staat");
		for (String alloyMetal : new String[] { "aluminium", "magnesium" }) {
			activity("Nyrstar", alloyMetal, MaterialRole.USES, StageKind.PROCESSING_REFINING, null,
					"productie van legeringen die aluminium en/of magnesium bevatten", 781, 781,
					"productie van legeringen die aluminium en/of magnesium bevatten");
		}
		for (String residue : new String[] { "lood", "cadmium", "arseen", "edele metalen" }) {
			activity("Nyrstar", residue, MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING, StreamOrigin.SECONDARY,
					"productie van reststromen die rijk zijn aan lood, cadmium, arseen en edele metalen", 781, 783,
					"rijk zijn aan lood, cadmium, arseen en edele metalen");
		}
		activity("EuroChem", "fosfaatgesteente", MaterialRole.PROCESSES, StageKind.PROCESSING_REFINING, null,
				"productie uit fosfaatgesteente van basisproducten voor de agri-food en chemiesector", 783, 785, "tie uit fosfaatgesteente van basisproducten");
		activity("Solvay", "platinagroepmetalen", MaterialRole.RECYCLES, StageKind.WASTE_RECYCLING, StreamOrigin.SECONDARY,
				"EU strategisch project in Italië: recyclage van de platinagroepmetalen", 1754, 1756,
				"van de platinagroepmetalen");
		MaterialActivity rochelle = activity("Solvay", "zeldzame aardmetalen", MaterialRole.PRODUCES, StageKind.PROCESSING_REFINING,
				null, "productie van zeldzame aardmetalen voor permanente magneten, opgestart op 8 april 2025", 1756, 1760,
				"Franse vestiging in La Rochelle op 8 april 2025 de productie van zeldzame aardmetalen voor permanente magneten");
		rochelle.setSite("La Rochelle");
		for (String rare : new String[] { "neodymium", "praeseodymium", "dysprosium" }) {
			activity("Solvay", rare, MaterialRole.RECYCLES, StageKind.WASTE_RECYCLING, StreamOrigin.SECONDARY,
					"uit gerecycleerde permanente magneten", 1764, 1768, "uit gerecycleerde permanente");
		}

		MaterialFlow flow = cite(MAT.createMaterialFlow(), 1309, 1311, "Zowat 60% van het germanium in Olen wordt");
		flow.setFrom(organisations.get("Nyrstar"));
		flow.setTo(organisations.get("Umicore"));
		flow.setShareOfRecipientInput(new BigDecimal("0.60"));
		flow.setText("Zowat 60% van het germanium in Olen wordt gemaakt van reststromen van de fabriek van Nyrstar in Balen");
		m("germanium").getFlows().add(flow);

		Sector baseMetalSector = cite(named(ECO.createSector(), "Productiesector van basismetalen", null), 1299, 1303,
				"De sector omvat 34 ondernemingen in België");
		baseMetalSector.setKind(SectorKind.ECONOMIC_SECTOR);
		model.getSectors().add(baseMetalSector);
		for (String company : new String[] { "Umicore", "Aurubis", "Campine", "Nyrstar", "ArcelorMittal Belgium" }) {
			organisations.get(company).getSectors().add(baseMetalSector);
		}
		Object[][] agoria = { { "Aantal ondernemingen in de basismetaalsector (België)", "34", null, IndicatorCategory.ECONOMIC, 1299, "De sector omvat 34 ondernemingen in België" },
				{ "Omzet basismetaalsector (België)", "17400000000", "EUR", IndicatorCategory.ECONOMIC, 1299, "met een omzet van €17,4 miljard" },
				{ "Toegevoegde waarde basismetaalsector (België)", "2700000000", "EUR", IndicatorCategory.ECONOMIC, 1299, "een toegevoegde waarde van €2,7" },
				{ "Directe tewerkstelling basismetaalsector (België)", "7800", "werknemers", IndicatorCategory.EMPLOYMENT, 1301, "De directe tewerkstelling bedraagt 7.800 werknemers" },
				{ "Investeringen basismetaalsector (België)", "200000000", "EUR", IndicatorCategory.ECONOMIC, 1301, "In 2024 werd voor ongeveer €200 miljoen geïn-" },
				{ "O&O-uitgaven basismetaalsector (België)", "50000000", "EUR", IndicatorCategory.INNOVATION, 1303, "bedroegen de O&O-uitgaven €50 miljoen" } };
		for (Object[] a : agoria) {
			Indicator indicator = cite(indicator((String) a[0], null), (Integer) a[4], (String) a[5]);
			indicator.setUnit((String) a[2]);
			indicator.setCategory((IndicatorCategory) a[3]);
			indicator.setSource("Agoria");
			Measurement measurement = cite(CORE.createMeasurement(), (Integer) a[4], (String) a[5]);
			measurement.setYear(2024);
			measurement.setValue(new BigDecimal((String) a[1]));
			measurement.setSource("Agoria");
			indicator.getMeasurements().add(measurement);
		}
		note(model.getIndicators().get(4), "De investeringen zijn 'ongeveer €200 miljoen' (L1301).");
	}

	private void technologiesAndSectors() {
		String[] technologies = { "lithium-ion batterijen", "brandstofcellen", "elektrolysers", "windturbines",
				"elektrotractiemotoren", "zonnepanelen", "warmtepompen",
				"staalproductie met waterstof (direct reduced iron) of elektriciteit (vlamboogoven)", "datatransmissienetwerken",
				"dataopslag en servers", "smartphones, tablets&laptops", "additive manufacturing", "robotics", "drones",
				"ruimtevaart-lanceerinrichtingen & satellieten" };
		int[] lines = { 439, 439, 439, 439, 439, 439, 441, 441, 441, 443, 443, 443, 443, 443, 443 };
		String[] quotes = { "lithium-ion batterijen", "brandstofcellen", "elektrolysers", "windturbines", "elektrotractiemotoren",
				"zonnepanelen", "warmtepompen", "staalproductie met waterstof (direct reduced iron) of elektriciteit (vlamboogoven)",
				"datatransmissie-", "dataopslag en servers", "smartphones, tablets&laptops", "additive manufacturing", "robotics",
				"drones", "ruimte-" };
		for (int i = 0; i < technologies.length; i++) {
			int to = i == 8 || i == 14 ? lines[i] + 2 : lines[i];
			Technology t = cite(named(ECO.createTechnology(), technologies[i], null), lines[i], to, quotes[i]);
			cite(t, 431, 433, "15 stra-");
			model.getTechnologies().add(t);
		}
		Technology wind = model.getTechnologies().get(3);
		for (String rare : new String[] { "neodymium", "praeseodymium", "dysprosium" }) {
			m(rare).getUsedIn().add(wind);
		}
		String[] sectors = { "hernieuwbare energie", "elektrische mobiliteit", "energie-intensieve industrie", "ICT",
				"ruimtevaart & defensie" };
		String[] alternative = { "hernieuwbare energie", "e-mobiliteit", "industrie", "ICT", "defensie&ruimtevaart" };
		for (int i = 0; i < sectors.length; i++) {
			Sector s = cite(named(ECO.createSector(), sectors[i], null), 433, 435, i < 2 ? sectors[i] : i == 2 ? "energie-intensieve industrie" : sectors[i]);
			s.setKind(SectorKind.KEY_SECTOR);
			if (!alternative[i].equals(sectors[i])) {
				s.getAliases().add(alternative[i]);
			}
			cite(s, 189, 191, "5 sleutelsecto-");
			model.getSectors().add(s);
		}
		note(model.getSectors().get(3), "Voetnoot 2 (L191) noemt de vijf sleutelsectoren 'hernieuwbare energie, e-mobiliteit, industrie, "
				+ "ICT en defensie&ruimtevaart'; voetnoot 5 (L433-435) 'hernieuwbare energie, elektrische mobiliteit, energie-intensieve "
				+ "industrie, ICT en ruimtevaart & defensie'.");
	}

	private GovernanceBody body(GovernanceBody body, String name, BodyKind kind, GovernanceLevel level, int from, int to,
			String quote) {
		named(body, name, null);
		cite(body, from, to, quote);
		body.setKind(kind);
		body.setLevel(level);
		model.getGovernanceBodies().add(body);
		return body;
	}

	private void governance() {
		GovernanceBody servBody = body(GOV.createGovernanceBody(), "SERV", BodyKind.ADVISORY_COUNCIL, GovernanceLevel.REGIONAL, 45, 47,
				"Pieter Kerremans Stijn Gryp");
		servBody.setOrganisation(serv);
		servBody.setChair(model.getActors().stream().filter(a -> "Stijn Gryp".equals(a.getName())).findFirst().orElseThrow());
		GovernanceBody iec = body(GOV.createGovernanceBody(), "Interministeriële Economische Commissie", BodyKind.OTHER,
				GovernanceLevel.FEDERAL, 554, 556, "Interministeriële  Economische Com-");
		iec.getAliases().add("Comité Interne Markt WG CRM");
		cite(iec, 570, 572, "via de Interministeriële Economi-");
		GovernanceBody euBoard = body(GOV.createGovernanceBody(), "Europese raad voor kritieke grondstoffen", BodyKind.BOARD,
				GovernanceLevel.EUROPEAN, 586, 596, "De Europese raad voor kritieke grondstoffen is samengesteld uit vertegenwoordigers van alle lidstaten en de Com-");
		euBoard.getAliases().add("Europese raad kritieke grondstoffen");
		euBoard.getAliases().add("Europese CRM Board");
		cite(euBoard, 556, "Europese raad kritieke grondstoffen10");
		euBoard.setMandate("Verstrekt de Commissie niet-bindend advies over de in de CRMA vastgestelde opdrachten.");
		Membership hlr = cite(GOV.createMembership(), 590, 596, "Voor België wordt de HLR");
		hlr.setRole(MembershipRole.MEMBER);
		hlr.setOrganisation(organisations.get("FOD Economie"));
		hlr.setRepresenting("België (high level representative, DG van de Directie Economische Analyses en Internationale Relaties)");
		euBoard.getMemberships().add(hlr);
		for (String deputy : new String[] { "Vlaamse overheid (EWI)", "Waalse overheid (SPW)" }) {
			Membership d = cite(GOV.createMembership(), 590, 594, "en alternate van Vlaamse overheid (EWI) en Waalse overheid (SPW) wisselen elk jaar af");
			d.setRole(MembershipRole.DEPUTY_MEMBER);
			d.setOrganisation(organisations.get(deputy));
			d.setRepresenting("België (deputy of alternate HLR, jaarlijks wisselend)");
			euBoard.getMemberships().add(d);
		}
		GovernanceBody beBoard = body(GOV.createGovernanceBody(), "Belgische CRM Board", BodyKind.BOARD, GovernanceLevel.FEDERAL, 568,
				584, "Op nationaal niveau wordt de implementatie door de Belgische CRM Board gecoördineerd");
		beBoard.setMandate("Coördineert de implementatie van de CRMA op Belgisch niveau; volgt de structuur van de Europese CRM Board.");
		String[] subgroups = { "Circularity", "Exploration", "Financing", "Risk Monitoring", "Strategic Stocks", "Public acceptance" };
		for (String subgroup : subgroups) {
			WorkingGroup wg = cite(named(GOV.createWorkingGroup(), subgroup, null), 576, 578, subgroup);
			wg.setKind(BodyKind.WORKING_GROUP);
			wg.setSetUpBy(beBoard);
			wg.setLevel(GovernanceLevel.FEDERAL);
			model.getGovernanceBodies().add(wg);
		}
		body(GOV.createGovernanceBody(), "Raadsformatie Industrie en Ondernemingen", BodyKind.OTHER, GovernanceLevel.EUROPEAN, 556, 558,
				"de Raadsformatie In-");
		body(GOV.createGovernanceBody(), "Gemengde commissie", BodyKind.ADVISORY_COMMITTEE, GovernanceLevel.REGIONAL, 925, 925,
				"Met de oprichting van de gemengde commissie22 maakt de Vlaamse regering werk");
		GovernanceBody jef = body(GOV.createGovernanceBody(), "Joint European Forum for IPCEI", BodyKind.FORUM, GovernanceLevel.EUROPEAN,
				3010, 3016, "Het JEF-IPCEI is een forum van de Commissie waarin de lidstaten");
		jef.getAliases().add("JEF-IPCEI");
		jef.getAliases().add("Gezamenlijk Europees Forum voor IPCEI");
		cite(jef, 2982, "Joint European Forum for IPCEI (JEF-IPCEI)");
		GovernanceBody msp = body(GOV.createGovernanceBody(), "Minerals Security Partnership", BodyKind.EXTERNAL_PLATFORM,
				GovernanceLevel.INTERNATIONAL, 2397, 2397, "Minerals Security Partnership (15 leden)");
		msp.setDescription("15 leden.");
		GovernanceBody mspForum = body(GOV.createGovernanceBody(), "Minerals Security Partnership Forum", BodyKind.EXTERNAL_PLATFORM,
				GovernanceLevel.INTERNATIONAL, 2399, 2399, "Minerals Security Partnership Forum (30 leden)");
		mspForum.setDescription("30 leden.");
		mspForum.getAliases().add("MSP Forum");
		cite(mspForum, 2476, "dringt om de Belgische toetreding tot het MSP Forum voor te bereiden");
		GovernanceBody club = body(GOV.createGovernanceBody(), "Critical Raw Materials Club", BodyKind.EXTERNAL_PLATFORM,
				GovernanceLevel.INTERNATIONAL, 2468, 2468, "aangekondigde Critical Raw Materials Club71 is thans een vol-");
		club.getAliases().add("Club van kritieke grondstoffen");
		cite(club, 2397, "de aangekondigde Club van kritieke grondstoffen");
	}

	private org.helix.model.programme.Recommendation rec(String code, String name, int from, int to, String quote) {
		org.helix.model.programme.Recommendation r = recommendation(null, code, name, null);
		cite(r, from, to, quote);
		r.setOrigin(advice);
		r.getAddressees().add(government);
		return r;
	}

	private void advice() {
		advice = named(GOV.createStakeholderInput(), "Advies kritieke grondstoffenzekerheid", null);
		cite(advice, 11, 47, "Advies kritieke grondstoffenzekerheid");
		advice.setKind(InputKind.ADVICE);
		advice.setSubject("Een Vlaamse grondstoffenstrategie");
		advice.getSubmittedBy().add(serv);
		advice.setIssuingBody(model.getGovernanceBodies().get(0));
		advice.getAddressees().add(model.getActors().stream().filter(a -> "Matthias Diependaele".equals(a.getName())).findFirst().orElseThrow());
		advice.setDocument(document);
		model.getStakeholderInputs().add(advice);

		rec("S1", "Een specifieke Belgische/Vlaamse lijst van kritieke grondstoffen", 135, 229,
				"Een specifieke Belgische/Vlaamse lijst van kritieke grondstoffen");
		rec("S2", "Versterken van de recyclagecapaciteit", 231, 261, "Versterken van de recyclagecapaciteit");
		rec("S3", "9R-raamwerk toepassen en volwaardig inzetten op circulaire economie", 263, 299,
				"9R-raamwerk toepassen en volwaardig inzetten op circulaire economie");
		rec("S4", "Uitbouw van O&O&I rond grondstoffenzekerheid", 301, 309, "Uitbouw van O&O&I rond grondstoffenzekerheid");
		rec("S5", "Diversifiëren van de aanvoerketens", 311, 338, "Diversifiëren van de aanvoerketens");
		rec("S6", "Uitbouwen van een monitoring- en kennissysteem", 340, 362, "Uitbouwen van een monitoring- en kennissysteem");
		rec("A1", "Voorbereiden op het gezamenlijk Europees aankoopbeleid", 366, 366, "voorbereiden op het gezamenlijk Europees aankoopbeleid");
		rec("A2", "Lanceren van een Vlaams exploratieprogramma", 368, 368, "lanceren van een Vlaams exploratieprogramma");
		rec("A3", "Het aanleggen van voorraden", 370, 370, "het aanleggen van voorraden");
		rec("A4", "Het meewerken aan de oprichting van een IPCEI voor kritieke grondstoffen", 372, 374,
				"het meewerken aan de oprichting van een IPCEI voor kritieke grond-");
		note(model.getRecommendations().get(0), "Krachtlijnen: zes speerpunten (S1-S6, L133-362) en vier aanvullende acties (A1-A4, "
				+ "L364-374); de beleidspistes zelf staan als PolicyTrack in de grondstoffenstrategie.");
	}
}
