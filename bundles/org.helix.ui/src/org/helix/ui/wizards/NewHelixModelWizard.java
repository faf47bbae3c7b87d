package org.helix.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
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
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixModel;
import org.helix.ui.HelixUI;

/**
 * File &gt; New &gt; Helix Model: a folder (in an existing project), a file name and a title. The file is an empty
 * {@link HelixModel} written by {@link HelixPersistence#save(HelixModel, Path)}, so it carries ids and the current
 * format version like every other Helix file; then it opens in the model editor.
 */
public class NewHelixModelWizard extends Wizard implements INewWizard {

	public static final String ID = "org.helix.ui.wizards.newModel";

	private IStructuredSelection selection = org.eclipse.jface.viewers.StructuredSelection.EMPTY;
	private IWorkbench workbench;
	private Page page;
	private IFile created;

	/** The standard container and file name fields, plus the model's title. */
	public static final class Page extends WizardNewFileCreationPage {

		private Text title;

		Page(IStructuredSelection selection) {
			super("newHelixModel", selection);
			setTitle("New Helix Model");
			setDescription("Choose a folder and a file name, and give the model a title.");
			setFileExtension(HelixPersistence.FILE_EXTENSION);
			setFileName("model." + HelixPersistence.FILE_EXTENSION);
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			Composite row = new Composite(control, SWT.NONE);
			row.setLayout(new GridLayout(2, false));
			row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(row, SWT.NONE).setText("Model &title:");
			title = new Text(row, SWT.BORDER);
			title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			title.setMessage("defaults to the file name");
		}

		public Text getTitleField() {
			return title;
		}

		/** The title typed, else the file name without its extension. */
		public String modelTitle() {
			String typed = title == null ? "" : title.getText().strip();
			if (!typed.isEmpty()) {
				return typed;
			}
			String name = getFileName();
			return name.endsWith("." + HelixPersistence.FILE_EXTENSION)
					? name.substring(0, name.length() - HelixPersistence.FILE_EXTENSION.length() - 1) : name;
		}

		@Override
		protected InputStream getInitialContents() {
			try {
				return new ByteArrayInputStream(emptyModel(modelTitle()));
			} catch (IOException e) {
				setErrorMessage("Cannot write the new model: " + e.getMessage());
				return null;
			}
		}
	}

	public NewHelixModelWizard() {
		setWindowTitle("New Helix Model");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection == null ? org.eclipse.jface.viewers.StructuredSelection.EMPTY : selection;
	}

	@Override
	public void addPages() {
		page = new Page(selection);
		addPage(page);
	}

	public Page getPage() {
		return page;
	}

	/** The file made by the last Finish, or null. */
	public IFile getCreatedFile() {
		return created;
	}

	/** The bytes of a new, empty model titled {@code title}, as {@link HelixPersistence} writes it. */
	public static byte[] emptyModel(String title) throws IOException {
		HelixModel model = CoreFactory.eINSTANCE.createHelixModel();
		model.setTitle(title);
		// the tree, the Properties view's Name and every list of models show the name: the same text as the title
		model.setName(title);
		Path temporary = Files.createTempFile("helix-new-", "." + HelixPersistence.FILE_EXTENSION);
		try {
			HelixPersistence.save(model, temporary);
			return Files.readAllBytes(temporary);
		} finally {
			Files.deleteIfExists(temporary);
			Files.deleteIfExists(HelixPersistence.backupOf(temporary));
		}
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		if (created == null) {
			return false;
		}
		IWorkbench bench = workbench != null ? workbench : PlatformUI.getWorkbench();
		IWorkbenchPage active = bench.getActiveWorkbenchWindow() == null ? null : bench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, created, HelixUI.EDITOR_ID);
			} catch (PartInitException e) {
				page.setErrorMessage("The model was created but could not be opened: " + e.getMessage());
			}
		}
		return true;
	}
}
