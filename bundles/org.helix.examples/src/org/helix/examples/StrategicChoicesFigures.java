package org.helix.examples;

import static org.helix.model.core.FigureKind.AMOUNT;
import static org.helix.model.core.FigureKind.COUNT;
import static org.helix.model.core.FigureKind.MEASUREMENT;
import static org.helix.model.core.FigureKind.OTHER;
import static org.helix.model.core.FigureKind.RATING;
import static org.helix.model.core.FigureKind.TARGET;

import org.helix.model.core.Figure;
import org.helix.model.ecosystem.Cluster;
import org.helix.model.ecosystem.ClusterKind;
import org.helix.model.ecosystem.CountryStrategy;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.OrganisationKind;
import org.helix.model.ecosystem.StrategyPriority;

/**
 * The figures seed 004 states about elements of the strategic-choices example: budgets of the strategic research
 * centres and the spearhead clusters, counts and targets of the benchmark strategies, Sweden's patent shares. Where
 * the seed gives one figure for a group the model has no element for ("de vier SOC's samen", the spearhead clusters
 * together), each member holds it with a label and a note that it is the group's total, not its own share.
 * docs/seed-figures.md lists every figure of the seed, where it is held, and what is left out and why.
 */
final class StrategicChoicesFigures {

	private static final String GROUP_TOTAL_SOCS = "Bedrag voor de vier SOC's samen (imec, VIB, VITO, Flanders Make), "
			+ "niet het aandeel van dit centrum: de seed splitst het niet op.";
	private static final String GROUP_TOTAL_CLUSTERS = "Bedrag voor de zeven speerpuntclusters samen, niet het aandeel "
			+ "van deze cluster: de seed splitst het niet op.";

	private final StrategicChoicesBuilder b;

	StrategicChoicesFigures(StrategicChoicesBuilder builder) {
		this.b = builder;
	}

	void build() {
		socs();
		clusters();
		benchmarks();
	}

	private void socs() {
		for (String name : new String[] { "imec", "VIB", "VITO", "Flanders Make" }) {
			Organisation soc = b.find(Organisation.class, name);
			if (soc.getKind() != OrganisationKind.STRATEGIC_RESEARCH_CENTRE) {
				throw new IllegalStateException(name + " is not a strategic research centre");
			}
			b.note(b.figure(soc, "Dotatie/subsidie van de vier SOC's samen", AMOUNT, "360500000", null, "EUR", 2024, null,
					1054, 1054, "De vier SOC's samen ontvingen in 2024 een totale dotatie/subsidie van 360,5"),
					GROUP_TOTAL_SOCS);
			b.note(b.figure(soc, "Investeringen van de vier SOC's samen", AMOUNT, "20000000", null, "EUR", 2024, null,
					1054, 1054, "miljoen euro en 20 miljoen euro investeringen"), GROUP_TOTAL_SOCS);
			Figure step = b.figure(soc, "Recurrent toegewezen deel van de begrotingsopstap, vier SOC's samen", AMOUNT,
					"17900000", null, "EUR", 2025, null, 1098, 1098,
					"Daarvan werd zo'n 17,9 recurrent toegewezen aan de SOC's");
			b.note(step, GROUP_TOTAL_SOCS + " 'Zo'n 17,9' zonder eenheid: het is een deel ('daarvan') van de "
					+ "begrotingsopstap van 50 miljoen euro in dezelfde zin (L1098), dus miljoen euro.");
		}
		b.figure(b.find(Organisation.class, "VIB"), "Steun voor de genoomdata-infrastructuur van VIB", AMOUNT, "1500000",
				null, "EUR", 2025, null, 1102, 1102, "Genoomdata-infrastructuur van VIB (1,5 miljoen euro in 2025");
	}

	private void clusters() {
		for (Cluster cluster : b.model.getClusters()) {
			if (cluster.getKind() != ClusterKind.SPEARHEAD_CLUSTER) {
				continue;
			}
			Figure operating = b.figure(cluster, "Werkingsmiddelen per speerpuntcluster (maximum)", AMOUNT, null,
					"650000", "EUR per jaar", null, null, 1062, 1062, "werkingsmiddelen van maximaal 650000 euro per jaar");
			b.note(operating, "Een bovengrens ('maximaal'), geen toegekend bedrag: de waarde is leeg, de bovengrens 650000.");
			b.figure(cluster, "Verplichte private bijdrage (in de werkingsmiddelen)", OTHER, "50", null, "%", null, null,
					1062, 1062, "Een private bijdrage van 50% is verplicht.");
			b.note(b.figure(cluster, "Projectmiddelen van de speerpuntclusters samen", AMOUNT, "54200000", null, "EUR",
					2024, null, 1062, 1062, "In 2024 betrof dit zo'n 54.2 miljoen euro"), GROUP_TOTAL_CLUSTERS);
		}
	}

	private void benchmarks() {
		CountryStrategy wennink = b.find(CountryStrategy.class, "Wennink rapport");
		b.figure(wennink, "Uitgewerkte investeringsprojecten", COUNT, "51", null, "projecten", 2025, null, 1011, 1011,
				"voorstellen van 51 uitgewerkte investeringsprojecten");
		b.figure(wennink, "Potentieel van de investeringsprojecten", AMOUNT, "126000000000", null, "EUR", 2025, null,
				1011, 1011, "met een potentieel van €126 miljard");

		StrategyPriority health = b.find(StrategyPriority.class, "Gezondheid en zorg");
		Figure years = b.figure(health, "Langer gezond leven", TARGET, "5", null, "jaar", 2040, null, 879, 879,
				"mensen in Nederland leven 5 jaar langer gezond");
		b.cite(years, 929, "Mensen leven 5 jaar langer gezond");
		Figure gaps = b.figure(health, "Minder gezondheidsverschillen tussen sociaal-economische groepen", TARGET, "30",
				null, "% minder", 2040, null, 879, 879, "30% minder gezondheidsverschillen");
		b.cite(gaps, 929, "30% minder gezondheidsverschillen in 2040");

		CountryStrategy nts = b.find(CountryStrategy.class, "Nationale Technologiestrategie (NTS)");
		b.figure(nts, "Sleuteltechnologieën geanalyseerd in de data-analyse", COUNT, "44", null, "sleuteltechnologieën",
				2023, null, 981, 981, "voor deze 44 sleuteltechnologieën");
		b.note(b.figure(nts, "Experts op de stakeholdersbijeenkomst (expert input)", COUNT, "60", null, "experts", 2023,
				null, 995, 995, "ongeveer 60 experts"), "'Ongeveer' 60 (L995).");

		b.figure(b.find(CountryStrategy.class, "Sweden's competitiveness and Investment priorities"),
				"Strategische technologieën in de analyse", COUNT, "48", null, "technologieën", null, null, 1021, 1021,
				"op het vlak van 48 strategische technologieën");
		Jurisdiction sweden = b.find(Jurisdiction.class, "Zweden");
		b.figure(sweden, "Aandeel in de wereldwijde patenten in ruimtetechnologie", MEASUREMENT, "2.75", null, "%", null,
				null, 1024, 1024, "In ruimtetechnologie bezit Zweden 2,75% van de wereldwijde patenten");
		b.figure(sweden, "Aandeel in de wereldwijde patenten in AI", MEASUREMENT, "1.21", null, "%", null, null, 1025, 1025,
				"In AI bedraagt Zweden's wereldwijde aandeel in patenten slechts 1,21%");
		b.figure(sweden, "Aandeel in de wereldwijde investeringen in AI", MEASUREMENT, "0.42", null, "%", null, null, 1025,
				1025, "het aandeel in investeringen slechts 0,42%");
		b.figure(sweden, "Positie in de Global AI Index", RATING, "17", null, "plaats", 2023, null, 1025, 1025,
				"van de 17e plaats in 2023");
		b.figure(sweden, "Positie in de Global AI Index", RATING, "25", null, "plaats", 2024, null, 1025, 1025,
				"naar de 25e plaats in 2024");

		b.figure(b.find(CountryStrategy.class, "EU Competitiveness Compass"), "Mate waarin geïnspireerd op het Draghi "
				+ "rapport", OTHER, "90", null, "%", 2025, null, 1044, 1044, "is voor 90% geïnspireerd op het Draghi rapport");
		b.figure(b.find(Organisation.class, "Centre for European Policy Studies"), "Longlist van globale technologieën "
				+ "bezorgd aan VARIO", COUNT, "100", null, "technologieën", null, null, 600, 600,
				"CEPS bezorgde VARIO een longlist van 100 globale technologieën");
	}
}
