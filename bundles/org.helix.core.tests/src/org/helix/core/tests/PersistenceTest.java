package org.helix.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.FormatMigration;
import org.helix.core.persistence.FormatMigrations;
import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.helix.core.persistence.HelixResource;
import org.helix.core.persistence.HelixResourceFactory;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistenceTest {

	@TempDir
	Path folder;

	@Test
	void savesWithUuidsAndReferencesByIdAndLoadsTheSameModel() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("klimaatsprong.helix");

		HelixPersistence.save(ks.model, file);

		List<Identifiable> all = identifiables(ks.model);
		assertTrue(all.size() > 20, "fixture too small: " + all.size());
		for (Identifiable element : all) {
			assertNotNull(element.getId(), "no id for " + element.eClass().getName());
			assertEquals(element.getId(), UUID.fromString(element.getId()).toString());
		}
		String xml = Files.readString(file, StandardCharsets.UTF_8);
		assertTrue(xml.contains("formatVersion=\"" + FormatMigrations.CURRENT_VERSION + "\""), xml);
		assertTrue(xml.contains("coordinator=\"" + ks.vlaio.getId() + "\""), "reference by id expected");
		assertTrue(xml.contains("dependsOn=\"" + ks.contractsForDifference.getId() + "\""));
		assertFalse(xml.contains("//@"), "no positional fragments expected");
		assertFalse(xml.contains("xmi:id"), "the id attribute is the only identity");
		long actionLines = xml.lines().filter(line -> line.trim().startsWith("<actions ")).count();
		assertEquals(4, actionLines, "one line per action expected");

		HelixModel loaded = HelixPersistence.load(file);
		assertEquals(FormatMigrations.CURRENT_VERSION, loaded.getFormatVersion());
		assertTrue(EcoreUtil.equals(ks.model, loaded), "loaded model differs from the saved one");
		assertEquals(ks.vlaio.getId(), ((Identifiable) loaded.getProgrammes().get(0).getCoordinator()).getId());
	}

	@Test
	void newFilesAreReadableByOthersAndSavesKeepTheOldPermissions() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("klimaatsprong.helix");
		HelixPersistence.save(ks.model, file);
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
				"a new model file must not stay private like the temporary file it was written to");

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
		ks.model.setTitle("Klimaatsprong voor de Industrie 2026-2030 (herzien)");
		HelixPersistence.save(ks.model, file);
		assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
	}

	@Test
	void keepsExistingIdsAndAssignsOnlyMissingOnes() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		ks.vlaio.setId("vlaio");
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(ks.model, file);
		Map<EObject, String> first = ids(ks.model);

		Organisation agentschap = EcosystemFactory.eINSTANCE.createOrganisation();
		agentschap.setName("Vlaams Energie- en Klimaatagentschap");
		ks.model.getActors().add(agentschap);
		HelixPersistence.save(ks.model, file);

		assertEquals("vlaio", ks.vlaio.getId());
		first.forEach((element, id) -> assertEquals(id, ((Identifiable) element).getId()));
		assertNotNull(agentschap.getId());
		HelixModel loaded = HelixPersistence.load(file);
		assertEquals("vlaio", loaded.getActors().get(0).getId());
	}

	@Test
	void secondSaveKeepsTheFirstAsBackupAndLeavesNoTemporaryFiles() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(ks.model, file);
		byte[] firstVersion = Files.readAllBytes(file);

		ks.klankbordgroep.setName("klankbordgroep Klimaatsprong");
		HelixPersistence.save(ks.model, file);

		Path backup = HelixPersistence.backupOf(file);
		assertEquals(folder.resolve("ks.helix.bak"), backup);
		assertArrayEquals(firstVersion, Files.readAllBytes(backup));
		assertTrue(Files.readString(file).contains("klankbordgroep Klimaatsprong"));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("ks.helix", "ks.helix.bak"), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	@Test
	void failedSaveLeavesThePreviousFileIntact() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(ks.model, file);
		byte[] before = Files.readAllBytes(file);

		// an organisation in no resource cannot be written as a reference: XMI refuses the whole save
		Organisation outside = EcosystemFactory.eINSTANCE.createOrganisation();
		outside.setName("Vlaamse Milieumaatschappij");
		ks.leidingentraces.getInvolvedActors().add(outside);
		ks.programme.setName("changed before the failed save");

		assertThrows(IOException.class, () -> HelixPersistence.save(ks.model, file));

		assertArrayEquals(before, Files.readAllBytes(file));
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of("ks.helix"), files.map(p -> p.getFileName().toString()).toList(),
					"no temporary file and no backup may remain after a failed save");
		}
	}

	@Test
	void bytesAreWhatTheSaveWritesAndTheBackupSurvivesAnInPlaceRewrite() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(ks.model, file);
		byte[] first = Files.readAllBytes(file);
		assertArrayEquals(first, HelixPersistence.toBytes(ks.model.eResource()), "serialising again gives the saved file");

		// a writer that replaces the content in place (the workspace's setContents) keeps the backup by copy first
		ks.programme.setName("Klimaatsprong, tweede versie");
		byte[] second = HelixPersistence.toBytes(ks.model.eResource());
		HelixPersistence.keepBackup(file);
		try (var out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
			out.write(second);
		}

		assertArrayEquals(first, Files.readAllBytes(HelixPersistence.backupOf(file)), "the backup is not a link to the rewritten file");
		assertEquals(ks.programme.getName(), HelixPersistence.load(file).getProgrammes().stream()
				.filter(p -> p.getId().equals(ks.programme.getId())).findFirst().orElseThrow().getName());
	}

	@Test
	void anyResourceLoadsWithTheSameErrorReporting() throws IOException {
		Path file = folder.resolve("notes.xmi");
		// an XMI file whose end tag does not match its start tag, on line 3
		Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\">\n</xmi:XMIX>\n", StandardCharsets.UTF_8);
		Resource resource = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(URI.createFileURI(file.toString()));

		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(resource, file, "a notes file"));

		assertEquals(3, e.getLine(), e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
		assertTrue(e.getReason().startsWith("not a well-formed XML file"), e.getReason());
		assertTrue(resource.getContents().isEmpty(), "nothing half-read is left to save");
	}

	@Test
	void helixExtensionIsRegisteredThroughTheExtensionPoint() {
		Object factory = Resource.Factory.Registry.INSTANCE.getFactory(URI.createFileURI("/tmp/x.helix"));
		assertInstanceOf(HelixResourceFactory.class, factory,
				"the extension_parser registration of plugin.xml is missing (tests run inside OSGi)");
		Resource resource = new ResourceSetImpl().createResource(URI.createFileURI("/tmp/x.helix"));
		assertInstanceOf(HelixResource.class, resource);
	}

	@Test
	void resourceSetWithoutRegistriesCreatesHelixResources() {
		Resource resource = HelixPersistence.newResourceSet().createResource(URI.createFileURI("/tmp/model.helix"));
		assertInstanceOf(HelixResource.class, resource);
	}

	@Test
	void refusesAFileOfANewerFormatVersionWithoutTouchingIt() throws IOException {
		Path file = folder.resolve("future.helix");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<core:HelixModel xmlns:xmi="http://www.omg.org/XMI" xmlns:core="http://www.helix.org/model/1.0/core"
				    id="m1" name="Klimaatsprong" formatVersion="2.0">
				  <hologram id="h1"/>
				</core:HelixModel>
				""");
		byte[] before = Files.readAllBytes(file);
		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));
		assertTrue(e.getMessage().contains("future.helix"), e.getMessage());
		assertTrue(e.getMessage().contains("format version 2.0"), e.getMessage());
		assertTrue(e.getMessage().contains("newer Helix"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void migratesAnOlderFormatThroughTheRegisteredMigrations() throws IOException {
		Path file = folder.resolve("old.helix");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<core:HelixModel xmlns:xmi="http://www.omg.org/XMI" xmlns:core="http://www.helix.org/model/1.0/core"
				    id="m1" name="Klimaatsprong" formatVersion="0.9"/>
				""");
		HelixLoadException missing = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));
		assertTrue(missing.getMessage().contains("no migration from format 0.9"), missing.getMessage());

		List<String> applied = new ArrayList<>();
		FormatMigration titleFromName = new FormatMigration() {
			@Override
			public String sourceVersion() {
				return "0.9";
			}

			@Override
			public String targetVersion() {
				return "1.0";
			}

			@Override
			public void migrate(HelixModel model) {
				applied.add(model.getName());
				model.setTitle(model.getName() + " (migrated)");
			}
		};
		FormatMigrations.register(titleFromName);
		try {
			HelixModel model = HelixPersistence.load(file);
			assertEquals(List.of("Klimaatsprong"), applied);
			assertEquals("Klimaatsprong (migrated)", model.getTitle());
			assertEquals(FormatMigrations.CURRENT_VERSION, model.getFormatVersion());
		} finally {
			FormatMigrations.unregister(titleFromName);
		}
	}

	@Test
	void currentFormatNeedsNoMigration() throws IOException {
		Klimaatsprong ks = new Klimaatsprong();
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(ks.model, file);
		assertEquals(FormatMigrations.CURRENT_VERSION, HelixPersistence.load(file).getFormatVersion());
	}

	static List<Identifiable> identifiables(HelixModel model) {
		List<Identifiable> all = new ArrayList<>();
		all.add(model);
		model.eAllContents().forEachRemaining(object -> all.add((Identifiable) object));
		return all;
	}

	private static Map<EObject, String> ids(HelixModel model) {
		Map<EObject, String> ids = new HashMap<>();
		identifiables(model).forEach(element -> ids.put(element, element.getId()));
		return ids;
	}
}
