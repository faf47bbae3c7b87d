package org.helix.examples.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.examples.Example;
import org.helix.model.core.HelixModel;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped {@code .helix} files are what their builders produce, they validate without errors, and they survive a
 * save and reload unchanged. Run the build with {@code -Dhelix.examples.write=true} to rewrite the files after a
 * builder changed.
 */
class ShippedExamplesTest {

	private static final boolean WRITE = Boolean.getBoolean("helix.examples.write");

	@TempDir
	Path temp;

	private static Path modelsFolder() {
		return Path.of(System.getProperty("helix.examples.dir"));
	}

	private Path saveBuilt(Example example) throws IOException {
		Path file = temp.resolve(example.fileName());
		HelixPersistence.save(example.build(), file);
		if (WRITE) {
			Files.copy(file, modelsFolder().resolve(example.fileName()), StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	/** A copy of the shipped file; while rewriting, the freshly written one in the source folder. */
	private Path copyShipped(Example example) throws IOException {
		Path file = temp.resolve("shipped-" + example.fileName());
		try (InputStream in = WRITE ? Files.newInputStream(modelsFolder().resolve(example.fileName())) : example.open()) {
			Files.copy(in, file);
		}
		return file;
	}

	@ParameterizedTest
	@EnumSource(Example.class)
	void shippedFileIsWhatItsBuilderProduces(Example example) throws IOException {
		Path built = saveBuilt(example);
		Path shipped = copyShipped(example);
		assertArrayEquals(Files.readAllBytes(built), Files.readAllBytes(shipped), example.fileName()
				+ " differs from its builder's output: rebuild with -Dhelix.examples.write=true and review the diff");
	}

	@ParameterizedTest
	@EnumSource(Example.class)
	void shippedFileLoadsAndValidatesWithoutErrors(Example example) throws Exception {
		HelixModel model = HelixPersistence.load(copyShipped(example));
		List<HelixProblem> errors = HelixValidation.validate(model).stream()
				.filter(problem -> problem.severity() == HelixProblem.Severity.ERROR).toList();
		assertEquals(List.of(), errors, example.fileName());
		assertTrue(model.eAllContents().hasNext(), "the example has content");
	}

	@ParameterizedTest
	@EnumSource(Example.class)
	void shippedFileSavesAndReloadsToAnEqualModel(Example example) throws Exception {
		HelixModel loaded = HelixPersistence.load(copyShipped(example));
		Path again = temp.resolve("again-" + example.fileName());
		HelixPersistence.save(loaded, again);
		HelixModel reloaded = HelixPersistence.load(again);
		assertTrue(EcoreUtil.equals(loaded, reloaded), example.fileName() + " changed in a save and reload");
	}
}
