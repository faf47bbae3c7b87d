package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helix.diagram.ui.render.Clipping;
import org.junit.jupiter.api.Test;

/** The renderer strokes only the visible parts of long edges. */
class ClippingTest {

	@Test
	void aLineThroughTheViewIsCutAtItsBorders() {
		List<int[]> runs = Clipping.visibleRuns(new double[] { -100, 50, 300, 50 }, 0, 0, 200, 100);
		assertEquals(1, runs.size());
		assertArrayEquals(new int[] { 0, 50, 200, 50 }, runs.get(0));
	}

	@Test
	void aPolylineLeavingAndComingBackGivesTwoRunsAndInnerBendsStay() {
		// in at the left, bend inside, out at the top, back in from the top, end inside
		double[] points = { -50, 50, 50, 50, 50, -50, 150, -50, 150, 50 };
		List<int[]> runs = Clipping.visibleRuns(points, 0, 0, 200, 100);
		assertEquals(2, runs.size());
		assertArrayEquals(new int[] { 0, 50, 50, 50, 50, 0 }, runs.get(0));
		assertArrayEquals(new int[] { 150, 0, 150, 50 }, runs.get(1));
	}

	@Test
	void aLineOutsideTheViewGivesNothing() {
		assertTrue(Clipping.visibleRuns(new double[] { 300, 0, 400, 100, 500, 0 }, 0, 0, 200, 100).isEmpty());
	}
}
