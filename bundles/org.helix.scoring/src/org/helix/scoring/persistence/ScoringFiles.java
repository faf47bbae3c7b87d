package org.helix.scoring.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringFile;
import org.helix.scoring.model.ScoringsFactory;
import org.helix.scoring.model.ScoringsPackage;

/**
 * Where scorings are stored: {@code NAME.helix-scorings} beside {@code NAME.helix}, loaded into the same ResourceSet,
 * so a scoring refers to the model elements it scores by their ids ({@code NAME.helix#id}). The metamodel knows
 * nothing of scoring (scoring is an analysis, above the model in the layers), so the {@code .helix} file never
 * changes because of a scoring, and a model opened without scorings is unaffected. This is the same arrangement as
 * the diagrams ({@code .helix-diagrams}).
 */
public final class ScoringFiles {

	public static final String FILE_EXTENSION = "helix-scorings";
	public static final String FORMAT_VERSION = "1.0";
	/** What a scorings file holds, for load messages. */
	static final String KIND = "a Helix scorings file";

	private ScoringFiles() {
	}

	/** {@code a/b/model.helix} gives {@code a/b/model.helix-scorings}. */
	public static URI scoringsURI(URI modelURI) {
		return modelURI.trimFileExtension().appendFileExtension(FILE_EXTENSION);
	}

	/** {@code a/b/model.helix} gives {@code a/b/model.helix-scorings}. */
	public static Path scoringsPath(Path modelFile) {
		String name = modelFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return modelFile.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + FILE_EXTENSION);
	}

	/** Registers the scorings package and the XMI factory for {@code .helix-scorings} in a resource set. */
	public static void configure(ResourceSet resourceSet) {
		resourceSet.getPackageRegistry().put(ScoringsPackage.eNS_URI, ScoringsPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new XMIResourceFactoryImpl());
	}

	/**
	 * The scorings of a model resource: loaded when the file beside it exists, otherwise created (empty, not saved).
	 * Its single root is a {@link ScoringFile}.
	 *
	 * @throws HelixLoadException when the file exists but cannot be read as scorings (the message names the file and,
	 *         where known, line and column); the half-read resource is removed from the resource set, so nothing can
	 *         save it over the file
	 */
	public static ScoringFile scoringsOf(Resource modelResource) throws IOException {
		ResourceSet resourceSet = modelResource.getResourceSet();
		configure(resourceSet);
		URI uri = scoringsURI(modelResource.getURI());
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null && existing.isLoaded() && !existing.getContents().isEmpty()) {
			return (ScoringFile) existing.getContents().get(0);
		}
		Resource resource = existing != null ? existing : resourceSet.createResource(uri);
		if (resourceSet.getURIConverter().exists(uri, null)) {
			Path path = uri.isFile() ? Path.of(uri.toFileString()) : Path.of(uri.lastSegment());
			try {
				if (uri.isFile()) {
					HelixPersistence.load(resource, path, KIND);
				} else {
					resource.load(null);
				}
				if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof ScoringFile)) {
					String found = resource.getContents().isEmpty() ? "nothing" : resource.getContents().get(0).eClass().getName();
					resource.unload();
					throw new HelixLoadException(path, "is not " + KIND + ": its root is " + found + ", expected scorings:ScoringFile", null);
				}
			} catch (IOException e) {
				resourceSet.getResources().remove(resource);
				throw e;
			}
		}
		if (resource.getContents().isEmpty()) {
			ScoringFile file = ScoringsFactory.eINSTANCE.createScoringFile();
			file.setFormatVersion(FORMAT_VERSION);
			resource.getContents().add(file);
		}
		return (ScoringFile) resource.getContents().get(0);
	}

	/** The scoring called {@code name}, or null. */
	public static Scoring find(ScoringFile file, String name) {
		return file.getScorings().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	/** The names of the scorings in the file, in order. */
	public static List<String> names(ScoringFile file) {
		return file.getScorings().stream().map(Scoring::getName).toList();
	}

	/** Writes the scorings atomically, keeping the previous file as {@code .bak} ({@link HelixPersistence#save(Resource, Path)}). */
	public static void save(ScoringFile file, Path target) throws IOException {
		file.setFormatVersion(FORMAT_VERSION);
		HelixPersistence.save(file.eResource(), target);
	}
}
