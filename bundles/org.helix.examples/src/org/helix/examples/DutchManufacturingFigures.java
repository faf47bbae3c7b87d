package org.helix.examples;

import static org.helix.model.core.FigureKind.AMOUNT;
import static org.helix.model.core.FigureKind.ESTIMATE;
import static org.helix.model.core.FigureKind.MEASUREMENT;
import static org.helix.model.core.FigureKind.TARGET;

import org.helix.model.core.Figure;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Sector;

/**
 * The figures seed 002 states about elements of the Dutch manufacturing example that the emission table and the
 * instrument amounts do not hold yet: the industry's weight in GDP and employment, its reduction so far, the ETS and
 * levy prices, the climate targets. docs/seed-figures.md lists what is held where and what is left out and why.
 */
final class DutchManufacturingFigures {

	private final DutchManufacturingBuilder b;

	DutchManufacturingFigures(DutchManufacturingBuilder builder) {
		this.b = builder;
	}

	void build() {
		Sector industry = b.find(Sector.class, "Maakindustrie");
		b.figure(industry, "Directe bijdrage aan het bbp van Nederland", MEASUREMENT, "12.2", null, "% van het bbp", null,
				null, 142, 142, "De directe bijdrage aan het bbp is 12,2 procent van het bbp van Nederland.");
		b.note(b.figure(industry, "Werkenden in de industrie", MEASUREMENT, "730000", null, "personen", null, null, 164, 164,
				"In de industrie werken nu meer dan 730.000 mensen"), "'Meer dan' 730.000 (L164): een ondergrens.");
		b.figure(industry, "Aandeel van de industrie in het aantal werkenden", MEASUREMENT, "9.3", null, "%", null, null,
				164, 164, "dat is 9,3 procent van het aantal");
		b.figure(industry, "Aandeel van de energie-intensieve maakindustrie in het aantal werkenden", MEASUREMENT, "2.5",
				null, "%", null, null, 165, 165, "In de energie-intensieve maakindustrie werkt ongeveer 2,5 procent van het");
		b.figure(industry, "Emissiereductie sinds 1990 (tot nu toe)", MEASUREMENT, "37.2", null, "megaton CO2", null, null, 103, 105,
				"teruggedrongen sinds 1990 (37,2 megaton CO2)");

		PolicyInstrument ets = b.find(PolicyInstrument.class, "EU-ETS handelssysteem");
		b.figure(ets, "Reductie van het emissieplafond in 2030 ten opzichte van 2005", TARGET, "62", null,
				"% t.o.v. 2005", 2030, null, 301, 301, "In 2030 is de reductie 62 procent ten opzichte van 2005.");
		b.figure(ets, "CO2-prijs", MEASUREMENT, "85", null, "euro/ton", null, null, 302, 302,
				"De CO2-prijs bedraagt zo’n 85 euro/ton");
		b.figure(b.find(PolicyInstrument.class, "Nationale CO2-heffing"), "Tarief van de heffing bovenop de ETS-prijs",
				AMOUNT, "135", null, "euro/ton", 2030, null, 305, 306, "die oploopt naar 135 euro/ton in");
		b.figure(b.find(PolicyInstrument.class, "Fossiele 'subsidies'"), "Milieuprijs voor klimaatschade (externe "
				+ "kostenbenadering)", ESTIMATE, "130", null, "euro per ton CO2", null, null, 968, 969,
				"130 euro per ton CO2 berekend");

		Jurisdiction netherlands = b.find(Jurisdiction.class, "Nederland");
		b.figure(netherlands, "Klimaatwet: reductie van de nationale CO2-uitstoot (minimum)", TARGET, "55", null,
				"% t.o.v. 1990", 2030, null, 42, 43, "met ten minste 55 procent terug te dringen ten opzichte van 1990");
		Figure proposal = b.figure(b.find(Jurisdiction.class, "Europese Unie"), "Voorgesteld klimaatdoel 2040 (European "
				+ "Scientific Advisory Board on Climate Change)", TARGET, "90", "95", "% t.o.v. 1990", 2040, null, 320, 323,
				"stelt een klimaatdoel voor van 90-95 procent reductie van");
		b.note(proposal, "Een voorstel van het adviesorgaan, geen vastgesteld doel (L320-323).");
	}
}
