package org.helix.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.persistence.HelixPersistence;
import org.helix.core.validation.HelixProblem;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Note;
import org.helix.model.ecosystem.EcosystemFactory;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.Recommendation;
import org.helix.team.merge.Conflict;
import org.helix.team.merge.MergeFiles;
import org.helix.team.merge.MergeResult;
import org.helix.team.merge.ModelMerge;
import org.helix.team.merge.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three-way merge on the Klimaatsprong example (seed 001): two coordinators edit copies of the same version.
 */
class ModelMergeTest {

	@TempDir
	Path folder;

	HelixModel base;
	HelixModel ours;
	HelixModel theirs;
	PriorityAction monitoring;

	@BeforeEach
	void load() throws Exception {
		Path file = Klimaatsprong.write(folder.resolve("klimaatsprong.helix"));
		base = Klimaatsprong.load(file);
		ours = Klimaatsprong.load(file);
		theirs = Klimaatsprong.load(file);
		monitoring = Klimaatsprong.action(base, Klimaatsprong.MONITORING);
	}

	private MergeResult merge(Map<String, Side> resolutions) {
		return ModelMerge.merge(base, ours, theirs, resolutions);
	}

	private static HelixModel merged(MergeResult result) {
		return (HelixModel) result.merged();
	}

	private static PriorityAction byId(HelixModel model, String id) {
		return (PriorityAction) find(model, id);
	}

	private static EObject find(HelixModel model, String id) {
		for (var it = model.eAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (id.equals(EcoreUtil.getID(element))) {
				return element;
			}
		}
		return null;
	}

	private static void assertValid(MergeResult result) {
		List<HelixProblem> errors = result.problems().stream().filter(HelixProblem::isError).toList();
		assertEquals(List.of(), errors, "the merged model validates");
	}

	@Test
	void editsOfDifferentActionsMergeCleanly() {
		PriorityAction first = Klimaatsprong.action(ours, Klimaatsprong.LOGISTICS);
		first.setPlannedEnd(LocalDate.of(2027, 3, 31));
		PriorityAction other = Klimaatsprong.action(theirs, Klimaatsprong.MONITORING);
		other.setStatus(ActionStatus.STARTED);
		other.setPercentComplete(10.0);

		MergeResult result = merge(Map.of());

		assertTrue(result.isClean(), result.conflicts().toString());
		assertEquals(List.of(), result.conflicts());
		assertEquals(LocalDate.of(2027, 3, 31), byId(merged(result), Klimaatsprong.id(first)).getPlannedEnd());
		PriorityAction merged = byId(merged(result), Klimaatsprong.id(monitoring));
		assertEquals(ActionStatus.STARTED, merged.getStatus());
		assertEquals(10.0, merged.getPercentComplete());
		// nothing else changed: the merge equals ours plus their two edits
		assertEquals(List.of(), org.helix.team.diff.ModelDiff.compare(theirsWith(first), merged(result)));
		assertValid(result);
	}

	/** Their model with our edit of {@code first} applied by hand: what the merge must produce. */
	private HelixModel theirsWith(PriorityAction first) {
		byId(theirs, Klimaatsprong.id(first)).setPlannedEnd(first.getPlannedEnd());
		return theirs;
	}

	@Test
	void theSameFieldChangedAlikeOnBothSidesIsNoConflict() {
		Klimaatsprong.action(ours, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
		MergeResult result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		assertEquals(LocalDate.of(2026, 9, 30), byId(merged(result), Klimaatsprong.id(monitoring)).getPlannedEnd());
	}

	@Test
	void theSameFieldChangedDifferentlyIsAConflictResolvedEitherWay() {
		Klimaatsprong.action(ours, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 9, 30));
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2026, 12, 31));
		Klimaatsprong.action(theirs, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.ONGOING); // not in conflict: applied either way

		MergeResult open = merge(Map.of());
		assertEquals(1, open.conflicts().size(), open.conflicts().toString());
		Conflict conflict = open.conflicts().get(0);
		assertEquals(Conflict.Kind.SAME_FEATURE, conflict.kind());
		assertEquals("SAME_FEATURE:" + Klimaatsprong.id(monitoring) + ":plannedEnd", conflict.id());
		assertEquals("planned end", conflict.feature());
		assertEquals("(none)", conflict.base());
		assertEquals("2026-09-30", conflict.ours());
		assertEquals("2026-12-31", conflict.theirs());
		assertFalse(open.isClean());

		MergeResult mine = merge(Map.of(conflict.id(), Side.OURS));
		assertTrue(mine.isClean());
		assertEquals(LocalDate.of(2026, 9, 30), byId(merged(mine), Klimaatsprong.id(monitoring)).getPlannedEnd());
		assertEquals(ActionStatus.ONGOING, Klimaatsprong.action(merged(mine), Klimaatsprong.LOGISTICS).getStatus());

		MergeResult their = merge(Map.of(conflict.id(), Side.THEIRS));
		assertTrue(their.isClean());
		assertEquals(LocalDate.of(2026, 12, 31), byId(merged(their), Klimaatsprong.id(monitoring)).getPlannedEnd());
		assertEquals(ActionStatus.ONGOING, Klimaatsprong.action(merged(their), Klimaatsprong.LOGISTICS).getStatus());
		assertValid(their);
	}

	@Test
	void deletingAnActionTheOtherSideChangedIsAConflict() {
		String id = Klimaatsprong.id(monitoring);
		EcoreUtil.delete(Klimaatsprong.action(ours, Klimaatsprong.MONITORING), true);
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setStatus(ActionStatus.DELAYED);

		MergeResult open = merge(Map.of());
		assertEquals(1, open.conflicts().size(), open.conflicts().toString());
		Conflict conflict = open.conflicts().get(0);
		assertEquals(Conflict.Kind.DELETE_VS_MODIFY, conflict.kind());
		assertEquals(id, conflict.elementId());
		assertEquals("deleted", conflict.ours());
		assertEquals("changed", conflict.theirs());
		assertNull(find(merged(open), id), "ours (the deletion) decides until resolved");

		MergeResult kept = merge(Map.of(conflict.id(), Side.THEIRS));
		PriorityAction restored = byId(merged(kept), id);
		assertNotNull(restored);
		assertEquals(ActionStatus.DELAYED, restored.getStatus());
		assertEquals(monitoring.getCitations().size(), restored.getCitations().size(), "restored with its contents");
		assertValid(kept);
	}

	@Test
	void aChangeInsideADeletedActionIsAConflictToo() {
		String id = Klimaatsprong.id(monitoring);
		EcoreUtil.delete(Klimaatsprong.action(theirs, Klimaatsprong.MONITORING), true);
		Klimaatsprong.action(ours, Klimaatsprong.MONITORING).getCitations().get(0).setQuote("p. 12: monitoring via het Moonshot-dashboard");

		MergeResult result = merge(Map.of("DELETE_VS_MODIFY:" + id, Side.THEIRS));
		assertEquals(List.of(Conflict.Kind.DELETE_VS_MODIFY), result.conflicts().stream().map(Conflict::kind).toList());
		assertNull(find(merged(result), id), "their deletion won: the action and its citations are gone");
		assertValid(result);
	}

	@Test
	void aDeletionNobodyElseTouchedIsApplied() {
		String id = Klimaatsprong.id(monitoring);
		EcoreUtil.delete(Klimaatsprong.action(theirs, Klimaatsprong.MONITORING), true);
		Klimaatsprong.action(ours, Klimaatsprong.LOGISTICS).setStatus(ActionStatus.STARTED);
		MergeResult result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		assertNull(find(merged(result), id));
		assertEquals(ActionStatus.STARTED, Klimaatsprong.action(merged(result), Klimaatsprong.LOGISTICS).getStatus());
		assertEquals(Klimaatsprong.actions(base).size() - 1, Klimaatsprong.actions(merged(result)).size());
	}

	@Test
	void referringToAnElementTheOtherSideDeletedIsAConflict() {
		String current = monitoring.getLead() == null ? "" : Klimaatsprong.id(monitoring.getLead());
		Organisation lead = (Organisation) ours.getActors().stream().filter(Organisation.class::isInstance)
				.filter(o -> !Klimaatsprong.id(o).equals(current)).findFirst().orElseThrow();
		String leadId = Klimaatsprong.id(lead);
		EcoreUtil.delete(lead, true);
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setLead((Organisation) find(theirs, leadId));

		MergeResult deleted = merge(Map.of());
		assertEquals(List.of("DELETE_VS_MODIFY:" + leadId), deleted.conflicts().stream().map(Conflict::id).toList());
		assertNull(find(merged(deleted), leadId));
		assertNull(byId(merged(deleted), Klimaatsprong.id(monitoring)).getLead(), "no dangling reference");

		MergeResult kept = merge(Map.of("DELETE_VS_MODIFY:" + leadId, Side.THEIRS));
		assertEquals(leadId, Klimaatsprong.id(byId(merged(kept), Klimaatsprong.id(monitoring)).getLead()));
	}

	@Test
	void movesMergeAndTwoDifferentMovesConflict() {
		// a coordinator's note on the monitoring action
		Note note = org.helix.model.core.CoreFactory.eINSTANCE.createNote();
		note.setId("note-monitoring");
		note.setText("Te bespreken in de klankbordgroep");
		Klimaatsprong.action(base, Klimaatsprong.MONITORING).getNotes().add(note);
		for (HelixModel side : List.of(ours, theirs)) {
			Klimaatsprong.action(side, Klimaatsprong.MONITORING).getNotes().add(EcoreUtil.copy(note));
		}
		// ours moves it to the first action, theirs edits its text: both apply
		Klimaatsprong.action(ours, Klimaatsprong.LOGISTICS).getNotes().add((Note) find(ours, "note-monitoring"));
		((Note) find(theirs, "note-monitoring")).setText("Besproken op 2026-03-12");
		MergeResult clean = merge(Map.of());
		assertEquals(List.of(), clean.conflicts());
		Note merged = (Note) find(merged(clean), "note-monitoring");
		assertEquals("Besproken op 2026-03-12", merged.getText());
		assertEquals(Klimaatsprong.id(Klimaatsprong.action(base, Klimaatsprong.LOGISTICS)), Klimaatsprong.id(merged.eContainer()));

		// theirs moves it to the second action instead: move against move
		Klimaatsprong.actions(theirs).get(1).getNotes().add((Note) find(theirs, "note-monitoring"));
		MergeResult open = merge(Map.of());
		assertEquals(List.of(Conflict.Kind.MOVE_VS_MOVE), open.conflicts().stream().map(Conflict::kind).toList());
		MergeResult their = merge(Map.of(open.conflicts().get(0).id(), Side.THEIRS));
		assertEquals(Klimaatsprong.id(Klimaatsprong.actions(base).get(1)),
				Klimaatsprong.id(find(merged(their), "note-monitoring").eContainer()));
		assertValid(their);
	}

	@Test
	void anActionMovedToAnotherProgrammeKeepsTheOtherSidesEdits() {
		PriorityAction mine = Klimaatsprong.action(ours, Klimaatsprong.MONITORING);
		Klimaatsprong.predecessor(ours).getActions().add(mine);
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setPlannedEnd(LocalDate.of(2025, 12, 31));
		MergeResult result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		PriorityAction moved = byId(merged(result), Klimaatsprong.id(monitoring));
		assertEquals(Klimaatsprong.id(Klimaatsprong.predecessor(base)), Klimaatsprong.id(moved.eContainer()));
		assertEquals(LocalDate.of(2025, 12, 31), moved.getPlannedEnd());
	}

	@Test
	void listOrderMergesAndTwoDifferentReorderingsConflict() {
		List<String> baseOrder = Klimaatsprong.actions(base).stream().map(Klimaatsprong::id).toList();
		// ours puts the last action first; theirs adds a new action after the third
		Klimaatsprong.actions(ours).move(0, Klimaatsprong.actions(ours).size() - 1);
		PriorityAction added = ProgrammeFactory.eINSTANCE.createPriorityAction();
		added.setId("action-new");
		added.setName("Opvolging waterstofnetwerk");
		Klimaatsprong.actions(theirs).add(3, added);
		MergeResult clean = merge(Map.of());
		assertEquals(List.of(), clean.conflicts());
		List<String> order = Klimaatsprong.actions(merged(clean)).stream().map(Klimaatsprong::id).toList();
		assertEquals(baseOrder.get(baseOrder.size() - 1), order.get(0), "our reordering");
		assertEquals(order.indexOf(baseOrder.get(2)) + 1, order.indexOf("action-new"), "their addition after its predecessor");
		assertEquals(baseOrder.size() + 1, order.size());

		// theirs also swaps the first two: both reordered, differently
		Klimaatsprong.actions(theirs).move(0, 1);
		MergeResult open = merge(Map.of());
		assertEquals(List.of(Conflict.Kind.ORDER), open.conflicts().stream().map(Conflict::kind).toList());
		assertEquals("actions", open.conflicts().get(0).feature());
		MergeResult their = merge(Map.of(open.conflicts().get(0).id(), Side.THEIRS));
		List<String> theirOrder = Klimaatsprong.actions(merged(their)).stream().map(Klimaatsprong::id).toList();
		assertEquals(Klimaatsprong.actions(theirs).stream().map(Klimaatsprong::id).toList(), theirOrder);
	}

	@Test
	void linksAddedOnBothSidesOfABidirectionalListAreAllKept() {
		// two recommendations the monitoring action does not follow up yet
		List<String> linkedBefore = monitoring.getRecommendations().stream().map(Klimaatsprong::id).toList();
		List<String> candidates = Klimaatsprong.programme(base).getRecommendations().stream().map(Klimaatsprong::id)
				.filter(id -> !linkedBefore.contains(id)).limit(2).toList();
		Recommendation first = (Recommendation) find(ours, candidates.get(0));
		Recommendation second = (Recommendation) find(theirs, candidates.get(1));
		PriorityAction a = Klimaatsprong.action(ours, Klimaatsprong.MONITORING);
		PriorityAction b = Klimaatsprong.action(theirs, Klimaatsprong.MONITORING);
		int before = monitoring.getRecommendations().size();
		a.getRecommendations().add(first);
		b.getRecommendations().add(second);
		MergeResult result = merge(Map.of());
		assertEquals(List.of(), result.conflicts());
		List<String> linked = byId(merged(result), Klimaatsprong.id(monitoring)).getRecommendations().stream()
				.map(Klimaatsprong::id).toList();
		assertEquals(before + 2, linked.size(), linked.toString());
		assertTrue(linked.containsAll(List.of(Klimaatsprong.id(first), Klimaatsprong.id(second))));
		assertTrue(((Recommendation) find(merged(result), Klimaatsprong.id(first))).getActions().stream()
				.anyMatch(action -> Klimaatsprong.id(action).equals(Klimaatsprong.id(monitoring))), "the opposite end follows");
	}

	@Test
	void theMergedFileLoadsValidatesAndEqualsTheMergedModel() throws Exception {
		Klimaatsprong.action(ours, Klimaatsprong.LOGISTICS).setPlannedEnd(LocalDate.of(2027, 3, 31));
		Klimaatsprong.action(theirs, Klimaatsprong.MONITORING).setStatus(ActionStatus.STARTED);
		Organisation fluxys = EcosystemFactory.eINSTANCE.createOrganisation();
		fluxys.setName("Fluxys Belgium");
		theirs.getActors().add(fluxys);
		MergeResult result = merge(Map.of());
		Path target = folder.resolve("merged.helix");
		MergeFiles.write(merged(result), target);
		HelixModel reloaded = HelixPersistence.load(target);
		assertEquals(List.of(), org.helix.team.diff.ModelDiff.compare(merged(result), reloaded));
		assertEquals(List.of(), org.helix.core.validation.HelixValidation.validate(reloaded).stream()
				.filter(HelixProblem::isError).toList());
		assertEquals(List.of("klimaatsprong.helix", "merged.helix"), fileNames(), "no temporary file or backup left");
	}

	@Test
	void aMergeThatCannotBeWrittenLeavesTheTargetAsItWas() throws Exception {
		Path target = folder.resolve("klimaatsprong.helix");
		byte[] before = Files.readAllBytes(target);
		HelixModel broken = merged(merge(Map.of()));
		// a lead outside the model cannot be saved (a dangling reference): the write must fail before the rename
		Organisation outside = EcosystemFactory.eINSTANCE.createOrganisation();
		outside.setName("Not in the model");
		Klimaatsprong.action(broken, Klimaatsprong.LOGISTICS).setLead(outside);
		assertThrows(IOException.class, () -> MergeFiles.write(broken, target));
		assertArrayEquals(before, Files.readAllBytes(target));
		assertEquals(List.of("klimaatsprong.helix"), fileNames(), "no temporary file left");
	}

	private List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
