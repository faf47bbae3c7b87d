package org.helix.diagram.tests;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.sync.DiagramSession;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;

/** An example (Klimaatsprong unless told) in a resource (not saved) with a diagram session over it. */
final class DiagramFixture {

	final HelixModel model;
	final Resource resource;
	final EditingDomain domain;
	final DiagramSession session;

	DiagramFixture(Path folder) throws Exception {
		this(folder, Example.KLIMAATSPRONG);
	}

	DiagramFixture(Path folder, Example example) throws Exception {
		this(folder, example.build(), example.fileName());
	}

	/** Any model, as {@code fileName} in {@code folder}. */
	DiagramFixture(Path folder, HelixModel built, String fileName) throws Exception {
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		domain = DiagramSession.createEditingDomain(resourceSet);
		model = built;
		resource = resourceSet.createResource(URI.createFileURI(folder.resolve(fileName).toString()));
		resource.getContents().add(model);
		session = DiagramSession.open(domain, resource, ViewpointRegistry.getDefault()::diagram);
	}
}
