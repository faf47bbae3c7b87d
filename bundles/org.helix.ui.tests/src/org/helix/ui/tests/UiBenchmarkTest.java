package org.helix.ui.tests;

import static org.helix.ui.tests.UiTestSupport.copyOfExample;
import static org.helix.ui.tests.UiTestSupport.page;
import static org.helix.ui.tests.UiTestSupport.processEvents;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.ide.IDE;
import org.helix.examples.Example;
import org.helix.ui.HelixUI;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: it asserts nothing about time and runs only with {@code -Dhelix.benchmark=true}
 * ({@code ./mvnw -o verify -pl bundles/org.helix.ui.tests -am -Dhelix.benchmark=true -Dtest=UiBenchmarkTest}).
 * It measures opening the Klimaatsprong example in the model editor and then opening the Action Fiches table on it,
 * including the event loop until the UI is idle, and prints the times; docs/benchmarks.md keeps the results.
 */
class UiBenchmarkTest {

	private static final int RUNS = 7;

	@Test
	void openKlimaatsprongAndTheFicheTable() throws Exception {
		// a benchmark, not a unit test: skipped (and reported as skipped) unless asked for
		Assumptions.assumeTrue(Boolean.getBoolean("helix.benchmark"), "run with -Dhelix.benchmark=true");
		IFile file = copyOfExample(Example.KLIMAATSPRONG, "benchmark.helix");
		List<Long> editor = new ArrayList<>();
		List<Long> table = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			long start = System.nanoTime();
			IDE.openEditor(page(), file, HelixUI.EDITOR_ID);
			processEvents();
			long opened = System.nanoTime();
			IViewPart view = page().showView(HelixUI.FICHE_TABLE_ID);
			processEvents();
			long shown = System.nanoTime();
			editor.add((opened - start) / 1_000_000);
			table.add((shown - opened) / 1_000_000);
			page().hideView(view);
			page().closeAllEditors(false);
			processEvents();
		}
		System.out.println("HELIX-BENCHMARK open Klimaatsprong in the model editor, ms per run (first is cold): " + editor
				+ ", median of warm runs " + median(editor.subList(1, RUNS)));
		System.out.println("HELIX-BENCHMARK open the Action Fiches table, ms per run (first is cold): " + table
				+ ", median of warm runs " + median(table.subList(1, RUNS)));
	}

	private static long median(List<Long> values) {
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		return sorted.get(sorted.size() / 2);
	}
}
