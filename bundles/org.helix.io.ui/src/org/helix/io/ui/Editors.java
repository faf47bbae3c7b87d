package org.helix.io.ui;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.helix.model.core.HelixModel;
import org.helix.ui.editor.HelixModelEditor;

/** The model editor a table import or export works on, and the file behind its model. */
final class Editors {

	private Editors() {
	}

	/** The active Helix model editor with a loaded model, or null after telling the user to open one. */
	static HelixModelEditor active(ExecutionEvent event, String title) throws ExecutionException {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof HelixModelEditor editor && editor.getModel() != null) {
			return editor;
		}
		MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), title, "Open a Helix model in the model editor first.");
		return null;
	}

	/** The model's file on disk (where the saved column mappings are kept beside it), or null. */
	static Path modelFile(HelixModel model) {
		URI uri = model.eResource() == null ? null : model.eResource().getURI();
		return uri != null && uri.isFile() ? Path.of(uri.toFileString()) : null;
	}
}
