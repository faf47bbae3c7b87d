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
	public static final String TABLE1_AHP = "tabel1-ahp";

	/**
	 * The AHP criteria judgements of {@link #TABLE1_AHP}, upper triangle row by row (Toegevoegde waarde over Export,
	 * over O&amp;O-uitgaven, ..., Octrooien over Publicaties), on Saaty's 1-9 scale. <b>Illustrative</b>: seed 004 gives
	 * no weights, so these are a programme coordinator's entry made up for the example (economic outcomes first, then
	 * R&amp;D effort, then output), entered in the scoring editor by {@code ScoringEditorTest} (org.helix.scoring.ui.tests)
	 * and said so in the scoring. No score is invented: the values are Table 1's.
	 */
	public static final double[] AHP_JUDGEMENTS = { 2, 2, 3, 3, 4, 1, 2, 2, 3, 2, 2, 3, 1, 2, 2 };
	public static final String AHP_SOURCE = "Illustratief: ingave van een programmacoördinator in de scoring-editor (ScoringEditorTest); "
			+ "seed 004 geeft geen gewichten. Niet uit de bron.";

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

	/**
	 * {@link #table1} with the criteria weights of an AHP: the illustrative judgements {@link #AHP_JUDGEMENTS}, whose
	 * principal eigenvector (CR 0.006) gives the weights, as the scoring editor sets them.
	 */
	public static Scoring table1Ahp(HelixModel model) throws org.helix.scoring.ScoringException {
		Scoring scoring = table1(model);
		scoring.setName(TABLE1_AHP);
		scoring.setDescription("VARIO, Strategische keuzes voor Vlaanderen (seed 004), Tabel 1 (L738-749), zoals 'tabel1-sterktes', maar "
				+ "met gewichten uit een AHP van de criteria. De AHP-oordelen zijn ILLUSTRATIEF: VARIO geeft geen gewichten; het is de "
				+ "ingave van een programmacoördinator (economische uitkomst eerst, dan O&O-inspanning, dan output), ingevoerd in de "
				+ "scoring-editor. Alle scores komen uit Tabel 1; 'na' telt als ontbrekend.");
		org.helix.scoring.model.PairwiseJudgements judgements = org.helix.scoring.persistence.Judgements.equalJudgements(INDICATORS, AHP_SOURCE);
		int n = INDICATORS.size(), k = 0;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				List<Double> values = org.helix.scoring.persistence.Judgements.withJudgement(judgements, i, j, AHP_JUDGEMENTS[k++]);
				judgements.getValues().clear();
				judgements.getValues().addAll(values);
			}
		}
		scoring.getJudgements().add(judgements);
		double[] weights = org.helix.scoring.persistence.Judgements.priorities(judgements).weights();
		for (int j = 0; j < n; j++) {
			scoring.getCriteria().get(j).setWeight(weights[j]);
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
