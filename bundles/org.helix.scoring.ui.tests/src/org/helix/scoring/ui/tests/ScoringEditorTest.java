package org.helix.scoring.ui.tests;

import static org.helix.ui.testsupport.UiSupport.screenshot;
import static org.helix.ui.testsupport.UiSupport.select;
import static org.helix.ui.testsupport.UiSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.PairwiseJudgements;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringFile;
import org.helix.scoring.persistence.Judgements;
import org.helix.scoring.persistence.ScoringFiles;
import org.helix.scoring.persistence.ScoringRunner;
import org.helix.scoring.persistence.ScoringSnapshot;
import org.helix.scoring.ui.ScoringEditor;
import org.helix.ui.ExampleProject;
import org.helix.ui.testsupport.UiSupport;
import org.junit.jupiter.api.Test;

/**
 * The scoring editor in the real workbench on the strategic-choices example's scoring of seed 004 Table 1
 * ({@code tabel1-sterktes}: nine domains, six indicators, equal weights). The criteria weights are entered through the
 * AHP pairwise entry, as a user would, combo by combo.
 * <p>
 * <b>Where the judgements come from:</b> seed 004 gives no weights. The judgements below are an <i>illustrative</i>
 * entry of a programme coordinator, made up for this example (economic outcome first, then R&amp;D effort, then its
 * output): Toegevoegde waarde 2× Export, 2× O&amp;O-uitgaven, 3× O&amp;O-personeel, 3× Octrooien, 4× Publicaties; Export 1× O&amp;O-uitgaven,
 * 2× O&amp;O-personeel, 2× Octrooien, 3× Publicaties; O&amp;O-uitgaven 2×, 2×, 3×; O&amp;O-personeel 1× Octrooien, 2× Publicaties;
 * Octrooien 2× Publicaties. They are shipped, labelled as illustrative, as the scoring {@code tabel1-ahp} of the
 * example, and this test checks that what it enters is exactly that. No score is invented: the values are Table 1's.
 */
class ScoringEditorTest {

	static final String TABLE1 = "tabel1-sterktes";
	static final String TABLE1_AHP = "tabel1-ahp";
	/** Upper triangle, row by row, as Saaty labels (row over column); see the class comment. */
	static final String[] JUDGEMENTS = { "2", "2", "3", "3", "4", "1", "2", "2", "3", "2", "2", "3", "1", "2", "2" };
	static final String SOURCE = "Illustratief: ingave van een programmacoördinator in de scoring-editor (ScoringEditorTest); "
			+ "seed 004 geeft geen gewichten. Niet uit de bron.";

	@Test
	void ahpEntryWithLiveConsistencyThenRunAndUndo() throws Exception {
		UiSupport.windowSize();
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ScoringEditor editor = (ScoringEditor) IDE.openEditor(page, copyOfStrategicChoices(), ScoringEditor.ID);
		assertNull(editor.loadError());
		editor.selectScoring(TABLE1);
		Scoring scoring = editor.getScoring();
		assertEquals(TABLE1, scoring.getName());
		assertEquals(9, scoring.getAlternatives().size());
		List<String> criteria = scoring.getCriteria().stream().map(CriterionDefinition::getName).toList();
		assertEquals(6, criteria.size());
		assertNull(Judgements.criteriaMatrix(scoring), "the equal-weights scoring has no AHP yet");

		// the alternatives page lists the model's strategic domains, the nine of Table 1 checked
		waitUntil("the alternatives page", () -> editor.typeCombo().getText().equals("StrategicDomain"));
		long checked = Arrays.stream(editor.alternativesTable().getItems()).filter(TableItem::getChecked).count();
		assertEquals(9, checked);
		editor.filterText().setText("vervaardigen");
		waitUntil("the name filter", () -> editor.alternativesTable().getItemCount() == 3);

		// the AHP entry: the source first, then Start, then every judgement through its combo
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_MAXIMIZED);
		editor.showPage(2);
		editor.sourceText().setText(SOURCE);
		select(editor.startAhpButton());
		waitUntil("the pairwise grid", () -> Judgements.criteriaMatrix(scoring) != null && editor.judgementCombo(0, 5) != null
				&& !editor.judgementCombo(0, 5).isDisposed());
		int k = 0;
		for (int i = 0; i < 6; i++) {
			for (int j = i + 1; j < 6; j++) {
				Combo combo = editor.judgementCombo(i, j);
				int index = Arrays.asList(combo.getItems()).indexOf(JUDGEMENTS[k++]);
				combo.select(index);
				select(combo);
				int row = i, column = j;
				waitUntil("judgement " + criteria.get(i) + " over " + criteria.get(j), () -> editor.judgementCombo(row, column) != null
						&& !editor.judgementCombo(row, column).isDisposed() && editor.judgementCombo(row, column).getSelectionIndex() == index);
			}
		}
		PairwiseJudgements entered = Judgements.criteriaMatrix(scoring);
		PairwiseMatrix.AhpPriorities priorities = Judgements.priorities(entered);
		// the consistency is live: what the label says is the engine's CR of the matrix now in the model
		assertEquals(0.0059, priorities.consistencyRatio(), 1e-4);
		waitUntil("CR 0.006 shown", () -> editor.consistencyText().contains("CR 0.006") && editor.consistencyText().contains("consistent enough"));
		// the weights are the eigenvector, set by the same commands
		double[] weights = scoring.getCriteria().stream().mapToDouble(c -> c.getWeight()).toArray();
		assertArrayEquals(priorities.weights(), weights, 1e-12);
		assertEquals(0.3327, weights[0], 1e-4);

		// what was entered is what the example ships as tabel1-ahp (judgements, their source, the weights)
		Scoring shipped = ScoringFiles.find((ScoringFile) scoring.eContainer(), TABLE1_AHP);
		assertNotNull(shipped);
		PairwiseJudgements shippedJudgements = Judgements.criteriaMatrix(shipped);
		assertEquals(shippedJudgements.getItems(), entered.getItems());
		assertArrayEquals(shippedJudgements.getValues().stream().mapToDouble(Double::doubleValue).toArray(),
				entered.getValues().stream().mapToDouble(Double::doubleValue).toArray(), 1e-12);
		assertEquals(shippedJudgements.getSource(), entered.getSource());
		assertArrayEquals(shipped.getCriteria().stream().mapToDouble(c -> c.getWeight()).toArray(), weights, 1e-12);
		screenshot("scoring-ahp.png");

		// an inconsistent judgement (publications 9× as important as added value) is flagged at once, with the hint;
		// Undo takes it back, weights included
		Combo worst = editor.judgementCombo(0, 5);
		worst.select(Arrays.asList(worst.getItems()).indexOf("1/9"));
		select(worst);
		waitUntil("the inconsistency flagged", () -> editor.consistencyText().contains("inconsistent (CR > 0.10)"));
		PairwiseMatrix.AhpPriorities contradicted = Judgements.priorities(Judgements.criteriaMatrix(scoring));
		assertTrue(contradicted.consistencyRatio() > 0.10, "CR " + contradicted.consistencyRatio());
		assertEquals(0, contradicted.mostInconsistentRow());
		assertEquals(5, contradicted.mostInconsistentColumn());
		assertTrue(editor.hintText().contains("Toegevoegde waarde over Publicaties en citaties"), editor.hintText());
		editor.getEditingDomain().getCommandStack().undo();
		waitUntil("the judgement back after Undo", () -> editor.consistencyText().contains("CR 0.006")
				&& editor.judgementCombo(0, 5).getText().equals("4"));
		assertArrayEquals(priorities.weights(), scoring.getCriteria().stream().mapToDouble(c -> c.getWeight()).toArray(), 1e-12);

		// run with the sweeps and Monte Carlo, in a job
		editor.showPage(3);
		editor.oatCheck().setSelection(true);
		select(editor.oatCheck());
		editor.samplesSpinner().setSelection(2000);
		select(editor.samplesSpinner());
		waitUntil("the parameters set", () -> scoring.getParameters().size() == 2);
		select(editor.runButton());
		Job job = editor.runJob();
		assertNotNull(job);
		waitUntil("the run", () -> job.getResult() != null && editor.lastOutcome() != null && editor.resultsTable().getItemCount() == 9);

		// the table's ranking is the engine's on the same scoring (run here directly, not through the editor)
		List<RunResult> engine = ScoringRunner.run(ScoringSnapshot.of(scoring).scoring(), ScoringMethodRegistry.fromExtensions(System.err),
				LocalDate.of(2026, 12, 5)).run().getResults();
		List<String> engineRanking = engine.stream().filter(r -> r.getRank() != null).map(RunResult::getAlternativeLabel).toList();
		List<String> tableRanking = new ArrayList<>();
		for (TableItem item : editor.resultsTable().getItems()) {
			if (!item.getText(0).equals("–")) {
				assertEquals(tableRanking.size() + 1, Integer.parseInt(item.getText(0)));
				tableRanking.add(item.getText(1));
			}
		}
		assertEquals(engineRanking, tableRanking);
		// and ShippedScoringTest's hand-worked ranking for these weights
		assertEquals(List.of("Farmaceutische sector", "Chemische industrie", "Vervaardigen van metalen en producten van metaal", "Voedingsindustrie",
				"Informatie en computerprogrammering", "Vervaardigen van computers, elektronische en optische producten",
				"Vervaardigen van machines, apparaten en werktuigen"), tableRanking);
		assertEquals("2.3764", editor.resultsTable().getItem(1).getText(2));

		// charts: a bar per ranked domain; a tornado bar per criterion; a heat-map row per ranked domain
		ISeries<?> bars = editor.rankingChart().getSeriesSet().getSeries("score");
		assertEquals(7, bars.getYSeries().length);
		ISeries<?> tornado = editor.tornadoChart().getSeriesSet().getSeries(ScoringEditor.TORNADO_RANGE);
		assertEquals(6, tornado.getYSeries().length);
		assertEquals(editor.lastOutcome().report().oat().size(), 6);
		assertEquals(7, editor.heatMap().getItemCount());
		assertEquals("Farmaceutische sector", editor.heatMap().getItem(0).getText(0));
		screenshot("scoring-ranking-tornado.png");

		// keep the run (a command) and undo it
		int runs = scoring.getRuns().size();
		editor.keepRun();
		assertEquals(runs + 1, scoring.getRuns().size());
		assertTrue(scoring.getRuns().get(runs).getResults().get(0).getAlternative().eResource() == scoring.getAlternatives().get(0).eResource(),
				"the kept run refers to the model's elements, not the snapshot's");
		editor.getEditingDomain().getCommandStack().undo();
		assertEquals(runs, scoring.getRuns().size());
		assertTrue(editor.isDirty());
		page.setPartState(page.getReference(editor), IWorkbenchPage.STATE_RESTORED);
		page.closeEditor(editor, false);
	}

	/**
	 * From the model: Open Scorings on a model without scorings creates the file and a first scoring; alternatives are
	 * picked by type and name filter (the two strategic domains of the example whose name has "industrie"); three
	 * criteria added; a weight slider moved to 0.5 gives the others 0.25 each (their proportions kept, the sum 1); a
	 * criterion's attribute path typed; Undo takes back the slider move; Save writes what the engine then reads.
	 */
	@Test
	void fromTheModelPickAlternativesCriteriaAndWeights() throws Exception {
		IFile model = copyOfStrategicChoices().getProject().getFile("zonder-scorings.helix");
		if (model.exists()) {
			model.delete(true, null);
		}
		try (InputStream in = Example.STRATEGIC_CHOICES.open()) {
			model.create(in, true, null);
		}
		IFile scorings = org.helix.scoring.ui.OpenScoringsHandler.scoringsOf(model);
		assertTrue(scorings.exists());
		assertEquals("zonder-scorings.helix-scorings", scorings.getName());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		ScoringEditor editor = (ScoringEditor) IDE.openEditor(page, scorings, ScoringEditor.ID);
		Scoring scoring = editor.getScoring();
		assertEquals("scoring-1", scoring.getName());
		assertEquals(0, scoring.getAlternatives().size());

		Combo type = editor.typeCombo();
		type.select(Arrays.asList(type.getItems()).indexOf("StrategicDomain"));
		select(type);
		editor.filterText().setText("industrie");
		waitUntil("the filtered domains", () -> editor.alternativesTable().getItemCount() == 2);
		for (int i = 0; i < 2; i++) {
			TableItem item = editor.alternativesTable().getItem(i);
			item.setChecked(true);
			org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
			event.detail = org.eclipse.swt.SWT.CHECK;
			event.item = item;
			editor.alternativesTable().notifyListeners(org.eclipse.swt.SWT.Selection, event);
			UiSupport.settle();
		}
		assertEquals(List.of("Chemische industrie", "Voedingsindustrie"), scoring.getAlternatives().stream().map(ScoringRunner::label).toList());

		editor.showPage(1);
		for (int i = 0; i < 3; i++) {
			select(editor.addCriterionButton());
			UiSupport.settle();
		}
		waitUntil("three weight sliders", () -> editor.weightSliders().size() == 3);
		editor.weightSliders().get(0).setSelection(500);
		select(editor.weightSliders().get(0));
		UiSupport.settle();
		assertArrayEquals(new double[] { 0.5, 0.25, 0.25 }, scoring.getCriteria().stream().mapToDouble(c -> c.getWeight()).toArray(), 1e-12);
		assertArrayEquals(new double[] { 0.5, 0.25, 0.25 }, editor.effectiveWeights(), 1e-12);
		editor.weightSliders().get(1).setSelection(500);
		select(editor.weightSliders().get(1));
		UiSupport.settle();
		// criterion 2 gets 0.5; criteria 1 and 3 keep their 2 : 1 proportion in the other half
		assertArrayEquals(new double[] { 1 / 3.0, 0.5, 1 / 6.0 }, editor.effectiveWeights(), 1e-12);
		editor.getEditingDomain().getCommandStack().undo();
		UiSupport.settle();
		assertArrayEquals(new double[] { 0.5, 0.25, 0.25 }, editor.effectiveWeights(), 1e-12);
		waitUntil("the sliders after Undo", () -> editor.weightSliders().get(1).getSelection() == 250);

		editor.criteriaTable().select(0);
		select(editor.criteriaTable());
		editor.pathText().setText("ratings[indicator.name=Export][period=huidige status].level");
		editor.pathText().notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		UiSupport.settle();
		assertEquals("ratings[indicator.name=Export][period=huidige status].level", scoring.getCriteria().get(0).getValuePath());

		editor.doSave(null);
		assertTrue(!editor.isDirty());
		String saved = new String(scorings.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(saved.contains("href=\"zonder-scorings.helix#"), saved);
		assertTrue(saved.contains("weight=\"0.5\""), saved);
		page.closeEditor(editor, false);
	}

	private static IFile copyOfStrategicChoices() throws Exception {
		waitUntil("the example installation job", () -> Job.getJobManager().find(ExampleProject.JOB_FAMILY).length == 0);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("helix-scoring-tests");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		Example example = Example.STRATEGIC_CHOICES;
		IFile model = project.getFile(example.fileName());
		IFile scorings = project.getFile(example.scoringsFileName());
		for (IFile file : List.of(model, scorings)) {
			if (file.exists()) {
				file.delete(true, null);
			}
		}
		try (InputStream in = example.open()) {
			model.create(in, true, null);
		}
		try (InputStream in = example.scoringsUrl().openStream()) {
			scorings.create(in, true, null);
		}
		return scorings;
	}
}
