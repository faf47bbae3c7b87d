package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramResources;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .helix-diagrams} files are saved as carefully as {@code .helix} files (atomically, with a backup, through
 * org.helix.core's persistence) and a corrupt one is reported with its position and never half-loaded.
 */
class DiagramSaveTest {

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Diagram diagram;
	private Path model;
	private Path diagrams;

	/** The Klimaatsprong example and its programme-structure diagram, both saved once. */
	@BeforeEach
	void saveKlimaatsprongWithADiagram() throws Exception {
		fixture = new DiagramFixture(folder);
		Programme programme = fixture.model.getProgrammes().stream()
				.max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		diagram = fixture.session.createDiagram(ViewpointRegistry.getDefault().diagram("org.helix.programme.structure"),
				programme, "Klimaatsprong");
		model = folder.resolve("klimaatsprong.helix");
		diagrams = folder.resolve("klimaatsprong.helix-diagrams");
		HelixPersistence.save(fixture.model, model);
		fixture.session.save();
	}

	private List<String> filesInFolder() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void aSecondSaveKeepsTheFirstAsBackup() throws Exception {
		assertEquals(diagrams, fixture.session.path());
		byte[] first = Files.readAllBytes(diagrams);
		diagram.getNodes().get(0).setX(4321);

		fixture.session.save();

		assertArrayEquals(first, Files.readAllBytes(HelixPersistence.backupOf(diagrams)), "the previous file is the backup");
		assertTrue(Files.readString(diagrams).contains("x=\"4321.0\""), Files.readString(diagrams));
		assertEquals(List.of("klimaatsprong.helix", "klimaatsprong.helix-diagrams", "klimaatsprong.helix-diagrams.bak"),
				filesInFolder(), "no temporary file remains");
	}

	@Test
	void aSaveThatFailsHalfWayLeavesTheOldFileIntact() throws Exception {
		byte[] before = Files.readAllBytes(diagrams);
		Node moved = diagram.getNodes().get(0);
		moved.setX(4321);
		// a node whose element is in no resource cannot be written as a reference: XMI fails after writing the nodes
		// before it, so the write stops half-way through the new file
		Organisation outside = EcosystemFactory.eINSTANCE.createOrganisation();
		outside.setName("Vlaamse Milieumaatschappij");
		diagram.getNodes().get(diagram.getNodes().size() - 1).setSemanticElement(outside);

		assertThrows(IOException.class, fixture.session::save);

		assertArrayEquals(before, Files.readAllBytes(diagrams), "the old diagrams are intact");
		assertEquals(List.of("klimaatsprong.helix", "klimaatsprong.helix-diagrams"), filesInFolder(),
				"no temporary file and no backup remain after a failed save");
	}

	@Test
	void aTruncatedDiagramsFileIsReportedWithLineAndColumnAndNotLoaded() throws Exception {
		// what a crash half-way through a plain (non-atomic) save leaves behind
		byte[] whole = Files.readAllBytes(diagrams);
		byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
		Files.write(diagrams, truncated);

		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		var loaded = HelixPersistence.load(resourceSet, model);
		var domain = DiagramSession.createEditingDomain(resourceSet);
		HelixLoadException e = assertThrows(HelixLoadException.class,
				() -> DiagramSession.open(domain, loaded.eResource(), ViewpointRegistry.getDefault()::diagram));

		assertEquals(diagrams, e.getFile());
		assertTrue(e.getLine() > 1, e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(diagrams + ":" + e.getLine() + ":" + e.getColumn() + ": "), e.getMessage());
		assertTrue(e.getReason().contains("not a well-formed XML file"), e.getReason());
		assertNull(resourceSet.getResource(DiagramResources.diagramsURI(loaded.eResource().getURI()), false),
				"nothing half-read stays in the resource set, where a later save could write it");
		assertArrayEquals(truncated, Files.readAllBytes(diagrams));
	}

	@Test
	void anUnknownAttributeIsReportedAtItsLineAndColumn() throws Exception {
		List<String> lines = Files.readAllLines(diagrams, StandardCharsets.UTF_8);
		int nodeLine = 0;
		while (!lines.get(nodeLine).contains("<nodes")) {
			nodeLine++;
		}
		lines.set(nodeLine, lines.get(nodeLine).replace("<nodes", "<nodes kleur=\"groen\""));
		Files.write(diagrams, lines, StandardCharsets.UTF_8);
		byte[] corrupt = Files.readAllBytes(diagrams);

		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		var loaded = HelixPersistence.load(resourceSet, model);
		HelixLoadException e = assertThrows(HelixLoadException.class, () -> DiagramResources.diagramsOf(loaded.eResource()));

		assertEquals(nodeLine + 1, e.getLine(), e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertTrue(e.getMessage().startsWith(diagrams + ":" + (nodeLine + 1) + ":"), e.getMessage());
		assertTrue(e.getReason().contains("kleur"), e.getReason());
		assertFalse(e.getMessage().contains("Exception:"), "no Java class names for users: " + e.getMessage());
		assertArrayEquals(corrupt, Files.readAllBytes(diagrams));
	}
}
