package org.helix.ui.programme;

import java.util.EventObject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.helix.model.programme.PriorityAction;
import org.helix.ui.HelixUI;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.editor.ModelElementInput;

/**
 * The fiche of one priority action: every field of the programme note's project fiche (§2.3) on a form. It has no
 * model of its own: edits go to the model editor's command stack, Save saves the model editor, and the fiche closes
 * with its model editor.
 */
public class ActionFicheEditor extends FormEditor implements IEditingDomainProvider {

	public static final String ID = HelixUI.FICHE_EDITOR_ID;

	private HelixModelEditor modelEditor;
	private PriorityAction action;
	private FichePage fichePage;
	private final CommandStackListener stackListener = this::commandStackChanged;
	/** A reload of the model (revert, or a change on disk) replaces the action the fiche shows. */
	private final org.eclipse.ui.IPropertyListener reloadListener = (source, property) -> {
		if (property == PROP_INPUT) {
			firePropertyChange(PROP_TITLE); // Save As: the tooltip names the model's new file
		}
		if (property == HelixModelEditor.PROP_MODEL && getContainer() != null && !getContainer().isDisposed()) {
			getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(ActionFicheEditor.this, false));
		}
	};
	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partClosed(IWorkbenchPartReference ref) {
			if (ref.getPart(false) == modelEditor) {
				// the model the fiche shows is gone; async, so the page is not changed while it notifies
				getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(ActionFicheEditor.this, false));
			}
		}
	};

	/** Opens (or brings to front) the fiche of {@code action}, which must belong to {@code modelEditor}'s model. */
	public static ActionFicheEditor open(HelixModelEditor modelEditor, PriorityAction action) throws PartInitException {
		IWorkbenchPage page = modelEditor.getSite().getPage();
		IEditorPart part = page.openEditor(new ModelElementInput(modelEditor, action), ID);
		return (ActionFicheEditor) part;
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ModelElementInput fiche && fiche.element() instanceof PriorityAction ficheAction)) {
			throw new PartInitException("A fiche opens on a priority action of an open Helix model");
		}
		super.init(site, input);
		modelEditor = fiche.modelEditor();
		action = ficheAction;
		setPartName(ficheName());
		setTitleToolTip(Edits.label(action) + " (" + modelEditor.getEditorInput().getName() + ")");
		modelEditor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
		modelEditor.addPropertyListener(reloadListener);
		site.getPage().addPartListener(partListener);
	}

	@Override
	protected void addPages() {
		try {
			fichePage = new FichePage(this);
			addPage(fichePage);
		} catch (PartInitException e) {
			throw new IllegalStateException(e);
		}
	}

	private void commandStackChanged(EventObject event) {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		if (action.eResource() == null) {
			// deleted in the model editor (or reverted there): nothing left to show
			getSite().getPage().closeEditor(this, false);
			return;
		}
		setPartName(ficheName());
		setTitleToolTip(Edits.label(action) + " (" + modelEditor.getEditorInput().getName() + ")");
		firePropertyChange(PROP_DIRTY);
		if (fichePage != null) {
			fichePage.refresh();
		}
	}

	/** The longest tab title; the tooltip has the whole name. */
	static final int MAX_TITLE = 32;

	/**
	 * The tab title: the action's code (which the programme note uses to refer to it) and its name, shortened, e.g.
	 * "A1 Het monitoren van de voortgan…", so that two open fiches can be told apart; "Fiche" only for an action with
	 * neither.
	 */
	static String ficheName(PriorityAction action) {
		String code = action.getCode() == null ? "" : action.getCode().strip();
		String name = action.getName() == null ? "" : action.getName().strip();
		String title = (code + " " + name).strip();
		if (title.isEmpty()) {
			return "Fiche";
		}
		return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).strip() + "\u2026";
	}

	private String ficheName() {
		return ficheName(action);
	}

	public PriorityAction getAction() {
		return action;
	}

	public HelixModelEditor getModelEditor() {
		return modelEditor;
	}

	public FichePage getFichePage() {
		return fichePage;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return modelEditor.getEditingDomain();
	}

	@Override
	public boolean isDirty() {
		return modelEditor != null && modelEditor.isDirty();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a field being typed in commits on focus loss; Ctrl+S keeps the focus, so commit it first
		if (fichePage != null) {
			fichePage.commitFocused();
		}
		modelEditor.doSave(monitor);
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// the fiche is a view on one element; Save As belongs to its model editor
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == EditingDomain.class) {
			return type.cast(getEditingDomain());
		}
		return super.getAdapter(type);
	}

	@Override
	public void dispose() {
		if (modelEditor != null) {
			modelEditor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
			modelEditor.removePropertyListener(reloadListener);
			getSite().getPage().removePartListener(partListener);
		}
		super.dispose();
	}
}
