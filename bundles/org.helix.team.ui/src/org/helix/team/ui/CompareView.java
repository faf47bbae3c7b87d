package org.helix.team.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.team.diff.Change;
import org.helix.team.diff.ModelDiff;
import org.helix.team.git.TeamRepository;
import org.helix.ui.editor.HelixModelEditor;

/**
 * Compares two versions of a model: any two commits that changed it, or a commit and the working copy (what the
 * editor holds, unsaved changes included, taken as a snapshot on the UI thread). The changes {@link ModelDiff} finds
 * are shown as a tree, one node per element with its readable path, its changes below; selecting one shows the
 * element in the model editor.
 */
public class CompareView extends ViewPart {

	public static final String WORKING_COPY = "Working copy (with unsaved changes)";

	/** The changes of one element. */
	public record ElementChanges(String id, String path, List<Change> changes) {
	}

	private Label title;
	private Combo from;
	private Combo to;
	private Button compare;
	private TreeViewer tree;
	private IFile file;
	private List<RevCommit> versions = List.of();
	private volatile boolean computing;

	@Override
	public void createPartControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(5, false));
		title = new Label(root, SWT.WRAP);
		title.setText("Open a shared model and choose Team > Compare Versions.");
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(title);
		new Label(root, SWT.NONE).setText("From:");
		from = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(from);
		new Label(root, SWT.NONE).setText("To:");
		to = new Combo(root, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(to);
		compare = new Button(root, SWT.PUSH);
		compare.setText("Compare");
		compare.addListener(SWT.Selection, event -> compare(from.getSelectionIndex(), to.getSelectionIndex()));
		tree = new TreeViewer(root, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(tree.getControl());
		tree.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return parentElement instanceof ElementChanges element ? element.changes().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof ElementChanges;
			}
		});
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ElementChanges changes ? changes.path() : describe((Change) element);
			}
		});
		tree.addPostSelectionChangedListener(event -> reveal((IStructuredSelection) event.getSelection()));
	}

	/** A change without its path (the tree shows the path on the element's node). */
	static String describe(Change change) {
		return switch (change.kind()) {
		case ADDED -> "added" + (change.feature() == null ? "" : " (" + change.feature() + ")");
		case REMOVED -> "removed" + (change.feature() == null ? "" : " (" + change.feature() + ")");
		case MOVED -> "moved: " + change.oldValue() + " → " + change.newValue();
		case CHANGED -> change.feature() + ": " + change.oldValue() + " → " + change.newValue();
		case REORDERED -> change.feature() + ": order " + change.oldValue() + " → " + change.newValue();
		};
	}

	/** Lists the versions of {@code model} (read in a job); From is the last commit, To the working copy. */
	public void show(IFile model) {
		file = model;
		title.setText("Versions of " + model.getFullPath().toString().substring(1) + " (reading…)");
		computing = true;
		TeamOperations.run("Versions of " + model.getName(), null, monitor -> {
			List<RevCommit> found;
			try (TeamRepository repository = TeamUI.open(model.getProject())) {
				found = repository == null ? List.of() : repository.history(TeamUI.repositoryPath(model));
			} finally {
				computing = false;
			}
			Display.getDefault().asyncExec(() -> listed(model, found));
		});
	}

	private void listed(IFile model, List<RevCommit> found) {
		if (from.isDisposed() || !model.equals(file)) {
			return;
		}
		versions = found;
		List<String> items = new ArrayList<>();
		items.add(WORKING_COPY);
		found.forEach(commit -> items.add(TeamUI.describe(commit)));
		from.setItems(items.toArray(String[]::new));
		to.setItems(items.toArray(String[]::new));
		from.select(found.isEmpty() ? 0 : 1);
		to.select(0);
		title.setText("Compare two versions of " + model.getFullPath().toString().substring(1));
	}

	/** Compares version {@code fromIndex} with {@code toIndex} (0: the working copy; i: the i-th newest commit). */
	public void compare(int fromIndex, int toIndex) {
		if (file == null || fromIndex < 0 || toIndex < 0) {
			return;
		}
		from.select(fromIndex);
		to.select(toIndex);
		IFile model = file;
		// the working copy is copied here, on the UI thread: the job never reads the model the user edits
		HelixModelEditor editor = TeamUI.editor(model);
		HelixModel snapshot = editor == null || editor.getModel() == null ? null : EcoreUtil.copy(editor.getModel());
		RevCommit older = fromIndex == 0 ? null : versions.get(fromIndex - 1);
		RevCommit newer = toIndex == 0 ? null : versions.get(toIndex - 1);
		String label = (older == null ? "working copy" : older.abbreviate(7).name()) + " → "
				+ (newer == null ? "working copy" : newer.abbreviate(7).name());
		computing = true;
		title.setText("Comparing…");
		TeamOperations.run("Compare " + model.getName(), null, monitor -> {
			List<ElementChanges> grouped;
			try (TeamRepository repository = TeamUI.open(model.getProject())) {
				HelixModel before = older == null ? workingCopy(model, snapshot)
						: Versions.load(repository.repository(), older, TeamUI.repositoryPath(model));
				HelixModel after = newer == null ? workingCopy(model, snapshot)
						: Versions.load(repository.repository(), newer, TeamUI.repositoryPath(model));
				grouped = group(ModelDiff.compare(before, after));
			} finally {
				computing = false;
			}
			Display.getDefault().asyncExec(() -> {
				if (!tree.getControl().isDisposed()) {
					int count = grouped.stream().mapToInt(element -> element.changes().size()).sum();
					title.setText(label + ": " + count + " change" + (count == 1 ? "" : "s") + " in " + grouped.size()
							+ " element" + (grouped.size() == 1 ? "" : "s"));
					tree.setInput(grouped);
					tree.expandAll();
				}
			});
		});
	}

	private static HelixModel workingCopy(IFile model, HelixModel snapshot) throws Exception {
		return snapshot != null ? snapshot : HelixPersistence.load(model.getLocation().toPath());
	}

	static List<ElementChanges> group(List<Change> changes) {
		Map<String, ElementChanges> byElement = new LinkedHashMap<>();
		for (Change change : changes) {
			byElement.computeIfAbsent(change.id(), id -> new ElementChanges(id, change.path(), new ArrayList<>())).changes().add(change);
		}
		return List.copyOf(byElement.values());
	}

	private void reveal(IStructuredSelection selection) {
		Object first = selection.getFirstElement();
		String id = first instanceof ElementChanges element ? element.id() : first instanceof Change change ? change.id() : null;
		if (id == null || file == null) {
			return;
		}
		try {
			if (IDE.openEditor(getSite().getPage(), file, HelixModelEditor.ID, false) instanceof HelixModelEditor editor) {
				editor.showElement(id);
			}
		} catch (PartInitException e) {
			TeamOperations.error(getSite().getShell(), "cannot open " + file.getName() + ": " + e.getMessage());
		}
	}

	// ---- for tests and screenshots

	public boolean isComputing() {
		return computing;
	}

	public TreeViewer treeViewer() {
		return tree;
	}

	public int versionCount() {
		return from.getItemCount();
	}

	public static EObject elementOf(HelixModelEditor editor) {
		return editor.getViewer() == null ? null : (EObject) editor.getViewer().getStructuredSelection().getFirstElement();
	}

	@Override
	public void setFocus() {
		tree.getControl().setFocus();
	}
}
