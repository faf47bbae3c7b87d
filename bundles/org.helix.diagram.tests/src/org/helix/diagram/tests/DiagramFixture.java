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

/** The Klimaatsprong example in a resource (not saved) with a diagram session over it. */
final class DiagramFixture {

	final HelixModel model;
	final Resource resource;
	final EditingDomain domain;
	final DiagramSession session;

	DiagramFixture(Path folder) throws Exception {
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		domain = DiagramSession.createEditingDomain(resourceSet);
		model = Example.KLIMAATSPRONG.build();
		resource = resourceSet.createResource(URI.createFileURI(folder.resolve("klimaatsprong.helix").toString()));
		resource.getContents().add(model);
		session = DiagramSession.open(domain, resource, ViewpointRegistry.getDefault()::diagram);
	}
}
