package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.methods.WeightedSumMethod;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringFile;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.persistence.RunComparison;
import org.helix.scoring.persistence.ScoringFiles;
import org.helix.scoring.persistence.ScoringRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scoring shipped with the strategic-choices example: seed 004 Table 1 (L738-749), nine domains on six indicators,
 * {@code ++ + +/- -} = 3 2 1 0, {@code na} missing, equal weights, weighted sum without normalisation. The expected
 * scores are worked by hand from the table: each score is the mean of a row's six values.
 */
class ShippedScoringTest {

	static final boolean WRITE = Boolean.getBoolean("helix.scorings.write");
	static final LocalDate AS_OF = LocalDate.of(2026, 12, 4);

	@TempDir
	Path folder;

	/** Table 1 by hand: farma ++ ×6 = 18/6; chemie ++ + + + ++ +/- = 13/6; voeding and metalen 12/6; IT, machines, computers 10/6. */
	static final Map<String, Double> HAND_SCORES = Map.of("Farmaceutische sector", 3.0, "Chemische industrie", 13 / 6.0, "Voedingsindustrie", 2.0,
			"Vervaardigen van metalen en producten van metaal", 2.0, "Informatie en computerprogrammering", 10 / 6.0,
			"Vervaardigen van machines, apparaten en werktuigen", 10 / 6.0, "Vervaardigen van computers, elektronische en optische producten", 10 / 6.0);
	/** Ties keep Table 1's order. */
	static final List<String> HAND_RANKING = List.of("Farmaceutische sector", "Chemische industrie", "Voedingsindustrie",
			"Vervaardigen van metalen en producten van metaal", "Informatie en computerprogrammering",
			"Vervaardigen van machines, apparaten en werktuigen", "Vervaardigen van computers, elektronische en optische producten");

	static ScoringMethodRegistry registry() {
		ScoringMethodRegistry registry = new ScoringMethodRegistry();
		registry.register(new WeightedSumMethod());
		return registry;
	}

	/** A copy of the shipped model (and, when {@code withScorings}, its shipped scorings) in {@code folder}. */
	static Path copyExample(Path folder, boolean withScorings) throws IOException {
		Example example = Example.STRATEGIC_CHOICES;
		Path model = folder.resolve(example.fileName());
		try (InputStream in = example.open()) {
			Files.copy(in, model);
		}
		if (withScorings) {
			Files.write(folder.resolve(example.scoringsFileName()), shipped());
		}
		return model;
	}

	static byte[] shipped() throws IOException {
		if (WRITE) {
			return Files.readAllBytes(Path.of(System.getProperty("helix.examples.dir")).resolve(Example.STRATEGIC_CHOICES.scoringsFileName()));
		}
		URL url = Example.STRATEGIC_CHOICES.scoringsUrl();
		assertNotNull(url, Example.STRATEGIC_CHOICES.scoringsFileName() + " is not shipped in org.helix.examples/models");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	@Test
	void shippedScoringsAreWhatTheBuilderMakes() throws Exception {
		Path model = copyExample(folder, false);
		HelixModel helix = HelixPersistence.load(model);
		ScoringFile file = ScoringFiles.scoringsOf(helix.eResource());
		file.getScorings().add(SeedScorings.table1(helix));
		file.getScorings().add(SeedScorings.table1Ahp(helix));
		byte[] generated = HelixPersistence.toBytes(file.eResource());
		if (WRITE) {
			Files.write(Path.of(System.getProperty("helix.examples.dir")).resolve(Example.STRATEGIC_CHOICES.scoringsFileName()), generated);
		}
		String text = new String(generated, StandardCharsets.UTF_8);
		assertTrue(text.contains("href=\"strategische-keuzes.helix#"), "alternatives are referenced relative to the scorings file");
		assertArrayEquals(generated, shipped(), Example.STRATEGIC_CHOICES.scoringsFileName()
				+ " differs from SeedScorings: rewrite it with -Dhelix.scorings.write=true");
	}

	private static Scoring loadShipped(Path folder) throws Exception {
		HelixModel helix = HelixPersistence.load(copyExample(folder, true));
		Scoring scoring = ScoringFiles.find(ScoringFiles.scoringsOf(helix.eResource()), SeedScorings.TABLE1);
		assertNotNull(scoring);
		return scoring;
	}

	@Test
	void reproducesTheHandCheckedRanking() throws Exception {
		Scoring scoring = loadShipped(folder);
		assertEquals(9, scoring.getAlternatives().size());
		scoring.getAlternatives().forEach(a -> assertTrue(!a.eIsProxy() && a instanceof StrategicDomain, "alternative resolves: " + a));
		ScoringRun run = ScoringRunner.run(scoring, registry(), AS_OF).run();

		List<RunResult> ranked = run.getResults().stream().filter(r -> r.getRank() != null).toList();
		assertEquals(HAND_RANKING, ranked.stream().map(RunResult::getAlternativeLabel).toList());
		for (RunResult result : ranked) {
			assertEquals(HAND_SCORES.get(result.getAlternativeLabel()), result.getScore(), 1e-12, result.getAlternativeLabel());
			assertEquals(ranked.indexOf(result) + 1, result.getRank());
		}
		// na is missing, never 0: the two domains with na are not ranked and say which indicators they lack
		Map<String, List<String>> missing = run.getResults().stream().filter(r -> r.getRank() == null)
				.collect(Collectors.toMap(RunResult::getAlternativeLabel, RunResult::getMissing));
		assertEquals(Map.of("Wetenschappelijk onderzoek en ontwikkeling", List.of("Toegevoegde waarde", "Export", "Octrooien", "Publicaties en citaties"),
				"Architecten en ingenieurs, technische testen en toetsen", List.of("Toegevoegde waarde", "Export", "Octrooien")), missing);
		run.getResults().stream().filter(r -> r.getRank() == null).forEach(r -> assertNull(r.getScore()));

		// provenance: method, its version, normalisation, equal weights, every input as read, the date
		assertEquals("wsm", run.getMethod());
		assertNotNull(run.getMethodVersion());
		assertEquals("none", run.getNormalisation());
		assertEquals(AS_OF, run.getAsOf());
		run.getWeights().forEach(w -> assertEquals(1 / 6.0, w.getWeight(), 1e-12, w.getCriterion()));
		assertEquals(9 * 6, run.getInputs().size());
		var machineExport = run.getInputs().stream()
				.filter(i -> i.getAlternativeLabel().startsWith("Vervaardigen van machines") && i.getCriterion().equals("Export")).findFirst().orElseThrow();
		assertEquals("WEAK", machineExport.getText()); // Table 1, L748: '-'
		assertEquals(0.0, machineExport.getValue());
		var researchPatents = run.getInputs().stream()
				.filter(i -> i.getAlternativeLabel().startsWith("Wetenschappelijk") && i.getCriterion().equals("Octrooien")).findFirst().orElseThrow();
		assertEquals("NOT_AVAILABLE", researchPatents.getText()); // L743: 'na'
		assertNull(researchPatents.getValue());
	}

	/**
	 * The AHP-weighted scoring: weights from the illustrative judgements (saved in the scoring with their source), by
	 * hand from the eigenvector w = (0.3327, 0.1947, 0.1947, 0.1072, 0.1072, 0.0636): farma 3 (all ++); chemie
	 * 3w1 + 2(w2+w3+w4) + 3w5 + w6 = 2.3764; metalen 3w1 + 2(w2+w3+w4+w5) + w6 = 2.2692; voeding 2w1 + 3w2 + 2(w3+w4+w5)
	 * + w6 = 2.1311; IT 3w1 + 3(w3+w4) + w5 = 2.0110; computers 2(w2+w3+w4) + 3w5 + w6 = 1.3781; machines 3(w3+w4+w5) +
	 * w6 = 1.2907.
	 */
	@Test
	void theAhpScoringRanksWithTheJudgementsPriorities() throws Exception {
		HelixModel helix = HelixPersistence.load(copyExample(folder, true));
		Scoring scoring = ScoringFiles.find(ScoringFiles.scoringsOf(helix.eResource()), SeedScorings.TABLE1_AHP);
		assertNotNull(scoring);
		assertEquals(1, scoring.getJudgements().size());
		assertTrue(scoring.getJudgements().get(0).getSource().startsWith("Illustratief"), "the judgements say they are illustrative");
		assertTrue(scoring.getDescription().contains("ILLUSTRATIEF"), scoring.getDescription());
		var priorities = org.helix.scoring.persistence.Judgements.priorities(scoring.getJudgements().get(0));
		assertEquals(0.0059, priorities.consistencyRatio(), 1e-4);
		ScoringRun run = ScoringRunner.run(scoring, registry(), AS_OF).run();
		assertEquals(List.of(), run.getWarnings().stream().filter(w -> w.contains("AHP")).toList(), "the weights are the judgements' priorities");
		double[] expected = { 0.3327, 0.1947, 0.1947, 0.1072, 0.1072, 0.0636 };
		for (int j = 0; j < expected.length; j++) {
			assertEquals(expected[j], run.getWeights().get(j).getWeight(), 1e-4, run.getWeights().get(j).getCriterion());
		}
		List<RunResult> ranked = run.getResults().stream().filter(r -> r.getRank() != null).toList();
		assertEquals(List.of("Farmaceutische sector", "Chemische industrie", "Vervaardigen van metalen en producten van metaal", "Voedingsindustrie",
				"Informatie en computerprogrammering", "Vervaardigen van computers, elektronische en optische producten",
				"Vervaardigen van machines, apparaten en werktuigen"), ranked.stream().map(RunResult::getAlternativeLabel).toList());
		double[] scores = { 3.0, 2.3764, 2.2692, 2.1311, 2.0110, 1.3781, 1.2907 };
		for (int i = 0; i < scores.length; i++) {
			assertEquals(scores[i], ranked.get(i).getScore(), 1e-4, ranked.get(i).getAlternativeLabel());
		}

		// a weight edited after the AHP is said in the run's warnings
		scoring.getCriteria().get(0).setWeight(0.5);
		ScoringRun edited = ScoringRunner.run(scoring, registry(), AS_OF).run();
		assertTrue(edited.getWarnings().stream().anyMatch(w -> w.contains("not the priorities of the saved AHP criteria judgements")),
				edited.getWarnings().toString());
	}

	/**
	 * The scale is a parameter of the scoring: an analyst who reads '-' as a penalty (-1 instead of 0) gets other
	 * scores, and another ranking, since the rows with two '-' (IT, machinery) lose more than computers with one.
	 */
	@Test
	void theScaleIsAnEditableParameter() throws Exception {
		Scoring scoring = loadShipped(folder);
		scoring.getScales().get(0).getPoints().stream().filter(p -> p.getKey().equals("WEAK")).findFirst().orElseThrow().setValue(-1.0);
		ScoringRun run = ScoringRunner.run(scoring, registry(), AS_OF).run();
		Map<String, Double> scores = run.getResults().stream().filter(r -> r.getRank() != null)
				.collect(Collectors.toMap(RunResult::getAlternativeLabel, RunResult::getScore));
		assertEquals(8 / 6.0, scores.get("Informatie en computerprogrammering"), 1e-12); // ++ - ++ ++ +/- - = 3 - 1 + 3 + 3 + 1 - 1
		assertEquals(8 / 6.0, scores.get("Vervaardigen van machines, apparaten en werktuigen"), 1e-12); // - - ++ ++ ++ +/-
		assertEquals(9 / 6.0, scores.get("Vervaardigen van computers, elektronische en optische producten"), 1e-12); // - + + + ++ +/-
		assertEquals(List.of("Farmaceutische sector", "Chemische industrie", "Voedingsindustrie", "Vervaardigen van metalen en producten van metaal",
				"Vervaardigen van computers, elektronische en optische producten", "Informatie en computerprogrammering",
				"Vervaardigen van machines, apparaten en werktuigen"),
				run.getResults().stream().filter(r -> r.getRank() != null).map(RunResult::getAlternativeLabel).toList());
	}

	/**
	 * Re-run after an edit of the model: the text calls machinery a top sector in export (L726) while Table 1 gives
	 * '-' (L748); an analyst who follows the text sets it to '++'. Machinery climbs from 6th to 3rd (13/6, tied with
	 * chemistry, after it in table order), and the comparison names that input as the reason.
	 */
	@Test
	void rerunAfterAnEditSaysWhatMovedAndWhy() throws Exception {
		Scoring scoring = loadShipped(folder);
		ScoringRun first = ScoringRunner.run(scoring, registry(), AS_OF).run();
		scoring.getRuns().add(first);

		StrategicDomain machinery = (StrategicDomain) scoring.getAlternatives().get(7);
		Rating export = machinery.getRatings().stream()
				.filter(r -> r.getIndicator() != null && "Export".equals(r.getIndicator().getName()) && "huidige status".equals(r.getPeriod()))
				.findFirst().orElseThrow();
		export.setLevel(RatingLevel.VERY_STRONG);
		ScoringRun second = ScoringRunner.run(scoring, registry(), AS_OF.plusDays(1)).run();

		RunComparison comparison = RunComparison.compare(first, second);
		Map<String, List<Integer>> moves = comparison.moves().stream().collect(Collectors.toMap(RunComparison.Move::alternative,
				m -> List.of(m.rankBefore(), m.rankAfter())));
		assertEquals(Map.of("Vervaardigen van machines, apparaten en werktuigen", List.of(6, 3), "Voedingsindustrie", List.of(3, 4),
				"Vervaardigen van metalen en producten van metaal", List.of(4, 5), "Informatie en computerprogrammering", List.of(5, 6)), moves);
		assertEquals(1, comparison.inputs().size());
		RunComparison.InputChange change = comparison.inputs().get(0);
		assertEquals("Vervaardigen van machines, apparaten en werktuigen", change.alternative());
		assertEquals("Export", change.criterion());
		assertEquals("WEAK", change.textBefore());
		assertEquals("VERY_STRONG", change.textAfter());
		assertEquals(0.0, change.valueBefore());
		assertEquals(3.0, change.valueAfter());
		assertEquals(List.of(), comparison.weights());
		assertEquals(List.of(), comparison.settings());
		String text = String.join("\n", comparison.describe());
		assertTrue(text.contains("Vervaardigen van machines, apparaten en werktuigen: rank 6 → 3 (up 3)"), text);
		assertTrue(text.contains("input Vervaardigen van machines, apparaten en werktuigen / Export: WEAK (0.0000) → VERY_STRONG (3.0000)"), text);
	}

	/** Weights instead of equal ones (export counted double): the comparison lists every weight that changed and the moves. */
	@Test
	void changedWeightsAreNamedAsTheReason() throws Exception {
		Scoring scoring = loadShipped(folder);
		ScoringRun equal = ScoringRunner.run(scoring, registry(), AS_OF).run();
		scoring.getCriteria().forEach(c -> c.setWeight(c.getName().equals("Export") ? 2.0 : 1.0));
		ScoringRun weighted = ScoringRunner.run(scoring, registry(), AS_OF).run();
		RunComparison comparison = RunComparison.compare(equal, weighted);
		// by hand, sevenths: farma 21, chemie 15, voeding 15, metalen 14, computers 12, IT 10, machines 10
		assertEquals(List.of("Farmaceutische sector", "Chemische industrie", "Voedingsindustrie", "Vervaardigen van metalen en producten van metaal",
				"Vervaardigen van computers, elektronische en optische producten", "Informatie en computerprogrammering",
				"Vervaardigen van machines, apparaten en werktuigen"),
				weighted.getResults().stream().filter(r -> r.getRank() != null).map(RunResult::getAlternativeLabel).toList());
		assertEquals(6, comparison.weights().size());
		RunComparison.WeightChange export = comparison.weights().stream().filter(w -> w.criterion().equals("Export")).findFirst().orElseThrow();
		assertEquals(1 / 6.0, export.before(), 1e-12);
		assertEquals(2 / 7.0, export.after(), 1e-12);
		assertEquals(List.of(), comparison.inputs());
		RunComparison.Move computers = comparison.moves().stream().filter(m -> m.alternative().startsWith("Vervaardigen van computers")).findFirst()
				.orElseThrow();
		assertEquals(7, computers.rankBefore());
		assertEquals(5, computers.rankAfter());
		assertEquals(2, computers.placesGained());
	}

	/** A saved run survives the file: reloaded, its date is the same calendar day and its results point at the model's domains. */
	@Test
	void savedRunsRoundTrip() throws Exception {
		Scoring scoring = loadShipped(folder);
		ScoringRun run = ScoringRunner.run(scoring, registry(), AS_OF).run();
		scoring.getRuns().add(run);
		Path scorings = folder.resolve(Example.STRATEGIC_CHOICES.scoringsFileName());
		ScoringFiles.save((ScoringFile) scoring.eContainer(), scorings);
		String text = Files.readString(scorings);
		assertTrue(text.contains("asOf=\"2026-12-04\""), "the date is written as a calendar date");

		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		HelixModel reloaded = HelixPersistence.load(resourceSet, folder.resolve(Example.STRATEGIC_CHOICES.fileName()));
		Scoring again = ScoringFiles.find(ScoringFiles.scoringsOf(reloaded.eResource()), SeedScorings.TABLE1);
		ScoringRun saved = again.getRuns().get(0);
		assertEquals(AS_OF, saved.getAsOf());
		assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet), "every reference resolves");
		assertSame(reloaded, EcoreUtil.getRootContainer(saved.getResults().get(0).getAlternative()));
		assertEquals("Farmaceutische sector", ((StrategicDomain) saved.getResults().get(0).getAlternative()).getName());
		assertTrue(RunComparison.compare(saved, ScoringRunner.run(again, registry(), AS_OF).run()).unchanged());
	}
}
