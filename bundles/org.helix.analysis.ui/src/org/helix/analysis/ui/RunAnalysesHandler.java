package org.helix.analysis.ui;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.ui.editor.HelixModelEditor;

/**
 * Command {@code org.helix.analysis.ui.runAnalyses}: shows the Analysis view and runs its checked analyzers on the
 * active Helix editor's model. The model editor's Overview offers it beside Validate (which checks the model's
 * structure, not the programme), by command id, so org.helix.ui needs no dependency on this bundle.
 */
public class RunAnalysesHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.helix.analysis.ui.runAnalyses";

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			AnalysisView view = (AnalysisView) page.showView(AnalysisView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			if (part instanceof HelixModelEditor editor && editor.getModel() != null) {
				view.runAnalysis(editor, view.checkedAnalyzers(), view.asOf());
			}
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the Analysis view", e);
		}
		return null;
	}
}
