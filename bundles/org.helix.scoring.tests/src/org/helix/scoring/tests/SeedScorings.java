package org.helix.scoring.tests;

import java.util.List;

import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.Scale;
import org.helix.scoring.model.ScalePoint;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringsFactory;

/**
 * The scoring shipped with the strategic-choices example ({@code strategische-keuzes.helix-scorings}), built on its
 * model: the nine domains of seed 004's Table 1 (L738-749) on its six indicators, the scale {@code ++ / + / +/- / -}
 * mapped to 3 / 2 / 1 / 0 and {@code na} to a missing value. {@link ShippedScoringTest} writes and checks the file.
 */
public final class SeedScorings {

	public static final String TABLE1 = "tabel1-sterktes";

	/** The domains in the order of Table 1 (L741-749). */
	public static final List<String> DOMAINS = List.of("Farmaceutische sector", "Informatie en computerprogrammering",
			"Wetenschappelijk onderzoek en ontwikkeling", "Architecten en ingenieurs, technische testen en toetsen", "Chemische industrie",
			"Voedingsindustrie", "Vervaardigen van metalen en producten van metaal", "Vervaardigen van machines, apparaten en werktuigen",
			"Vervaardigen van computers, elektronische en optische producten");

	/** The columns of Table 1 (L740), as the example names its indicators. */
	public static final List<String> INDICATORS = List.of("Toegevoegde waarde", "Export", "O&O-uitgaven", "O&O-personeel", "Octrooien",
			"Publicaties en citaties");

	private SeedScorings() {
	}

	public static Scoring table1(HelixModel model) {
		ScoringsFactory f = ScoringsFactory.eINSTANCE;
		Scoring scoring = f.createScoring();
		scoring.setName(TABLE1);
		scoring.setDescription("VARIO, Strategische keuzes voor Vlaanderen (seed 004), Tabel 1 (L738-749): de negen domeinen op de zes "
				+ "indicatoren van de huidige status (Vlaams Indicatorenboek, ECOOM). Gewogen som, zonder normalisatie, op de schaal "
				+ "'VARIO Tabel 1' (++ = 3, + = 2, +/- = 1, - = 0; na = ontbrekend, nooit 0). Gewichten: gelijk (1/6 elk) - VARIO geeft "
				+ "geen gewichten; ze volgen later uit een AHP. Domeinen met 'na' worden niet gerangschikt. Tabel 1 is een relatieve "
				+ "vergelijking zonder groeitrends, transities of maakbaarheid (L736).");
		scoring.setMethod("wsm");
		scoring.setNormalisation("none");

		Scale scale = f.createScale();
		scale.setName("VARIO Tabel 1");
		scale.setDescription("De kwalitatieve schaal van Tabel 1, gelijk verdeeld; de tekst definieert geen getallen (L736), dus dit is "
				+ "een keuze van de analist: pas de waarden hier aan. 'na' (niet beschikbaar) heeft geen waarde en telt als ontbrekend.");
		point(scale, "VERY_STRONG", "++", 3.0);
		point(scale, "STRONG", "+", 2.0);
		point(scale, "NEUTRAL", "+/-", 1.0);
		point(scale, "WEAK", "-", 0.0);
		point(scale, "NOT_AVAILABLE", "na", null);
		scoring.getScales().add(scale);

		for (String indicator : INDICATORS) {
			CriterionDefinition criterion = f.createCriterionDefinition();
			criterion.setName(indicator);
			criterion.setDirection("max");
			criterion.setUnit("Tabel 1-schaal");
			criterion.setValuePath("ratings[indicator.name=" + indicator + "][period=huidige status].level");
			criterion.setScale(scale);
			scoring.getCriteria().add(criterion);
		}
		for (String name : DOMAINS) {
			StrategicDomain domain = model.getStrategicDomains().stream().filter(d -> name.equals(d.getName())).findFirst()
					.orElseThrow(() -> new IllegalStateException("no strategic domain '" + name + "' in the model"));
			scoring.getAlternatives().add(domain);
		}
		return scoring;
	}

	private static void point(Scale scale, String key, String label, Double value) {
		ScalePoint point = ScoringsFactory.eINSTANCE.createScalePoint();
		point.setKey(key);
		point.setLabel(label);
		point.setValue(value);
		scale.getPoints().add(point);
	}
}
