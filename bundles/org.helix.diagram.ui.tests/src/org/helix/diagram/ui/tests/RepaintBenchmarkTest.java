package org.helix.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.benchmarks.DiagramBenchmarkCommand;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.layout.LayoutResult;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.ui.render.DiagramRenderer;
import org.helix.diagram.ui.scene.Scene;
import org.helix.diagram.ui.scene.SceneBuilder;
import org.helix.diagram.ui.scene.SceneNode;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a timed test: it measures only with {@code -Dhelix.benchmark=true} and asserts nothing about time. It paints
 * the generated 2,000-organisation / 3,000-relationship ecosystem, laid out as the editor lays it out, into an
 * offscreen 1600×1000 image with the editor's renderer: at 100 % zoom centred on the densest region and at the zoom
 * "Fit" gives. Each repaint clears the image and paints everything the canvas would (the same call as
 * {@code DiagramCanvas}); 30 warm-up repaints, then 200 timed; median and 95th percentile of the wall-clock time and
 * of the thread's CPU time go to stdout ({@code HELIX-BENCHMARK}) and docs/benchmarks.md.
 */
class RepaintBenchmarkTest {

	static final int WIDTH = 1600, HEIGHT = 1000, WARMUP = 30, RUNS = 200;

	@TempDir
	Path folder;

	@Test
	void repaintOfA1600x1000Viewport() throws Exception {
		Assumptions.assumeTrue(Boolean.getBoolean("helix.benchmark"), "run with -Dhelix.benchmark=true");
		Path file = folder.resolve("ecosystem.helix");
		HelixPersistence.save(DiagramBenchmarkCommand.generate(2000, 3000, 2026), file);
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		EditingDomain domain = DiagramSession.createEditingDomain(resourceSet);
		HelixModel model = HelixPersistence.load(resourceSet, file);
		DiagramSession session = DiagramSession.open(domain, model.eResource(), ViewpointRegistry.getDefault()::diagram);
		DiagramDescription description = ViewpointRegistry.getDefault().diagram("org.helix.ecosystem.network");
		Diagram diagram = session.createDiagram(description, model, "network");
		// -Dhelix.benchmark.quick=true: a faster layout, for trying renderer changes (the numbers in the docs use the editor's)
		LayoutResult layout = LayoutEngine.compute(diagram, Boolean.getBoolean("helix.benchmark.quick") ? LayoutConfiguration.LAYERED_FAST
				: DiagramExports.configuration(description), null);
		domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, layout));
		Scene scene = SceneBuilder.build(diagram);
		System.out.println("HELIX-BENCHMARK scene: " + scene.nodes().size() + " nodes, " + scene.edges().size()
				+ " edges, " + Math.round(scene.width()) + " x " + Math.round(scene.height()) + " px; layout "
				+ description.getLayout() + " " + layout.millis() + " ms");

		double[] dense = densestWindow(scene, WIDTH, HEIGHT);
		double fitZoom = Math.min(1, Math.min((WIDTH - 40) / scene.width(), (HEIGHT - 40) / scene.height()));
		double fitX = scene.minX() - (WIDTH / fitZoom - scene.width()) / 2;
		double fitY = scene.minY() - (HEIGHT / fitZoom - scene.height()) / 2;

		Image image = new Image(Fixtures.display(), WIDTH, HEIGHT);
		DiagramRenderer renderer = new DiagramRenderer(Fixtures.display());
		try {
			measure("100 % zoom, densest region", image, renderer, scene, dense[0], dense[1], 1);
			measure(String.format("fit zoom (%.0f %%)", fitZoom * 100), image, renderer, scene, fitX, fitY, fitZoom);
		} finally {
			renderer.dispose();
			image.dispose();
			session.dispose();
		}
	}

	private static void measure(String what, Image image, DiagramRenderer renderer, Scene scene, double x, double y,
			double zoom) {
		long[] nanos = new long[RUNS], cpu = new long[RUNS];
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		Rectangle clip = new Rectangle(0, 0, WIDTH, HEIGHT);
		for (int run = -WARMUP; run < RUNS; run++) {
			GC gc = new GC(image);
			long start = System.nanoTime(), startCpu = threads.getCurrentThreadCpuTime();
			gc.setBackground(image.getDevice().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(clip);
			renderer.paint(gc, scene, x, y, zoom, clip, Set.of());
			gc.dispose(); // flushes the drawing into the image
			long time = System.nanoTime() - start, cpuTime = threads.getCurrentThreadCpuTime() - startCpu;
			if (run >= 0) {
				nanos[run] = time;
				cpu[run] = cpuTime;
			}
		}
		assertTrue(renderer.lastPainted() > 0, "the viewport shows something");
		Arrays.sort(nanos);
		Arrays.sort(cpu);
		// cairo paints an image in the calling thread, so its CPU time is the work itself; on a busy machine the
		// wall-clock time also counts the time the thread waited for a core
		System.out.printf("HELIX-BENCHMARK repaint 1600x1000, %s: %d nodes+edges painted; wall clock median %.2f ms, p95 %.2f ms;"
				+ " thread CPU median %.2f ms, p95 %.2f ms; load average %.1f%n", what, renderer.lastPainted(), nanos[RUNS / 2] / 1e6,
				nanos[RUNS * 95 / 100] / 1e6, cpu[RUNS / 2] / 1e6, cpu[RUNS * 95 / 100] / 1e6,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	/** Top-left corner of the WIDTH×HEIGHT window, centred on some node, that meets the most nodes. */
	static double[] densestWindow(Scene scene, double width, double height) {
		List<SceneNode> nodes = new ArrayList<>(scene.nodes());
		double[] best = { scene.minX(), scene.minY() };
		int bestCount = -1;
		for (SceneNode centre : nodes) {
			double x = centre.centerX() - width / 2, y = centre.centerY() - height / 2;
			int count = 0;
			for (SceneNode node : nodes) {
				if (node.intersects(x, y, width, height)) {
					count++;
				}
			}
			if (count > bestCount) {
				bestCount = count;
				best = new double[] { x, y };
			}
		}
		return best;
	}
}
