package org.helix.examples;

import static org.helix.examples.ExampleSupport.cite;
import static org.helix.examples.ExampleSupport.note;
import static org.helix.examples.KsContext.CORE;
import static org.helix.examples.KsContext.NOTE;
import static org.helix.model.core.FigureKind.COUNT;
import static org.helix.model.core.FigureKind.ESTIMATE;
import static org.helix.model.core.FigureKind.MEASUREMENT;
import static org.helix.model.core.FigureKind.OTHER;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.Figure;
import org.helix.model.core.FigureKind;
import org.helix.model.core.Indicator;
import org.helix.model.core.NamedElement;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.FundingInstrument;
import org.helix.model.ecosystem.PolicyInstrument;
import org.helix.model.ecosystem.Sector;

/**
 * The figures seed 001 states about elements of the Klimaatsprong example that Table 1's indicators, the CfD amount
 * and the meeting counts do not hold yet: the emission reduction in percent, the EBO savings, the price comparison,
 * the project capacities, the CfD threshold and term, the size of the ecosystem. docs/seed-figures.md lists what is
 * held where and what is left out and why. Values are as the seed states them; "ongeveer", "meer dan" and "tot" are
 * kept in the wording and, where they make the number a bound, in a note or in {@code maxValue}.
 */
final class KsFigures {

	private static final String MOONSHOT = "Moonshotprogramma ‘Vlaamse industrie koolstofcirculair en CO2-arm tegen "
			+ "2050’";

	private final KsContext c;

	private KsFigures(KsContext c) {
		this.c = c;
	}

	static void build(KsContext c) {
		new KsFigures(c).build();
	}

	private void build() {
		FundingInstrument cfd = find(FundingInstrument.class, "Transitiecontracten Klimaatsprong");
		note(figure(cfd, "Doelgroep: EBO-bedrijven met een jaarlijkse CO2-uitstoot van minstens", OTHER, "10", null,
				"kiloton CO2 per jaar", null, null, 196, 197, "(EBO-bedrijven met jaarlijkse CO2 uitstoot ≥ 10 kiloton)"),
				"Een ondergrens (≥) die de doelgroep afbakent, geen uitstoot van een bedrijf.");
		figure(cfd, "Looptijd van de pilootoproep (CAPEX- en OPEX-steun)", OTHER, "10", null, "jaar", null, null, 207,
				208, "over een looptijd van 10 jaar");

		note(figure(c.programme, "Organisaties in het ecosysteem van Klimaatsprong", COUNT, "25", null, "organisaties",
				null, null, 462, 462, "Het huidige ecosysteem van Klimaatsprong bestaat uit een 25-tal verschillende "
						+ "organisaties"),
				"'Een 25-tal': ongeveer 25 (L462), vanuit een quadruple-helixvertegenwoordiging.");

		Indicator emissions = find(Indicator.class, "Emissies");
		note(figure(emissions, "Daling van de emissies van chemie, raffinage en staal sinds 2019", MEASUREMENT, "16",
				null, "% t.o.v. 2019", 2023, null, 603, 604, "Sinds 2019 zijn de Vlaamse emissies in de sectoren chemie, "
						+ "raffinage en staal verder gedaald, namelijk met 16% in 2023."),
				"Strookt met Tabel 1 (L647): 20,6 tegenover 24,4 Mton CO2-eq.");
		note(figure(emissions, "Totale emissiereductie van chemie, raffinage en staal t.o.v. 2005", MEASUREMENT, "25",
				null, "% t.o.v. 2005", 2023, null, 604, 605, "Dit brengt de totale emissiereductie in 2023 van deze drie "
						+ "sectoren op 25% t.o.v. 2005."),
				"Strookt met Tabel 1 (L647): 20,6 tegenover 27,4 Mton CO2-eq.");
		note(figure(emissions, "Emissiereductie in 2050 volgens de roadmap uit 2020", ESTIMATE, "80", null,
				"% emissiereductie", 2050, null, 1416, 1417, "Ter herinnering, de roadmap uit 2020 kwam uit op ongeveer "
						+ "80% emissiereducties in 2050."),
				"De uitkomst van de roadmapstudie uit 2020 ('ongeveer'), geen doelstelling van het programma; de studie "
						+ "zelf is geen element van het model.");

		PolicyInstrument ebo = find(PolicyInstrument.class, "Energiebeleidsovereenkomsten");
		String eboNote = "Uit het jaarverslag 2022 van de EBO's (voetnoot 4, L612-615), voor alle ETS-bedrijven.";
		note(figure(ebo, "Vermeden emissies door energiebesparingsmaatregelen", MEASUREMENT, "500", null, "Kton CO2",
				2019, 2022, 612, 614, "voor alle ETS bedrijven de verkregen vermeden emissies door "
						+ "energiebesparingsmaatregelen tussen 2019 en 2022 ong. 500 Kton CO2 bedroeg"),
				eboNote + " 'Ongeveer' 500 Kton.");
		note(figure(ebo, "Energiebesparing", MEASUREMENT, "6.9", null, "PJ", 2019, 2022, 614, 614,
				"wat overeenkomt met een energiebesparing van 6,9 PJ"), eboNote);
		note(figure(ebo, "Energiebesparing t.o.v. 2019", MEASUREMENT, "2", null, "% t.o.v. 2019", 2019, 2022, 614, 615,
				"Vergeleken met 2019 is dit dus een besparing van ong. 2%."), eboNote + " 'Ongeveer' 2 %.");

		Indicator prices = find(Indicator.class,
				"kostprijs voor gas en elektriciteit (incl. vergelijking buurlanden, EU, VS en China)");
		String priceNote = "Uit de contextanalyse (5.3), voor grootverbruikers in België; de indicator is een mogelijke "
				+ "parameter van de jaarlijkse rapportering (L2749-2752).";
		note(figure(prices, "Elektriciteitsprijs voor grootverbruikers in België t.o.v. de Verenigde Staten en China",
				MEASUREMENT, "2", null, "× de prijs in de VS en China", null, null, 710, 711,
				"De elektriciteitsprijzen voor grootverbruikers in België zijn meer dan dubbel zo hoog als in de "
						+ "Verenigde Staten en China."),
				priceNote + " 'Meer dan dubbel': een ondergrens.");
		note(figure(prices, "Aardgasprijs voor grootverbruikers in België t.o.v. de Verenigde Staten", MEASUREMENT, "4",
				null, "× de prijs in de VS", null, null, 711, 712, "Ook voor aardgas betalen grootverbruikers in België "
						+ "significant meer dan in de Verenigde Staten (x4)."),
				priceNote);

		for (String name : new String[] { "staal", "chemie", "raffinaderijen" }) {
			note(figure(find(Sector.class, name), "Aandeel van de arbeidskosten in de totale productieprijs "
					+ "(energie-intense sectoren samen)", MEASUREMENT, null, "10", "%", null, null, 715, 716,
					"dragen ook slechts tot ong. 10% bij van de totale productieprijs in de energie-intense sectoren"),
					"'Tot ong. 10%' (L716): een bovengrens, in België, voor de energie-intense sectoren samen (staal, "
							+ "chemie en raffinage, L717); de seed splitst het niet op per sector.");
		}

		// Table 2: the capacities the table gives, as numbers next to the project's capacity text
		figure(project("Bio-refinery pilot"), "Capaciteit", OTHER, "300", null, "kt pa", null, null, 779, 779,
				"Capaciteit 300kt pa");
		figure(project("Synpet"), "Capaciteit chemische recyclage plastic afval", OTHER, "180", null, "kt/j", null, null,
				891, 891, "(180kt/j)");
		figure(project("Hyoffwind"), "Capaciteit", OTHER, "25", null, "Mwe", null, null, 948, 948, "(25 Mwe)");
		note(figure(project("Terranova"), "Capaciteit van de elektrolyser", OTHER, "2.5", null, "MW", null, null, 986,
				987, "2.5. MW electrolyser."), "De seed schrijft '2.5.' (L986).");
		figure(project("Plug Power"), "Waterstofproductie", OTHER, "12.5", null, "Kt per jaar", null, null, 1013, 1013,
				"H2 productie (12.5 Kt per jaar)");
		figure(project("Hope"), "Demo-elektrolyser", OTHER, "10", null, "Mwe", null, null, 1017, 1017,
				"Demo 10 Mwe electrolyser.");

		note(figure(project("Kairos@C"), "Afvang en opslag van CO2 tegen 2030 (maximum)", ESTIMATE, null, "1.5",
				"Mton CO2", 2030, null, 1105, 1106, "tegen 2030 alleen al via Kairos@C tot 1,5 Mton CO2 kunnen afvangen "
						+ "en opslaan"),
				"'Tot 1,5 Mton' (L1106): een bovengrens; er is nog geen finale investeringsbeslissing (L1109).");
		DecarbonisationProject h2be = project("H2BE Project");
		note(figure(h2be, "Toename van de waterstofproductie in Vlaanderen", ESTIMATE, "210", null, "kton per jaar", null,
				null, 1133, 1134, "Deze investering zou de productie van waterstof in Vlaanderen doen toenemen met "
						+ "ongeveer 210 kton per jaar (6,9 TWh)."),
				"'Ongeveer' 210 kton per jaar; de investering is onzeker (L1136-1138).");
		figure(h2be, "Toename van de waterstofproductie in Vlaanderen (energie-inhoud per jaar)", ESTIMATE, "6.9", null,
				"TWh", null, null, 1134, 1134, "(6,9 TWh)");

		// footnote 36 to the Moonshot recommendation (L2456)
		figure(find(PolicyInstrument.class, MOONSHOT), "Moonshotprojecten die deelnemen aan door de EU gefinancierde "
				+ "onderzoeksprogramma's", COUNT, "8", null, "Moonshotprojecten", null, null, 2507, 2507,
				"Er zijn al 8 Moonshotprojecten die deelnemen aan door de EU gefinancierde onderzoeksprogramma’s.");

		note(figure(c.org("vlaio"), "Gesteunde onderzoeksprojecten in de industrie", COUNT, "30", null,
				"onderzoeksprojecten", 2024, null, 1083, 1084, "Zo verleende VLAIO in 2024 steun voor 30 "
						+ "onderzoeksprojecten in de industrie (incl. haalbaarheidsstudies, strategisch basisonderzoek en "
						+ "ontwikkelingsprojecten)."),
				"Onderzoeksprojecten naast de investeringsprojecten van Tabel 2 (L1082-1084).");
	}

	private DecarbonisationProject project(String name) {
		return find(DecarbonisationProject.class, name);
	}

	/** Adds a figure of seed 001, cited with lines {@code from..to} and an exact extract, kept as its wording. */
	private static Figure figure(NamedElement holder, String label, FigureKind kind, String value, String maxValue,
			String unit, Integer year, Integer toYear, int from, int to, String quote) {
		Figure figure = CORE.createFigure();
		figure.setLabel(label);
		figure.setKind(kind);
		figure.setValue(value == null ? null : new BigDecimal(value));
		figure.setMaxValue(maxValue == null ? null : new BigDecimal(maxValue));
		figure.setUnit(unit);
		figure.setYear(year);
		figure.setToYear(toYear);
		figure.setText(quote);
		holder.getFigures().add(figure);
		return cite(figure, NOTE, from, to, quote);
	}

	/** The element with that type and name; fails when there is none, so a renamed holder is noticed. */
	private <T extends NamedElement> T find(Class<T> type, String name) {
		for (TreeIterator<EObject> it = c.model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next) && name.equals(((NamedElement) next).getName())) {
				return type.cast(next);
			}
		}
		throw new IllegalStateException("no " + type.getSimpleName() + " named " + name);
	}
}
