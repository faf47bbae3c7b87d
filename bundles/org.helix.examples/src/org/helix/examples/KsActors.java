package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.NOTE;
import static org.helix.model.core.GovernanceLevel.EUROPEAN;
import static org.helix.model.core.GovernanceLevel.REGIONAL;
import static org.helix.model.core.GovernanceLevel.UNSPECIFIED;
import static org.helix.model.core.HelixKind.GOVERNMENT;
import static org.helix.model.core.HelixKind.INDUSTRY;
import static org.helix.model.core.HelixKind.KNOWLEDGE;
import static org.helix.model.ecosystem.OrganisationKind.ADVISORY_COUNCIL;
import static org.helix.model.ecosystem.OrganisationKind.CLUSTER_ORGANISATION;
import static org.helix.model.ecosystem.OrganisationKind.COMPANY;
import static org.helix.model.ecosystem.OrganisationKind.CONSULTANT;
import static org.helix.model.ecosystem.OrganisationKind.DEPARTMENT;
import static org.helix.model.ecosystem.OrganisationKind.GOVERNMENT_AGENCY;
import static org.helix.model.ecosystem.OrganisationKind.INDUSTRY_FEDERATION;
import static org.helix.model.ecosystem.OrganisationKind.INFRASTRUCTURE_MANAGER;
import static org.helix.model.ecosystem.OrganisationKind.INVESTMENT_COMPANY;
import static org.helix.model.ecosystem.OrganisationKind.KNOWLEDGE_INSTITUTION;
import static org.helix.model.ecosystem.OrganisationKind.PARLIAMENT;
import static org.helix.model.ecosystem.OrganisationKind.PORT;
import static org.helix.model.ecosystem.OrganisationKind.REGULATOR;

import org.helix.model.core.HelixKind;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;

/** Organisations and sectors named in seed 001 (helix set only where the seed's grouping makes it explicit). */
final class KsActors {

	private KsActors() {
	}

	static void build(KsContext c) {
		// Government side: "De relevante overheidsorganen" (L3371-3375) and the bodies of the decree process.
		c.org("vr", "Vlaamse Regering", null, OrganisationKind.GOVERNMENT, GOVERNMENT, REGIONAL, 27, 30);
		c.org("vp", "Vlaams Parlement", null, PARLIAMENT, GOVERNMENT, REGIONAL, 27, 29);
		Organisation vlaio = c.org("vlaio", "Agentschap Innoveren en Ondernemen", "VLAIO", GOVERNMENT_AGENCY,
				GOVERNMENT, REGIONAL, 135, 137);
		cite(vlaio, NOTE, 3341, 3351, "VLAIO is de coördinator van het programma Klimaatsprong voor de Industrie.");
		c.org("veka", "Vlaams Energie- en Klimaatagentschap", "VEKA", GOVERNMENT_AGENCY, GOVERNMENT, REGIONAL, 3371,
				3373);
		c.org("wewis", "Departement Werk, Economie, Wetenschap, Innovatie en Sociale Economie", "WEWIS", DEPARTMENT,
				GOVERNMENT, REGIONAL, 3373, 3373);
		cite(c.org("wewis"), NOTE, 3168, 3169);
		c.org("omgeving", "Departement Omgeving", null, DEPARTMENT, GOVERNMENT, REGIONAL, 3373, 3373);
		c.org("ovam", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM", GOVERNMENT_AGENCY, GOVERNMENT, REGIONAL,
				3374, 3375);
		cite(c.org("ovam"), NOTE, 422, 423, "worden North Sea Port en de Port of Antwerp-Bruges en de OVAM toegevoegd");
		c.org("fit", "FIT", "FIT", GOVERNMENT_AGENCY, GOVERNMENT, REGIONAL, 2735, 2736);
		c.org("pmv", "PMV", "PMV", INVESTMENT_COMPANY, GOVERNMENT, REGIONAL, 1915, 1917);
		c.org("veb", "VEB", "VEB", INVESTMENT_COMPANY, GOVERNMENT, REGIONAL, 1915, 1917);
		c.org("nutsregulator", "Vlaamse Nutsregulator", null, REGULATOR, GOVERNMENT, REGIONAL, 1961, 1964);

		// Advisory councils asked for advice on the draft note (L3252-3255). Helix left open: SERV seats both
		// employers and employees (L3378-3380).
		Organisation serv = c.org("serv", "Sociaaleconomische Raad van Vlaanderen", "SERV", ADVISORY_COUNCIL,
				HelixKind.UNSPECIFIED, REGIONAL, 3252, 3255);
		note(serv, "Helix left unspecified: the SERV seat in the permanent overlegorgaan is held by 'De werkgevers en "
				+ "werknemers vertegenwoordigers' (001 L3378-3380), i.e. both industry and civil society.");
		c.org("mina", "Milieu- en Natuurraad van Vlaanderen", "MINA", ADVISORY_COUNCIL, HelixKind.UNSPECIFIED, REGIONAL,
				3252, 3255);
		c.org("vario", "Vlaamse Adviesraad voor Innoveren en Ondernemen", "VARIO", ADVISORY_COUNCIL,
				HelixKind.UNSPECIFIED, REGIONAL, 3252, 3255);

		// Moonshot representation and spearhead clusters.
		Organisation catalisti = c.org("catalisti", "Catalisti", null, CLUSTER_ORGANISATION, HelixKind.UNSPECIFIED,
				REGIONAL, 3373, 3375);
		cite(catalisti, NOTE, 2374, 2375, "speerpuntclusters Catalisti en Flux50");
		c.org("flux50", "Flux50", null, CLUSTER_ORGANISATION, HelixKind.UNSPECIFIED, REGIONAL, 2374, 2375);

		// "De belangrijkste industrieën (via Staalindustrie Verbond (GSV) / Steelbel, Energia, essenscia)" (L3377).
		Organisation gsv = c.org("gsv", "Staalindustrie Verbond", "GSV", INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED,
				3377, 3377);
		gsv.getAliases().add("Steelbel");
		c.org("energia", "Energia", null, INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED, 3377, 3377);
		c.org("essenscia", "essenscia", null, INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED, 3377, 3377);
		c.org("agoria", "Agoria", null, INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED, 3428, 3429);
		c.org("fedustria", "Fedustria", null, INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED, 3428, 3429);
		c.org("fevia", "Fevia", null, INDUSTRY_FEDERATION, INDUSTRY, UNSPECIFIED, 3428, 3429);

		// Ports (L3381) - helix not given.
		c.org("nsp", "North Sea Port", null, PORT, HelixKind.UNSPECIFIED, UNSPECIFIED, 3381, 3381);
		Organisation poab = c.org("poab", "Port of Antwerp-Bruges", "PoAB", PORT, HelixKind.UNSPECIFIED, UNSPECIFIED,
				3381, 3381);
		poab.getAliases().add("Port of Antwerp and Bruges");

		// Knowledge institutions and consultants of the roadmap studies (L46-54, L147-148, L200-201).
		c.org("vito", "Vlaamse Instelling voor Technologisch Onderzoek", "VITO", KNOWLEDGE_INSTITUTION, KNOWLEDGE,
				REGIONAL, 199, 201);
		c.org("vubies", "VUB-IES", null, KNOWLEDGE_INSTITUTION, KNOWLEDGE, UNSPECIFIED, 147, 148);
		c.org("ams", "Antwerp Management School", null, KNOWLEDGE_INSTITUTION, KNOWLEDGE, UNSPECIFIED, 50, 50);
		c.org("wuppertal", "Wuppertal Instituut", null, KNOWLEDGE_INSTITUTION, KNOWLEDGE, UNSPECIFIED, 50, 52);
		c.org("deloitte", "Deloitte", null, CONSULTANT, INDUSTRY, UNSPECIFIED, 147, 148);
		c.org("climact", "Climact", null, CONSULTANT, INDUSTRY, UNSPECIFIED, 50, 50);

		// Infrastructure managers (L222-224); Fluxys also appears in Table 2.
		c.org("fluxys", "Fluxys", null, INFRASTRUCTURE_MANAGER, INDUSTRY, UNSPECIFIED, 222, 224);
		c.org("elia", "Elia", null, INFRASTRUCTURE_MANAGER, INDUSTRY, UNSPECIFIED, 222, 224);
		c.org("fluvius", "Fluvius", null, INFRASTRUCTURE_MANAGER, INDUSTRY, UNSPECIFIED, 222, 224);

		// EU level.
		c.org("ec", "Europese Commissie", null, OrganisationKind.EU_INSTITUTION, GOVERNMENT, EUROPEAN, 1662, 1665);

		sectors(c);
	}

	/** Companies of Table 2 (L765-1051), created on first use by the project builder. */
	static Organisation company(KsContext c, String key, String name, int from, int to) {
		return c.org(key, name, null, COMPANY, INDUSTRY, UNSPECIFIED, from, to);
	}

	private static void sectors(KsContext c) {
		// "de basisindustrie die onder het Emissions Trading System (ETS) valt, meer bepaald de sectoren staal,
		// chemie en de raffinaderijen" (L357-359)
		for (String name : new String[] { "staal", "chemie", "raffinaderijen" }) {
			Sector s = KsContext.ECO.createSector();
			s.setName(name);
			s.setKind(SectorKind.INDUSTRY_SUBSECTOR);
			s.setEtsScope(Boolean.TRUE);
			cite(s, NOTE, 357, 359);
			c.model.getSectors().add(s);
		}
		c.model.getSectors().get(1).getAliases().add("(petro)chemie");
		cite(c.model.getSectors().get(1), NOTE, 589, 590);
		c.model.getSectors().get(2).getAliases().add("raffinage");
	}
}
