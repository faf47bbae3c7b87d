package org.helix.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.analysis.ModelSnapshot;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;
import org.helix.ui.HelixUI;

/**
 * Model > Validate: checks the active editor's model in a job and lists the findings in the Problems view. The job
 * validates a snapshot taken on the UI thread, so the user can keep editing while it runs; the markers are written in
 * a workspace job that holds the file's marker rule.
 */
public class ValidateHandler extends AbstractHandler {

	/** Session property of a file that has been validated at least once (so "no markers" means "no problems"). */
	static final QualifiedName VALIDATED = new QualifiedName(HelixUI.PLUGIN_ID, "validated");

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof HelixModelEditor editor) {
			validate(editor);
		}
		return null;
	}

	/** Schedules the validation of the editor's model; null when it has none (the file did not load). */
	public static Job validate(HelixModelEditor editor) {
		HelixModel model = editor.getModel();
		if (model == null) {
			return null;
		}
		// the one mechanism for background work (docs/analysis.md): a copy taken here, on the UI thread, ids kept
		HelixModel snapshot = ModelSnapshot.of(model).model();
		IFile file = editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		Display display = editor.getSite().getShell().getDisplay();
		Job job = new Job("Validating " + editor.getPartName()) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
				List<HelixProblem> problems = HelixValidation.validate(snapshot);
				monitor.done();
				if (monitor.isCanceled()) {
					return Status.CANCEL_STATUS;
				}
				if (file != null) {
					writeMarkers(editor, file, problems);
				} else {
					// a file outside the workspace cannot carry markers; say the result instead
					display.asyncExec(() -> MessageDialog.openInformation(editor.getSite().getShell(), "Validation",
							(problems.isEmpty() ? "No structural problems found." : problems.size() + " structural problems, the first: " + problems.get(0))
									+ "\n\nValidation checks the model's structure; the analyses (deadlines, budgets, RAG, governance) "
									+ "are run from the Analysis view."));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return HelixUI.VALIDATION_JOB_FAMILY.equals(family);
			}
		};
		job.setUser(true);
		job.schedule();
		return job;
	}

	private static void writeMarkers(HelixModelEditor editor, IFile file, List<HelixProblem> problems) {
		WorkspaceJob markers = new WorkspaceJob("Recording the problems of " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ValidationMarkers.replace(file, problems);
				file.setSessionProperty(VALIDATED, Boolean.TRUE);
				Display.getDefault().asyncExec(() -> showResult(editor, problems));
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return HelixUI.VALIDATION_JOB_FAMILY.equals(family);
			}
		};
		markers.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().markerRule(file));
		markers.setSystem(true);
		markers.schedule();
	}

	private static void showResult(HelixModelEditor editor, List<HelixProblem> problems) {
		if (!editor.isAlive()) {
			return;
		}
		try {
			editor.getSite().getPage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			// the markers are there; the user can open the Problems view
		}
		editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage((problems.isEmpty() ? "Validation of the model's structure: no problems"
						: "Validation of the model's structure: " + problems.size() + " problems")
						+ " (the analyses are run from the Analysis view or the Overview)");
		editor.refreshOverview();
	}
}
