package org.helix.diagram.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.ui.export.DiagramExports;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;

/** Shared set-up: an example saved to a folder and opened with a diagram, and one Display for all tests. */
final class Fixtures {

	private static Display display;

	private Fixtures() {
	}

	static Path save(Example example, Path folder) throws IOException {
		Path file = folder.resolve(example.fileName());
		HelixPersistence.save(example.build(), file);
		return file;
	}

	static DiagramExports.Opened open(Example example, String viewpoint, Path folder) throws IOException {
		DiagramDescription description = DiagramExports.find(ViewpointRegistry.getDefault(), viewpoint);
		return DiagramExports.open(save(example, folder), description, null);
	}

	/** The tests run on one thread (no UI harness), so one Display for all of them. */
	static synchronized Display display() {
		if (display == null || display.isDisposed()) {
			display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
		}
		return display;
	}
}
