package org.helix.scoring.ui.views;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.helix.model.core.HelixModel;

/**
 * A view of one of the seeds' methods on the model of the active Helix model editor. It follows the active editor
 * and recomputes on every change of its command stack: the model is copied on the UI thread (a snapshot), the method
 * runs on the copy in a {@link Job}, and the result is shown back on the UI thread. A result that is overtaken by a
 * newer change is dropped.
 *
 * @param <R> what the method computes from a snapshot
 */
public abstract class ModelView<R> extends ViewPart {

	private IEditorPart editor;
	private EditingDomain domain;
	private final CommandStackListener onChange = event -> recomputeLater();
	private IPartListener2 partListener;
	private int generation;
	private Job job;
	private boolean pending;
	private R result;

	@Override
	public final void createPartControl(Composite parent) {
		createControls(parent);
		IWorkbenchPage page = getSite().getPage();
		partListener = new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				if (reference.getPart(false) instanceof IEditorPart part) {
					follow(part);
				}
			}

			@Override
			public void partClosed(IWorkbenchPartReference reference) {
				if (reference.getPart(false) == editor) {
					follow(page.getActiveEditor());
				}
			}
		};
		page.addPartListener(partListener);
		follow(page.getActiveEditor());
	}

	/** Shows the model of this editor (when it edits a Helix model) and recomputes whenever it changes. */
	public void follow(IEditorPart part) {
		EditingDomain newDomain = part instanceof IEditingDomainProvider provider ? provider.getEditingDomain() : null;
		if (newDomain != null && model(newDomain) == null) {
			return; // another kind of editor (the scorings): keep showing the model we had
		}
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(onChange);
		}
		editor = newDomain == null ? null : part;
		domain = newDomain;
		if (domain != null) {
			domain.getCommandStack().addCommandStackListener(onChange);
		}
		recompute();
	}

	/** The model editor followed, or null. */
	public IEditorPart editor() {
		return editor;
	}

	/** The editing domain of the editor followed (for commands), or null. */
	protected EditingDomain editingDomain() {
		return domain;
	}

	/** The live model of the editor followed, or null. */
	protected HelixModel liveModel() {
		return domain == null ? null : model(domain);
	}

	private static HelixModel model(EditingDomain domain) {
		for (Resource resource : domain.getResourceSet().getResources()) {
			if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof HelixModel model) {
				return model;
			}
		}
		return null;
	}

	/** Recomputes once the current event is handled (several changes in a row give one computation). */
	protected void recomputeLater() {
		if (pending) {
			return;
		}
		pending = true;
		Display.getCurrent().asyncExec(() -> {
			pending = false;
			if (!isDisposed()) {
				recompute();
			}
		});
	}

	/** Takes a snapshot of the model now and computes on it in a job; the parameters are read here too. */
	protected void recompute() {
		int mine = ++generation;
		HelixModel live = liveModel();
		if (live == null) {
			result = null;
			showNoModel();
			return;
		}
		HelixModel snapshot = EcoreUtil.copy(live);
		Computation<R> computation = prepare();
		Display display = Display.getCurrent();
		Job newJob = new Job(getPartName() + ": computing") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				R computed = computation.compute(snapshot);
				display.asyncExec(() -> {
					if (mine == generation && !isDisposed()) {
						result = computed;
						show(computed);
					}
				});
				return Status.OK_STATUS;
			}
		};
		newJob.setSystem(true);
		job = newJob;
		newJob.schedule();
	}

	/** What runs in the job: it must read only the snapshot and values captured on the UI thread. */
	@FunctionalInterface
	protected interface Computation<R> {
		R compute(HelixModel snapshot);
	}

	/** The last result shown, or null (for tests and for the view's own handlers). */
	public R result() {
		return result;
	}

	/** The last job started, or null. */
	public Job job() {
		return job;
	}

	protected abstract void createControls(Composite parent);

	/** Called on the UI thread; captures the parameters the computation needs. */
	protected abstract Computation<R> prepare();

	protected abstract void show(R computed);

	protected abstract void showNoModel();

	protected abstract boolean isDisposed();

	@Override
	public void dispose() {
		if (domain != null) {
			domain.getCommandStack().removeCommandStackListener(onChange);
		}
		if (partListener != null) {
			getSite().getPage().removePartListener(partListener);
		}
		super.dispose();
	}
}
