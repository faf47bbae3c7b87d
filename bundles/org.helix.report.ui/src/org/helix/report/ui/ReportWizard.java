package org.helix.report.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
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
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.helix.analysis.ModelSnapshot;
import org.helix.model.core.HelixModel;
import org.helix.model.programme.PlanBaseline;
import org.helix.model.programme.Programme;
import org.helix.report.Report;
import org.helix.report.ReportContext;
import org.helix.report.ReportException;
import org.helix.report.ReportGenerator;
import org.helix.report.ReportOptions;
import org.helix.report.ReportPdf;
import org.helix.report.ReportSections;
import org.helix.report.ReportSite;

/**
 * The progress report wizard: programme, as-of date, baseline, sections, output folder, PDF or not. Finish takes a
 * snapshot of the model on the UI thread and writes the report in a Job with progress (docs/reports.md).
 */
public class ReportWizard extends Wizard {

	static final String LATEST = "(the latest baseline)";

	private final HelixModel model;
	private final ReportGenerator generator = ReportGenerator.fromExtensions(System.err);
	final ReportPage page = new ReportPage();
	/** The last job started by Finish (for tests). */
	Job job;

	public ReportWizard(HelixModel model) {
		this.model = model;
		setWindowTitle("Progress Report");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Programme programme = page.programme();
		ReportOptions options = new ReportOptions(page.asOf(), programme.getId() != null ? programme.getId() : programme.getName(), page.baseline(),
				page.sections());
		Path folder = Path.of(page.folder.getText().trim());
		boolean pdf = page.pdf.getSelection();
		// the model the user edits is read here, on the UI thread, and only the copy goes to the Job
		HelixModel snapshot = ModelSnapshot.of(model).model();
		job = Job.create("Progress report of " + ReportContext.label(programme), (IJobFunction) monitor -> write(snapshot, options, folder, pdf, monitor));
		job.setUser(true);
		job.schedule();
		return true;
	}

	IStatus write(HelixModel snapshot, ReportOptions options, Path folder, boolean pdf, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Progress report", pdf ? 100 : 70);
		try {
			Report report = generator.generate(snapshot, options, progress.split(50));
			progress.subTask("Writing the site");
			ReportSite.write(report, folder);
			progress.worked(20);
			if (pdf) {
				progress.subTask("Rendering the PDF");
				ReportPdf.write(report, folder.resolve(ReportPdf.FILE));
				progress.worked(30);
			}
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (ReportException | IOException e) {
			return Status.error("The progress report was not written: " + e.getMessage(), e);
		}
	}

	/** The one page of the wizard. */
	final class ReportPage extends WizardPage {

		Combo programmes;
		DateTime date;
		Combo baselines;
		Table sections;
		Text folder;
		Button pdf;
		private List<Programme> candidates;

		ReportPage() {
			super("report");
			setTitle("Progress report");
			setDescription("A static HTML site (and a PDF) of the programme as of a date, from the model and its analyses.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			label(area, "&Programme:");
			programmes = new Combo(area, SWT.READ_ONLY);
			programmes.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			candidates = ReportGenerator.programmes(model);
			candidates.forEach(p -> programmes.add(ReportContext.label(p)));
			programmes.select(candidates.size() - 1);
			label(area, "&As of:");
			date = new DateTime(area, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
			date.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
			label(area, "&Baseline:");
			baselines = new Combo(area, SWT.READ_ONLY);
			baselines.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			programmes.addListener(SWT.Selection, e -> fillBaselines());
			fillBaselines();
			label(area, "&Sections:");
			sections = new Table(area, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
			GridData sectionsData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
			sectionsData.heightHint = 180;
			sections.setLayoutData(sectionsData);
			for (ReportSections.Entry entry : generator.sections().all()) {
				TableItem item = new TableItem(sections, SWT.NONE);
				item.setText(entry.name());
				item.setData(entry.id());
				item.setChecked(true);
			}
			sections.addListener(SWT.Selection, e -> validate());
			label(area, "&Output folder:");
			folder = new Text(area, SWT.BORDER);
			folder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			folder.addListener(SWT.Modify, e -> validate());
			Button browse = new Button(area, SWT.PUSH);
			browse.setText("B&rowse...");
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			new Label(area, SWT.NONE);
			pdf = new Button(area, SWT.CHECK);
			pdf.setText("Also write a P&DF (report.pdf)");
			pdf.setSelection(true);
			pdf.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false, 2, 1));
			setControl(area);
			validate();
		}

		private void label(Composite area, String text) {
			new Label(area, SWT.NONE).setText(text);
		}

		private void fillBaselines() {
			baselines.removeAll();
			baselines.add(LATEST);
			for (PlanBaseline baseline : programme().getBaselines()) {
				baselines.add(ReportContext.label(baseline));
			}
			baselines.select(0);
		}

		Programme programme() {
			return candidates.get(Math.max(0, programmes.getSelectionIndex()));
		}

		LocalDate asOf() {
			return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
		}

		String baseline() {
			return baselines.getSelectionIndex() <= 0 ? null : baselines.getText();
		}

		List<String> sections() {
			List<String> ids = new ArrayList<>();
			for (TableItem item : sections.getItems()) {
				if (item.getChecked()) {
					ids.add((String) item.getData());
				}
			}
			return ids;
		}

		void validate() {
			String problem = null;
			if (folder.getText().isBlank()) {
				problem = "Choose the folder to write the report to.";
			} else if (sections().isEmpty()) {
				problem = "Choose at least one section.";
			}
			setErrorMessage(folder.getText().isBlank() ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
