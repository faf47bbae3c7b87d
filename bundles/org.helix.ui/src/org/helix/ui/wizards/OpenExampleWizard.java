package org.helix.ui.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.helix.ui.ExampleModel;
import org.helix.ui.ExampleProject;
import org.helix.ui.HelixUI;

/**
 * File &gt; New &gt; Helix Example: lists the contributed examples ({@link ExampleModel}) by their labels, copies the checked ones into a
 * workspace project (made if needed; files already there are kept, not overwritten) and opens the first one.
 */
public class OpenExampleWizard extends Wizard implements INewWizard {

	public static final String ID = "org.helix.ui.wizards.openExample";

	private IWorkbench workbench;
	private Page page;
	private final List<IFile> copied = new ArrayList<>();

	/** A checkbox list of {@link ExampleModel}s and the target project's name. */
	public static final class Page extends WizardPage {

		private CheckboxTableViewer examples;
		private Text project;

		Page() {
			super("openExample");
			setTitle("Open Helix Example");
			setDescription("Choose the example models to copy into the workspace; the first one opens in the model editor.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite control = new Composite(parent, SWT.NONE);
			control.setLayout(new GridLayout(2, false));
			Label label = new Label(control, SWT.NONE);
			label.setText("&Examples:");
			label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			examples = CheckboxTableViewer.newCheckList(control, SWT.BORDER);
			examples.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
			examples.setContentProvider(ArrayContentProvider.getInstance());
			examples.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					ExampleModel example = (ExampleModel) element;
					return example.label() + "  —  " + example.fileName();
				}
			});
			List<ExampleModel> contributed = ExampleModel.contributed();
			examples.setInput(contributed);
			ExampleModel opened = ExampleModel.openedOnFirstStart(contributed);
			if (opened != null) {
				examples.setChecked(opened, true);
			}
			examples.addCheckStateListener(e -> validate());
			new Label(control, SWT.NONE).setText("Into &project:");
			project = new Text(control, SWT.BORDER);
			project.setText(HelixUI.EXAMPLES_PROJECT);
			project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			project.addModifyListener(e -> validate());
			setControl(control);
			validate();
		}

		private void validate() {
			String error = null;
			if (chosen().isEmpty()) {
				error = "Choose at least one example.";
			} else {
				IStatus status = ResourcesPlugin.getWorkspace().validateName(projectName(), org.eclipse.core.resources.IResource.PROJECT);
				error = status.isOK() ? null : status.getMessage();
			}
			setErrorMessage(error);
			setPageComplete(error == null);
		}

		public List<ExampleModel> chosen() {
			List<ExampleModel> chosen = new ArrayList<>();
			for (Object checked : examples.getCheckedElements()) {
				chosen.add((ExampleModel) checked);
			}
			return chosen;
		}

		public void setChosen(List<ExampleModel> chosen) {
			examples.setCheckedElements(chosen.toArray());
			validate();
		}

		public CheckboxTableViewer getViewer() {
			return examples;
		}

		public String projectName() {
			return project.getText().strip();
		}

		public void setProjectName(String name) {
			project.setText(name);
		}
	}

	public OpenExampleWizard() {
		setWindowTitle("Open Helix Example");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new Page();
		addPage(page);
	}

	public Page getPage() {
		return page;
	}

	/** The files of the chosen examples after the last Finish. */
	public List<IFile> getCopiedFiles() {
		return copied;
	}

	@Override
	public boolean performFinish() {
		copied.clear();
		try {
			copied.addAll(ExampleProject.copy(page.projectName(), page.chosen(), null));
		} catch (CoreException e) {
			page.setErrorMessage(e.getStatus().getMessage());
			return false;
		}
		IWorkbench bench = workbench != null ? workbench : PlatformUI.getWorkbench();
		IWorkbenchPage active = bench.getActiveWorkbenchWindow() == null ? null : bench.getActiveWorkbenchWindow().getActivePage();
		if (active != null && !copied.isEmpty()) {
			try {
				IDE.openEditor(active, copied.get(0), HelixUI.EDITOR_ID);
			} catch (PartInitException e) {
				page.setErrorMessage("The examples were copied but could not be opened: " + e.getMessage());
			}
		}
		return true;
	}
}
