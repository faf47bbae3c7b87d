package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.helix.core.persistence.HelixPersistence;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.ActionStatus;
import org.helix.team.git.PullResult;
import org.helix.team.git.TeamRepository;
import org.helix.team.merge.Conflict;
import org.helix.team.merge.Side;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coordinators share the Klimaatsprong model through a bare repository on the local disk: VLAIO (who shares the
 * project) and VEKA (who clones it over file://). Everything goes through JGit, as the workbench does.
 */
class TeamRepositoryTest {

	static final String FILE = "klimaatsprong.helix";

	@TempDir
	Path folder;

	TeamRepository vlaio;
	TeamRepository veka;

	@BeforeEach
	void share() throws Exception {
		Path remote = folder.resolve("remote.git");
		Git.init().setBare(true).setDirectory(remote.toFile()).setInitialBranch("main").call().close();
		Path vlaioFolder = folder.resolve("vlaio");
		Files.createDirectories(vlaioFolder);
		Klimaatsprong.write(vlaioFolder.resolve(FILE));
		vlaio = TeamRepository.share(vlaioFolder, remote.toString());
		identity(vlaio, "An Peeters (VLAIO)", "an.peeters@vlaio.example");
		vlaio.commit("Klimaatsprong voor de Industrie 2026-2030: model shared");
		assertNull(vlaio.push(() -> false, Map.of()));
		veka = TeamRepository.cloneFrom(remote.toUri().toString(), folder.resolve("veka"), null);
		identity(veka, "Bart Claes (VEKA)", "bart.claes@veka.example");
	}

	@AfterEach
	void close() {
		vlaio.close();
		veka.close();
	}

	private static void identity(TeamRepository repository, String name, String email) throws Exception {
		StoredConfig config = repository.repository().getConfig();
		config.setString("user", null, "name", name);
		config.setString("user", null, "email", email);
		config.save();
	}

	private static HelixModel model(TeamRepository repository) throws Exception {
		return HelixPersistence.load(repository.workTree().resolve(FILE));
	}

	private static void edit(TeamRepository repository, java.util.function.Consumer<HelixModel> edit) throws Exception {
		HelixModel model = model(repository);
		edit.accept(model);
		HelixPersistence.save(model, repository.workTree().resolve(FILE));
		Files.deleteIfExists(HelixPersistence.backupOf(repository.workTree().resolve(FILE)));
	}

	private static void assertValid(HelixModel model) {
		assertEquals(List.of(), HelixValidation.validate(model).stream().filter(HelixProblem::isError).toList());
	}

	@Test
	void sharingWritesTheMergeDriverLineAndCommitsAsTheUser() throws Exception {
		assertTrue(Files.readString(vlaio.workTree().resolve(".gitattributes")).contains("*.helix merge=helix"));
		assertTrue(Files.readString(vlaio.workTree().resolve(".gitignore")).lines().anyMatch("*.bak"::equals),
				"the .bak a save keeps is not shared");
		RevCommit first = vlaio.history(FILE).get(0);
		assertEquals("An Peeters (VLAIO)", first.getAuthorIdent().getName());
		assertEquals("an.peeters@vlaio.example", first.getAuthorIdent().getEmailAddress());
		assertTrue(Files.exists(veka.workTree().resolve(FILE)), "the clone has the model");
	}

	@Test
	void editsOfDifferentActionsMergeCleanlyThroughPullAndPush() throws Exception {
		edit(vlaio, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30)));
		vlaio.commit("Monitoring: einddatum 30 september");
		assertNull(vlaio.push(() -> false, Map.of()));

		edit(veka, m -> Klimaatsprong.action(m, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED));
		veka.commit("Eerste actie gestart");
		// the remote moved on: the push is rejected, pulled with the model merge and pushed again (never forced)
		assertNull(veka.push(() -> false, Map.of()));
		RevCommit merge = veka.history(FILE).get(0);
		assertEquals(2, merge.getParentCount(), "a merge commit");
		assertEquals("Bart Claes (VEKA)", merge.getAuthorIdent().getName());

		PullResult pulled = vlaio.pull(() -> false);
		assertEquals(PullResult.Status.FAST_FORWARD, pulled.status(), pulled.message());
		for (TeamRepository coordinator : List.of(vlaio, veka)) {
			HelixModel model = model(coordinator);
			assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(model, Klimaatsprong.MONITORING).getPlannedEnd());
			assertEquals(ActionStatus.STARTED, Klimaatsprong.action(model, Klimaatsprong.LOGISTICS).getStatus());
			assertValid(model);
		}
	}

	@Test
	void theSameFieldOnBothSidesStopsThePullUntilResolvedAndLeavesTheFileAlone() throws Exception {
		edit(vlaio, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30)));
		vlaio.commit("Monitoring: 30 september");
		vlaio.push(() -> false, Map.of());
		edit(veka, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 12, 31)));
		veka.commit("Monitoring: eind 2026");
		byte[] before = Files.readAllBytes(veka.workTree().resolve(FILE));
		ObjectId head = veka.repository().resolve(Constants.HEAD);

		PullResult stopped = veka.push(() -> false, Map.of());
		assertEquals(PullResult.Status.CONFLICTS, stopped.status(), stopped.message());
		List<Conflict> conflicts = stopped.conflicts().get(FILE);
		assertEquals(List.of(Conflict.Kind.SAME_FEATURE), conflicts.stream().map(Conflict::kind).toList());
		assertEquals("2026-12-31", conflicts.get(0).ours());
		assertEquals("2026-09-30", conflicts.get(0).theirs());
		assertArrayEquals(before, Files.readAllBytes(veka.workTree().resolve(FILE)), "the working file is as it was");
		assertEquals(head, veka.repository().resolve(Constants.HEAD));

		// VEKA takes VLAIO's date and pushes; VLAIO pulls it
		assertNull(veka.push(() -> false, Map.of(conflicts.get(0).id(), Side.THEIRS)));
		assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(model(veka), Klimaatsprong.MONITORING).getPlannedEnd());
		assertEquals(PullResult.Status.FAST_FORWARD, vlaio.pull(() -> false).status());
		assertEquals(LocalDate.of(2026, 9, 30), Klimaatsprong.action(model(vlaio), Klimaatsprong.MONITORING).getPlannedEnd());
	}

	@Test
	void theSameConflictResolvedForOurSide() throws Exception {
		edit(vlaio, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setStatus(ActionStatus.DELAYED));
		vlaio.commit("Monitoring vertraagd");
		vlaio.push(() -> false, Map.of());
		edit(veka, m -> Klimaatsprong.action(m, Klimaatsprong.MONITORING).setStatus(ActionStatus.ONGOING));
		veka.commit("Monitoring loopt");
		PullResult stopped = veka.pull(() -> false);
		Conflict conflict = stopped.conflicts().get(FILE).get(0);
		PullResult merged = veka.pull(() -> false, Map.of(conflict.id(), Side.OURS));
		assertEquals(PullResult.Status.MERGED, merged.status(), merged.message());
		assertEquals(ActionStatus.ONGOING, Klimaatsprong.action(model(veka), Klimaatsprong.MONITORING).getStatus());
		assertValid(model(veka));
	}

	@Test
	void deleteAgainstModifyAndListOrderThroughGit() throws Exception {
		String first = Klimaatsprong.id(Klimaatsprong.action(model(vlaio), Klimaatsprong.LOGISTICS));
		edit(vlaio, m -> org.eclipse.emf.ecore.util.EcoreUtil.delete(Klimaatsprong.action(m, Klimaatsprong.MONITORING), true));
		vlaio.commit("Monitoring-actie geschrapt");
		vlaio.push(() -> false, Map.of());
		edit(veka, m -> {
			Klimaatsprong.action(m, Klimaatsprong.MONITORING).setStatus(ActionStatus.STARTED);
			Klimaatsprong.actions(m).move(Klimaatsprong.actions(m).size() - 1, Klimaatsprong.action(m, Klimaatsprong.LOGISTICS)); // last
		});
		veka.commit("Monitoring gestart; volgorde");
		PullResult stopped = veka.pull(() -> false);
		assertEquals(List.of(Conflict.Kind.DELETE_VS_MODIFY),
				stopped.conflicts().get(FILE).stream().map(Conflict::kind).toList());
		PullResult merged = veka.pull(() -> false, Map.of(stopped.conflicts().get(FILE).get(0).id(), Side.THEIRS));
		assertEquals(PullResult.Status.MERGED, merged.status());
		HelixModel model = model(veka);
		assertTrue(Klimaatsprong.actions(model).stream().noneMatch(a -> Klimaatsprong.MONITORING.equals(a.getName())),
				"their deletion won");
		assertEquals(first, Klimaatsprong.id(Klimaatsprong.actions(model).get(Klimaatsprong.actions(model).size() - 1)),
				"our reordering kept (the logistics roadmap last)");
		assertValid(model);
	}

	@Test
	void aPullNeverOverwritesUnsavedChanges() throws Exception {
		edit(vlaio, m -> Klimaatsprong.action(m, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED));
		vlaio.commit("Eerste actie gestart");
		vlaio.push(() -> false, Map.of());
		byte[] before = Files.readAllBytes(veka.workTree().resolve(FILE));
		PullResult blocked = veka.pull(() -> true);
		assertEquals(PullResult.Status.BLOCKED_BY_UNSAVED_CHANGES, blocked.status());
		assertArrayEquals(before, Files.readAllBytes(veka.workTree().resolve(FILE)));
		assertEquals(PullResult.Status.FAST_FORWARD, veka.pull(() -> false).status(), "after saving, the pull goes");
		assertEquals(ActionStatus.STARTED, Klimaatsprong.action(model(veka), Klimaatsprong.LOGISTICS).getStatus());
	}
}
