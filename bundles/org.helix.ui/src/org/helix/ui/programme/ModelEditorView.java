package org.helix.ui.programme;

import org.eclipse.ui.actions.ActionFactory;

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

	/** Edit > Undo / Redo (Ctrl+Z / Ctrl+Y) while the view is active: the model editor's command stack. */
	private final StackAction undo = new StackAction(true), redo = new StackAction(false);

	@Override
	public final void createPartControl(Composite parent) {
		createControl(parent);
		// without handlers the workbench disables Undo whenever a view is active, although the view's edits are
		// commands on the editor's stack (issue 11: Undo was disabled in the traceability matrix)
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		getViewSite().getActionBars().updateActionBars();
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
		updateStackActions();
		modelChanged();
	}

	private void updateStackActions() {
		undo.update();
		redo.update();
	}

	/** Undo or redo on the stack of the editor the view follows, labelled with the command, as in the editor. */
	private final class StackAction extends org.eclipse.jface.action.Action {

		private final boolean isUndo;

		StackAction(boolean isUndo) {
			this.isUndo = isUndo;
			ActionFactory factory = isUndo ? ActionFactory.UNDO : ActionFactory.REDO;
			setId(factory.getId());
			setActionDefinitionId(factory.getCommandId());
			update();
		}

		@Override
		public void run() {
			if (modelEditor == null) {
				return;
			}
			org.eclipse.emf.common.command.CommandStack stack = modelEditor.getEditingDomain().getCommandStack();
			if (isUndo ? stack.canUndo() : stack.canRedo()) {
				if (isUndo) {
					stack.undo();
				} else {
					stack.redo();
				}
			}
		}

		void update() {
			org.eclipse.emf.common.command.CommandStack stack = modelEditor == null ? null : modelEditor.getEditingDomain().getCommandStack();
			org.eclipse.emf.common.command.Command command = stack == null ? null : isUndo ? stack.getUndoCommand() : stack.getRedoCommand();
			setEnabled(stack != null && (isUndo ? stack.canUndo() : stack.canRedo()));
			String label = command == null || command.getLabel() == null ? "" : " " + command.getLabel();
			setText((isUndo ? "&Undo" : "&Redo") + label);
		}
	}

	private void commandStackChanged(EventObject event) {
		if (modelEditor != null && modelEditor.getModel() == null) {
			setModelEditor(null); // reverted to a file that no longer loads
			return;
		}
		updateStackActions();
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
