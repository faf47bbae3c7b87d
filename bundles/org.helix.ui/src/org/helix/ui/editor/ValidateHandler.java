package org.helix.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;

/** Model > Validate: checks the active editor's model and lists the findings in the Problems view. */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof HelixModelEditor editor) {
			validate(editor);
		}
		return null;
	}

	/**
	 * Validates on the UI thread: the model belongs to it (commands change it there), and validating even the largest
	 * shipped model takes milliseconds.
	 */
	public static List<HelixProblem> validate(HelixModelEditor editor) throws ExecutionException {
		HelixModel model = editor.getModel();
		if (model == null) {
			return List.of();
		}
		List<HelixProblem> problems = HelixValidation.validate(model);
		IWorkbenchPage page = editor.getSite().getPage();
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			IFile file = input.getFile();
			try {
				ValidationMarkers.replace(file, problems);
				page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (CoreException e) {
				throw new ExecutionException("Cannot record the problems of " + file.getName(), e);
			}
		} else {
			// a file outside the workspace cannot carry markers; say the result instead
			MessageDialog.openInformation(editor.getSite().getShell(), "Validation",
					problems.isEmpty() ? "No problems found." : problems.size() + " problems, the first: " + problems.get(0));
		}
		editor.getEditorSite().getActionBars().getStatusLineManager()
				.setMessage(problems.isEmpty() ? "Validation: no problems" : "Validation: " + problems.size() + " problems");
		return problems;
	}
}
