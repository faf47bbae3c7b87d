package org.helix.team.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.helix.model.core.HelixModel;
import org.helix.team.git.PullResult;
import org.helix.team.git.TeamRepository;
import org.helix.team.merge.Conflict;
import org.helix.team.merge.MergeResult;
import org.helix.team.merge.ModelMerge;
import org.helix.team.merge.Side;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The conflicts a pull stopped at, per model: for each, mine, theirs, or edit (mine now, then the element is shown in
 * the editor to be edited by hand). <em>Apply</em> merges base, mine (our last commit) and theirs (the remote's) with
 * these choices and puts the result into the model editor as <strong>one</strong> command: Undo takes it back, and
 * nothing is written until the user saves. The next Commit records the merge (see {@link TeamOperations#commit}).
 */
public class MergeView extends ViewPart {

	public static final String APPLY = "Apply to Editor";

	/** What the user chose for a conflict. */
	public enum Choice {
		MINE, THEIRS, EDIT;

		Side side() {
			return this == THEIRS ? Side.THEIRS : Side.OURS;
		}
	}

	/** One row: a conflict of the model at {@code path} (in the repository). */
	public record Row(String path, Conflict conflict) {
	}

	private Label title;
	private TableViewer table;
	private Button apply;
	private IProject project;
	private List<Row> rows = List.of();
	private final Map<String, Choice> choices = new HashMap<>();
	private volatile boolean computing;

	/** Opens the view on the conflicts of {@code result} (a pull that stopped with conflicts). */
	public static void show(IProject project, PullResult result) {
		if (TeamOperations.showView(TeamUI.MERGE_VIEW) instanceof MergeView view) {
			view.setConflicts(project, result.conflicts());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		title = new Label(root, SWT.WRAP);
		title.setText("No conflicts. A pull that finds conflicting changes lists them here.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		table = new TableViewer(root, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		column("Conflict", 150, row -> row.conflict().kind().name());
		column("Where", 640, row -> row.conflict().path() + (row.conflict().feature() == null ? "" : " › " + row.conflict().feature()));
		column("Base", 110, row -> row.conflict().base());
		column("Mine", 110, row -> row.conflict().ours());
		column("Theirs", 110, row -> row.conflict().theirs());
		column("Choice", 90, row -> choices.containsKey(row.conflict().id()) ? choices.get(row.conflict().id()).name().toLowerCase() : "—");

		Composite buttons = new Composite(root, SWT.NONE);
		buttons.setLayout(new RowLayout());
		button(buttons, "Mine", () -> choose(Choice.MINE));
		button(buttons, "Theirs", () -> choose(Choice.THEIRS));
		button(buttons, "Edit in Editor", () -> choose(Choice.EDIT));
		apply = button(buttons, APPLY, this::apply);
		apply.setEnabled(false);
	}

	private void column(String name, int width, java.util.function.Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}
		});
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	public void setConflicts(IProject project, Map<String, List<Conflict>> conflicts) {
		this.project = project;
		choices.clear();
		List<Row> all = new ArrayList<>();
		conflicts.forEach((path, list) -> list.forEach(conflict -> all.add(new Row(path, conflict))));
		rows = all;
		table.setInput(rows);
		updateTitle();
	}

	private void updateTitle() {
		long open = rows.stream().filter(row -> !choices.containsKey(row.conflict().id())).count();
		title.setText(rows.isEmpty() ? "No conflicts." : rows.size() + " conflict" + (rows.size() == 1 ? "" : "s")
				+ " in " + project.getName() + (open == 0 ? ": all decided; Apply puts the merge into the editor (Undo takes it back)"
						: ": " + open + " to decide (mine, theirs, or edit)"));
		apply.setEnabled(!rows.isEmpty() && open == 0 && !computing);
	}

	/** Decides the selected conflicts. */
	public void choose(Choice choice) {
		for (Object selected : table.getStructuredSelection().toList()) {
			choices.put(((Row) selected).conflict().id(), choice);
		}
		table.refresh();
		updateTitle();
	}

	/** Decides the conflict with this id (for tests and keyboard-free use). */
	public void choose(String conflictId, Choice choice) {
		choices.put(conflictId, choice);
		table.refresh();
		updateTitle();
	}

	/**
	 * Merges each model with the choices (in a job, from git's versions: base, our HEAD, the remote's commit), then puts
	 * the result into its editor as one command.
	 */
	public void apply() {
		if (project == null || rows.isEmpty()) {
			return;
		}
		Map<String, Side> resolutions = new LinkedHashMap<>();
		choices.forEach((id, choice) -> resolutions.put(id, choice.side()));
		List<String> paths = rows.stream().map(Row::path).distinct().toList();
		IProject target = project;
		computing = true;
		apply.setEnabled(false);
		TeamOperations.run("Merge " + String.join(", ", paths), null, monitor -> {
			Map<String, HelixModel> merged = new LinkedHashMap<>();
			String theirsId;
			try (TeamRepository repository = TeamUI.open(target)) {
				Repository git = repository.repository();
				RevCommit ours = Versions.commit(git, Constants.HEAD);
				RevCommit theirs = Versions.commit(git, Constants.R_REMOTES + TeamRepository.REMOTE + "/" + git.getBranch());
				RevCommit base = Versions.mergeBase(git, ours, theirs);
				theirsId = theirs.name();
				for (String path : paths) {
					monitor.subTask("merging " + path);
					MergeResult result = ModelMerge.merge(Versions.load(git, base, path), Versions.load(git, ours, path),
							Versions.load(git, theirs, path), resolutions);
					merged.put(path, (HelixModel) result.merged());
				}
			} finally {
				computing = false;
			}
			Display.getDefault().asyncExec(() -> applied(target, merged, theirsId, resolutions));
		});
	}

	private void applied(IProject target, Map<String, HelixModel> merged, String theirsId, Map<String, Side> resolutions) {
		for (Map.Entry<String, HelixModel> entry : merged.entrySet()) {
			IFile file = target.getFile(entry.getKey());
			HelixModelEditor editor;
			try {
				editor = IDE.openEditor(getSite().getPage(), file, HelixModelEditor.ID, true) instanceof HelixModelEditor e ? e : null;
			} catch (PartInitException e) {
				TeamOperations.error(getSite().getShell(), "cannot open " + file.getName() + ": " + e.getMessage());
				return;
			}
			if (editor == null || editor.getModel() == null) {
				TeamOperations.error(getSite().getShell(), file.getName() + " did not load in an editor; nothing applied");
				return;
			}
			if (editor.isDirty()) {
				TeamOperations.error(getSite().getShell(), file.getName() + " has unsaved changes: save or revert them, then Apply again");
				return;
			}
			editor.getEditingDomain().getCommandStack().execute(replaceContents(editor.getEditingDomain(), editor.getModel(),
					entry.getValue(), "Merge with " + theirsId.substring(0, 7)));
			TeamUI.setPendingMerge(target, new TeamUI.PendingMerge(entry.getKey(), theirsId, resolutions));
			List<String> toEdit = rows.stream().filter(row -> row.path().equals(entry.getKey())
					&& choices.get(row.conflict().id()) == Choice.EDIT).map(row -> row.conflict().elementId()).toList();
			if (!toEdit.isEmpty()) {
				editor.showElement(toEdit.get(0));
			}
		}
		title.setText("Merged into the editor: check it, then Save and Team > Commit (Undo takes the merge back).");
		rows = List.of();
		table.setInput(rows);
		TeamOperations.report("Merge applied to the editor; save, then commit");
	}

	/**
	 * One command that gives {@code target} (the editor's model) everything {@code merged} holds: each changeable
	 * feature of the root set to the merged value, the merged contents moving in. Undo restores the previous contents.
	 */
	static Command replaceContents(EditingDomain domain, HelixModel target, HelixModel merged, String label) {
		CompoundCommand command = new CompoundCommand(label);
		for (EStructuralFeature feature : target.eClass().getEAllStructuralFeatures()) {
			if (!feature.isChangeable() || feature.isDerived() || feature.isTransient()
					|| (feature instanceof EAttribute attribute && attribute.isID())
					|| (feature instanceof EReference reference && reference.isContainer())) {
				continue;
			}
			Object value = merged.eGet(feature);
			if (feature.isMany()) {
				value = new ArrayList<>((List<?>) value);
			}
			if (java.util.Objects.equals(value, target.eGet(feature))) {
				continue;
			}
			command.append(SetCommand.create(domain, target, feature, value));
		}
		return command;
	}

	// ---- for tests and screenshots

	public boolean isComputing() {
		return computing;
	}

	public TableViewer tableViewer() {
		return table;
	}

	public List<Row> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}
}
