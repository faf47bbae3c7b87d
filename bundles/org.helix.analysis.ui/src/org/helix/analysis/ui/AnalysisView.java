package org.helix.analysis.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.helix.analysis.AnalysisRunner;
import org.helix.analysis.ModelSnapshot;
import org.helix.analysis.Analyzer;
import org.helix.analysis.AnalyzerRegistry;
import org.helix.analysis.results.AnalysisRun;
import org.helix.analysis.results.AnalyzerResult;
import org.helix.analysis.results.Finding;
import org.helix.analysis.results.Severity;
import org.helix.model.core.HelixModel;
import org.helix.ui.editor.HelixModelEditor;

/**
 * The Analysis view: the contributed analyzers with check boxes, run on the model of the active Helix editor in a
 * Job, their findings in a tree grouped by severity and category. Double-clicking a finding selects its first target
 * in the editor; the findings can be exported as CSV.
 */
public class AnalysisView extends ViewPart {

	public static final String ID = "org.helix.analysis.ui.analysisView";
	/** Jobs of this view belong to this family, so tests (and shutdown) can wait for them. */
	public static final Object JOB_FAMILY = AnalysisView.class;
	private static final List<Severity> ORDER = List.of(Severity.ERROR, Severity.WARNING, Severity.INFO);

	/** A node of the result tree: a severity or category group, with findings or further groups below. */
	public record Group(String label, List<Object> children) {
	}

	/** A finding with the result it belongs to (for the analyzer's label and category). */
	public record Row(AnalyzerResult result, Finding finding) {
	}

	private CheckboxTableViewer analyzerViewer;
	private TreeViewer resultViewer;
	private AnalysisRun lastRun;
	private HelixModelEditor lastEditor;
	private AsOfDate asOfDate;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).create());
		// a new date re-runs the last analysis, so the findings always say what holds on the date shown
		asOfDate = new AsOfDate(bar, date -> rerun());
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

		analyzerViewer = CheckboxTableViewer.newCheckList(sash, SWT.BORDER | SWT.V_SCROLL);
		analyzerViewer.setContentProvider(ArrayContentProvider.getInstance());
		analyzerViewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Analyzer analyzer = (Analyzer) element;
				return analyzer.category() + ": " + analyzer.label();
			}
		});
		// a broken contribution is reported on stderr and skipped by the registry, never fatal to the view
		List<Analyzer> analyzers = AnalyzerRegistry.fromExtensions(System.err).all();
		analyzerViewer.setInput(analyzers);
		analyzerViewer.setAllChecked(true);

		resultViewer = new TreeViewer(sash, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.MULTI);
		resultViewer.setContentProvider(new ResultContentProvider());
		resultViewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				if (element instanceof Group group) {
					return group.label() + " (" + count(group) + ")";
				}
				Row row = (Row) element;
				List<String> targets = row.finding().getTargetLabels();
				return (targets.isEmpty() ? row.result().getLabel() : String.join(", ", targets)) + ": " + row.finding().getMessage();
			}
		});
		resultViewer.addDoubleClickListener(event -> {
			Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (selected instanceof Row row) {
				showTarget(row.finding());
			}
		});
		sash.setWeights(1, 3);

		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(new Action("Run") {
			{
				setToolTipText("Run the checked analyzers on the model of the active Helix editor");
			}

			@Override
			public void run() {
				HelixModelEditor editor = activeHelixEditor();
				if (editor == null || editor.getModel() == null) {
					MessageDialog.openInformation(getSite().getShell(), "Analysis", "Open a Helix model in the editor first.");
					return;
				}
				runAnalysis(editor, checkedAnalyzers(), asOf());
			}
		});
		// two text buttons side by side read as one label ("Run Export CSV…") without a separator
		toolBar.add(new org.eclipse.jface.action.Separator());
		toolBar.add(new Action("Export CSV…") {
			@Override
			public void run() {
				exportCsvWithDialog();
			}
		});
	}

	/** The date of the picker: what the next run measures against. */
	public LocalDate asOf() {
		return asOfDate.get();
	}

	/** Sets the picker's date and re-runs as a change in the picker does; returns the job, or null when nothing ran. */
	public Job setAsOf(LocalDate date) {
		asOfDate.set(date);
		return rerun();
	}

	public AsOfDate asOfDate() {
		return asOfDate;
	}

	private Job rerun() {
		HelixModelEditor editor = lastEditor != null && lastEditor.getModel() != null ? lastEditor : activeHelixEditor();
		if (editor == null || editor.getModel() == null) {
			return null;
		}
		return runAnalysis(editor, checkedAnalyzers(), asOf());
	}

	/** The checked analyzers, in the order shown. */
	public List<Analyzer> checkedAnalyzers() {
		return Arrays.stream(analyzerViewer.getCheckedElements()).map(Analyzer.class::cast).toList();
	}

	/**
	 * Runs the analyzers in a Job with progress; the tree shows the results when it is done. The Job reads a snapshot of
	 * the editor's model copied here, on the UI thread, so the user can go on editing meanwhile; findings name their
	 * targets by id, which is how a double-click finds the live element.
	 */
	public Job runAnalysis(HelixModelEditor editor, List<Analyzer> analyzers, LocalDate asOf) {
		ModelSnapshot snapshot = ModelSnapshot.of(editor.getModel());
		lastEditor = editor;
		// the picker always shows the date of the results being computed
		asOfDate.set(asOf);
		AnalysisJob job = new AnalysisJob("Analysing " + editor.getTitle(), snapshot.model(), editor.getTitle(), analyzers, asOf,
				run -> {
					if (!resultViewer.getControl().isDisposed()) {
						resultViewer.getControl().getDisplay().asyncExec(() -> show(run));
					}
				});
		job.setUser(true); // the progress dialog, with a Cancel button that stops the run after the current analyzer
		job.schedule();
		return job;
	}

	/**
	 * An analysis of a snapshot, which only this job reads. Public so that tests can check each result against a fresh
	 * run on the same snapshot.
	 */
	public static final class AnalysisJob extends Job {

		private final HelixModel snapshot;
		private final String inputFile;
		private final List<Analyzer> analyzers;
		private final LocalDate asOf;
		private final java.util.function.Consumer<AnalysisRun> done;
		private volatile AnalysisRun run;

		AnalysisJob(String name, HelixModel snapshot, String inputFile, List<Analyzer> analyzers, LocalDate asOf,
				java.util.function.Consumer<AnalysisRun> done) {
			super(name);
			this.snapshot = snapshot;
			this.inputFile = inputFile;
			this.analyzers = List.copyOf(analyzers);
			this.asOf = asOf;
			this.done = done;
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			AnalysisRun result = new AnalysisRunner().asOf(asOf).monitor(monitor).inputFile(inputFile).run(snapshot, analyzers);
			run = result;
			done.accept(result);
			return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
		}

		/** The model the analyzers read: a copy of the editor's model at the time the job was made. */
		public HelixModel snapshot() {
			return snapshot;
		}

		public List<Analyzer> analyzers() {
			return analyzers;
		}

		public LocalDate asOf() {
			return asOf;
		}

		/** The result, once the job has run; null before. */
		public AnalysisRun run() {
			return run;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JOB_FAMILY;
		}
	}

	/** Shows a run in the tree: severities (worst first), then categories, then findings. */
	public void show(AnalysisRun run) {
		if (resultViewer.getControl().isDisposed()) {
			return;
		}
		lastRun = run;
		List<Group> severities = new ArrayList<>();
		for (Severity severity : ORDER) {
			Map<String, Group> categories = new LinkedHashMap<>();
			for (AnalyzerResult result : run.getResults()) {
				for (Finding finding : result.getFindings()) {
					if (finding.getSeverity() == severity) {
						categories.computeIfAbsent(result.getCategory(), category -> new Group(category, new ArrayList<>()))
								.children().add(new Row(result, finding));
					}
				}
			}
			if (!categories.isEmpty()) {
				severities.add(new Group(severity.getLiteral(), new ArrayList<>(categories.values())));
			}
		}
		resultViewer.setInput(severities);
		resultViewer.expandToLevel(2);
		setContentDescription(run.getModelTitle() + ": " + run.getResults().size() + " analyzers, " + run.getDurationMillis() + " ms");
	}

	/** Selects the finding's first target with an id in the editor the analysis ran on. */
	boolean showTarget(Finding finding) {
		if (lastEditor == null) {
			return false;
		}
		for (String id : finding.getTargetIds()) {
			if (!id.isEmpty() && lastEditor.showElement(id)) {
				getSite().getPage().activate(lastEditor);
				return true;
			}
		}
		return false;
	}

	public TreeViewer getResultViewer() {
		return resultViewer;
	}

	public CheckboxTableViewer getAnalyzerViewer() {
		return analyzerViewer;
	}

	public AnalysisRun getLastRun() {
		return lastRun;
	}

	private void exportCsvWithDialog() {
		if (lastRun == null) {
			MessageDialog.openInformation(getSite().getShell(), "Analysis", "Run an analysis first.");
			return;
		}
		String file = org.helix.ui.FileDialogs.open(org.helix.ui.FileDialogs.save(getSite().getShell(), "findings.csv", "*.csv"));
		if (file == null) {
			return;
		}
		try {
			exportCsv(lastRun, Path.of(file));
		} catch (IOException e) {
			MessageDialog.openError(getSite().getShell(), "Analysis", "Could not write " + file + ": " + e.getMessage());
		}
	}

	/** One line per finding: severity, category, analyzer, code, target ids, targets, message (RFC 4180 quoting). */
	public static void exportCsv(AnalysisRun run, Path file) throws IOException {
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
			out.print("severity,category,analyzer,code,targetIds,targets,message\r\n");
			for (Severity severity : ORDER) {
				for (AnalyzerResult result : run.getResults()) {
					for (Finding finding : result.getFindings()) {
						if (finding.getSeverity() == severity) {
							out.print(String.join(",", severity.getLiteral(), csv(result.getCategory()), csv(result.getAnalyzerId()),
									csv(finding.getCode()), csv(String.join("; ", finding.getTargetIds())),
									csv(String.join("; ", finding.getTargetLabels())), csv(finding.getMessage())) + "\r\n");
						}
					}
				}
			}
		}
	}

	private static String csv(String text) {
		String value = text == null ? "" : text;
		return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	/** The active editor when it is a Helix editor, else the first open one. */
	private HelixModelEditor activeHelixEditor() {
		IWorkbenchPage page = getSite().getPage();
		if (page.getActiveEditor() instanceof HelixModelEditor editor) {
			return editor;
		}
		for (IEditorReference reference : page.getEditorReferences()) {
			IEditorPart part = reference.getEditor(false);
			if (part instanceof HelixModelEditor editor) {
				return editor;
			}
		}
		return null;
	}

	private static int count(Group group) {
		int n = 0;
		for (Object child : group.children()) {
			n += child instanceof Group inner ? count(inner) : 1;
		}
		return n;
	}

	@Override
	public void setFocus() {
		resultViewer.getControl().setFocus();
	}

	private static final class ResultContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof Group group ? group.children().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Group group && !group.children().isEmpty();
		}
	}
}
