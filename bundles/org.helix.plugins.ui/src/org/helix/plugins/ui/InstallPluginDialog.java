package org.helix.plugins.ui;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.helix.plugins.Installable;
import org.helix.plugins.Installation;
import org.helix.plugins.PluginInstallException;
import org.helix.plugins.PluginInstaller;

/**
 * Install Plug-in: the user names a p2 repository (a URL, a folder or a zip), the dialog lists the features and bundles
 * it offers, and installs the checked ones with p2 in a job (progress in the dialog's bar; the workbench stays usable).
 * The result shows in the message area; after an install the OK button restarts Helix, which starts the new bundles.
 * The installation is given, so tests install into one of their own.
 */
public class InstallPluginDialog extends TitleAreaDialog {

	static final String TITLE = "Install Plug-in";

	private final Installation installation;
	private Text repository;
	private Button load;
	private CheckboxTableViewer offered;
	private Label progressLabel;
	private URI loadedFrom;
	private volatile Job running;
	private boolean installed;

	public InstallPluginDialog(Shell parent, Installation installation) {
		super(parent);
		this.installation = installation;
		setHelpAvailable(false);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Install a plug-in from a p2 repository");
		setMessage("Give an update site (a URL, a folder or a .zip), load it, check what to install.");
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(body);

		new Label(body, SWT.NONE).setText("&Repository:");
		repository = new Text(body, SWT.BORDER | SWT.SINGLE);
		repository.setMessage("https://example.org/helix-site, /path/to/site or /path/to/site.zip");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(repository);
		Button folder = new Button(body, SWT.PUSH);
		folder.setText("&Folder...");
		folder.addListener(SWT.Selection, e -> {
			String chosen = new DirectoryDialog(getShell()).open();
			if (chosen != null) {
				repository.setText(chosen);
				loadRepository();
			}
		});
		Button zip = new Button(body, SWT.PUSH);
		zip.setText("&Zip...");
		zip.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.zip", "*.*" });
			String chosen = dialog.open();
			if (chosen != null) {
				repository.setText(chosen);
				loadRepository();
			}
		});
		load = new Button(body, SWT.PUSH);
		load.setText("&Load");
		load.addListener(SWT.Selection, e -> loadRepository());
		repository.addListener(SWT.DefaultSelection, e -> loadRepository());

		offered = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION);
		offered.getTable().setHeaderVisible(true);
		offered.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(5, 1).hint(SWT.DEFAULT, 220).applyTo(offered.getTable());
		column("Name", 280, Installable::name);
		column("Id", 300, Installable::id);
		column("Version", 150, Installable::version);
		column("Kind", 80, installable -> installable.feature() ? "feature" : "bundle");
		offered.setContentProvider(ArrayContentProvider.getInstance());
		offered.addCheckStateListener(e -> updateButtons());

		progressLabel = new Label(body, SWT.WRAP);
		progressLabel.setText("Installing into " + installation.folder());
		GridDataFactory.fillDefaults().grab(true, false).span(5, 1).applyTo(progressLabel);
		return area;
	}

	private void column(String title, int width, java.util.function.Function<Installable, String> text) {
		TableViewerColumn column = new TableViewerColumn(offered, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Installable) element);
			}
		});
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Install", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CLOSE_LABEL, false);
		updateButtons();
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok == null || ok.isDisposed()) {
			return;
		}
		ok.setEnabled(running == null && (installed || offered.getCheckedElements().length > 0));
		load.setEnabled(running == null);
	}

	@Override
	protected void okPressed() {
		if (installed) {
			// the simple configurator starts the new bundles at the next start
			super.okPressed();
			PlatformUI.getWorkbench().restart();
			return;
		}
		List<Installable> chosen = new ArrayList<>();
		for (Object element : offered.getCheckedElements()) {
			chosen.add((Installable) element);
		}
		install(chosen);
	}

	@Override
	public boolean close() {
		Job job = running;
		if (job != null) {
			job.cancel();
		}
		return super.close();
	}

	/** Reads the repository in a job and lists what it offers. */
	public void loadRepository() {
		URI location;
		try {
			location = PluginInstaller.repositoryLocation(repository.getText(), Path.of(System.getProperty("user.dir")));
		} catch (PluginInstallException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		setErrorMessage(null);
		offered.setInput(List.of());
		loadedFrom = null;
		start(new Job("Reading " + location) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try (PluginInstaller installer = PluginInstaller.open(installation)) {
					List<Installable> available = installer.available(location, monitor);
					show(() -> {
						loadedFrom = location;
						offered.setInput(available);
						setMessage(available.isEmpty() ? "The repository offers no feature or bundle."
								: "Check what to install; features bring their bundles and what they require.");
					});
				} catch (PluginInstallException e) {
					show(() -> setErrorMessage(e.getMessage()));
				}
				return Status.OK_STATUS;
			}
		});
	}

	/** Installs in a job, one after the other; stops at the first failure (which p2 has rolled back). */
	private void install(List<Installable> chosen) {
		URI location = loadedFrom;
		if (location == null || chosen.isEmpty()) {
			return;
		}
		setErrorMessage(null);
		start(new Job("Installing plug-ins") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				SubMonitor progress = SubMonitor.convert(monitor, chosen.size());
				List<String> done = new ArrayList<>();
				try (PluginInstaller installer = PluginInstaller.open(installation)) {
					for (Installable installable : chosen) {
						show(() -> progressLabel.setText("Installing " + installable + "..."));
						installer.install(location, installable.unitId(), installable.version(), progress.split(1));
						done.add(installable.toString());
					}
					show(() -> {
						installed = true;
						progressLabel.setText("Installed into " + installation.folder());
						setMessage("Installed " + String.join(", ", done) + ". Restart Helix to use it.",
								IMessageProvider.INFORMATION);
						getButton(IDialogConstants.OK_ID).setText("&Restart Now");
						getButton(IDialogConstants.OK_ID).getParent().layout();
					});
				} catch (PluginInstallException e) {
					show(() -> {
						installed = !done.isEmpty();
						progressLabel.setText(done.isEmpty() ? "Nothing was installed."
								: "Installed " + String.join(", ", done) + "; the rest was not.");
						setErrorMessage(e.getMessage());
					});
				}
				return Status.OK_STATUS;
			}
		});
	}

	private void start(Job job) {
		running = job;
		job.setUser(true);
		job.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
			@Override
			public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
				show(() -> {
					running = null;
					updateButtons();
				});
			}
		});
		updateButtons();
		job.schedule();
	}

	/** Runs on the UI thread, unless the dialog has been closed meanwhile. */
	private void show(Runnable update) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (getShell() != null && !getShell().isDisposed()) {
				update.run();
			}
		});
	}

	/** For tests: whether a job of the dialog runs. */
	public boolean isBusy() {
		return running != null;
	}

	public Text repositoryField() {
		return repository;
	}

	public CheckboxTableViewer offeredViewer() {
		return offered;
	}

	public Button installButton() {
		return getButton(IDialogConstants.OK_ID);
	}

	public Label progressLabel() {
		return progressLabel;
	}
}
