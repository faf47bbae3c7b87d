package org.helix.examples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.Figure;
import org.helix.model.core.FigureKind;
import org.helix.model.core.HelixModel;
import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceCitation;
import org.helix.model.ecosystem.DecarbonisationProject;
import org.helix.model.ecosystem.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The figures the seeds state about modelled elements are held, with value, unit and citation, in the shipped example
 * files (issue 13, item 5; inventory in docs/seed-figures.md). The expected rows are read off the seed text: each
 * names the holder, the value and unit as the model stores them, the number as the seed spells it, and the seed line
 * where it stands; the test checks both the model and that the seed line really carries that number.
 */
class SeedFiguresTest {

	/**
	 * One figure: example, holder name and type (where another element has the same name, e.g. the project and the
	 * company Plug Power), year (null = none), value, maxValue, unit, seed spelling, seed line.
	 */
	record Row(Example example, Class<? extends NamedElement> type, String holder, Integer year, String value,
			String maxValue, String unit, String seedSpelling, int line) {

		Row(Example example, String holder, Integer year, String value, String maxValue, String unit,
				String seedSpelling, int line) {
			this(example, NamedElement.class, holder, year, value, maxValue, unit, seedSpelling, line);
		}

		@Override
		public String toString() {
			return example.name() + " " + holder + " " + (value != null ? value : "≤" + maxValue) + " " + unit + " (L"
					+ line + ")";
		}
	}

	private static final Example RM = Example.RAW_MATERIALS;
	private static final Example SC = Example.STRATEGIC_CHOICES;
	private static final Example DM = Example.DUTCH_MANUFACTURING;
	private static final Example KS = Example.KLIMAATSPRONG;
	private static final Class<DecarbonisationProject> PROJECT = DecarbonisationProject.class;

	private static final String PRICES = "kostprijs voor gas en elektriciteit (incl. vergelijking buurlanden, EU, VS en China)";

	static Stream<Row> rows() {
		List<Row> rows = new ArrayList<>(List.of(
				// seed 003 L1405-1409: "Om de EU-benchmark ... tegen 2030 te behalen - minstens 25% van de jaarlijkse
				// consumptie ... - zijn zeker 15 nieuwe recyclage-installaties nodig"
				new Row(RM, "Critical Raw Materials Act", 2030, "25", null, "%", "25%", 1405),
				new Row(RM, "Critical Raw Materials Act", 2030, "15", null, "installaties", "15 nieuwe", 1409),
				// 003 L1738-1750: 47 strategic projects, 25 extraction, 24 processing, 10 recycling, 2 substitution,
				// 14 of the 17 strategic raw materials, 13 member states; L1752: 2 projects with Umicore
				new Row(RM, "Critical Raw Materials Act", 2025, "47", null, "projecten", "lijst van 47", 1738),
				new Row(RM, "Critical Raw Materials Act", 2025, "25", null, "projecten", "25 projecten", 1742),
				new Row(RM, "Critical Raw Materials Act", 2025, "24", null, "projecten", "24 voor verwerking", 1742),
				new Row(RM, "Critical Raw Materials Act", 2025, "10", null, "projecten", "10 voor", 1742),
				new Row(RM, "Critical Raw Materials Act", 2025, "2", null, "projecten", "2 voor substitutie", 1742),
				new Row(RM, "Critical Raw Materials Act", 2025, "14", null, "van de 17 strategische grondstoffen",
						"14 van de 17", 1744),
				new Row(RM, "Critical Raw Materials Act", 2025, "13", null, "lidstaten", "13 Europese lidstaten", 1748),
				new Row(RM, "Umicore", 2025, "2", null, "projecten", "2 projecten met Umicore", 1752),
				// 003 L1762: Solvay "ruim 100 miljoen euro investeren"
				new Row(RM, "Solvay", null, "100000000", null, "EUR", "100 miljoen euro", 1762),
				// 003 L1520-1526: WEEE collected in Belgium in 2021 50 %, European collection target 65 %
				new Row(RM, "België", 2021, "50", null, "%", "2021 50%", 1520),
				new Row(RM, "België", null, "65", null, "%", "65%", 1524),
				// 003 L122-126: the US takes almost 24 % of Belgian biopharma exports, 6.8 % of all Belgian exports
				new Row(RM, "België", null, "24", null, "%", "24 %", 122),
				new Row(RM, "België", null, "6.8", null, "%", "6,8 %", 126),
				// 003 L1463-1465 (fn 35): end-of-life recycling input rate of the 34 CRMs in the EU 8.3 %
				new Row(RM, "Europese lijst van kritieke grondstoffen", null, "8.3", null, "%", "8,3%", 1463),
				// 003 L1360-1364: recycling could meet 45-65 % of base-metal and 45-77 % of battery-metal demand in 2050
				new Row(RM, "Europese Unie", 2050, "45", "65", "%", "45 tot 65 procent", 1360),
				new Row(RM, "Europese Unie", 2050, "45", "77", "%", "45 tot 77 procent", 1362),
				// 003 L1548-1550 (fn 40): EU waste exports 32.1 Mt in 2022, ferrous metals 55 %
				new Row(RM, "Europese Unie", 2022, "32.1", null, "miljoen ton", "32,1 miljoen ton", 1548),
				new Row(RM, "Europese Unie", 2022, "55", null, "%", "(55%)", 1548),
				// 003 L1778: 1 million mobile phones contain 24 kg gold, 16,000 kg copper, 350 kg silver, 14 kg palladium
				new Row(RM, "smartphones, tablets&laptops", null, "24", null, "kg per miljoen mobiele telefoons",
						"24 kg goud", 1778),
				new Row(RM, "smartphones, tablets&laptops", null, "16000", null, "kg per miljoen mobiele telefoons",
						"16.000 kg koper", 1778),
				new Row(RM, "smartphones, tablets&laptops", null, "350", null, "kg per miljoen mobiele telefoons",
						"350 kg zilver", 1778),
				new Row(RM, "smartphones, tablets&laptops", null, "14", null, "kg per miljoen mobiele telefoons",
						"14 kg", 1778),
				// seed 004 L1102: VIB genome data infrastructure 1.5 million euro in 2025
				new Row(SC, "VIB", 2025, "1500000", null, "EUR", "1,5 miljoen euro in 2025", 1102),
				// 004 L1011: Wennink: 51 investment projects with a potential of EUR 126 billion
				new Row(SC, "Wennink rapport", 2025, "51", null, "projecten", "51 uitgewerkte", 1011),
				new Row(SC, "Wennink rapport", 2025, "126000000000", null, "EUR", "€126 miljard", 1011),
				// 004 L879: NL mission health: 5 years longer healthy, 30 % fewer health differences in 2040
				new Row(SC, "Gezondheid en zorg", 2040, "5", null, "jaar", "5 jaar langer", 879),
				new Row(SC, "Gezondheid en zorg", 2040, "30", null, "% minder", "30% minder", 879),
				// 004 L981, L995: NTS 44 key technologies analysed, about 60 experts
				new Row(SC, "Nationale Technologiestrategie (NTS)", 2023, "44", null, "sleuteltechnologieën", "44", 981),
				new Row(SC, "Nationale Technologiestrategie (NTS)", 2023, "60", null, "experts", "60 experts", 995),
				// 004 L1021, L1024-1025: IVA analysis of 48 technologies; Sweden 2.75 % space patents, AI 1.21 % of
				// patents and 0.42 % of investments, Global AI Index 17th (2023) to 25th (2024)
				new Row(SC, "Sweden's competitiveness and Investment priorities", null, "48", null, "technologieën",
						"48 strategische", 1021),
				new Row(SC, "Zweden", null, "2.75", null, "%", "2,75%", 1024),
				new Row(SC, "Zweden", null, "1.21", null, "%", "1,21%", 1025),
				new Row(SC, "Zweden", null, "0.42", null, "%", "0,42%", 1025),
				new Row(SC, "Zweden", 2023, "17", null, "plaats", "17e plaats in 2023", 1025),
				new Row(SC, "Zweden", 2024, "25", null, "plaats", "25e plaats in 2024", 1025),
				// 004 L1044: the Competitiveness Compass is 90 % inspired by the Draghi report
				new Row(SC, "EU Competitiveness Compass", 2025, "90", null, "%", "90%", 1044),
				// 004 L600: CEPS's longlist of 100 global technologies
				new Row(SC, "Centre for European Policy Studies", null, "100", null, "technologieën", "100 globale", 600),
				// seed 002 L142: the industry's direct contribution to GDP 12.2 %; L164-165: more than 730,000 people,
				// 9.3 % of the working population, about 2.5 % in the energy-intensive industry; L103-105: reduced by
				// 37.2 megaton CO2 since 1990
				new Row(DM, "Maakindustrie", null, "12.2", null, "% van het bbp", "12,2 procent", 142),
				new Row(DM, "Maakindustrie", null, "730000", null, "personen", "730.000", 164),
				new Row(DM, "Maakindustrie", null, "9.3", null, "%", "9,3 procent", 164),
				new Row(DM, "Maakindustrie", null, "2.5", null, "%", "2,5 procent", 165),
				new Row(DM, "Maakindustrie", null, "37.2", null, "megaton CO2", "37,2 megaton", 103),
				// 002 L301-306: ETS cap 62 % lower in 2030 than 2005, CO2 price about 85 euro/ton; national levy rising
				// to 135 euro/ton in 2030
				new Row(DM, "EU-ETS handelssysteem", 2030, "62", null, "% t.o.v. 2005", "62 procent", 301),
				new Row(DM, "EU-ETS handelssysteem", null, "85", null, "euro/ton", "85 euro/ton", 302),
				new Row(DM, "Nationale CO2-heffing", 2030, "135", null, "euro/ton", "135 euro/ton", 305),
				// 002 L968-969: environmental price of 130 euro per ton CO2 in the fossil-subsidies study
				new Row(DM, "Fossiele 'subsidies'", null, "130", null, "euro per ton CO2", "130 euro per ton", 968),
				// 002 L42-43: climate law, at least 55 % less CO2 in 2030 than 1990; L320-323: ESABCC proposes 90-95 %
				// for 2040
				new Row(DM, "Nederland", 2030, "55", null, "% t.o.v. 1990", "ten minste 55 procent", 42),
				new Row(DM, "Europese Unie", 2040, "90", "95", "% t.o.v. 1990", "90-95 procent", 320),
				// seed 001 L196-197: the CfD call targets EBO companies emitting >= 10 kiloton CO2 a year; L207-208:
				// budget "over een looptijd van 10 jaar" (the 70 million are a MonetaryAmount)
				new Row(KS, "Transitiecontracten Klimaatsprong", null, "10", null, "kiloton CO2 per jaar",
						"≥ 10 kiloton", 196),
				new Row(KS, "Transitiecontracten Klimaatsprong", null, "10", null, "jaar", "looptijd van 10 jaar", 207),
				// 001 L462: the ecosystem of Klimaatsprong counts about 25 organisations
				new Row(KS, "Klimaatsprong voor de Industrie", null, "25", null, "organisaties", "een 25-tal", 462),
				// 001 L603-605: emissions of chemistry, refining and steel down 16 % since 2019, 25 % since 2005 (2023);
				// L1416-1417: the 2020 roadmap came to about 80 % reduction in 2050
				new Row(KS, "Emissies", 2023, "16", null, "% t.o.v. 2019", "16% in 2023", 603),
				new Row(KS, "Emissies", 2023, "25", null, "% t.o.v. 2005", "25% t.o.v. 2005", 604),
				new Row(KS, "Emissies", 2050, "80", null, "% emissiereductie", "ongeveer 80%", 1416),
				// 001 L612-615 (fn 4): EBO annual report 2022: about 500 kton CO2 avoided 2019-2022, 6.9 PJ saved, about
				// 2 % compared with 2019
				new Row(KS, "Energiebeleidsovereenkomsten", 2019, "500", null, "Kton CO2", "500 Kton", 612),
				new Row(KS, "Energiebeleidsovereenkomsten", 2019, "6.9", null, "PJ", "6,9 PJ", 614),
				new Row(KS, "Energiebeleidsovereenkomsten", 2019, "2", null, "% t.o.v. 2019", "ong. 2%", 614),
				// 001 L710-712: electricity for large consumers in Belgium more than double the US and China, gas x4 the US
				new Row(KS, PRICES, null, "2", null, "× de prijs in de VS en China", "meer dan dubbel", 710),
				new Row(KS, PRICES, null, "4", null, "× de prijs in de VS", "(x4)", 711),
				// 001 Table 2: capacities of the projects (L779, 891, 948, 986-987, 1013, 1017)
				new Row(KS, PROJECT, "Bio-refinery pilot", null, "300", null, "kt pa", "300kt pa", 779),
				new Row(KS, PROJECT, "Synpet", null, "180", null, "kt/j", "(180kt/j)", 891),
				new Row(KS, PROJECT, "Hyoffwind", null, "25", null, "Mwe", "(25 Mwe)", 948),
				new Row(KS, PROJECT, "Terranova", null, "2.5", null, "MW", "2.5. MW electrolyser", 986),
				new Row(KS, PROJECT, "Plug Power", null, "12.5", null, "Kt per jaar", "12.5 Kt per jaar", 1013),
				new Row(KS, PROJECT, "Hope", null, "10", null, "Mwe", "10 Mwe", 1017),
				// 001 L1105-1106: via Kairos@C up to 1.5 Mton CO2 captured and stored by 2030; L1133-1134: H2BE adds about
				// 210 kton hydrogen a year (6.9 TWh)
				new Row(KS, PROJECT, "Kairos@C", 2030, null, "1.5", "Mton CO2", "tot 1,5 Mton", 1105),
				new Row(KS, PROJECT, "H2BE Project", null, "210", null, "kton per jaar", "ongeveer 210 kton", 1133),
				new Row(KS, PROJECT, "H2BE Project", null, "6.9", null, "TWh", "(6,9 TWh)", 1134),
				// 001 L2507 (fn 36): 8 Moonshot projects take part in EU-funded research programmes
				new Row(KS, "Moonshotprogramma ‘Vlaamse industrie koolstofcirculair en CO2-arm tegen 2050’", null, "8",
						null, "Moonshotprojecten", "al 8 Moonshotprojecten", 2507),
				// 001 L1083: VLAIO supported 30 research projects in industry in 2024
				new Row(KS, "Agentschap Innoveren en Ondernemen", 2024, "30", null, "onderzoeksprojecten",
						"30 onderzoeksprojecten", 1083)));
		// 001 L715-717: labour costs up to about 10 % of the production price in the energy-intensive sectors (steel,
		// chemistry and refining together)
		for (String sector : List.of("staal", "chemie", "raffinaderijen")) {
			rows.add(new Row(KS, Sector.class, sector, null, null, "10", "%", "tot ong. 10%", 715));
		}
		// 004 L1054: the four SOCs together received EUR 360.5 million dotation/subsidy and EUR 20 million
		// investments in 2024; L1098: of the 2025 budget step about 17.9 (million) recurrent to the SOCs
		for (String soc : List.of("imec", "VIB", "VITO", "Flanders Make")) {
			rows.add(new Row(SC, soc, 2024, "360500000", null, "EUR", "360,5", 1054));
			rows.add(new Row(SC, soc, 2024, "20000000", null, "EUR", "20 miljoen euro investeringen", 1054));
			rows.add(new Row(SC, soc, 2025, "17900000", null, "EUR", "17,9", 1098));
		}
		// 004 L1062: spearhead clusters get operating funds of at most 650000 euro a year, 50 % private contribution
		// required, project funds about 54.2 million euro in 2024
		for (String cluster : List.of("Blauwe cluster", "Catalisti", "ENT.A", "Flanders' Food", "Flux50", "Biovia",
				"VIL")) {
			rows.add(new Row(SC, cluster, null, null, "650000", "EUR per jaar", "maximaal 650000 euro per jaar", 1062));
			rows.add(new Row(SC, cluster, null, "50", null, "%", "50%", 1062));
			rows.add(new Row(SC, cluster, 2024, "54200000", null, "EUR", "54.2 miljoen euro", 1062));
		}
		return rows.stream();
	}

	@TempDir
	static Path temp;

	private static HelixModel load(Example example) throws Exception {
		Path file = temp.resolve(example.fileName());
		if (!Files.exists(file)) {
			try (InputStream in = example.open()) {
				Files.copy(in, file);
			}
		}
		return HelixPersistence.load(file);
	}

	private static String seedOf(Example example) {
		return switch (example) {
		case RAW_MATERIALS -> "003";
		case STRATEGIC_CHOICES -> "004";
		case DUTCH_MANUFACTURING -> "002";
		case KLIMAATSPRONG -> "001";
		};
	}

	@ParameterizedTest
	@MethodSource("rows")
	void theShippedExampleHoldsTheFigureWithItsCitation(Row row) throws Exception {
		HelixModel model = load(row.example());
		List<NamedElement> holders = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			if (it.next() instanceof NamedElement named && row.type().isInstance(named)
					&& row.holder().equals(named.getName())) {
				holders.add(named);
			}
		}
		assertEquals(1, holders.size(), "one element named " + row.holder());
		List<Figure> matches = holders.get(0).getFigures().stream()
				.filter(f -> same(f.getValue(), row.value()) && same(f.getMaxValue(), row.maxValue())
						&& row.unit().equals(f.getUnit()) && Objects.equals(row.year(), f.getYear()))
				.toList();
		assertEquals(1, matches.size(), "one figure " + row + " on " + row.holder() + ", found: "
				+ holders.get(0).getFigures().stream().map(f -> f.getValue() + " " + f.getUnit() + " " + f.getYear()).toList());
		Figure figure = matches.get(0);
		assertFalse(figure.getCitations().isEmpty(), "cited");
		SourceCitation citation = figure.getCitations().get(0);
		assertEquals(seedOf(row.example()), citation.getDocumentId());
		assertEquals(row.line(), citation.getFromLine(), "cited line of " + row);
		List<String> seed = ExampleChecks.seedLines(seedOf(row.example()));
		String cited = ExampleChecks.lines(seed, citation.getFromLine(), citation.getToLine());
		assertTrue(cited.contains(ExampleChecks.normalise(row.seedSpelling())),
				"seed " + seedOf(row.example()) + " L" + citation.getFromLine() + "-" + citation.getToLine()
						+ " states " + row.seedSpelling() + ": " + cited);
		assertNotNull(figure.getLabel(), "a figure says what it measures");
		assertTrue(figure.getKind() != FigureKind.UNSPECIFIED, "a figure has a kind");
	}

	/** The table covers every figure of the examples: none is held that the test does not check against the seed. */
	@Test
	void everyFigureInTheExamplesIsInTheTable() throws Exception {
		for (Example example : Example.values()) {
			long expected = rows().filter(row -> row.example() == example).count();
			long held = ExampleChecks.all(load(example), Figure.class).size();
			assertEquals(expected, held, example + ": figures held vs. figures in the table");
		}
	}

	/**
	 * Every figure-holding element of every shipped example is cited with a line range of its seed: figures,
	 * indicator measurements and targets (HelixElements themselves), and money amounts (not HelixElements, so their
	 * owner's citation covers them); a figure or amount states a number or a bound and, for a figure, its unit.
	 */
	@ParameterizedTest
	@EnumSource(Example.class)
	void everyFigureHoldingAttributeIsCited(Example example) throws Exception {
		HelixModel model = load(example);
		List<String> problems = new ArrayList<>();
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof Figure f) {
				if (f.getValue() == null && f.getMaxValue() == null) {
					problems.add("figure without a value: " + f.getLabel());
				}
				if (f.getUnit() == null || f.getUnit().isBlank()) {
					problems.add("figure without a unit: " + f.getLabel());
				}
			}
			boolean holdsFigure = next instanceof Figure || next instanceof org.helix.model.core.Measurement m
					&& (m.getValue() != null || m.getLowerBound() != null)
					|| next instanceof org.helix.model.core.Target t && t.getValue() != null;
			EObject cited = next instanceof org.helix.model.core.MonetaryAmount amount && amount.getAmount() != null
					? amount.eContainer() : holdsFigure ? next : null;
			if (cited instanceof org.helix.model.core.HelixElement element && (element.getCitations().isEmpty()
					|| element.getCitations().stream().anyMatch(c -> c.getFromLine() == null))) {
				problems.add("uncited: " + next.eClass().getName() + " in " + cited.eClass().getName());
			}
		}
		if (!problems.isEmpty()) {
			fail(problems.size() + " problems in " + example + ":\n" + String.join("\n", problems));
		}
	}

	/**
	 * Where a user looks: the model tree labels a figure with its number (the registered item providers, as every
	 * viewer gets them), and the Properties view offers its value, unit, year, kind and label.
	 */
	@Test
	void aFigureShowsItsNumberInTheTreeAndItsFieldsInTheProperties() throws Exception {
		HelixModel model = load(SC);
		NamedElement imec = ExampleChecks.all(model, NamedElement.class).stream()
				.filter(e -> "imec".equals(e.getName())).findFirst().orElseThrow();
		Figure dotation = imec.getFigures().get(0);
		Figure operating = model.getClusters().get(0).getFigures().get(0);
		ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		try {
			IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(dotation, IItemLabelProvider.class);
			// seed 004 L1054: "De vier SOC's samen ontvingen in 2024 een totale dotatie/subsidie van 360,5 miljoen euro"
			assertEquals("Dotatie/subsidie van de vier SOC's samen: 360500000 EUR (2024)", labels.getText(dotation));
			// L1062: "werkingsmiddelen van maximaal 650000 euro per jaar": an upper bound only
			assertEquals("Werkingsmiddelen per speerpuntcluster (maximum): \u2264 650000 EUR per jaar",
					labels.getText(operating));
			IItemPropertySource properties = (IItemPropertySource) factory.adapt(dotation, IItemPropertySource.class);
			List<String> features = properties.getPropertyDescriptors(dotation).stream()
					.map(descriptor -> ((org.eclipse.emf.ecore.EStructuralFeature) descriptor.getFeature(dotation)).getName())
					.toList();
			assertTrue(features.containsAll(
					List.of("label", "kind", "value", "maxValue", "unit", "year", "toYear", "date", "text")),
					features.toString());
		} finally {
			factory.dispose();
		}
	}

	private static boolean same(BigDecimal actual, String expected) {
		return expected == null ? actual == null : actual != null && actual.compareTo(new BigDecimal(expected)) == 0;
	}
}
