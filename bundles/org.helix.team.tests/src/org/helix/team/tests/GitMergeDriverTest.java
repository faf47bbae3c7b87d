package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.helix.core.persistence.HelixPersistence;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command-line git with the Helix merge driver, configured as docs/collaboration.md says
 * ({@code *.helix merge=helix} in .gitattributes, {@code merge.helix.driver = helix cli merge %O %A %B --output %A}),
 * on two branches that edit the Klimaatsprong example. The driver is a script that runs the merge command in a plain
 * java process (see {@link MergeDriverMain}).
 */
class GitMergeDriverTest {

	static final String FILE = "klimaatsprong.helix";

	@TempDir
	Path folder;

	Path repository;
	/** The driver script, quoted when git fails (its class path says what the plain JVM could see). */
	String driver = "";

	@BeforeEach
	void repository() throws Exception {
		repository = folder.resolve("programme");
		Files.createDirectories(repository);
		git("init", "-q", "-b", "main");
		git("config", "user.name", "Chris Maes (Departement Omgeving)");
		git("config", "user.email", "chris.maes@omgeving.example");
		git("config", "merge.helix.name", "Helix model merge");
		git("config", "merge.helix.driver", helixScript() + " cli merge %O %A %B --output %A");
		Files.writeString(repository.resolve(".gitattributes"), "*.helix merge=helix\n");
		Klimaatsprong.write(repository.resolve(FILE));
		git("add", ".");
		git("commit", "-q", "-m", "Klimaatsprong 2026-2030");
	}

	/** A stand-in for ./helix: passes its arguments to the merge command in a plain JVM. */
	private Path helixScript() throws Exception {
		Set<String> classpath = new LinkedHashSet<>();
		// one class of each bundle the merge command needs: where the OSGi runtime loaded it from
		for (Class<?> type : List.of(MergeDriverMain.class, org.helix.team.merge.ModelMerge.class,
				org.helix.team.cli.internal.MergeCommand.class, org.helix.cli.CommandContext.class, HelixPersistence.class,
				HelixModel.class, org.eclipse.emf.common.util.URI.class, org.eclipse.emf.ecore.EObject.class,
				org.eclipse.emf.ecore.xmi.XMIResource.class)) {
			classpath.add(classpathOf(type));
		}
		Path script = folder.resolve("helix");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -cp '" + String.join(File.pathSeparator, classpath)
				+ "' " + MergeDriverMain.class.getName() + " \"$@\"\n");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		driver = Files.readString(script);
		return script;
	}

	/** The jar or folder {@code type} was loaded from (a folder of a bundle in the build holds its classes). */
	private static String classpathOf(Class<?> type) throws Exception {
		Path path = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		if (Files.isDirectory(path) && Files.isDirectory(path.resolve("target/classes"))) {
			return path.resolve("target/classes").toString();
		}
		return path.toString();
	}

	private String git(String... arguments) throws Exception {
		List<String> command = new ArrayList<>();
		command.add("git");
		command.addAll(List.of(arguments));
		Result result = run(command);
		assertEquals(0, result.code(), String.join(" ", command) + " failed:\n" + result.output() + "\ndriver: " + driver);
		return result.output();
	}

	record Result(int code, String output) {
	}

	private Result run(List<String> command) throws Exception {
		Process process = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true).start();
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(5, TimeUnit.MINUTES), "git ended");
		return new Result(process.exitValue(), output);
	}

	private void edit(Consumer<HelixModel> change) throws Exception {
		Path file = repository.resolve(FILE);
		HelixModel model = HelixPersistence.load(file);
		change.accept(model);
		HelixPersistence.save(model, file);
		Files.deleteIfExists(HelixPersistence.backupOf(file));
	}

	private HelixModel model() throws Exception {
		return HelixPersistence.load(repository.resolve(FILE));
	}

	@Test
	void branchesEditingDifferentActionsMergeCleanlyWithTheDriver() throws Exception {
		git("checkout", "-q", "-b", "veka");
		edit(m -> Klimaatsprong.action(m, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED));
		git("commit", "-q", "-am", "VEKA: eerste actie gestart");
		git("checkout", "-q", "main");
		edit(m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30)));
		git("commit", "-q", "-am", "VLAIO: monitoring tegen 30 september");

		String output = git("merge", "--no-edit", "veka");
		assertTrue(output.contains("merged cleanly"), "the driver ran:\n" + output);
		HelixModel merged = model();
		assertEquals(ActionStatus.STARTED, Klimaatsprong.action(merged, Klimaatsprong.LOGISTICS).getStatus());
		assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(merged, Klimaatsprong.MONITORING).getPlannedEnd());
		assertEquals(List.of(), HelixValidation.validate(merged).stream().filter(HelixProblem::isError).toList());
		assertEquals("", git("status", "--porcelain"), "merged and committed, nothing left over");
	}

	@Test
	void theSameFieldOnTwoBranchesIsAConflictGitReports() throws Exception {
		git("checkout", "-q", "-b", "veka");
		edit(m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setStatus(ActionStatus.ONGOING));
		git("commit", "-q", "-am", "VEKA: monitoring loopt");
		git("checkout", "-q", "main");
		edit(m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setStatus(ActionStatus.DELAYED));
		git("commit", "-q", "-am", "VLAIO: monitoring vertraagd");

		Result merge = run(List.of("git", "merge", "--no-edit", "veka"));
		assertNotEquals(0, merge.code(), merge.output() + "\ndriver: " + driver);
		assertTrue(merge.output().contains("SAME_FEATURE") && merge.output().contains("status"), merge.output() + "\ndriver: " + driver);
		assertEquals(FILE + "\n", git("diff", "--name-only", "--diff-filter=U"), "git marks the model as conflicted");
		// the file still loads: our side for the conflict
		assertEquals(ActionStatus.DELAYED, Klimaatsprong.action(model(), Klimaatsprong.MONITORING).getStatus());
	}
}
