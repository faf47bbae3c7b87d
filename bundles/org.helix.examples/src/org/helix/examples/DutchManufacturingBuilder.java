package org.helix.examples;

import java.math.BigDecimal;

import org.helix.model.core.AmountPeriod;
import org.helix.model.core.DocumentKind;
import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.HelixKind;
import org.helix.model.core.Indicator;
import org.helix.model.core.IndicatorCategory;
import org.helix.model.core.IndicatorDirection;
import org.helix.model.core.Measurement;
import org.helix.model.core.Target;
import org.helix.model.core.TargetKind;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.ClusterKind;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.InstrumentKind;
import org.helix.model.ecosystem.InstrumentStatus;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Person;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;
import org.helix.model.governance.BodyKind;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.InputKind;
import org.helix.model.governance.StakeholderInput;
import org.helix.model.programme.Recommendation;

/** Builds the seed-002 model. */
final class DutchManufacturingBuilder extends SeedModelBuilder {

	Jurisdiction nl;
	Jurisdiction eu;
	Organisation ser;
	Organisation cabinet;
	StakeholderInput advice;
	Sector industry;

	DutchManufacturingBuilder() {
		super(DutchManufacturingExample.SEED, DutchManufacturingExample.TITLE);
	}

	void build() {
		model.setDescription("SER-briefadvies aan een volgend kabinet over de verduurzaming van de Nederlandse maakindustrie.");
		actorsAndDocument();
		sectorsAndClusters();
		emissionTable();
		otherIndicators();
		instruments();
		advice();
		recommendations();
		bottlenecks();
		new DutchManufacturingFigures(this).build();
	}

	private void actorsAndDocument() {
		nl = cite(jurisdiction("Nederland", JurisdictionLevel.NATIONAL, "NL", true, null), 14, "broeikasgassen in Nederland");
		eu = cite(jurisdiction("Europese Unie", JurisdictionLevel.SUPRANATIONAL, "EU", null, null), 1466, 1468,
				"heeft Nederland om verschillende redenen de EU nodig");
		ser = cite(organisation("Sociaal-Economische Raad", "SER", OrganisationKind.ADVISORY_COUNCIL, HelixKind.CIVIL_SOCIETY, nl),
				36, 38, "Voorzitter SER");
		ser.setDescription("Sociale partners en kroonleden in de SER.");
		cite(ser, 33, 34, "Graag gaan de sociale partners en kroonleden");
		Person putters = cite(named(ECO.createPerson(), "Kim Putters", null), 36, 38, "Kim Putters,");
		putters.setFunction("Voorzitter SER");
		putters.setOrganisation(ser);
		model.getActors().add(putters);
		cabinet = cite(organisation("Volgend kabinet", null, OrganisationKind.GOVERNMENT, HelixKind.GOVERNMENT, nl), 23, 23,
				"Een volgend kabinet zal alles op alles moeten zetten");
		cabinet.setDescription("Het volgende Nederlandse kabinet, hoofdgeadresseerde van de aanbevelingen.");
		Organisation pbl = cite(organisation("Planbureau voor de Leefomgeving", "PBL", OrganisationKind.GOVERNMENT_AGENCY,
				HelixKind.GOVERNMENT, nl), 397, 398, "doorrekening van PBL in de Klimaat en Energieverkenning (KEV)");
		pbl.setDescription("Klimaat en Energieverkenning (KEV) 2023.");
		cite(organisation("Algemene Rekenkamer", null, OrganisationKind.GOVERNMENT_AGENCY, HelixKind.GOVERNMENT, nl), 1378, 1381,
				"Een onafhankelijk instituut zoals de Algemene Rekenkamer periodiek de");
		Organisation lyondell = cite(organisation("LyondellBasell", "LYP", OrganisationKind.COMPANY, HelixKind.INDUSTRY, nl), 386,
				389, "chemiebedrijf LYP");
		lyondell.setDescription("Chemiebedrijf; meest recente Expression of Principles (maatwerkaanpak).");
		Organisation tata = cite(organisation("Tata Steel Nederland", null, OrganisationKind.COMPANY, HelixKind.INDUSTRY, nl), 927,
				929, "met Tata Steel Nederland hebben gesloten");
		tata.getAliases().add("Tate Steel Nederland");
		cite(tata, 389, 391, "Voor de herziene EoP met Tate Steel Nederland zie:");
		note(tata, "Voetnoot 17 (L389) schrijft 'Tate Steel Nederland'; de URL (L390-391) en L929 'tata-steel' / 'Tata Steel Nederland'.");

		GovernanceBody serBody = cite(named(GOV.createGovernanceBody(), "SER", null), 33, 38, "Voorzitter SER");
		serBody.setKind(BodyKind.ADVISORY_COUNCIL);
		serBody.setLevel(GovernanceLevel.NATIONAL);
		serBody.setOrganisation(ser);
		serBody.setChair(putters);
		model.getGovernanceBodies().add(serBody);
		GovernanceBody committee = cite(named(GOV.createGovernanceBody(), "Adviescommissie maatwerkafspraken", null), 885, 903,
				"Er is een onafhankelijke adviescommissie maatwerkafspraken ingesteld");
		committee.setKind(BodyKind.ADVISORY_COMMITTEE);
		committee.setLevel(GovernanceLevel.NATIONAL);
		committee.setDescription("Onafhankelijke adviescommissie; de SER vindt dat haar adviezen zwaar moeten wegen ('comply or "
				+ "explain model').");
		cite(committee, 901, 903, "‘comply or explain model’");
		model.getGovernanceBodies().add(committee);

		sourceDocument("Briefadvies Verduurzaming maakindustrie", DocumentKind.LETTER_ADVICE, "nl");
		cite(document, 1, "Briefadvies Verduurzaming maakindustrie");
		document.getIssuers().add(ser);
		document.getAddressees().add(cabinet);
		note(document, "De seed vermeldt geen publicatiedatum.");
	}

	private Sector sector(Sector parent, String name, SectorKind kind, int from, int to, String quote) {
		Sector s = cite(named(ECO.createSector(), name, null), from, to, quote);
		s.setKind(kind);
		if (parent == null) {
			model.getSectors().add(s);
		} else {
			parent.getSubSectors().add(s);
		}
		return s;
	}

	private void sectorsAndClusters() {
		industry = sector(null, "Maakindustrie", SectorKind.ECONOMIC_SECTOR, 13, 13,
				"De maakindustrie is verantwoordelijk voor ongeveer een derde van alle emissies");
		industry.getAliases().add("Industrie");
		industry.setDescription("Verantwoordelijk voor ongeveer een derde van alle emissies van broeikasgassen in Nederland.");
		for (String large : new String[] { "staal", "kunstmest" }) {
			sector(industry, large, SectorKind.INDUSTRY_SUBSECTOR, 246, 246, "staal, chemie, kunstmest en");
		}
		Sector chemistry = sector(industry, "chemie", SectorKind.INDUSTRY_SUBSECTOR, 246, 246, "staal, chemie, kunstmest en");
		cite(chemistry, 253, "glas, bakstenen, chemie");
		sector(industry, "raffinage", SectorKind.INDUSTRY_SUBSECTOR, 247, 247, "raffinage");
		sector(industry, "voeding", SectorKind.INDUSTRY_SUBSECTOR, 252, 252, "voeding, papier,");
		sector(industry, "papier", SectorKind.INDUSTRY_SUBSECTOR, 252, 252, "voeding, papier,");
		for (String small : new String[] { "glas", "bakstenen", "afval- en recycling", "metaalindustrie" }) {
			sector(industry, small, SectorKind.INDUSTRY_SUBSECTOR, 253, 253, small);
		}
		note(industry, "Sub-sectoren: staal, chemie, kunstmest en raffinage bij de 14 grootste uitstoters (L244-247); voeding, papier, "
				+ "glas, bakstenen, chemie, afval- en recycling en metaalindustrie bij de duizenden kleinere (L251-253).");

		String[] clusters = { "Rotterdam-Moerdijk", "Noordzeekanaalgebied", "Noord-Nederland", "Chemelot", "Zeeland" };
		for (String name : clusters) {
			Cluster c = cite(named(ECO.createCluster(), name, null), 247, 249, name);
			c.setKind(ClusterKind.INDUSTRIAL_CLUSTER);
			c.setGeographic(true);
			c.setJurisdiction(nl);
			c.getSectors().add(industry);
			if ("Chemelot".equals(name)) {
				c.setRegion("Limburg");
			}
			model.getClusters().add(c);
		}
		Cluster sixth = cite(named(ECO.createCluster(), "Zesde cluster", null), 269, 271,
				"Daarnaast is er een zesde cluster van ongeveer 200 energie-intensieve bedrijven");
		sixth.setKind(ClusterKind.INDUSTRIAL_CLUSTER);
		sixth.setGeographic(false);
		sixth.setApproxCompanyCount(200);
		sixth.setJurisdiction(nl);
		sixth.setDescription("Energie-intensieve bedrijven buiten de vijf geografische industrieclusters, die wel onder het ETS-systeem "
				+ "en de CO2-heffing vallen.");
		model.getClusters().add(sixth);
		Cluster seventh = cite(named(ECO.createCluster(), "'Zevende' industriecluster", null), 1128, 1128,
				"De circulaire economie biedt ook kansen voor het ‘zevende’ industriecluster");
		seventh.setKind(ClusterKind.INDUSTRIAL_CLUSTER);
		seventh.setJurisdiction(nl);
		note(seventh, "De tekst definieert dit 'zevende' cluster niet verder (L1128).");
		model.getClusters().add(seventh);
	}

	private Measurement measurement(Integer year, String value, int from, int to, String quote) {
		Measurement m = cite(CORE.createMeasurement(), from, to, quote);
		m.setYear(year);
		m.setValue(dec(value));
		m.setSource("PBL (2023), Klimaat en energieverkenning 2023, kerntabellen 1 en 2");
		return m;
	}

	private void emissionTable() {
		String[] sectors = { "Industrie", "Gebouwen", "Mobiliteit", "Landbouw", "Elektriciteit" };
		String[][] values = { // 1990, 2022, reductie 1990-2022 %, reductiedoel 2030 %, opgave tot 2030, restemissies
				{ "87.0", "49.8", "42.8", "66", "20.2", "29.6" }, { "29.7", "19.6", "34.0", "56", "6.4", "13.2" },
				{ "33.3", "29.6", "11.1", "50", "8.6", "21.0" }, { "33.0", "24.4", "26.1", "50", "8.2", "17.9" },
				{ "39.6", "30.7", "22.5", "67", "17.7", "13.0" } };
		String[] raw = { "87,0", "49,8", "42,8", "66", "20,2", "29,6", "29,7", "19,6", "34,0", "56", "6,4", "13,2", "33,3", "29,6",
				"11,1", "50", "8,6", "21,0", "33,0", "24,4", "26,1", "50", "8,2", "17,9", "39,6", "30,7", "22,5", "67", "17,7", "13,0" };
		for (int s = 0; s < sectors.length; s++) {
			Sector sector = s == 0 ? industry
					: sector(null, sectors[s], SectorKind.EMISSION_SECTOR, 229, 229, sectors[s]);
			if (s == 0) {
				cite(industry, 229, "Industrie");
			}
			String[] v = values[s];
			Indicator emissions = cite(indicator("Emissies broeikasgassen " + sectors[s], null), 228, 241,
					"Tabel 2.1 - Kerngegevens emissies broeikasgassen");
			emissions.setCode("T2.1-" + sectors[s]);
			emissions.setUnit("megaton");
			emissions.setCategory(IndicatorCategory.EMISSIONS);
			emissions.setDirection(IndicatorDirection.DECREASE);
			emissions.setSource("PBL (2023), Klimaat en energieverkenning 2023, kerntabellen 1 en 2");
			emissions.setBaselineYear(1990);
			emissions.setBaselineValue(dec(v[0]));
			emissions.getMeasurements().add(measurement(1990, v[0], 231, 231, raw[6 * s]));
			emissions.getMeasurements().add(measurement(2022, v[1], 232, 232, raw[6 * s + 1]));
			Target goal = cite(CORE.createTarget(), 234, 234, raw[6 * s + 3]);
			goal.setKind(TargetKind.PERCENT_CHANGE);
			goal.setValue(dec(v[3]).negate());
			goal.setYear(2030);
			goal.setBaseYear(1990);
			goal.setText("Reductiedoel 2030 (%): " + v[3] + " (t.o.v. 1990)");
			emissions.getTargets().add(goal);
			Target residual = cite(CORE.createTarget(), 236, 241, raw[6 * s + 5]);
			residual.setKind(TargetKind.MAXIMUM);
			residual.setValue(dec(v[5]));
			residual.setYear(2030);
			residual.setText("Restemissies (megaton); indicatieve bandbreedte");
			emissions.getTargets().add(residual);

			Indicator reduction = cite(indicator("Reductie 1990-2022 " + sectors[s], null), 233, 233, raw[6 * s + 2]);
			reduction.setUnit("%");
			reduction.setCategory(IndicatorCategory.EMISSIONS);
			reduction.getMeasurements().add(measurement(2022, v[2], 233, 233, raw[6 * s + 2]));
			cite(reduction, 228, "Tabel 2.1");

			Indicator task = cite(indicator("Opgave tot 2030 " + sectors[s], null), 235, 235, raw[6 * s + 4]);
			task.setUnit("megaton");
			task.setCategory(IndicatorCategory.EMISSIONS);
			task.getMeasurements().add(measurement(null, v[4], 235, 235, raw[6 * s + 4]));
			cite(task, 228, "Tabel 2.1");
			if (s == 2 || s == 3) {
				note(emissions, "Binnen tabel 2.1 volgt de restemissie voor " + sectors[s] + " niet uit emissie 1990 × (1 − reductiedoel): "
						+ v[0] + " Mt bij " + v[3] + "% geeft " + dec(v[0]).multiply(new BigDecimal("0.5")) + " Mt, de tabel geeft "
						+ v[5] + " Mt (L231-236).");
			}
		}
		Indicator industryEmissions = model.getIndicators().get(0);
		Measurement projection = cite(CORE.createMeasurement(), 397, 402, "ligt in een ruime bandbreedte van 27 – 42 mt CO2");
		projection.setYear(2030);
		projection.setLowerBound(new BigDecimal("27"));
		projection.setUpperBound(new BigDecimal("42"));
		projection.setProjection(true);
		projection.setSource("PBL, Klimaat en Energieverkenning (KEV) 2023");
		industryEmissions.getMeasurements().add(projection);
		Target target29 = cite(CORE.createTarget(), 401, 402, "de doelstelling van 29 megaton te halen");
		target29.setKind(TargetKind.MAXIMUM);
		target29.setValue(new BigDecimal("29"));
		target29.setYear(2030);
		target29.setText("doelstelling van 29 megaton");
		industryEmissions.getTargets().add(target29);
		note(industryEmissions, "L402 noemt een doelstelling van 29 megaton, tabel 2.1 (L236) een restemissie van 29,6 megaton; "
				+ "L209-210 spreekt van 'ongeveer 20 megaton' te reduceren, de tabel van 20,2.");
		cite(industryEmissions, 207, 210, "2030 met 66 procent terug te dringen ten opzichte van de uitstoot in 1990");
	}

	private Indicator simple(String name, String unit, IndicatorCategory category, Integer year, String value, String lower,
			String upper, int from, int to, String quote) {
		Indicator i = cite(indicator(name, null), from, to, quote);
		i.setUnit(unit);
		i.setCategory(category);
		Measurement m = cite(CORE.createMeasurement(), from, to, quote);
		m.setYear(year);
		m.setValue(dec(value));
		m.setLowerBound(dec(lower));
		m.setUpperBound(dec(upper));
		i.getMeasurements().add(m);
		return i;
	}

	private void otherIndicators() {
		simple("Bedrijven op de wachtlijst voor afname van stroom", "bedrijven", IndicatorCategory.ENERGY, null, "8000", null, null,
				416, 417, "8.000 bedrijven").setSource("netbeheerders");
		simple("Extra arbeidskrachten nodig voor de verbouwing van het elektriciteitsnetwerk", "arbeidskrachten",
				IndicatorCategory.EMPLOYMENT, null, "18000", null, null, 756, 757, "18.000 extra")
				.setDescription("op een totale werkgelegenheid van 20.000 werknemers");
		simple("Investeringen netbeheerders in elektriciteits- en gasinfrastructuur", "euro per jaar", IndicatorCategory.FUNDING,
				null, null, "8000000000", "10000000000", 498, 499, "minimaal 8 tot 10 miljard euro per jaar")
				.setDescription("in de periode tot 2030, minimaal");
		simple("Extra CO2-reductie maatwerkaanpak", "Mton", IndicatorCategory.EMISSIONS, null, "3.5", null, null, 345, 347,
				"beoogd 3,5 Mton extra CO2 te reduceren").setDirection(IndicatorDirection.DECREASE);
	}

	private PolicyInstrument instrument(PolicyInstrument i, String name, String acronym, InstrumentKind kind, GovernanceLevel level,
			int from, int to, String quote) {
		named(i, name, null);
		cite(i, from, to, quote);
		i.setAcronym(acronym);
		i.setKind(kind);
		i.setLevel(level);
		i.setJurisdiction(level == GovernanceLevel.EUROPEAN ? eu : nl);
		model.getInstruments().add(i);
		return i;
	}

	private void instruments() {
		PolicyInstrument ets = instrument(ECO.createPolicyInstrument(), "EU-ETS handelssysteem", "EU-ETS", InstrumentKind.EMISSIONS_TRADING,
				GovernanceLevel.EUROPEAN, 256, 272, "beprijzen van de broeikasuitstoot via het EU-ETS handelssysteem");
		ets.setDescription("Emissieplafond daalt elk jaar, in 2030 62 procent reductie t.o.v. 2005; CO2-prijs zo'n 85 euro/ton; volledige "
				+ "afbouw van de uit te geven rechten vanaf 2039.");
		cite(ets, 299, 303, "De CO2-prijs bedraagt zo’n 85 euro/ton");
		PolicyInstrument levy = instrument(ECO.createPolicyInstrument(), "Nationale CO2-heffing", null, InstrumentKind.LEVY,
				GovernanceLevel.NATIONAL, 305, 311, "Een nationale CO2-heffing bovenop de ETS prijs, die oploopt naar 135 euro/ton in");
		levy.setDescription("Bovenop de ETS-prijs, oplopend naar 135 euro/ton in 2030, over het vermijdbare deel van de CO2-emissie.");
		levy.getComplements().add(ets);
		PolicyInstrument cbam = instrument(ECO.createPolicyInstrument(), "Carbon Border Adjustment Mechanism", "CBAM",
				InstrumentKind.BORDER_ADJUSTMENT, GovernanceLevel.EUROPEAN, 272, 277, "(Carbon Border Adjustment Mechanism, CBAM)");
		cbam.getAliases().add("koolstofheffing aan de grens");
		cbam.setFromYear(2026);
		cbam.setDescription("Stapsgewijs per 2026 voor cement, ijzer en staal, aluminium, kunstmest, elektriciteit en waterstof.");
		instrument(ECO.createPolicyInstrument(), "Energiebelasting", null, InstrumentKind.ENERGY_TAX, GovernanceLevel.NATIONAL, 313,
				314, "De energiebelasting voor bedrijven is de afgelopen jaren verhoogd");
		instrument(ECO.createPolicyInstrument(), "Energiebesparingsplicht", null, InstrumentKind.NORM, GovernanceLevel.NATIONAL, 316,
				317, "maatregelen die binnen 7 jaar zijn terugverdiend moeten genomen worden")
				.setDescription("Via regulering verplicht om energie te besparen: maatregelen die binnen 7 jaar zijn terugverdiend.");
		instrument(ECO.createPolicyInstrument(), "Verplichting hergebruikte plastics", null, InstrumentKind.NORM, GovernanceLevel.NATIONAL,
				318, 335, "komt er een verplichting om hergebruikte plastics als grondstof te gebruiken voor");
		FundingInstrument sde = (FundingInstrument) instrument(ECO.createFundingInstrument(), "Stimuleringsregeling Duurzame Energie",
				"SDE++", InstrumentKind.GRANT, GovernanceLevel.NATIONAL, 287, 287, "Stimuleringsregeling Duurzame Energie (SDE++)");
		sde.setSupportsOpex(true);
		cite(sde, 339, "belangrijkste voor de industrie is de SDE++");
		instrument(ECO.createFundingInstrument(), "Versnelde klimaatinvesteringen in de industrie", "VEKI", InstrumentKind.GRANT,
				GovernanceLevel.NATIONAL, 339, 340, "klimaatinvesteringen in de industrie (VEKI)-subsidie");
		instrument(ECO.createPolicyInstrument(), "Energie Investeringsaftrek", "EIA", InstrumentKind.TAX_MEASURE, GovernanceLevel.NATIONAL,
				340, 341, "de Energie Investeringsaftrek");
		FundingInstrument fund = (FundingInstrument) instrument(ECO.createFundingInstrument(), "Klimaatfonds", null, InstrumentKind.FUND,
				GovernanceLevel.NATIONAL, 341, 341, "3 mld euro in het Klimaatfonds voor maatwerk");
		fund.getAmounts().add(euro("3000000000", AmountPeriod.UNSPECIFIED, null, null, "maatwerk"));
		PolicyInstrument maatwerk = instrument(ECO.createPolicyInstrument(), "Maatwerkafspraken", null,
				InstrumentKind.TAILOR_MADE_AGREEMENT, GovernanceLevel.NATIONAL, 343, 382,
				"maatwerkafspraken van de overheid met 20 grote");
		maatwerk.setDescription("Met de 20 grootste uitstoters; beoogd 3,5 Mton extra CO2-reductie; gefaseerd proces EoP → JLOI → "
				+ "bindende maatwerkafspraken; tot nu toe tien EoP's en één JLOI.");
		cite(maatwerk, 373, 375, "toe tien EoP’s afgesloten en één JLOI");
		note(maatwerk, "L374-375: tien EoP's afgesloten van de twintig bedrijven; L877: met 'nog elf van de oorspronkelijke twintig' "
				+ "moeten nog EoP's worden afgesproken (20 − 10 = 10).");
		cite(maatwerk, 876, 878, "met nog elf van de oorspronkelijke twintig bedrijven als");
		FundingInstrument niki = (FundingInstrument) instrument(ECO.createFundingInstrument(),
				"Nationale Investeringsregeling Klimaatprojecten Industrie", "NIKI", InstrumentKind.INVESTMENT_AID,
				GovernanceLevel.NATIONAL, 378, 379, "Investeringsregeling Klimaatprojecten Industrie (NIKI)");
		niki.getAliases().add("NIKE");
		niki.setStatus(InstrumentStatus.PLANNED);
		niki.setSupportsCapex(true);
		niki.getComplements().add(sde);
		cite(niki, 1342, 1344, "Een nadere uitwerking van de NIKE-regeling (Nationale investeringsregeling");
		note(niki, "L379 noemt de regeling 'NIKI', L1342 'NIKE-regeling'.");
		PolicyInstrument ikc = instrument(ECO.createPolicyInstrument(), "Subsidieregeling indirecte kostencompensatie ETS", "IKC",
				InstrumentKind.COMPENSATION, GovernanceLevel.NATIONAL, 1351, 1354, "kostencompensatie ETS (IKC-regeling) stop te zetten");
		ikc.setStatus(InstrumentStatus.PHASING_OUT);
		ikc.setDescription("Het vorige kabinet was van plan de regeling stop te zetten; de SER vraagt heroverweging.");
		PolicyInstrument ban = instrument(ECO.createPolicyInstrument(), "Verbod op de inzet fossiele brandstoffen als warmtebron", null,
				InstrumentKind.NORM, GovernanceLevel.NATIONAL, 1359, 1363,
				"De uitwerking van het voorstel voor het verbod op de inzet fossiele brandstoffen");
		ban.setStatus(InstrumentStatus.PROPOSED);
		FundingInstrument fossil = (FundingInstrument) instrument(ECO.createFundingInstrument(), "Fossiele 'subsidies'", null,
				InstrumentKind.TAX_MEASURE, GovernanceLevel.NATIONAL, 969, 972, "subsidies bedraagt ongeveer 13,7 miljard euro");
		fossil.setDescription("Berekend volgens de CPB/PBL-benadering van externe kosten; in de industrie 3 miljard, waarvan de gratis "
				+ "emissierechten het grootste (2/3) deel uitmaken.");
		fossil.getAmounts().add(euro("13700000000", AmountPeriod.UNSPECIFIED, null, null, "omvang fossiele subsidies (ongeveer)"));
		fossil.getAmounts().add(euro("3000000000", AmountPeriod.UNSPECIFIED, null, null, "omvang in de industrie"));
		cite(fossil, 971, 972, "De omvang in de industrie bedraagt 3");
		PolicyInstrument jtf = instrument(ECO.createPolicyInstrument(), "Just Transition Fund", null, InstrumentKind.EU_PROGRAMME,
				GovernanceLevel.EUROPEAN, 648, 649, "Just Transition");
		jtf.setDescription("Europese middelen in te zetten in het regionale arbeidsmarktbeleid.");
	}

	private void advice() {
		advice = named(GOV.createStakeholderInput(), "Briefadvies Verduurzaming maakindustrie", null);
		cite(advice, 1, 38, "Briefadvies Verduurzaming maakindustrie");
		advice.setKind(InputKind.LETTER_ADVICE);
		advice.setSubject("Verduurzaming van de maakindustrie");
		advice.getSubmittedBy().add(ser);
		advice.setIssuingBody(model.getGovernanceBodies().get(0));
		advice.getAddressees().add(cabinet);
		advice.setDocument(document);
		model.getStakeholderInputs().add(advice);
	}

	private Recommendation group(String code, String name, int line) {
		return group(code, name, line, name);
	}

	private Recommendation group(String code, String name, int line, String quote) {
		Recommendation r = recommendation(null, code, name, null);
		cite(r, line, quote);
		r.setOrigin(advice);
		r.getAddressees().add(cabinet);
		return r;
	}

	private Recommendation rec(Recommendation parent, String code, String text, int from, int to, String quote) {
		Recommendation r = recommendation(parent, code, null, text);
		r.setName(text.length() > 80 ? text.substring(0, text.lastIndexOf(' ', 80)) + " …" : text);
		cite(r, from, to, quote);
		r.setOrigin(advice);
		r.getAddressees().addAll(parent.getAddressees());
		return r;
	}

	private void recommendations() {
		Recommendation a = group("A", "Infrastructuur en vergunningen", 1269);
		rec(a, "R01", "Een volgend kabinet gaat verder aan de slag met de maatregelen van het demissionaire kabinet om de doorlooptijd "
				+ "van voorbereiding, vergunningverlening en aanleg van het elektriciteitsnet te verkorten.", 1270, 1275,
				"De SER onderschrijft deze maatregelen en beveelt");
		Recommendation r02 = rec(a, "R02", "Prioriteit voor de versterking van het elektriciteitsnet bij de toewijzing van ruimte; waar nodig "
				+ "vergunningsprocedures verkorten en bezwaarmogelijkheden inperken.", 1276, 1280, "prioriteit wordt gegeven bij de toewijzing van ruimte");
		cite(r02, 547, 552, "bezwaarmogelijkheden worden ingeperkt");
		Recommendation r03 = rec(a, "R03", "Bij vergunningsverlening de structurele effecten op stikstofreductie meenemen, mits deze "
				+ "geloofwaardig kunnen worden aangetoond.", 1280, 1283, "effecten op stikstofreductie mee te nemen, mits deze geloofwaardig kunnen worden");
		cite(r03, 553, "de structurele en keteneffecten op stikstofreductie");
		note(r03, "Hoofdstuk 3 (L553) spreekt van 'structurele en keteneffecten', het overzicht (L1281-1282) enkel van 'structurele effecten'.");
		rec(a, "R04", "Een coördinerend bewindspersoon met de nodige bevoegdheden, instrumenten en doorzettingsbevoegdheid, zodat de "
				+ "ministeries van BZK, IenW en EZK goed samenwerken.", 1285, 1288, "coördinerend bewindspersoon");

		Recommendation b = group("B", "Arbeidsmarkt", 1290);
		Recommendation r05 = rec(b, "R05", "De overheid ondersteunt de inspanningen van brancheorganisaties, vakbonden en bedrijven zoals "
				+ "het Aanvalsplan Techniek bij het realiseren van een actief arbeidsmarkt- en scholingsbeleid.", 1298, 1300,
				"De SER vraagt aan de overheid ondersteuning van de inspanningen van");
		r05.getAddressees().clear();
		r05.getAddressees().add(cabinet);
		rec(r05, "R05a", "Ondersteuning op het terrein van het scholings- en ontwikkelingsbeleid, waaronder de wettelijke erkenning "
				+ "van de LLO-taak van het publieke onderwijs.", 1301, 1312, "Ten eerste op het terrein van het scholings- en ontwikkelingsbeleid");
		rec(r05, "R05b", "Financiële ondersteuning voor regionale werk-naar-werk arrangementen, het inzetten van mensen met een afstand "
				+ "tot de arbeidsmarkt en sociaal verantwoorde afbouwtrajecten.", 1314, 1326, "Ten tweede kan de overheid");
		Recommendation r05c = rec(r05, "R05c", "Als sluitstuk de voorwaarden creëren om sneller vakkrachten van buiten de EU in te zetten "
				+ "(aanbevelingen Commissie Roemer, huisvesting, gelijk loon voor gelijk werk).", 1328, 1335,
				"Ten derde kan de overheid als sluitstuk");
		cite(r05c, 751, "Ten derde kan de overheid als aanvulling op bovenstaande maatregelen");
		note(r05c, "Hoofdstuk 3 (L751) noemt arbeidsmigratie een 'aanvulling', het overzicht (L1328) een 'sluitstuk'.");

		Recommendation c = group("C", "Verdere uitwerking beleidsinstrumenten voor verduurzaming van de maakindustrie", 1337);
		rec(c, "R06", "Een nadere uitwerking van de NIKE-regeling (Nationale investeringsregeling klimaatprojecten industrie).", 1342,
				1344, "Een nadere uitwerking van de NIKE-regeling");
		rec(c, "R07", "De verdere vormgeving van het instrumentarium voor de bevordering van hernieuwbare waterstof.", 1345, 1347,
				"De verdere vormgeving van het instrumentarium voor de bevordering van");
		rec(c, "R08", "De verbetering van de SDE++ regeling op grond van de evaluatie van de eerste drie openstellingsrondes.", 1348,
				1350, "De verbetering van de SDE++ regeling");
		rec(c, "R09", "Heroverweging van het voornemen om de IKC-regeling stop te zetten zolang er geen Europees besluit tot afbouw "
				+ "van deze regeling is.", 1351, 1354, "Heroverweging van het voornemen om de subsidieregeling indirecte");
		rec(c, "R10", "Maatregelen voor ondersteuning van mkb-bedrijven om de terugverdienperiode van energiebesparende maatregelen "
				+ "te verlengen naar 7 jaar.", 1356, 1357, "terugverdienperiode van energiebesparende maatregelen te verlengen naar 7 jaar");
		rec(c, "R11", "De uitwerking van het voorstel voor het verbod op de inzet fossiele brandstoffen als warmtebron, met een "
				+ "realistische overgangstermijn.", 1359, 1363, "Daarbij");

		Recommendation d = group("D", "Maatwerkafspraken", 1365, "Met betrekking tot de maatwerkafspraken beveelt de SER aan:");
		rec(d, "R12", "De eerste ronde van de bindende maatwerkafspraken met voorrang evalueren.", 1366, 1368,
				"Om de eerste ronde van de bindende maatwerkafspraken met voorrang te");
		rec(d, "R13", "Het wederkerigheidsbeginsel tot uiting laten komen: vastleggen wat de overheid bijdraagt en hoeveel de bedrijven "
				+ "zelf investeren.", 1369, 1372, "Om in de afspraken het wederkerigheidsbeginsel tot uiting te laten komen");
		rec(d, "R14", "Het tijdelijke karakter van de overheidsondersteuning waarborgen.", 1374, 1374,
				"Het tijdelijke karakter van de overheidsondersteuning te waarborgen");
		rec(d, "R15", "Zoveel mogelijk gebruik maken van generieke subsidie-instrumenten.", 1375, 1377,
				"Er zoveel mogelijk gebruikt wordt gemaakt van generieke subsidie-");
		rec(d, "R16", "Een onafhankelijk instituut zoals de Algemene Rekenkamer neemt periodiek de doelmatigheid en doeltreffendheid "
				+ "van de bindende maatwerkafspraken onder de loep.", 1378, 1381, "Een onafhankelijk instituut zoals de Algemene Rekenkamer");
		Recommendation r17 = rec(d, "R17", "Bedrijven verbinden goede afspraken met de vakbonden aan de maatwerkafspraken, met een verbinding "
				+ "naar het regionale arbeidsmarkt- en scholingsbeleid in de vijf industrieclusters.", 1383, 1385,
				"Dat bedrijven ook goede afspraken met de vakbonden verbinden aan de");
		r17.getAddressees().clear();
		note(r17, "Geadresseerd aan de bedrijven (L1383).");

		Recommendation e = group("E", "Verstandige afbouw fossiele ‘subsidies’", 1387);
		rec(e, "R18", "Paden opstellen voor de afbouw van fossiele 'subsidies', met duidelijkheid over de stapsgewijze afbouw in de tijd "
				+ "en het niveau (nationaal, Europees, mondiaal), met toepassing van de beleidsoverwegingen uit de Miljoenennota 2023.",
				1388, 1396, "met het opstellen van paden hiervoor");

		Recommendation f = group("F", "Clean-tech agenda", 1398);
		Recommendation r19 = rec(f, "R19", "In aansluiting op de Europese agenda een strategische agenda realiseren voor nieuwe schone "
				+ "technologieën in de maakindustrie (clean techs).", 1399, 1403, "een strategische agenda moeten");
		rec(r19, "R19a", "Middelen vrijmaken voor innovatietrajecten, belemmeringen voor vergunningen en regels wegen, mensen opleiden "
				+ "voor hoogwaardige banen.", 1403, 1405, "Hiervoor is cruciaal dat middelen vrijgemaakt worden voor");
		rec(r19, "R19b", "De agenda inbedden in het algemene innovatiebeleid, de bredere kennisbasis voeden, kennisinstellingen "
				+ "versterken, ruimte voor ongebonden onderzoek en goed onderwijs.", 1405, 1411, "agenda dient goed te zijn ingebed in het meer algemene innovatiebeleid");
		rec(r19, "R19c", "Het aanbod van risicodragende financiering stimuleren, met name voor het innovatieve mkb "
				+ "en start-ups.", 1411, 1413, "aanbod van risicodragende financiering voor innovatieve bedrijven en projecten te");
		note(r19.getSubRecommendations().get(0), "Hoofdstuk 3 (L1081) spreekt van belemmeringen 'herzien', het overzicht (L1404) van 'gewogen'.");
		cite(r19.getSubRecommendations().get(0), 1081, "belemmeringen voor vergunningen en regels herzien worden");

		Recommendation g = group("G", "Circulariteit en versnelling grondstoffentransitie", 1415);
		rec(g, "R20", "De grondstoffentransitie tot prioriteit maken, met een kabinetsbrede inzet, een adequate uitvoeringsstructuur en een "
				+ "coherent instrumentenpakket.", 1422, 1424, "prioriteit maakt en wanneer er een kabinetsbrede inzet is en met een adequate");
		rec(g, "R21", "In de belangrijkste product- en waardeketens een strategisch plan maken dat inzichtelijk maakt welke stappen nodig "
				+ "zijn rond normeren, beprijzen en subsidiëren.", 1424, 1427, "belangrijkste product- en waardeketens een strategisch plan wordt gemaakt");
		rec(g, "R22", "Een goede Europese inbedding.", 1427, 1427, "Dit vraagt om een goede Europese inbedding");
		rec(g, "R23", "Een coördinerend bewindspersoon aanwijzen met voldoende doorzettingsmacht, bevoegdheden en instrumenten.", 1427,
				1431, "te bevelen om een coördinerend bewindspersoon aan te wijzen met voldoende");
		String[][] bullets = { { "R24", "Geef prioriteit aan de grondstoffentransitie en borg de integraliteit tussen klimaat, energie, "
				+ "landbouw en circulariteit.", "1434", "1439", "Geef prioriteit aan de grondstoffentransitie en borg de integraliteit tussen klimaat," },
				{ "R25", "Daadkracht in uitvoering met bijbehorende middelen.", "1441", "1444", "Daadkracht in uitvoering met bijbehorende middelen" },
				{ "R26", "Stuur op verminderen van milieudruk via de circulariteitstrategieën.", "1446", "1449",
						"Stuur op verminderen van milieudruk via de circulariteitstrategieën" },
				{ "R27", "Vorm visie over de inzet van alternatieve duurzame koolstofbronnen en voer specifiek beleid voor opschaling daarvan.",
						"1452", "1454", "Vorm visie over de inzet van alternatieve duurzame koolstofbronnen" },
				{ "R28", "Stimuleer circulaire businessmodellen.", "1456", "1458", "Stimuleer circulaire businessmodellen" },
				{ "R29", "Stimuleer circulair gedrag om producenten en consumenten te bewegen om duurzamere keuzes te maken.", "1460",
						"1461", "Stimuleer circulair gedrag" },
				{ "R30", "Neem het voortouw als Europese koploper.", "1463", "1464", "Neem het voortouw als Europese koploper" } };
		for (String[] bullet : bullets) {
			rec(g, bullet[0], bullet[1], Integer.parseInt(bullet[2]), Integer.parseInt(bullet[3]), bullet[4]);
		}

		Recommendation h = group("H", "Europese inzet", 1466);
		String[][] eu = { { "R31", "Grensoverschrijdende transportcapaciteit, met name van stroomnetten, vergroten en beter en slimmer "
				+ "benutten.", "1469", "1473", "Door het vergroten en het beter en slimmer benutten van grensoverschrijdende" },
				{ "R32", "Voor de overschakeling van gas naar groene waterstof de grensoverschrijdende transportcapaciteit uitbouwen en een "
						+ "passend regelgevend kader scheppen.", "1475", "1477", "De overschakeling van gas naar groene waterstof" },
				{ "R33", "De afhankelijkheid van de invoer van kritieke grondstoffen uit met name China verminderen via grondstoffendelving "
						+ "en raffinage binnen de EU, diversificatie en onderzoek naar vervangende producten.", "1479", "1483",
						"afhankelijkheid van de invoer van kritieke grondstoffen uit met name China te" },
				{ "R34", "Ruimte scheppen voor een aanpak van vergunningsverlening waarbij de structurele stikstofreductie zwaarder weegt.",
						"1485", "1486", "structurele stikstofreductie zwaarder weegt" },
				{ "R35", "Voor de versnelde afbouw van de fossiele 'subsidies' kan aanpassing van Europese richtlijnen nodig zijn.", "1488",
						"1489", "Voor de versnelde afbouw van de fossiele" },
				{ "R36", "De verruimde Europese staatssteunregels mogen niet leiden tot een nationale race van groene staatssteun; sterkere "
						+ "Europese coördinatie is nodig.", "1491", "1495", "Sterkere" } };
		for (String[] item : eu) {
			rec(h, item[0], item[1], Integer.parseInt(item[2]), Integer.parseInt(item[3]), item[4]);
		}
		note(model.getRecommendations().get(0), "De bron nummert de aanbevelingen niet; de codes A-H (thema's van het overzicht in "
				+ "hoofdstuk 4, L1240-1495) en R01-R36 zijn toegevoegd. Aanbevelingen die enkel in hoofdstuk 3 staan, zijn niet opgenomen.");
	}

	private void bottlenecks() {
		String[] items = {
				"Knelpunt: onvoldoende capaciteit van het elektriciteitsnetwerk / netcongestie; 8.000 bedrijven op de wachtlijst voor afname van stroom (L22, L409-424, L1246).",
				"Knelpunt: tekort aan (technisch) personeel / vakkrachten in de maakindustrie en de energiesector (L22-23, L432-439, L1246-1247).",
				"Knelpunt: het ontbreken van een netwerk voor het afvangen en ondergronds opslaan van CO2 (CCS) (L425-427).",
				"Knelpunt: het onvoldoende beschikbaar zijn van groene waterstof (L427).",
				"Knelpunt: beleidsinstabiliteit; bedrijven moeten de komende twee jaar finale investeringsbesluiten nemen (L26-30, L427-428, L444-454).",
				"Knelpunt: schaarse ruimte in het dichtbevolkte en dichtbebouwde Nederland (L428-430).",
				"Knelpunt: vergunningstrajecten en de stikstofproblematiek vertragen projecten (L491-493).",
				"Knelpunt: onzekerheid over het doelbereik; verwachte restemissie industrie in 2030 tussen 27 en 42 Mt CO2 (L400-402)." };
		for (String item : items) {
			note(advice, item);
		}
	}
}
