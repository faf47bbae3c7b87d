package org.helix.scoring.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.helix.scoring.persistence.ScoringFiles;

/**
 * Opens the scoring editor from a model: on {@code NAME.helix}, the editor on {@code NAME.helix-scorings} beside it,
 * created (an empty scorings file) when there is none yet; the editor then starts a first scoring.
 */
public class OpenScoringsHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (!(HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection)) {
			return null;
		}
		IFile model = Adapters.adapt(selection.getFirstElement(), IFile.class);
		if (model == null) {
			return null;
		}
		try {
			IDE.openEditor(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), scoringsOf(model), ScoringEditor.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("cannot open the scoring editor on " + model.getFullPath(), e);
		}
		return null;
	}

	/** The scorings file beside {@code model}, created with an empty ScoringFile when missing. */
	public static IFile scoringsOf(IFile model) throws ExecutionException {
		String name = model.getName().substring(0, model.getName().length() - model.getFileExtension().length()) + ScoringFiles.FILE_EXTENSION;
		IFile scorings = model.getParent().getFile(org.eclipse.core.runtime.Path.fromPortableString(name));
		if (!scorings.exists()) {
			String empty = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scorings:ScoringFile xmi:version=\"2.0\" "
					+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:scorings=\"http://www.helix.org/scoring/1.0/scorings\" formatVersion=\""
					+ ScoringFiles.FORMAT_VERSION + "\"/>\n";
			try {
				scorings.create(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), false, null);
			} catch (CoreException e) {
				throw new ExecutionException("cannot create " + scorings.getFullPath(), e);
			}
		}
		return scorings;
	}
}
