package org.helix.io.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.helix.io.Table;
import org.helix.io.TableFormats;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.model.core.HelixModel;
import org.helix.ui.FileDialogs;

/**
 * Export of one kind as a table, as {@code ./helix cli export --kind KIND --format csv|xlsx} writes it: the kind's
 * table is taken from the model on the UI thread ({@link TableKind#export}, a copy of the cells), and written in a Job
 * by the format (a temporary file moved into place, so a failed export leaves no half-written file).
 */
public class ExportWizard extends Wizard {

	private final HelixModel model;
	private final Path modelFile;
	final ExportPage page = new ExportPage();
	/** The job Finish started (for tests). */
	Job job;

	public ExportWizard(HelixModel model, Path modelFile) {
		this.model = model;
		this.modelFile = modelFile;
		setWindowTitle("Export Table");
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		TableKind<?> kind = page.kind();
		TableFormats.Descriptor format = page.format();
		Path target = Path.of(page.file.getText().trim());
		Table table = kind.export(model); // reads the model here, on the UI thread; the job gets the cells only
		job = Job.create("Export of " + kind.id() + " to " + target.getFileName(), (IJobFunction) monitor -> write(table, format, target, monitor));
		job.setUser(true);
		job.schedule();
		return true;
	}

	static IStatus write(Table table, TableFormats.Descriptor format, Path target, IProgressMonitor monitor) {
		monitor.beginTask("Writing " + target.getFileName(), IProgressMonitor.UNKNOWN);
		Path temporary = null;
		try {
			Path folder = target.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				format.create().write(table, out);
			}
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return Status.OK_STATUS;
		} catch (IOException | RuntimeException e) {
			try {
				if (temporary != null) {
					Files.deleteIfExists(temporary);
				}
			} catch (IOException ignored) {
				// the temporary file is left; the target is untouched either way
			}
			return Status.error(target.getFileName() + " was not written: " + e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	/** Kind, format and file. */
	final class ExportPage extends WizardPage {

		Combo kinds;
		Combo formats;
		Text file;
		private List<TableFormats.Descriptor> all;

		ExportPage() {
			super("export");
			setTitle("Export a table");
			setDescription("One kind of element as a CSV or XLSX table; it imports again without a mapping.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			new Label(area, SWT.NONE).setText("&Kind:");
			kinds = new Combo(area, SWT.READ_ONLY);
			kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			TableImport.kinds().forEach(kind -> kinds.add(kind.label() + " (" + kind.id() + ")"));
			kinds.select(0);
			new Label(area, SWT.NONE).setText("F&ormat:");
			formats = new Combo(area, SWT.READ_ONLY);
			formats.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			all = TableFormats.all();
			all.forEach(format -> formats.add(format.name() + " (." + format.extensions().get(0) + ")"));
			formats.select(Math.max(0, all.stream().map(TableFormats.Descriptor::id).toList().indexOf("xlsx")));
			new Label(area, SWT.NONE).setText("&File:");
			file = new Text(area, SWT.BORDER);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(area, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> {
				String chosen = FileDialogs.open(FileDialogs.save(getShell(), Path.of(defaultFile()).getFileName().toString(),
						"*." + format().extensions().get(0)));
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			kinds.addListener(SWT.Selection, e -> file.setText(defaultFile()));
			formats.addListener(SWT.Selection, e -> file.setText(defaultFile()));
			file.addListener(SWT.Modify, e -> validate());
			file.setText(defaultFile());
			setControl(area);
			validate();
		}

		TableKind<?> kind() {
			return TableImport.kinds().get(kinds.getSelectionIndex());
		}

		TableFormats.Descriptor format() {
			return all.get(formats.getSelectionIndex());
		}

		/** As the command line: beside the model as NAME-KIND.EXT, else in the folder file dialogs start in. */
		private String defaultFile() {
			String extension = format().extensions().get(0);
			Path folder = modelFile != null ? modelFile.toAbsolutePath().getParent() : FileDialogs.initialFolder();
			String name = modelFile != null ? modelFile.getFileName().toString().replaceFirst("\\.[^.]*$", "") : "helix";
			return folder.resolve(name + "-" + kind().id() + "." + extension).toString();
		}

		private void validate() {
			String text = file.getText().trim();
			String message = null;
			if (text.isEmpty()) {
				message = "Choose the file to write.";
			} else if (Files.isDirectory(Path.of(text))) {
				message = text + " is a folder; give a file name.";
			}
			setErrorMessage(message);
			setPageComplete(message == null);
		}
	}
}
