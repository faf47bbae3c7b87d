package org.helix.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.helix.diagram.model.description.ColumnMapping;
import org.helix.diagram.model.description.CrossTableDescription;
import org.helix.diagram.model.description.DescriptionFactory;
import org.helix.diagram.model.description.SetValue;
import org.helix.diagram.model.description.TableDescription;
import org.helix.diagram.table.DeclaredCrossTable;
import org.helix.diagram.table.DeclaredTable;
import org.helix.diagram.viewpoint.ViewpointRegistry;
import org.helix.diagram.viewpoints.RagRatings;
import org.helix.model.ecosystem.Organisation;
import org.helix.model.governance.GovernanceBody;
import org.helix.model.governance.Membership;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.Objective;
import org.helix.model.programme.ObjectiveHorizon;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;
import org.helix.model.programme.ProgrammePackage;
import org.helix.monitoring.RagRollUp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped table specifications (viewpoints/tables.helix-viewpoint of org.helix.diagram.viewpoints, contributed
 * through org.helix.diagram.viewpoints like any third party's) evaluated on the Klimaatsprong example without any UI:
 * lines, known cells from the seed, colours, sorting and filtering, and edits as one undoable command.
 */
class DeclaredTablesTest {

	/** A fixed day for the RAG, as in DiagramFunctionsTest: the expected progress changes every day. */
	private static final LocalDate DAY = LocalDate.of(2026, 7, 1);

	@TempDir
	Path folder;

	private DiagramFixture fixture;
	private Programme programme;
	private CommandStack stack;

	@BeforeAll
	static void fixTheDate() {
		System.setProperty(RagRatings.DATE_PROPERTY, DAY.toString());
	}

	@AfterAll
	static void releaseTheDate() {
		System.clearProperty(RagRatings.DATE_PROPERTY);
	}

	@BeforeEach
	void open() throws Exception {
		fixture = new DiagramFixture(folder);
		programme = fixture.model.getProgrammes().stream()
				.max(java.util.Comparator.comparingInt(p -> p.getActions().size())).orElseThrow();
		stack = fixture.domain.getCommandStack();
	}

	private static TableDescription fiches() {
		assertTrue(ViewpointRegistry.getDefault().problems().isEmpty(), ViewpointRegistry.getDefault().problems().toString());
		return assertInstanceOf(TableDescription.class, ViewpointRegistry.getDefault().table("org.helix.programme.fiches"));
	}

	private static CrossTableDescription crossTable(String id) {
		return assertInstanceOf(CrossTableDescription.class, ViewpointRegistry.getDefault().table(id));
	}

	@Test
	void theActionFichesTableListsTheEighteenActionsWithTheirCells() {
		DeclaredTable table = new DeclaredTable(fiches(), programme);
		List<EObject> lines = table.lines();
		assertEquals(18, lines.size(), "the note's 18 priority actions");
		assertEquals(programme.getActions(), lines, "in the programme's order");
		assertEquals(List.of("Code", "Title", "Dimension", "Status", "Lead", "Priority years", "Deliverables", "Planned",
				"Committed", "Spent", "Planned start", "Planned end", "% complete", "RAG"),
				table.columns().stream().map(ColumnMapping::getLabel).toList());
		assertEquals(List.of("plannedStart", "plannedEnd", "percentComplete"),
				table.columns().stream().filter(c -> !c.isVisibleByDefault()).map(ColumnMapping::getId).toList());

		PriorityAction monitoring = programme.getActions().stream()
				.filter(a -> a.getName().contains("monitoren van de voortgang")).findFirst().orElseThrow();
		assertEquals(monitoring.getName(), table.text(monitoring, table.column("title")));
		assertEquals(String.valueOf(monitoring.getDeliverables().size()), table.text(monitoring, table.column("deliverables")));
		assertEquals(monitoring.getLead() == null ? "" : monitoring.getLead().getName(), table.text(monitoring, table.column("lead")));

		// the filter looks through every column: one action is about monitoring progress
		List<EObject> found = lines.stream().filter(line -> table.matches(line, table.columns(), "monitoren")).toList();
		assertEquals(List.of(monitoring), found);

		// deliverable counts sort as numbers; descending keeps them descending
		List<Integer> counts = table.sorted(lines, table.column("deliverables"), false).stream()
				.map(line -> ((PriorityAction) line).getDeliverables().size()).toList();
		List<Integer> ascending = new ArrayList<>(counts);
		ascending.sort(null);
		assertEquals(ascending, counts);
		assertTrue(counts.get(0) < counts.get(counts.size() - 1), "the example's actions differ in deliverables: " + counts);
		List<Integer> descending = table.sorted(lines, table.column("deliverables"), true).stream()
				.map(line -> ((PriorityAction) line).getDeliverables().size()).toList();
		assertEquals(ascending.reversed(), descending);
		assertTrue(table.problems().isEmpty(), table.problems().toString());
	}

	/**
	 * The example reports no progress, so every action reads "No data" on a grey cell; three actions running through
	 * 2026 then report 45 %, 40 % and 0 % on 1 July (as in DiagramFunctionsTest) and read Green, Amber and Red in
	 * their colours, the same as the monitoring RAG rule (RagRollUp).
	 */
	@Test
	void theRagColumnIsColouredByTheStatusProvidersRag() {
		DeclaredTable table = new DeclaredTable(fiches(), programme);
		ColumnMapping rag = table.column("rag");
		for (EObject line : table.lines()) {
			assertEquals("No data", table.text(line, rag));
			assertEquals("#e4e4e4", table.background(line, rag));
		}
		List<PriorityAction> throughTheYear = RagRollUp.of(programme, DAY).actions().values().stream()
				.filter(r -> r.computed() == null && LocalDate.of(2026, 12, 31).equals(r.end())
						&& LocalDate.of(2026, 1, 1).equals(r.start()))
				.map(r -> r.action()).toList();
		assertTrue(throughTheYear.size() >= 3, throughTheYear.toString());
		PriorityAction onTrack = throughTheYear.get(0), behind = throughTheYear.get(1), stuck = throughTheYear.get(2);
		CompoundCommand progress = new CompoundCommand("Report progress");
		progress.append(SetCommand.create(fixture.domain, onTrack, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 45.0));
		progress.append(SetCommand.create(fixture.domain, behind, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 40.0));
		progress.append(SetCommand.create(fixture.domain, stuck, ProgrammePackage.Literals.PRIORITY_ACTION__PERCENT_COMPLETE, 0.0));
		stack.execute(progress);
		RagRollUp rollUp = RagRollUp.of(programme, DAY);
		assertEquals("GREEN", rollUp.rag(onTrack).name());
		assertEquals("AMBER", rollUp.rag(behind).name());
		assertEquals("RED", rollUp.rag(stuck).name());
		assertEquals("Green", table.text(onTrack, rag));
		assertEquals("#d4f0d7", table.background(onTrack, rag));
		assertEquals("Amber", table.text(behind, rag));
		assertEquals("#ffecbe", table.background(behind, rag));
		assertEquals("Red", table.text(stuck, rag));
		assertEquals("#fad2d2", table.background(stuck, rag));
		assertEquals("#c81e1e", table.foreground(stuck, rag));
		// sorted by RAG: green, amber, red, then the unrated ones
		List<EObject> byRag = table.sorted(table.lines(), rag, false);
		assertEquals(List.of(onTrack, behind, stuck), byRag.subList(0, 3));
		assertEquals(List.of(stuck, behind, onTrack), table.sorted(table.lines(), rag, true).subList(0, 3),
				"descending: red first, the unrated still last");
	}

	@Test
	void aCellEditIsOneUndoableCommand() {
		DeclaredTable table = new DeclaredTable(fiches(), programme);
		PriorityAction action = programme.getActions().get(0);
		String title = action.getName();
		ActionStatus status = action.getStatus();

		assertTrue(table.editable(table.column("title")));
		assertFalse(table.editable(table.column("lead")), "no editor declared");
		Command rename = table.editCommand(fixture.domain, action, table.column("title"), "Aangepaste titel");
		assertTrue(rename.canExecute());
		stack.execute(rename);
		assertEquals("Aangepaste titel", action.getName());
		assertEquals("Aangepaste titel", table.text(action, table.column("title")));
		assertEquals("Edit Title", stack.getUndoCommand().getLabel(), "one command on the stack");
		stack.undo();
		assertEquals(title, action.getName());
		assertFalse(stack.canUndo(), "nothing else was on the stack");

		// the status is a choice among the enum's literals, shown as EMF.Edit names them
		List<Object> choices = table.choices(action, table.column("status"));
		assertEquals(ActionStatus.VALUES, choices);
		assertTrue(choices.stream().map(DeclaredTable::text).toList().contains("Not started"));
		ActionStatus other = status == ActionStatus.DELAYED ? ActionStatus.ONGOING : ActionStatus.DELAYED;
		stack.execute(table.editCommand(fixture.domain, action, table.column("status"), other));
		assertEquals(other, action.getStatus());
		stack.undo();
		assertEquals(status, action.getStatus());

		// text is converted to the feature's type; a value that is none is refused with the reason, nothing changes
		stack.execute(table.editCommand(fixture.domain, action, table.column("status"), "Delayed"));
		assertEquals(ActionStatus.DELAYED, action.getStatus());
		stack.undo();
		Command wrong = table.editCommand(fixture.domain, action, table.column("status"), "Sleeping");
		assertFalse(wrong.canExecute());
		assertTrue(wrong.getDescription().contains("'Sleeping' is not a value of ActionStatus"), wrong.getDescription());
		assertEquals(status, action.getStatus());
	}

	@Test
	void theTraceabilityMatrixShowsAndTogglesLinksAsOneCommand() {
		DeclaredCrossTable matrix = new DeclaredCrossTable(crossTable("org.helix.programme.traceability.actions"), programme);
		List<EObject> lines = matrix.lines();
		assertEquals(programme.getActions(), lines, "one line per priority action");
		List<EObject> columns = matrix.columns(lines);
		List<Objective> operational = new ArrayList<>();
		fixture.resource.getAllContents().forEachRemaining(o -> {
			if (o instanceof Objective objective && objective.getHorizon() == ObjectiveHorizon.SHORT_TERM_OPERATIONAL) {
				operational.add(objective);
			}
		});
		assertFalse(operational.isEmpty());
		assertEquals(operational, columns, "the operational objectives, in model order");
		int links = 0;
		for (EObject line : lines) {
			for (EObject column : columns) {
				boolean linked = ((PriorityAction) line).getObjectives().contains(column);
				assertEquals(linked ? DeclaredCrossTable.CHECKED : "", matrix.cell(line, column));
				assertEquals(linked ? "1" : "", matrix.export(line, column));
				links += linked ? 1 : 0;
			}
		}
		assertEquals(programme.getActions().stream().mapToLong(a -> a.getObjectives().stream().filter(operational::contains).count()).sum(),
				links, "one check mark per link");

		PriorityAction action = (PriorityAction) lines.get(0);
		Objective objective = (Objective) columns.get(0);
		boolean linked = action.getObjectives().contains(objective);
		Command toggle = matrix.cellCommand(fixture.domain, action, objective);
		stack.execute(toggle);
		assertEquals(!linked, action.getObjectives().contains(objective));
		assertEquals(linked ? "" : DeclaredCrossTable.CHECKED, matrix.cell(action, objective));
		assertEquals("Link or unlink", stack.getUndoCommand().getLabel());
		stack.undo();
		assertEquals(linked, action.getObjectives().contains(objective));
		assertFalse(stack.canUndo());
		stack.redo();
		assertEquals(!linked, action.getObjectives().contains(objective));

		DeclaredCrossTable objectives = new DeclaredCrossTable(crossTable("org.helix.programme.traceability.objectives"), programme);
		assertEquals(operational, objectives.lines(), "operational objectives as lines");
		List<EObject> longTerm = objectives.columns(objectives.lines());
		assertFalse(longTerm.isEmpty());
		for (EObject line : operational) {
			for (EObject column : longTerm) {
				assertEquals(((Objective) line).getContributesTo().contains(column) ? DeclaredCrossTable.CHECKED : "", objectives.cell(line, column));
			}
		}
		assertTrue(objectives.columns(objectives.lines()).stream()
				.allMatch(o -> ((Objective) o).getHorizon() == ObjectiveHorizon.LONG_TERM));
		assertTrue(matrix.problems().isEmpty() && objectives.problems().isEmpty(), matrix.problems() + " " + objectives.problems());
	}

	@Test
	void theMembershipMatrixShowsRolesColouredByHelix() {
		DeclaredCrossTable matrix = new DeclaredCrossTable(crossTable("org.helix.governance.memberships"), fixture.model);
		List<EObject> bodies = matrix.lines();
		List<GovernanceBody> withMembers = new ArrayList<>();
		fixture.resource.getAllContents().forEachRemaining(o -> {
			if (o instanceof GovernanceBody body && !body.getMemberships().isEmpty()) {
				withMembers.add(body);
			}
		});
		assertEquals(withMembers, bodies);
		List<EObject> organisations = matrix.columns(bodies);
		assertEquals(withMembers.stream().flatMap(b -> b.getMemberships().stream()).map(Membership::getOrganisation)
				.filter(o -> o != null).distinct().count(), organisations.size(), "each member organisation once");

		// the seed: the Vlaamse Regering (government) is a member of the permanent overlegorgaan
		GovernanceBody council = withMembers.stream().filter(b -> "permanent overlegorgaan".equals(b.getName())).findFirst().orElseThrow();
		Organisation regering = (Organisation) organisations.stream().filter(o -> "Vlaamse Regering".equals(((Organisation) o).getName()))
				.findFirst().orElseThrow();
		assertEquals("Member", matrix.cell(council, regering));
		assertEquals("#c6dbef", matrix.background(council, regering), "government blue");
		assertEquals("Governance body", matrix.description().getLineHeader());
		// an organisation that does not sit in a body: an empty, uncoloured cell
		GovernanceBody other = withMembers.stream().filter(b -> b.getMemberships().stream().noneMatch(m -> m.getOrganisation() == regering))
				.findFirst().orElseThrow();
		assertEquals("", matrix.cell(other, regering));
		assertNull(matrix.background(other, regering));
		assertFalse(matrix.hasCellTool(), "read-only");
		// columns ordered by their header (abbreviation, else name), ignoring case
		List<String> headers = organisations.stream().map(matrix::columnHeader).toList();
		List<String> sorted = new ArrayList<>(headers);
		sorted.sort(String.CASE_INSENSITIVE_ORDER);
		assertEquals(sorted, headers);
		assertTrue(matrix.problems().isEmpty(), matrix.problems().toString());
	}

	/** A bad expression in a table written by a third party is reported, not thrown; a bad operation is refused. */
	@Test
	void problemsAreReportedNotThrown() {
		TableDescription broken = EcoreUtil.copy(fiches());
		broken.getColumns().get(1).setLabelExpression("nmae");
		SetValue set = (SetValue) broken.getColumns().get(1).getCellEditor().getOperations().get(0);
		set.setFeatureName("titel");
		DeclaredTable table = new DeclaredTable(broken, programme);
		PriorityAction action = programme.getActions().get(0);
		assertEquals("", table.text(action, broken.getColumns().get(1)));
		assertTrue(table.problems().stream().anyMatch(p -> p.contains("unknown feature 'nmae' on PriorityAction")), table.problems().toString());
		Command edit = table.editCommand(fixture.domain, action, broken.getColumns().get(1), "x");
		assertFalse(edit.canExecute());
		assertTrue(edit.getDescription().contains("no changeable feature 'titel' on PriorityAction"), edit.getDescription());

		ColumnMapping plain = DescriptionFactory.eINSTANCE.createColumnMapping();
		plain.setId("name");
		assertEquals(action.getName(), table.text(action, plain), "no label expression: the feature named by the id");
	}
}
