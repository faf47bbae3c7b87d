package org.helix.ui;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.ui.editor.HelixModelEditor;
import org.helix.ui.explorer.ModelExplorerView;

/**
 * The "Helix Examples" workspace project, made on first start so that a new user opens onto the Klimaatsprong model
 * instead of an empty window. Copying runs in a workspace job; only opening the editor happens on the UI thread.
 */
public final class ExampleProject {

	/** Job family of the copy job, for tests and for shutdown to wait on. */
	public static final Object JOB_FAMILY = ExampleProject.class;

	private ExampleProject() {
	}

	/** On an empty workspace, copies the shipped examples and opens Klimaatsprong in {@code window}. */
	public static void installOnFirstStart(IWorkbenchWindow window) {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		if (workspace.getRoot().getProjects().length > 0) {
			return;
		}
		WorkspaceJob job = new WorkspaceJob("Copying the Helix examples into the workspace") {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IFile klimaatsprong = install(monitor);
				Display display = window.getShell() == null ? null : window.getShell().getDisplay();
				if (display != null && !display.isDisposed()) {
					display.asyncExec(() -> open(window, klimaatsprong));
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == JOB_FAMILY;
			}
		};
		job.setRule(workspace.getRoot());
		job.schedule();
	}

	/**
	 * Creates the project if needed and copies every contributed example ({@link ExampleModel#contributed()}) that is
	 * not there yet; returns the one to open (Klimaatsprong in the product), or null when nothing is contributed.
	 */
	public static IFile install(IProgressMonitor monitor) throws CoreException {
		java.util.List<ExampleModel> examples = ExampleModel.contributed();
		java.util.List<IFile> files = copy(HelixUI.EXAMPLES_PROJECT, examples, monitor);
		ExampleModel opened = ExampleModel.openedOnFirstStart(examples);
		return opened == null ? null : files.get(examples.indexOf(opened));
	}

	/**
	 * Creates and opens the project {@code projectName} if needed and copies {@code examples} into it; a file that is
	 * already there is kept as it is (it may hold the user's edits). Returns the examples' files, in order.
	 */
	public static java.util.List<IFile> copy(String projectName, java.util.List<ExampleModel> examples, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, examples.size() + 2);
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(projectName);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		java.util.List<IFile> files = new java.util.ArrayList<>();
		for (ExampleModel example : examples) {
			IFile file = project.getFile(example.fileName());
			if (!file.exists()) {
				try (InputStream in = example.open()) {
					file.create(in, false, progress.split(1));
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot read the shipped example " + example.fileName(), e));
				}
			}
			files.add(file);
			IFile diagrams = project.getFile(example.diagramsFileName()); // laid-out diagrams beside the model
			if (example.diagramsUrl() != null && !diagrams.exists()) {
				try (InputStream in = example.diagramsUrl().openStream()) {
					diagrams.create(in, false, null);
				} catch (IOException e) {
					throw new CoreException(Status.error("Cannot read the shipped diagrams " + example.diagramsFileName(), e));
				}
			}
		}
		return files;
	}

	/**
	 * Opens an example in the model editor on its Overview page (title, counts, links: what a newcomer should see
	 * first, not the raw tree), with the programme that has actions selected, so the Properties view shows it.
	 */
	public static IEditorPart open(IWorkbenchWindow window, IFile file) {
		IWorkbenchPage page = window.getActivePage();
		if (page == null || file == null || !file.exists() || !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		try {
			IEditorPart editor = IDE.openEditor(page, file, HelixUI.EDITOR_ID);
			if (editor instanceof HelixModelEditor helixEditor && helixEditor.getModel() != null) {
				helixEditor.getModel().getProgrammes().stream().filter(programme -> !programme.getActions().isEmpty())
						.findFirst().ifPresent(programme -> helixEditor.setSelection(new StructuredSelection(programme)));
				helixEditor.setActivePage(HelixModelEditor.OVERVIEW_PAGE);
			}
			if (page.findView(HelixUI.EXPLORER_ID) instanceof ModelExplorerView explorer) {
				explorer.getViewer().setSelection(new StructuredSelection(file), true);
			}
			return editor;
		} catch (PartInitException e) {
			// the example is in the explorer; the user can still open it from there
			return null;
		}
	}

	/** The file of the example opened on first start (Klimaatsprong in the product), or null if there is none. */
	public static IFile firstStartFile() {
		ExampleModel opened = ExampleModel.openedOnFirstStart(ExampleModel.contributed());
		return opened == null ? null : ResourcesPlugin.getWorkspace().getRoot().getProject(HelixUI.EXAMPLES_PROJECT).getFile(opened.fileName());
	}
}
