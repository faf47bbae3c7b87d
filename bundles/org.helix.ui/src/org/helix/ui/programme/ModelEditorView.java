package org.helix.ui.programme;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.helix.model.programme.Programme;
import org.helix.ui.editor.HelixModelEditor;

/**
 * A view over the model of the active Helix model editor (or of the active fiche's model editor). It edits through
 * that editor's command stack, so Undo/Redo and Save of the editor cover the view's edits, and it refreshes after
 * every command, whoever issued it.
 */
public abstract class ModelEditorView extends ViewPart {

	private HelixModelEditor modelEditor;
	private final CommandStackListener stackListener = this::commandStackChanged;
	/** A reload (revert, or a change on disk) replaces the editor's model objects. */
	private final org.eclipse.ui.IPropertyListener reloadListener = (source, property) -> {
		if (property == HelixModelEditor.PROP_MODEL) {
			commandStackChanged(null);
		}
	};
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partBroughtToTop(IWorkbenchPartReference ref) {
			follow(ref.getPart(false));
		}

		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == modelEditor) {
				setModelEditor(null);
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		createControl(parent);
		getSite().getPage().addPartListener(partListener);
		HelixModelEditor initial = editorOf(getSite().getPage().getActiveEditor());
		if (initial == null) {
			for (IEditorReference ref : getSite().getPage().getEditorReferences()) {
				initial = initial != null ? initial : editorOf(ref.getEditor(false));
			}
		}
		setModelEditor(initial);
	}

	protected abstract void createControl(Composite parent);

	/** Shows the model of the (possibly new, possibly null) editor. */
	protected abstract void modelChanged();

	private static HelixModelEditor editorOf(IWorkbenchPart part) {
		if (part instanceof HelixModelEditor editor && editor.getModel() != null) {
			return editor;
		}
		return part instanceof ActionFicheEditor fiche ? fiche.getModelEditor() : null;
	}

	private void follow(IWorkbenchPart part) {
		HelixModelEditor editor = editorOf(part);
		if (editor != null && editor != modelEditor) {
			setModelEditor(editor);
		}
	}

	/** Follows {@code editor} from now on; tests call it to pick an editor without activating it. */
	public void setModelEditor(HelixModelEditor editor) {
		if (modelEditor != null) {
			modelEditor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			modelEditor.removePropertyListener(reloadListener);
		}
		modelEditor = editor;
		if (modelEditor != null) {
			modelEditor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
			modelEditor.addPropertyListener(reloadListener);
		}
		modelChanged();
	}

	private void commandStackChanged(EventObject event) {
		if (modelEditor != null && modelEditor.getModel() == null) {
			setModelEditor(null); // reverted to a file that no longer loads
			return;
		}
		modelChanged();
	}

	public HelixModelEditor getModelEditor() {
		return modelEditor;
	}

	protected EditingDomain domain() {
		return modelEditor.getEditingDomain();
	}

	/** The programme of the model shown, or null. */
	protected Programme programme() {
		return modelEditor == null || modelEditor.getModel() == null ? null
				: Edits.mainProgramme(modelEditor.getModel().eResource());
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(partListener);
		if (modelEditor != null) {
			modelEditor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			modelEditor.removePropertyListener(reloadListener);
		}
		super.dispose();
	}
}
