package org.helix.diagram.sync;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
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
	 */
	public static Resource diagramsOf(Resource semanticResource) throws IOException {
		ResourceSet resourceSet = semanticResource.getResourceSet();
		configure(resourceSet);
		URI uri = diagramsURI(semanticResource.getURI());
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			return existing;
		}
		Resource resource = resourceSet.createResource(uri);
		if (resourceSet.getURIConverter().exists(uri, null)) {
			resource.load(null);
		}
		if (resource.getContents().isEmpty()) {
			DiagramFile file = NotationFactory.eINSTANCE.createDiagramFile();
			file.setFormatVersion(FORMAT_VERSION);
			resource.getContents().add(file);
		}
		return resource;
	}
}
