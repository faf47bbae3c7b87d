package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.layout.LayoutConfiguration;
import org.helix.diagram.layout.LayoutEngine;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;
import org.helix.diagram.model.notation.Edge;
import org.helix.diagram.model.notation.Node;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The laid-out diagrams shipped beside the example models ({@code NAME.helix-diagrams} in org.helix.examples/models)
 * are what the generator below produces from the shipped {@code .helix} file and the shipped viewpoints: a new diagram
 * per listed description, filled by the synchronizer and laid out with the description's layout. Run the build with
 * {@code -Dhelix.diagrams.write=true} to rewrite them after a viewpoint, the layout or an example changed:
 *
 * <pre>
 * ./mvnw -B -o verify -pl bundles/org.helix.diagram.tests -am -Dhelix.diagrams.write=true
 * </pre>
 */
class ShippedDiagramsTest {

	/** Which diagrams each example ships, by description id; the diagram is named after the description's label. */
	static final Map<Example, List<String>> SHIPPED = Map.of(
			Example.KLIMAATSPRONG, List.of("org.helix.governance.bodies", "org.helix.programme.structure"),
			Example.RAW_MATERIALS, List.of("org.helix.valuechain.stages"));

	private static final boolean WRITE = Boolean.getBoolean("helix.diagrams.write");

	@TempDir
	Path temp;

	private static Path modelsFolder() {
		return Path.of(System.getProperty("helix.examples.dir"));
	}

	/** The shipped model, copied into {@code folder} so the diagrams refer to it by a relative href. */
	private static Path copyModel(Example example, Path folder) throws IOException {
		Path model = folder.resolve(example.fileName());
		try (InputStream in = example.open()) {
			Files.copy(in, model);
		}
		return model;
	}

	/** Generates the example's diagrams file in {@code folder} and returns its bytes. */
	static byte[] generate(Example example, Path folder) throws IOException {
		Path model = copyModel(example, folder);
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		EditingDomain domain = DiagramSession.createEditingDomain(resourceSet);
		HelixModel helix = HelixPersistence.load(resourceSet, model);
		DiagramSession session = DiagramSession.open(domain, helix.eResource(), ViewpointRegistry.getDefault()::diagram);
		for (String id : SHIPPED.get(example)) {
			DiagramDescription description = ViewpointRegistry.getDefault().diagram(id);
			assertNotNull(description, id + ": " + ViewpointRegistry.getDefault().problems());
			Diagram diagram = session.createDiagram(description, root(helix, description), description.getLabel());
			var layout = LayoutEngine.compute(diagram, LayoutConfiguration.of(description.getLayout()), description, null);
			domain.getCommandStack().execute(LayoutEngine.applyCommand(diagram, layout));
		}
		session.save();
		session.dispose();
		return Files.readAllBytes(folder.resolve(example.diagramsFileName()));
	}

	/** As a new diagram in the editor: the model for HelixModel diagrams, else the element of the class with most content. */
	private static EObject root(HelixModel model, DiagramDescription description) {
		if (model.eClass().getName().equals(description.getDomainClass())) {
			return model;
		}
		EObject best = model;
		long bestSize = -1;
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject candidate = contents.next();
			if (candidate.eClass().getName().equals(description.getDomainClass())) {
				long size = 0;
				for (var inside = candidate.eAllContents(); inside.hasNext(); inside.next()) {
					size++;
				}
				if (size > bestSize) {
					best = candidate;
					bestSize = size;
				}
			}
		}
		return best;
	}

	private static byte[] shipped(Example example) throws IOException {
		if (WRITE) {
			return Files.readAllBytes(modelsFolder().resolve(example.diagramsFileName()));
		}
		URL url = example.diagramsUrl();
		assertNotNull(url, example.diagramsFileName() + " is not shipped in org.helix.examples/models");
		try (InputStream in = url.openStream()) {
			return in.readAllBytes();
		}
	}

	@ParameterizedTest
	@EnumSource(value = Example.class, names = { "KLIMAATSPRONG", "RAW_MATERIALS" })
	void shippedDiagramsAreWhatTheGeneratorProduces(Example example) throws IOException {
		byte[] generated = generate(example, Files.createDirectory(temp.resolve("generated")));
		if (WRITE) {
			Files.write(modelsFolder().resolve(example.diagramsFileName()), generated);
		}
		assertArrayEquals(generated, shipped(example), example.diagramsFileName()
				+ " differs from the generator's output: rewrite it with -Dhelix.diagrams.write=true and look at the diagrams");
	}

	@ParameterizedTest
	@EnumSource(value = Example.class, names = { "KLIMAATSPRONG", "RAW_MATERIALS" })
	void shippedDiagramsLoadLaidOutAndSynchronizeWithoutChanges(Example example) throws Exception {
		Path model = copyModel(example, temp);
		byte[] shipped = shipped(example);
		Files.write(temp.resolve(example.diagramsFileName()), shipped);
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		EditingDomain domain = DiagramSession.createEditingDomain(resourceSet);
		HelixModel helix = HelixPersistence.load(resourceSet, model);
		DiagramSession session = DiagramSession.open(domain, helix.eResource(), ViewpointRegistry.getDefault()::diagram);

		assertEquals(SHIPPED.get(example), session.diagrams().stream().map(Diagram::getDescriptionId).toList());
		EcoreUtil.resolveAll(resourceSet);
		assertEquals(Map.of(), EcoreUtil.UnresolvedProxyCrossReferencer.find(resourceSet), "every reference resolves");
		for (Diagram diagram : session.diagrams()) {
			assertFalse(diagram.getNodes().isEmpty(), diagram.getName());
			assertEquals(helix.eResource(), diagram.getSemanticRoot().eResource());
			for (var it = diagram.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Node node) {
					assertTrue(node.isPlaced(), diagram.getName() + ": " + node.getLabel() + " is laid out");
					assertNotNull(node.getSemanticElement(), node.getLabel());
					assertEquals(helix.eResource(), node.getSemanticElement().eResource(), node.getLabel() + " shows an element of the model");
				}
			}
			for (Edge edge : diagram.getEdges()) {
				assertTrue(EcoreUtil.isAncestor(diagram, edge.getSource()) && EcoreUtil.isAncestor(diagram, edge.getTarget()),
						edge.getLabel() + " joins nodes of its own diagram");
			}
			assertTrue(session.synchronizer(diagram).problems().isEmpty(), session.synchronizer(diagram).problems().toString());
		}
		// opening refreshed every diagram: nothing may have changed, so saving writes the same bytes
		assertFalse(domain.getCommandStack().canUndo(), "opening is not an edit");
		Resource diagrams = session.diagramResource();
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		diagrams.save(again, null);
		assertArrayEquals(shipped, again.toByteArray(), "the refresh on opening changed the shipped diagrams");
		session.dispose();
	}
}
