package org.helix.team.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.examples.KlimaatsprongExample;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * The Klimaatsprong example (seed 001, org.helix.examples) as the shared model of the tests: saved once so that every
 * element has its id, then each coordinator's copy is loaded from that file.
 */
final class Klimaatsprong {

	/** Priority action A1 of the programme note (seed 001, line 2924): monitoring the industrial transition. */
	static final String MONITORING = "Het monitoren van de voortgang van de industriële transitie";
	/** Another priority action of seed 001 (infrastructure dimension): the logistics roadmap. */
	static final String LOGISTICS = "Het opmaken van een roadmap voor de logistieke keten van de toekomst";

	private static byte[] saved;

	private Klimaatsprong() {
	}

	/** Writes the example model to {@code file} (the same ids every time in one test run). */
	static synchronized Path write(Path file) throws IOException {
		if (saved == null) {
			Path folder = Files.createTempDirectory("klimaatsprong");
			Path first = folder.resolve("klimaatsprong.helix");
			HelixPersistence.save(KlimaatsprongExample.build(), first);
			saved = Files.readAllBytes(first);
			Files.delete(first);
			Files.deleteIfExists(HelixPersistence.backupOf(first));
			Files.delete(folder);
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, saved);
		return file;
	}

	static HelixModel load(Path file) throws HelixLoadException {
		return HelixPersistence.load(file);
	}

	/** The programme 2026-2030 (the one with the 18 priority actions). */
	static Programme programme(HelixModel model) {
		return model.getProgrammes().stream().filter(p -> !p.getActions().isEmpty()).findFirst().orElseThrow();
	}

	/** The predecessor programme 2023-2025 (no actions in the note). */
	static Programme predecessor(HelixModel model) {
		return model.getProgrammes().stream().filter(p -> p.getActions().isEmpty()).findFirst().orElseThrow();
	}

	static org.eclipse.emf.common.util.EList<PriorityAction> actions(HelixModel model) {
		return programme(model).getActions();
	}

	static PriorityAction action(HelixModel model, String name) {
		return actions(model).stream().filter(a -> name.equals(a.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no action '" + name + "' in the example"));
	}

	static String id(EObject element) {
		return org.eclipse.emf.ecore.util.EcoreUtil.getID(element);
	}
}
