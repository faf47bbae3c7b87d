package org.helix.scoring.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.Rating;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringRun;
import org.helix.scoring.persistence.ScoringFiles;
import org.helix.scoring.persistence.ScoringRunner;
import org.helix.scoring.persistence.ScoringSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot the scoring editor runs on: a copy of the scoring and of the model, so an edit of the model after the
 * snapshot (the user typing while the job runs) does not reach the run; a kept run points at the model's elements.
 */
class ScoringSnapshotTest {

	@TempDir
	Path folder;

	@Test
	void aRunOnTheSnapshotIgnoresLaterEditsAndMapsBackToTheModel() throws Exception {
		HelixModel model = HelixPersistence.load(ShippedScoringTest.copyExample(folder, true));
		Scoring scoring = ScoringFiles.find(ScoringFiles.scoringsOf(model.eResource()), SeedScorings.TABLE1);
		ScoringSnapshot snapshot = ScoringSnapshot.of(scoring);
		assertNotSame(scoring, snapshot.scoring());
		assertNotSame(scoring.getAlternatives().get(0), snapshot.scoring().getAlternatives().get(0));

		// after the snapshot, machinery's export becomes ++ in the model (it would climb from 6th to 3rd)
		StrategicDomain machinery = (StrategicDomain) scoring.getAlternatives().get(7);
		Rating export = machinery.getRatings().stream()
				.filter(r -> r.getIndicator() != null && "Export".equals(r.getIndicator().getName()) && "huidige status".equals(r.getPeriod()))
				.findFirst().orElseThrow();
		export.setLevel(RatingLevel.VERY_STRONG);

		ScoringRun run = ScoringRunner.run(snapshot.scoring(), ShippedScoringTest.registry(), ShippedScoringTest.AS_OF).run();
		List<String> ranking = run.getResults().stream().filter(r -> r.getRank() != null).map(RunResult::getAlternativeLabel).toList();
		assertEquals(ShippedScoringTest.HAND_RANKING, ranking, "the snapshot's ranking, from Table 1 as it was");

		snapshot.toOriginal(run);
		RunResult first = run.getResults().get(0);
		assertSame(scoring.getAlternatives().get(0), first.getAlternative(), "the run refers to the model's Farmaceutische sector");
		assertSame(machinery, run.getInputs().stream().filter(i -> i.getAlternativeLabel().equals(machinery.getName())).findFirst().orElseThrow()
				.getAlternative());
	}
}
