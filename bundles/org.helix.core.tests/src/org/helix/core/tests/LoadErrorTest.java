package org.helix.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.helix.core.persistence.HelixLoadException;
import org.helix.core.persistence.HelixPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broken and foreign files give a message naming the file (and position) and are never changed. */
class LoadErrorTest {

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
	private static final String MODEL_START = "<core:HelixModel xmlns:xmi=\"http://www.omg.org/XMI\""
			+ " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:core=\"http://www.helix.org/model/1.0/core\""
			+ " xmlns:ecosystem=\"http://www.helix.org/model/1.0/ecosystem\""
			+ " xmlns:programme=\"http://www.helix.org/model/1.0/programme\" id=\"m\" formatVersion=\"1.0\">\n";

	@TempDir
	Path folder;

	static Stream<Arguments> brokenFiles() {
		byte[] binary = new byte[4096];
		new Random(42).nextBytes(binary);
		return Stream.of(
				Arguments.of("random XML", text(HEADER + "<catalogus>\n  <boek titel=\"Klimaatsprong\"/>\n</catalogus>\n"),
						"not a Helix model", true),
				Arguments.of("plain text", text("Klimaatsprong voor de Industrie 2026-2030\nprioritaire acties\n"),
						"not a well-formed", true),
				Arguments.of("empty", new byte[0], "the file is empty", false),
				Arguments.of("binary", binary, "", false),
				Arguments.of("unknown reference", text(HEADER + MODEL_START
						+ "  <actors xsi:type=\"ecosystem:Organisation\" id=\"vlaio\" name=\"VLAIO\"/>\n"
						+ "  <programmes id=\"p\" name=\"Klimaatsprong\" coordinator=\"departement-omgeving\"/>\n"
						+ "</core:HelixModel>\n"), "departement-omgeving", true),
				Arguments.of("unknown attribute", text(HEADER + MODEL_START
						+ "  <actors xsi:type=\"ecosystem:Organisation\" id=\"vlaio\" budgetInMiljoen=\"70\"/>\n"
						+ "</core:HelixModel>\n"), "budgetInMiljoen", true),
				Arguments.of("unknown class", text(HEADER + MODEL_START
						+ "  <actors xsi:type=\"ecosystem:Agentschap\" id=\"vlaio\"/>\n"
						+ "</core:HelixModel>\n"), "Agentschap", true),
				Arguments.of("ecore file", text(HEADER
						+ "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
						+ " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"klimaat\" nsURI=\"http://example.org/klimaat\""
						+ " nsPrefix=\"klimaat\">\n  <eClassifiers xsi:type=\"ecore:EClass\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" name=\"Actie\"/>\n"
						+ "</ecore:EPackage>\n"), "EPackage, expected core:HelixModel", false));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void brokenFileGivesAClearMessageAndStaysUnchanged(String kind, byte[] content, String expected, boolean positioned)
			throws IOException {
		Path file = folder.resolve("broken.helix");
		Files.write(file, content);

		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));

		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
		assertTrue(e.getMessage().contains(expected), kind + ": " + e.getMessage());
		assertFalse(e.getMessage().contains("Exception:"), "no Java class names for users: " + e.getMessage());
		assertUntouched(file, content);
	}

	/** The broken files whose problem has a place in the file (the others, such as an empty file, have none). */
	static Stream<Arguments> positionedBrokenFiles() {
		return brokenFiles().filter(arguments -> (Boolean) arguments.get()[3]);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("positionedBrokenFiles")
	void brokenFileMessageStartsWithTheLine(String kind, byte[] content, String expected, boolean positioned) throws IOException {
		Path file = folder.resolve("broken.helix");
		Files.write(file, content);
		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));
		assertTrue(e.getLine() > 0, kind + ": no line in " + e.getMessage());
		assertTrue(e.getMessage().startsWith(file + ":" + e.getLine() + ":"), e.getMessage());
	}

	@Test
	void truncatedFileNamesLineAndColumn() throws IOException {
		Path file = folder.resolve("ks.helix");
		HelixPersistence.save(new Klimaatsprong().model, file);
		byte[] whole = Files.readAllBytes(file);
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
		Files.write(file, truncated);

		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));

		long lines = new String(truncated, StandardCharsets.UTF_8).lines().count();
		assertTrue(e.getLine() >= lines - 1 && e.getLine() <= lines + 1, lines + " lines, but " + e.getMessage());
		assertTrue(e.getColumn() > 0, e.getMessage());
		assertUntouched(file, truncated);
	}

	@Test
	void missingFileIsNamed() {
		Path file = folder.resolve("bestaat-niet.helix");
		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(file));
		assertEquals(file + ": no such file", e.getMessage());
		assertFalse(Files.exists(file));
	}

	@Test
	void folderIsNotAModel() {
		HelixLoadException e = assertThrows(HelixLoadException.class, () -> HelixPersistence.load(folder));
		assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
	}

	private void assertUntouched(Path file, byte[] content) throws IOException {
		assertArrayEquals(content, Files.readAllBytes(file), "a failed load changed the file");
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(1, files.count(), "a failed load left other files behind");
		}
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
