package org.helix.team.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.helix.model.core.HelixModel;
import org.helix.team.diff.Change;
import org.helix.team.diff.ModelDiff;
import org.helix.team.git.TeamRepository;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The History of a model: the commits that changed its file (date, author, message), and for the element selected
 * in its editor who changed what and when, a per-element blame. The blame is computed once per file in a job, from the
 * committed versions only (never the model the user edits): every non-merge commit is compared with its parent by
 * {@link ModelDiff}, and each change is booked on the element it names; an element new in a commit is booked
 * "created" with everything inside it.
 */
public class HistoryView extends ViewPart {

	/** One line of an element's blame. */
	public record Blame(RevCommit commit, String change) {
	}

	private Label title;
	private TableViewer commits;
	private Label elementTitle;
	private TableViewer blame;
	private IFile file;
	private Map<String, List<Blame>> blameById = Map.of();
	private String elementId;
	private String elementLabel;
	private volatile boolean computing;

	private final ISelectionListener selectionListener = this::selectionChanged;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		title = new Label(root, SWT.WRAP);
		title.setText("Open a shared model and choose Team > Show History.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
		SashForm sash = new SashForm(root, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);

		commits = table(sash);
		column(commits, "Date", 130, c -> TeamUI.when((RevCommit) c));
		column(commits, "Author", 180, c -> ((RevCommit) c).getAuthorIdent().getName());
		column(commits, "Message", 420, c -> ((RevCommit) c).getShortMessage());
		column(commits, "Commit", 80, c -> ((RevCommit) c).abbreviate(7).name());

		Composite lower = new Composite(sash, SWT.NONE);
		lower.setLayout(new GridLayout(1, false));
		elementTitle = new Label(lower, SWT.WRAP);
		elementTitle.setText("Select an element in the model editor to see who changed what and when.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(elementTitle);
		blame = table(lower);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(blame.getControl());
		column(blame, "Date", 130, b -> TeamUI.when(((Blame) b).commit()));
		column(blame, "Author", 180, b -> ((Blame) b).commit().getAuthorIdent().getName());
		column(blame, "Change", 520, b -> ((Blame) b).change());
		column(blame, "Commit message", 260, b -> ((Blame) b).commit().getShortMessage());
		sash.setWeights(1, 1);

		getSite().getPage().addPostSelectionListener(selectionListener);
	}

	private static TableViewer table(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	private static void column(TableViewer viewer, String name, int width, java.util.function.Function<Object, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(name);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	/** Shows the history of {@code model}; the commits and the blame are read in a job. */
	public void show(IFile model) {
		file = model;
		title.setText("History of " + model.getFullPath().toString().substring(1) + " (reading…)");
		computing = true;
		String path = TeamUI.repositoryPath(model);
		TeamOperations.run("History of " + model.getName(), null, monitor -> {
			List<RevCommit> found;
			Map<String, List<Blame>> blamed;
			try (TeamRepository repository = TeamUI.open(model.getProject())) {
				if (repository == null) {
					found = List.of();
					blamed = Map.of();
				} else {
					found = repository.history(path);
					blamed = blame(repository.repository(), found, path, monitor);
				}
			} finally {
				computing = false;
			}
			Display.getDefault().asyncExec(() -> shown(model, found, blamed));
		});
	}

	private void shown(IFile model, List<RevCommit> found, Map<String, List<Blame>> blamed) {
		if (commits.getControl().isDisposed() || !model.equals(file)) {
			return;
		}
		title.setText("History of " + model.getFullPath().toString().substring(1) + ": " + found.size() + " commit"
				+ (found.size() == 1 ? "" : "s") + " changed it" + (found.isEmpty() ? " (is the project shared and committed?)" : ""));
		commits.setInput(found);
		blameById = blamed;
		showElement(elementId, elementLabel);
	}

	/** The per-element blame of every non-merge commit in {@code history} (newest first), by element id. */
	static Map<String, List<Blame>> blame(Repository repository, List<RevCommit> history, String path, IProgressMonitor monitor)
			throws Exception {
		Map<String, List<Blame>> byId = new HashMap<>();
		Map<String, HelixModel> versions = new HashMap<>();
		try (RevWalk walk = new RevWalk(repository)) {
			for (RevCommit listed : history) {
				if (monitor.isCanceled()) {
					break;
				}
				RevCommit commit = walk.parseCommit(listed);
				if (commit.getParentCount() > 1) {
					continue; // a merge: its changes are booked on the commits that made them
				}
				monitor.subTask(commit.getShortMessage());
				HelixModel after = version(repository, commit, path, versions);
				HelixModel before = commit.getParentCount() == 0 ? null
						: version(repository, walk.parseCommit(commit.getParent(0)), path, versions);
				if (after == null) {
					continue;
				}
				if (before == null) {
					created(after, commit, byId);
					continue;
				}
				for (Change change : ModelDiff.compare(before, after)) {
					String text = switch (change.kind()) {
					case ADDED -> "created";
					case REMOVED -> "deleted";
					case MOVED -> "moved: " + change.oldValue() + " → " + change.newValue();
					case CHANGED -> change.feature() + ": " + change.oldValue() + " → " + change.newValue();
					case REORDERED -> change.feature() + ": reordered";
					};
					byId.computeIfAbsent(change.id(), id -> new ArrayList<>()).add(new Blame(commit, text));
					if (change.kind() == Change.Kind.ADDED) {
						EObject added = after.eResource().getEObject(change.id());
						if (added != null) {
							added.eAllContents().forEachRemaining(inside -> book(inside, commit, "created", byId));
						}
					}
				}
			}
		}
		return byId;
	}

	private static void created(HelixModel model, RevCommit commit, Map<String, List<Blame>> byId) {
		book(model, commit, "created", byId);
		model.eAllContents().forEachRemaining(element -> book(element, commit, "created", byId));
	}

	private static void book(EObject element, RevCommit commit, String text, Map<String, List<Blame>> byId) {
		String id = EcoreUtil.getID(element);
		if (id != null) {
			byId.computeIfAbsent(id, key -> new ArrayList<>()).add(new Blame(commit, text));
		}
	}

	private static HelixModel version(Repository repository, RevCommit commit, String path, Map<String, HelixModel> cache)
			throws Exception {
		String key = commit.name();
		if (!cache.containsKey(key)) {
			cache.put(key, Versions.load(repository, commit, path));
		}
		return cache.get(key);
	}

	private void selectionChanged(IWorkbenchPart part, ISelection selection) {
		if (part instanceof HelixModelEditor editor && file != null
				&& editor.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input && input.getFile().equals(file)
				&& selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof EObject element) {
			showElement(EcoreUtil.getID(element), editor.labelOf(element));
		}
	}

	/** Shows the blame of the element with this id (labelled {@code label}). */
	public void showElement(String id, String label) {
		elementId = id;
		elementLabel = label;
		if (id == null || elementTitle.isDisposed()) {
			return;
		}
		List<Blame> lines = blameById.getOrDefault(id, List.of());
		elementTitle.setText("Who changed " + label + ": " + lines.size() + " change" + (lines.size() == 1 ? "" : "s"));
		blame.setInput(lines);
	}

	// ---- for tests and screenshots

	public boolean isComputing() {
		return computing;
	}

	public TableViewer commitsViewer() {
		return commits;
	}

	public TableViewer blameViewer() {
		return blame;
	}

	@Override
	public void setFocus() {
		commits.getControl().setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(selectionListener);
		super.dispose();
	}
}
