package org.helix.diagram.sync;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.notation.DiagramFile;
import org.helix.diagram.model.notation.NotationFactory;
import org.helix.diagram.model.notation.NotationPackage;

/**
 * Where diagrams are stored: {@code NAME.helix-diagrams} beside {@code NAME.helix}, loaded into the same ResourceSet, so
 * notation elements refer to semantic elements by their ids ({@code NAME.helix#id}) and the semantic file never
 * changes because of a diagram.
 */
public final class DiagramResources {

	public static final String FILE_EXTENSION = "helix-diagrams";
	public static final String FORMAT_VERSION = "1.0";
	/** What a diagrams file holds, for load messages. */
	static final String KIND = "a Helix diagrams file";

	private DiagramResources() {
	}

	/** {@code a/b/model.helix} gives {@code a/b/model.helix-diagrams}. */
	public static URI diagramsURI(URI semanticURI) {
		return semanticURI.trimFileExtension().appendFileExtension(FILE_EXTENSION);
	}

	/** Registers the notation packages and the XMI factory for {@code .helix-diagrams} in a resource set. */
	public static void configure(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(NotationPackage.eNS_URI, NotationPackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(DescriptionPackage.eNS_URI, DescriptionPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
	}

	/**
	 * The diagram resource of a semantic resource: loaded when its file exists, otherwise created (empty, not saved
	 * yet). Its single root is a {@link DiagramFile}.
	 *
	 * @throws HelixLoadException when the file exists but cannot be read as diagrams; the message names the file and,
	 *         where known, line and column. The resource is then not left in the resource set, so nothing can save a
	 *         half-read copy over the file (see {@link HelixPersistence#load(Resource, Path, String)}).
	 */
	public static Resource diagramsOf(Resource semanticResource) throws IOException {
		ResourceSet resourceSet = semanticResource.getResourceSet();
		configure(resourceSet);
		URI uri = diagramsURI(semanticResource.getURI());
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null && existing.isLoaded() && !existing.getContents().isEmpty()) {
			return existing;
		}
		Resource resource = existing != null ? existing : resourceSet.createResource(uri);
		if (resourceSet.getURIConverter().exists(uri, null)) {
			try {
				if (uri.isFile()) {
					HelixPersistence.load(resource, Path.of(uri.toFileString()), KIND);
				} else {
					resource.load(null);
				}
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof DiagramFile)) {
					String found = resource.getContents().isEmpty() ? "nothing"
							: resource.getContents().get(0).eClass().getName();
					resource.unload();
					throw new HelixLoadException(uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.lastSegment()),
							"is not " + KIND + ": its root is " + found + ", expected notation:DiagramFile", null);
				}
			} catch (IOException e) {
				resourceSet.getResources().remove(resource);
				throw e;
			}
		}
		if (resource.getContents().isEmpty()) {
			DiagramFile file = NotationFactory.eINSTANCE.createDiagramFile();
			file.setFormatVersion(FORMAT_VERSION);
			resource.getContents().add(file);
		}
		return resource;
	}
}
