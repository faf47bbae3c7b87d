package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Note;
import org.helix.model.core.CoreFactory;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.team.diff.Change;
import org.helix.team.diff.ModelDiff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic diff on two versions of the Klimaatsprong example (seed 001). */
class ModelDiffTest {

	@TempDir
	Path folder;

	HelixModel before;
	HelixModel after;

	@BeforeEach
	void load() throws Exception {
		Path file = Klimaatsprong.write(folder.resolve("klimaatsprong.helix"));
		before = Klimaatsprong.load(file);
		after = Klimaatsprong.load(file);
		Klimaatsprong.action(before, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 7, 1));
		Klimaatsprong.action(after, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 7, 1));
	}

	@Test
	void twoLoadsOfTheSameFileDoNotDiffer() {
		assertEquals(List.of(), ModelDiff.compare(before, after));
	}

	@Test
	void aDeadlineMovedIsOneReadableChange() {
		Klimaatsprong.action(after, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
		List<Change> changes = ModelDiff.compare(before, after);
		assertEquals(1, changes.size(), changes.toString());
		Change change = changes.get(0);
		assertEquals(Change.Kind.CHANGED, change.kind());
		assertEquals(Klimaatsprong.id(Klimaatsprong.action(after, Klimaatsprong.MONITORING)), change.id());
		assertEquals("planned end", change.feature());
		assertTrue(change.toText().endsWith("› Priority action '" + Klimaatsprong.MONITORING
				+ "' › planned end: 2026-07-01 → 2026-09-30"), change.toText());
	}

	@Test
	void addedRemovedMovedAndReorderedElementsAreReportedOnce() {
		Programme programme = Klimaatsprong.programme(after);
		PriorityAction first = programme.getActions().get(0);
		PriorityAction second = programme.getActions().get(1);
		// reorder: the second action first
		programme.getActions().move(0, 1);
		// move: the last action to the predecessor programme
		PriorityAction last = programme.getActions().get(programme.getActions().size() - 1);
		Klimaatsprong.predecessor(after).getActions().add(last);
		// add: an organisation with a note inside it (reported once, with its contents)
		Organisation fluxys = EcosystemFactory.eINSTANCE.createOrganisation();
		fluxys.setId("test-fluxys");
		fluxys.setName("Fluxys Belgium");
		Note note = CoreFactory.eINSTANCE.createNote();
		note.setId("test-fluxys-note");
		fluxys.getNotes().add(note);
		after.getActors().add(fluxys);
		// remove: the second action's first source citation
		org.eclipse.emf.ecore.EObject victim = second.getCitations().get(0);
		String removedId = Klimaatsprong.id(victim);
		EcoreUtil.remove(victim);

		List<Change> changes = ModelDiff.compare(before, after);
		assertEquals(List.of(Change.Kind.REORDERED, Change.Kind.ADDED, Change.Kind.MOVED, Change.Kind.REMOVED),
				changes.stream().map(Change::kind).distinct().sorted((a, b) -> order(a) - order(b)).toList(), changes.toString());
		assertEquals(1, changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).count(), changes.toString());
		Change added = changes.stream().filter(c -> c.kind() == Change.Kind.ADDED).findFirst().orElseThrow();
		assertEquals("test-fluxys", added.id());
		assertEquals("+ Organisation 'Fluxys Belgium' (actors)", added.toText());
		Change moved = changes.stream().filter(c -> c.kind() == Change.Kind.MOVED).findFirst().orElseThrow();
		assertEquals(Klimaatsprong.id(last), moved.id());
		assertTrue(moved.oldValue().endsWith("› actions") && moved.newValue().endsWith("› actions")
				&& !moved.oldValue().equals(moved.newValue()), moved.toText());
		Change removedChange = changes.stream().filter(c -> c.kind() == Change.Kind.REMOVED).findFirst().orElseThrow();
		assertEquals(removedId, removedChange.id());
		Change reordered = changes.stream().filter(c -> c.kind() == Change.Kind.REORDERED).findFirst().orElseThrow();
		assertEquals(Klimaatsprong.id(programme), reordered.id());
		assertEquals("actions", reordered.feature());
		assertTrue(reordered.newValue().startsWith("[Priority action '" + second.getName() + "', Priority action '"
				+ first.getName() + "'"), reordered.newValue());
	}

	private static int order(Change.Kind kind) {
		return List.of(Change.Kind.REORDERED, Change.Kind.ADDED, Change.Kind.MOVED, Change.Kind.REMOVED, Change.Kind.CHANGED).indexOf(kind);
	}
}
