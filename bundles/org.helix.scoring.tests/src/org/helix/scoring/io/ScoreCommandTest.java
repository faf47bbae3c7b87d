package org.helix.scoring.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.helix.cli.HelixCli;
import org.helix.cli.internal.CommandRegistry;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.scoring.tests.ShippedScoringTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./helix cli score FILE.helix --scoring NAME} in-process, on a copy of the strategic-choices example and its
 * shipped scoring (seed 004 Table 1).
 */
class ScoreCommandTest {

	@TempDir
	Path folder;

	record Run(int code, String out, String err) {
	}

	private Run helix(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			int code = HelixCli.run(args, o, e, folder, CommandRegistry.commands(e));
			return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String json) throws Exception {
		return (Map<String, Object>) JsonTree.read(new StringReader(json));
	}

	@Test
	@SuppressWarnings("unchecked")
	void rerunsTheShippedScoring() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, true);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "2026-12-04");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals("tabel1-sterktes", answer.get("scoring"));
		assertEquals("wsm", answer.get("method"));
		assertEquals("2026-12-04", answer.get("asOf"));
		assertEquals(ShippedScoringTestAccess.HAND_RANKING, answer.get("ranking"));
		assertEquals(13 / 6.0, (Double) ((Map<String, Object>) answer.get("scores")).get("Chemische industrie"), 1e-12);
		assertEquals(List.of("Toegevoegde waarde", "Export", "Octrooien"),
				((Map<String, Object>) answer.get("missing")).get("Architecten en ingenieurs, technische testen en toetsen"));
		Map<String, Object> machineryInputs = (Map<String, Object>) ((Map<String, Object>) answer.get("inputs"))
				.get("Vervaardigen van machines, apparaten en werktuigen");
		assertEquals(Map.of("read", "WEAK", "value", 0.0), machineryInputs.get("Export"));
		assertFalse(answer.containsKey("comparison"), "the shipped scoring has no earlier run");
		assertEquals(Boolean.FALSE, answer.get("saved"));
	}

	/**
	 * The AHP judgements saved in a scoring are used by {@code score}: the AHP-weighted Table 1 scoring re-run from the
	 * file gives the weights of the judgements' eigenvector (Toegevoegde waarde 0.3327) and the ranking
	 * ShippedScoringTest works out by hand (metals before food, unlike with equal weights). The same judgements with
	 * the method switched to AHP give the same weights and the criteria's consistency ratio.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void rerunsTheAhpJudgementsSavedInTheScoring() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, true);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-ahp", "--as-of", "2026-12-05");
		assertEquals(0, run.code(), run.err());
		Map<String, Object> answer = parse(run.out());
		assertEquals(0.3327, (Double) ((Map<String, Object>) answer.get("weights")).get("Toegevoegde waarde"), 1e-4);
		assertEquals(List.of("Farmaceutische sector", "Chemische industrie", "Vervaardigen van metalen en producten van metaal", "Voedingsindustrie",
				"Informatie en computerprogrammering", "Vervaardigen van computers, elektronische en optische producten",
				"Vervaardigen van machines, apparaten en werktuigen"), answer.get("ranking"));

		HelixModel model = HelixPersistence.load(folder.resolve("strategische-keuzes.helix"));
		var file = org.helix.scoring.persistence.ScoringFiles.scoringsOf(model.eResource());
		org.helix.scoring.persistence.ScoringFiles.find(file, "tabel1-ahp").setMethod("ahp");
		org.helix.scoring.persistence.ScoringFiles.save(file, folder.resolve("strategische-keuzes.helix-scorings"));
		Run ahp = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-ahp", "--as-of", "2026-12-05");
		assertEquals(0, ahp.code(), ahp.err());
		Map<String, Object> ahpAnswer = parse(ahp.out());
		assertEquals("ahp", ahpAnswer.get("method"));
		assertEquals(0.3327, (Double) ((Map<String, Object>) ahpAnswer.get("weights")).get("Toegevoegde waarde"), 1e-4);
		assertEquals(0.0059, (Double) ahpAnswer.get("consistencyRatio"), 1e-4);
	}

	@Test
	void unknownScoringExitsWithTwoAndListsTheAvailableOnes() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, true);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel-1");
		System.out.println("$ ./helix cli score strategische-keuzes.helix --scoring tabel-1\n" + run.err());
		assertEquals(2, run.code());
		assertTrue(run.err().contains("no scoring 'tabel-1' in strategische-keuzes.helix-scorings; available: tabel1-sterktes, tabel1-ahp"), run.err());
	}

	@Test
	void aModelWithoutScoringsSaysSo() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, false);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("has no scorings (strategische-keuzes.helix-scorings does not exist)"), run.err());
	}

	/** {@code --save} keeps the run; the next run compares with it, and in text says nothing moved. */
	@Test
	@SuppressWarnings("unchecked")
	void savedRunsAreComparedWith() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, true);
		Path scorings = folder.resolve(Example.STRATEGIC_CHOICES.scoringsFileName());
		Run first = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "2026-12-04", "--save");
		assertEquals(0, first.code(), first.err());
		assertEquals(Boolean.TRUE, parse(first.out()).get("saved"));
		assertTrue(Files.readString(scorings).contains("asOf=\"2026-12-04\""));
		assertTrue(Files.exists(scorings.resolveSibling(scorings.getFileName() + ".bak")), "the previous file is kept");

		Run second = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "2026-12-05");
		assertEquals(0, second.code(), second.err());
		Map<String, Object> comparison = (Map<String, Object>) parse(second.out()).get("comparison");
		assertEquals("2026-12-04", comparison.get("previousAsOf"));
		assertEquals(List.of(), comparison.get("moves"));
		assertEquals(List.of(), comparison.get("inputs"));

		Run text = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--format", "text");
		assertEquals(0, text.code(), text.err());
		assertTrue(text.out().contains("   1  Farmaceutische sector"), text.out());
		assertTrue(text.out().contains("warning: Wetenschappelijk onderzoek en ontwikkeling is not ranked: no value for Toegevoegde waarde, "
				+ "Export, Octrooien, Publicaties en citaties"), text.out());
		assertTrue(text.out().contains("Compared with the run of 2026-12-04 (wsm):\n  ranking and scores unchanged")
				|| text.out().contains("Compared with the run of 2026-12-04 (wsm):" + System.lineSeparator() + "  ranking and scores unchanged"), text.out());
	}

	/**
	 * The command after an edit of the model file: machinery's export set to '++' as the text says (L726) instead of
	 * Table 1's '-' (L748). The text answer says what moved and why. (Printed: docs/scoring.md shows this output.)
	 */
	@Test
	void afterAnEditTheAnswerSaysWhatMovedAndWhy() throws Exception {
		Path model = ShippedScoringTestAccess.copyExample(folder, true);
		Run baseline = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "2026-12-04", "--save", "--format", "text");
		assertEquals(0, baseline.code(), baseline.err());
		System.out.println("$ ./helix cli score strategische-keuzes.helix --scoring tabel1-sterktes --as-of 2026-12-04 --save --format text");
		System.out.println(baseline.out());

		HelixModel helix = HelixPersistence.load(model);
		StrategicDomain machinery = helix.getStrategicDomains().stream()
				.filter(d -> d.getName().equals("Vervaardigen van machines, apparaten en werktuigen")).findFirst().orElseThrow();
		machinery.getRatings().stream()
				.filter(r -> r.getIndicator() != null && "Export".equals(r.getIndicator().getName()) && "huidige status".equals(r.getPeriod()))
				.findFirst().orElseThrow().setLevel(RatingLevel.VERY_STRONG);
		HelixPersistence.save(helix, model);

		Run after = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "2026-12-05", "--format", "text");
		assertEquals(0, after.code(), after.err());
		System.out.println("$ ./helix cli score strategische-keuzes.helix --scoring tabel1-sterktes --as-of 2026-12-05 --format text");
		System.out.println(after.out());
		assertTrue(after.out().contains("Compared with the run of 2026-12-04 (wsm):"), after.out());
		assertTrue(after.out().contains("  Vervaardigen van machines, apparaten en werktuigen: rank 6 → 3 (up 3), score 1.6667 → 2.1667"), after.out());
		assertTrue(after.out().contains("because:\n  input Vervaardigen van machines, apparaten en werktuigen / Export: WEAK (0.0000) → VERY_STRONG (3.0000)"),
				after.out());
	}

	/** A scorings file that is not well-formed: exit 2 with the file and the line, and the file is left as it was, even with --save. */
	@Test
	void aCorruptScoringsFileIsReportedAndKept() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, false);
		Path scorings = folder.resolve(Example.STRATEGIC_CHOICES.scoringsFileName());
		String broken = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scorings:ScoringFile xmlns:scorings=\"http://www.helix.org/scoring/1.0/scorings\">\n  <scorings name=\"x\"\n";
		Files.writeString(scorings, broken);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--save");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("strategische-keuzes.helix-scorings:"), run.err());
		assertEquals(broken, Files.readString(scorings));
	}

	/** An alternative deleted from the model: the scoring cannot run, and the message says which one and why. */
	@Test
	void aDeletedAlternativeIsNamed() throws Exception {
		Path model = ShippedScoringTestAccess.copyExample(folder, true);
		HelixModel helix = HelixPersistence.load(model);
		StrategicDomain machinery = helix.getStrategicDomains().stream()
				.filter(d -> d.getName().equals("Vervaardigen van machines, apparaten en werktuigen")).findFirst().orElseThrow();
		String id = machinery.getId();
		org.eclipse.emf.ecore.util.EcoreUtil.delete(machinery, true);
		HelixPersistence.save(helix, model);
		Run run = helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes");
		assertEquals(2, run.code());
		assertTrue(run.err().contains("scoring 'tabel1-sterktes': alternatives[7]: refers to ") && run.err().contains("strategische-keuzes.helix#" + id)
				&& run.err().contains("which is not in the model"), run.err());
	}

	@Test
	void badArgumentsExitWithTwo() throws Exception {
		ShippedScoringTestAccess.copyExample(folder, true);
		assertEquals(2, helix("score", "strategische-keuzes.helix").code());
		assertEquals(2, helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--format", "xml").code());
		assertEquals(2, helix("score", "strategische-keuzes.helix", "--scoring", "tabel1-sterktes", "--as-of", "4/12/2026").code());
		assertEquals(2, helix("score", "missing.helix", "--scoring", "tabel1-sterktes").code());
	}
}
