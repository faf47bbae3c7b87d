package org.helix.core.persistence;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.helix.core.persistence.FormatMigrations.UnsupportedFormatException;
import org.helix.model.core.CorePackage;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.governance.GovernancePackage;
import org.helix.model.materials.MaterialsPackage;
import org.helix.model.programme.ProgrammePackage;

/**
 * Loads and saves {@code .helix} files. Works with and without OSGi: the resource sets made here carry the Helix
 * packages and the resource factory themselves instead of relying on the global registries.
 *
 * <p>Saving is atomic: the model is written to a temporary file next to the target and forced to disk, the previous
 * file is kept as {@code NAME.bak}, and the temporary file is renamed over the target. A failed save leaves the
 * previous file as it was.
 */
public final class HelixPersistence {

	public static final String FILE_EXTENSION = "helix";
	public static final String BACKUP_SUFFIX = ".bak";

	private static final int BUFFER_SIZE = 1 << 16;
	private static final String MODEL_KIND = "a Helix model";

	private HelixPersistence() {
	}

	/** The five Helix packages, in dependency order. */
	public static List<EPackage> packages() {
		return List.of(CorePackage.eINSTANCE, EcosystemPackage.eINSTANCE, GovernancePackage.eINSTANCE,
				ProgrammePackage.eINSTANCE, MaterialsPackage.eINSTANCE);
	}

	/** A resource set that reads and writes {@code .helix} files (and any other URI) as Helix XMI. */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		configure(resourceSet);
		return resourceSet;
	}

	/** Makes an existing resource set (e.g. an editor's) use the Helix packages and resource factory. */
	public static void configure(ResourceSet resourceSet) {
		for (EPackage ePackage : packages()) {
			resourceSet.getPackageRegistry().put(ePackage.getNsURI(), ePackage);
		}
		HelixResourceFactory factory = new HelixResourceFactory();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, factory);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().putIfAbsent(Resource.Factory.Registry.DEFAULT_EXTENSION, factory);
	}

	/** Loads the model in {@code file} into a new resource set. */
	public static HelixModel load(Path file) throws HelixLoadException {
		return load(newResourceSet(), file);
	}

	/**
	 * Loads the model in {@code file} into {@code resourceSet}, migrating it from an older format version if needed.
	 *
	 * @throws HelixLoadException if the file is missing, unreadable, not well-formed, not a Helix model, of a newer
	 *         format version, or refers to ids it does not contain
	 */
	public static HelixModel load(ResourceSet resourceSet, Path file) throws HelixLoadException {
		Path absolute = file.toAbsolutePath().normalize();
		checkReadable(file, absolute, MODEL_KIND);
		checkFormatVersion(file, absolute);

		URI uri = URI.createFileURI(absolute.toString());
		Resource existing = resourceSet.getResource(uri, false);
		if (existing != null) {
			existing.unload();
			resourceSet.getResources().remove(existing);
		}
		Resource resource = resourceSet.createResource(uri);
		try {
			load(resource, file, MODEL_KIND);
		} catch (HelixLoadException e) {
			resourceSet.getResources().remove(resource);
			throw e;
		}
		HelixModel model = rootOf(file, resource);
		try {
			FormatMigrations.migrate(model);
		} catch (UnsupportedFormatException e) {
			resourceSet.getResources().remove(resource);
			throw new HelixLoadException(file, e.getMessage(), e);
		}
		return model;
	}

	/**
	 * Loads {@code file} into {@code resource} (of any kind, e.g. a {@code .helix-diagrams} resource), reporting
	 * problems as {@link #load(ResourceSet, Path)} does: a {@link HelixLoadException} naming the file and, where the
	 * parser knows it, the line and column. On failure the resource is unloaded (left empty), so nothing half-read can
	 * be saved over the file; the file itself is only read.
	 *
	 * @param kind what the file should hold, for messages, e.g. "a Helix model" or "a Helix diagrams file"
	 */
	public static void load(Resource resource, Path file, String kind) throws HelixLoadException {
		Path absolute = file.toAbsolutePath().normalize();
		checkReadable(file, absolute, kind);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(absolute, StandardOpenOption.READ), BUFFER_SIZE)) {
			resource.load(in, null);
		} catch (IOException e) {
			HelixLoadException failure = loadFailure(file, resource, kind, e); // before unloading: it reads the errors
			resource.unload();
			throw failure;
		} catch (RuntimeException e) {
			resource.unload();
			throw new HelixLoadException(file, "cannot be read as " + kind + ": " + e, e);
		}
		if (!resource.getErrors().isEmpty()) {
			HelixLoadException failure = fromDiagnostic(file, resource.getErrors().get(0), kind, null);
			resource.unload();
			throw failure;
		}
	}

	/**
	 * {@code resource} as its save writes it, in memory. Serialising first means a failure while writing the XML
	 * (a bad value, a dangling reference) can never leave a half-written file; callers that write through another
	 * API (the Eclipse workspace) use this and {@link #keepBackup(Path)}.
	 */
	public static byte[] toBytes(Resource resource) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER_SIZE);
		resource.save(out, null);
		return out.toByteArray();
	}

	/**
	 * Saves {@code model} to {@code file} atomically (see the class comment). Elements without an id get a random
	 * UUID and the root gets the current format version. If the model is not in a resource yet, it is put into a new
	 * one; if it is, that resource moves to {@code file}.
	 */
	public static void save(HelixModel model, Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Resource resource = model.eResource();
		URI uri = URI.createFileURI(target.toString());
		if (resource == null) {
			resource = newResourceSet().createResource(uri);
			resource.getContents().add(model);
		} else {
			resource.setURI(uri);
		}
		save(resource, target);
	}

	/** Saves {@code resource} atomically to {@code file}. */
	public static void save(Resource resource, Path file) throws IOException {
		Path target = file.toAbsolutePath().normalize();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER_SIZE)) {
				resource.save(out, null);
				out.flush();
				channel.force(true);
			}
			// a temporary file is private to its owner; the saved file keeps the permissions the old one had
			copyPermissions(Files.exists(target) ? target : null, temporary);
			linkBackup(target);
			moveAtomically(temporary, target);
			forceFolder(folder);
		} finally {
			Files.deleteIfExists(temporary);
		}
		resource.setModified(false);
	}

	private static void copyPermissions(Path from, Path to) throws IOException {
		if (!Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Set<PosixFilePermission> permissions = from != null ? Files.getPosixFilePermissions(from)
				: PosixFilePermissions.fromString("rw-r--r--");
		Files.setPosixFilePermissions(to, permissions);
	}

	/** The backup of {@code file} that {@link #save} keeps: {@code NAME.bak} in the same folder. */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/**
	 * Copies the current content of {@code target} to {@link #backupOf(Path) NAME.bak} (replacing an older backup),
	 * for writers that then replace the content in place (the Eclipse workspace's {@code IFile.setContents}). Does
	 * nothing when the file does not exist yet.
	 */
	public static void keepBackup(Path target) throws IOException {
		if (Files.exists(target)) {
			Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	/** The backup for {@link #save(Resource, Path)}, which replaces the file by a rename. */
	private static void linkBackup(Path target) throws IOException {
		if (!Files.exists(target)) {
			return;
		}
		Path backup = backupOf(target);
		Files.deleteIfExists(backup);
		try {
			// a hard link costs nothing and keeps the old content, since the rename replaces the name only (a writer
			// that rewrites the file in place must copy instead: see keepBackup)
			Files.createLink(backup, target);
		} catch (IOException | UnsupportedOperationException e) {
			Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
		}
	}

	private static void moveAtomically(Path source, Path target) throws IOException {
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// some file systems (e.g. network shares) cannot rename atomically; the backup still holds the old file
			Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename durable; not every platform can open a folder for this, which is harmless. */
	private static void forceFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// best effort only
		}
	}

	private static void checkReadable(Path file, Path absolute, String kind) throws HelixLoadException {
		if (!Files.exists(absolute)) {
			throw new HelixLoadException(file, "no such file", null);
		}
		if (Files.isDirectory(absolute)) {
			throw new HelixLoadException(file, "is a folder, not " + kind + " file", null);
		}
		if (!Files.isReadable(absolute)) {
			throw new HelixLoadException(file, "cannot be read (permission denied)", null);
		}
		try {
			if (Files.size(absolute) == 0) {
				throw new HelixLoadException(file, MODEL_KIND.equals(kind)
						? "the file is empty; a Helix model file holds XML with a core:HelixModel root"
						: "the file is empty; " + kind + " holds XML", null);
			}
		} catch (IOException e) {
			throw new HelixLoadException(file, "cannot be read: " + e.getMessage(), e);
		}
	}

	/**
	 * Reads only the root start tag, so that a file from a newer Helix is refused with a version message rather than
	 * an error about its first unknown element. Anything that is not a Helix root is left to the full load, whose
	 * diagnostics are more precise.
	 */
	private static void checkFormatVersion(Path file, Path absolute) throws HelixLoadException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		String version = null;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(absolute, StandardOpenOption.READ))) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == XMLStreamConstants.START_ELEMENT) {
						if (CorePackage.eNS_URI.equals(reader.getNamespaceURI())
								&& CorePackage.Literals.HELIX_MODEL.getName().equals(reader.getLocalName())) {
							version = reader.getAttributeValue(null, CorePackage.Literals.HELIX_MODEL__FORMAT_VERSION.getName());
						}
						break;
					}
				}
			} finally {
				reader.close();
			}
		} catch (XMLStreamException | IOException | RuntimeException e) {
			return;
		}
		try {
			FormatMigrations.checkReadable(version);
		} catch (UnsupportedFormatException e) {
			throw new HelixLoadException(file, e.getMessage(), e);
		}
	}

	private static HelixModel rootOf(Path file, Resource resource) throws HelixLoadException {
		List<EObject> contents = resource.getContents();
		if (contents.isEmpty()) {
			throw new HelixLoadException(file, "contains no model element; expected a core:HelixModel root", null);
		}
		EObject root = contents.get(0);
		if (!(root instanceof HelixModel model)) {
			throw new HelixLoadException(file, "is not a Helix model: its root is a "
					+ root.eClass().getEPackage().getName() + ":" + root.eClass().getName() + ", expected core:HelixModel", null);
		}
		if (contents.size() > 1) {
			throw new HelixLoadException(file, "has " + contents.size() + " root elements; a Helix model file has exactly one", null);
		}
		return model;
	}

	private static HelixLoadException loadFailure(Path file, Resource resource, String kind, IOException e) {
		if (e instanceof NoSuchFileException) {
			return new HelixLoadException(file, "no such file", e);
		}
		if (e instanceof AccessDeniedException) {
			return new HelixLoadException(file, "cannot be read (permission denied)", e);
		}
		if (e instanceof FileSystemException) {
			return new HelixLoadException(file, "cannot be read: " + e.getMessage(), e);
		}
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof XMIException xmi) {
				return fromDiagnostic(file, xmi, kind, e);
			}
			if (cause instanceof org.xml.sax.SAXParseException sax) {
				return new HelixLoadException(file, sax.getLineNumber(), sax.getColumnNumber(),
						"not a well-formed XML file: " + sax.getMessage(), e);
			}
			if (cause instanceof CharConversionException) {
				return new HelixLoadException(file, "not a text (XML) file: " + cause.getMessage(), e);
			}
		}
		if (!resource.getErrors().isEmpty()) {
			return fromDiagnostic(file, resource.getErrors().get(0), kind, e);
		}
		String detail = e.getCause() != null && e.getCause() != e ? e.getCause().getMessage() : e.getMessage();
		return new HelixLoadException(file, "cannot be read as " + kind + ": " + detail, e);
	}

	private static HelixLoadException fromDiagnostic(Path file, Resource.Diagnostic diagnostic, String kind, Throwable cause) {
		Throwable reason = cause != null ? cause : diagnostic instanceof Throwable t ? t : null;
		return new HelixLoadException(file, diagnostic.getLine(), diagnostic.getColumn(), describe(diagnostic, kind), reason);
	}

	/** EMF's messages are precise but terse; a short hint says what they mean for a Helix file. */
	private static String describe(Resource.Diagnostic diagnostic, String kind) {
		String message = diagnostic.getMessage();
		String name = diagnostic.getClass().getSimpleName();
		return switch (name) {
		case "PackageNotFoundException" -> "not " + kind + " (unknown XML namespace): " + message;
		case "ClassNotFoundException" -> "unknown element type: " + message;
		case "FeatureNotFoundException" -> "unknown attribute or element: " + message;
		case "UnresolvedReferenceException" -> "refers to an id that is not in the file: " + message;
		case "IllegalValueException" -> "invalid value: " + message;
		default -> message;
		};
	}
}

