package org.helix.examples;

import static org.helix.model.core.FigureKind.AMOUNT;
import static org.helix.model.core.FigureKind.BENCHMARK;
import static org.helix.model.core.FigureKind.COUNT;
import static org.helix.model.core.FigureKind.ESTIMATE;
import static org.helix.model.core.FigureKind.MEASUREMENT;
import static org.helix.model.core.FigureKind.TARGET;

import java.time.LocalDate;

import org.helix.model.core.Figure;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Technology;
import org.helix.model.materials.MaterialList;

/**
 * The figures seed 003 states about elements of the raw-materials example that have no other structured place: the
 * CRMA recycling benchmark and the split of the strategic projects, collection and recycling rates, estimates and
 * company figures. docs/seed-figures.md lists every figure of the seed, where it is held, and what is left out and
 * why. Figures the model already holds elsewhere (SR/EI of list entries, supply shares, the germanium flow, the
 * Agoria sector indicators) are not repeated here.
 */
final class RawMaterialsFigures {

	private final RawMaterialsBuilder b;

	RawMaterialsFigures(RawMaterialsBuilder builder) {
		this.b = builder;
	}

	void build() {
		PolicyInstrument crma = b.find(PolicyInstrument.class, "Critical Raw Materials Act");
		b.figure(crma, "EU-benchmark recyclage: minimum aandeel van de jaarlijkse consumptie van strategische grondstoffen "
				+ "uit gerecycleerde materialen", BENCHMARK, "25", null, "%", 2030, null, 1405, 1407,
				"stens 25% van de jaarlijkse consumptie van strategische grondstoffen in de EU moet afkomstig");
		b.figure(crma, "Nieuwe recyclage-installaties nodig om de recyclagebenchmark te halen", ESTIMATE, "15", null,
				"installaties", 2030, null, 1409, 1409, "zijn zeker 15 nieuwe recyclage-installaties nodig");
		Figure projects = b.figure(crma, "Strategische projecten (lijst van de Europese Commissie)", COUNT, "47", null,
				"projecten", 2025, null, 1738, 1738, "een lijst van 47 \"strategische projecten\" vrijgegeven");
		projects.setDate(LocalDate.of(2025, 3, 25));
		String[][] segments = { { "winning", "25", "met 25 projecten voor winningsactiviteiten" },
				{ "verwerking", "24", "24 voor verwerking" }, { "recycling", "10", "10 voor" },
				{ "substitutie", "2", "2 voor substitutie van grondstoffen" } };
		for (String[] segment : segments) {
			Figure f = b.figure(crma, "Strategische projecten in het segment " + segment[0], COUNT, segment[1], null,
					"projecten", 2025, null, 1742, 1744, segment[2]);
			f.setDate(LocalDate.of(2025, 3, 25));
			b.note(f, "Een project kan 'een of meer segmenten' beslaan (L1740): de vier segmenten tellen samen 61 "
					+ "projecten, meer dan de 47 strategische projecten.");
		}
		b.figure(crma, "Strategische grondstoffen waarop de strategische projecten betrekking hebben", COUNT, "14", null,
				"van de 17 strategische grondstoffen", 2025, null, 1744, 1746, "betrekking op 14 van de 17 strate-");
		b.figure(crma, "Lidstaten waarin de strategische projecten liggen", COUNT, "13", null, "lidstaten", 2025, null,
				1748, 1750, "gen in 13 Europese lidstaten");

		Organisation umicore = b.find(Organisation.class, "Umicore");
		b.figure(umicore, "Strategische projecten van Umicore in België (substitutie en bewerking van germanium)", COUNT,
				"2", null, "projecten", 2025, null, 1752, 1752, "In België gaat het om 2 projecten met Umicore");
		Organisation solvay = b.find(Organisation.class, "Solvay");
		Figure investment = b.figure(solvay, "Geplande investering in de uitbreiding van en reconversie naar de productie "
				+ "van zeldzame aardmetalen", AMOUNT, "100000000", null, "EUR", null, null, 1762, 1762,
				"ruim 100 miljoen euro investeren");
		b.note(investment, "'Op termijn', 'ruim' 100 miljoen euro (L1762): een ondergrens, zonder jaar.");

		Jurisdiction belgium = b.find(Jurisdiction.class, "België");
		b.figure(belgium, "Ingezamelde afgedankte elektrische en elektronische apparaten (AEEA)", MEASUREMENT, "50", null,
				"%", 2021, null, 1520, 1522, "In België werd in 2021 50% van de afgedankte elektrische en elek-");
		Figure weeeTarget = b.figure(belgium, "Europees opgelegde inzamelingsdoelstelling AEEA", TARGET, "65", null, "%",
				null, null, 1524, 1526, "zamelingsdoelstelling van 65% wordt in België nog niet gehaald");
		b.note(weeeTarget, "Wordt in België nog niet gehaald (L1526); de seed noemt geen jaar.");
		b.figure(belgium, "Aandeel van de VS in de Belgische biofarmaceutische export", MEASUREMENT, "24", null, "%", null,
				null, 122, 124, "de VS goed is voor bijna 24 % van");
		b.figure(belgium, "Aandeel van de VS in de totale Belgische export", MEASUREMENT, "6.8", null, "%", null, null, 126,
				126, "de totale Belgische export, dat 6,8 % bedraagt");

		MaterialList critical = b.find(MaterialList.class, "Europese lijst van kritieke grondstoffen");
		b.figure(critical, "Gemiddelde end-of-life recycling input rate van de 34 CRM's in de EU", MEASUREMENT, "8.3", null,
				"%", null, null, 1463, 1465, "CRM's in de EU bedraagt slechts 8,3%");

		Jurisdiction eu = b.find(Jurisdiction.class, "Europese Unie");
		b.figure(eu, "Potentieel aandeel van recycling in de basismetaalbehoefte (aluminium, koper, zink)", ESTIMATE, "45",
				"65", "%", 2050, null, 1360, 1364, "45 tot 65 procent van de basismetaalbehoefte");
		b.figure(eu, "Potentieel aandeel van recycling in de behoefte aan metalen voor batterijen", ESTIMATE, "45", "77",
				"%", 2050, null, 1362, 1364, "45 tot 77 procent in de behoefte aan metalen voor batterijen");
		b.figure(eu, "Afvalexport naar niet-EU-landen", MEASUREMENT, "32.1", null, "miljoen ton", 2022, null, 1548, 1548,
				"In 2022 exporteerde de EU 32,1 miljoen ton afval naar niet-EU landen");
		b.figure(eu, "Aandeel ferrometalen (ijzer en staal) in de afvalexport", MEASUREMENT, "55", null, "%", 2022, null,
				1548, 1550, "ferrometalen (ijzer en staal) als belangrijkste afvalexportproduct (55%)");

		Technology phones = b.find(Technology.class, "smartphones, tablets&laptops");
		String[][] metals = { { "goud", "24", "24 kg goud" }, { "koper", "16000", "16.000 kg koper" },
				{ "zilver", "350", "350 kg zilver" }, { "palladium", "14", "14 kg" } };
		for (String[] metal : metals) {
			b.figure(phones, "Gehalte aan " + metal[0] + " in 1 miljoen mobiele telefoons (urban mining)", MEASUREMENT,
					metal[1], null, "kg per miljoen mobiele telefoons", null, null, 1778, 1780, metal[2]);
		}
	}
}
