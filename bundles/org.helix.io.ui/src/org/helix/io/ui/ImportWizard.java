package org.helix.io.ui;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.helix.io.ColumnMapping;
import org.helix.io.ImportPlan;
import org.helix.io.RowResult;
import org.helix.io.RowResult.Outcome;
import org.helix.io.TableFormatException;
import org.helix.io.TableFormats;
import org.helix.io.TableImport;
import org.helix.io.TableKind;
import org.helix.model.core.HelixModel;
import org.helix.ui.FileDialogs;

/**
 * The import wizard (docs/import-export.md): the data file and the kind; the column mapping with a preview of the
 * first rows as they will be read (guessed from the column names, or the mapping saved beside the model); the plan
 * (created, updated, unchanged, rejected rows with their numbers and reasons) before anything changes. Finish applies
 * the whole import as one command on the editor's command stack, so one Undo takes it back.
 *
 * <p>
 * Reading the file runs with progress in the wizard's container, off the UI thread; it does not touch the model. The
 * plan reads the model, so it is computed on the UI thread (10,000 rows take a few tenths of a second: see
 * docs/benchmarks.md).
 */
public class ImportWizard extends Wizard {

	static final int PREVIEW_ROWS = 20;
	static final String NO_COLUMN = "(no column)";

	private final HelixModel model;
	private final CommandStack commandStack;
	private final Path modelFile;

	final FilePage filePage = new FilePage();
	final MappingPage mappingPage = new MappingPage();
	final PlanPage planPage = new PlanPage();

	/** What was read, for which file and kind; replaced when the user goes back and picks another. */
	private Path readFile;
	private org.helix.io.Table table;
	/** The command Finish executed (null until then, or when nothing changed). */
	Command applied;

	/** @param modelFile the model's file, beside which the mapping is kept for next time (null: not kept) */
	public ImportWizard(HelixModel model, CommandStack commandStack, Path modelFile) {
		this.model = model;
		this.commandStack = commandStack;
		this.modelFile = modelFile;
		setWindowTitle("Import Table");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(filePage);
		addPage(mappingPage);
		addPage(planPage);
	}

	@Override
	public boolean canFinish() {
		return getContainer() != null && getContainer().getCurrentPage() == planPage && planPage.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		ImportPlan plan = planPage.plan;
		if (plan.changesModel()) {
			Command command = plan.command(planPage.skip.getSelection());
			commandStack.execute(command);
			if (commandStack.getMostRecentCommand() != command) {
				MessageDialog.openError(getShell(), "Import Table", "The import failed while it was applied (see the error log). File > Revert brings back the model as last saved.");
				return false;
			}
			applied = command;
		}
		if (modelFile != null) {
			Path saved = ColumnMapping.besideModel(modelFile, plan.kind());
			try {
				mappingPage.mapping().save(saved);
			} catch (IOException e) {
				MessageDialog.openWarning(getShell(), "Import Table",
						"The import is applied, but the column mapping could not be kept in " + saved + ": " + e.getMessage());
			}
		}
		return true;
	}

	TableKind<?> kind() {
		return TableImport.kinds().get(filePage.kinds.getSelectionIndex());
	}

	/** Reads the chosen file (again if it changed) with progress; null with the page's error message set on failure. */
	private org.helix.io.Table table(WizardPage page) {
		Path file = filePage.file();
		if (table != null && file.equals(readFile)) {
			return table;
		}
		table = null;
		readFile = null;
		Object[] result = new Object[1];
		try {
			getContainer().run(true, true, monitor -> {
				monitor.beginTask("Reading " + file.getFileName(), IProgressMonitor.UNKNOWN);
				try {
					result[0] = TableImport.read(file);
				} catch (IOException | TableFormatException e) {
					result[0] = e;
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			result[0] = e.getCause();
		} catch (InterruptedException | OperationCanceledException e) {
			result[0] = new IOException("reading was cancelled");
		}
		if (result[0] instanceof org.helix.io.Table read) {
			table = read;
			readFile = file;
			return table;
		}
		Throwable problem = (Throwable) result[0];
		page.setErrorMessage(file.getFileName() + " cannot be read: " + problem.getMessage());
		return null;
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		return label;
	}

	/** Page 1: the data file (CSV or XLSX) and the kind of its rows. */
	final class FilePage extends WizardPage {

		Text file;
		Combo kinds;

		FilePage() {
			super("file");
			setTitle("Data file and kind");
			setDescription("A CSV or XLSX table whose rows are one kind of element; nothing changes until Finish.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(3, false));
			label(area, "&File:");
			file = new Text(area, SWT.BORDER);
			file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(area, SWT.PUSH);
			browse.setText("&Browse...");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
				dialog.setFilterPath(FileDialogs.initialFolder().toString());
				String chosen = FileDialogs.open(dialog);
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			label(area, "&Kind:");
			kinds = new Combo(area, SWT.READ_ONLY);
			kinds.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			for (TableKind<?> kind : TableImport.kinds()) {
				kinds.add(kind.label() + " (" + kind.id() + ")");
			}
			file.addListener(SWT.Modify, e -> {
				guessKind();
				validate();
			});
			kinds.addListener(SWT.Selection, e -> validate());
			setControl(area);
			validate();
		}

		Path file() {
			return Path.of(file.getText().trim());
		}

		/** A file named after a kind (klimaatsprong-budgets.xlsx, as Export writes them) selects it. */
		private void guessKind() {
			String name = file.getText().toLowerCase(java.util.Locale.ROOT);
			List<TableKind<?>> all = TableImport.kinds();
			for (int i = 0; i < all.size(); i++) {
				if (name.contains(all.get(i).id())) {
					kinds.select(i);
					return;
				}
			}
		}

		void validate() {
			String message = null;
			String text = file.getText().trim();
			if (text.isEmpty()) {
				message = "Choose the CSV or XLSX file to import.";
			} else if (!Files.isRegularFile(Path.of(text))) {
				message = "There is no file " + text;
			} else if (TableFormats.forFile(Path.of(text)).isEmpty()) {
				message = "No table format reads " + Path.of(text).getFileName() + " (known: "
						+ String.join(", ", TableFormats.all().stream().flatMap(f -> f.extensions().stream()).toList()) + ")";
			} else if (kinds.getSelectionIndex() < 0) {
				message = "Choose the kind of the table's rows.";
			}
			setErrorMessage(text.isEmpty() || message == null ? null : message);
			setMessage(text.isEmpty() ? message : null);
			setPageComplete(message == null);
		}
	}

	/**
	 * Page 2: which column feeds which field (a combo per field, or one value for every row), and a preview of the
	 * first rows as the mapping reads them.
	 */
	final class MappingPage extends WizardPage {

		Label source;
		Composite fields;
		ScrolledComposite scroller;
		Table preview;
		/** Per field of the kind: the column combo and the value-for-every-row text. */
		final Map<String, Combo> columnOf = new LinkedHashMap<>();
		final Map<String, Text> valueOf = new LinkedHashMap<>();
		private TableKind<?> builtFor;
		private org.helix.io.Table builtFrom;

		MappingPage() {
			super("mapping");
			setTitle("Column mapping");
			setDescription("Which column of the table feeds which field; the preview shows the first rows as they will be read.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(1, false));
			source = new Label(area, SWT.WRAP);
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			scroller = new ScrolledComposite(area, SWT.V_SCROLL | SWT.BORDER);
			GridData scrollerData = new GridData(SWT.FILL, SWT.FILL, true, false);
			scrollerData.heightHint = 190;
			scroller.setLayoutData(scrollerData);
			scroller.setExpandHorizontal(true);
			scroller.setExpandVertical(true);
			fields = new Composite(scroller, SWT.NONE);
			fields.setLayout(new GridLayout(3, false));
			scroller.setContent(fields);
			label(area, "Preview (the first " + PREVIEW_ROWS + " rows, as they will be read):");
			preview = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
			preview.setHeaderVisible(true);
			preview.setLinesVisible(true);
			GridData previewData = new GridData(SWT.FILL, SWT.FILL, true, true);
			previewData.heightHint = 200;
			preview.setLayoutData(previewData);
			setControl(area);
			setPageComplete(false);
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				setErrorMessage(null);
				org.helix.io.Table read = table(this);
				if (read == null) {
					setPageComplete(false);
					builtFor = null;
				} else if (builtFor != kind() || builtFrom != read) {
					build(kind(), read);
				}
			}
			super.setVisible(visible);
		}

		/** One row per field: its column (guessed, or as saved beside the model) or one value for every row. */
		private void build(TableKind<?> kind, org.helix.io.Table read) {
			builtFor = kind;
			builtFrom = read;
			for (Control child : fields.getChildren()) {
				child.dispose();
			}
			columnOf.clear();
			valueOf.clear();
			ColumnMapping initial = ColumnMapping.automatic(kind, read.header());
			String origin = "guessed from the column names";
			Path saved = modelFile == null ? null : ColumnMapping.besideModel(modelFile, kind.id());
			if (saved != null && Files.isRegularFile(saved)) {
				try {
					ColumnMapping loaded = ColumnMapping.load(saved);
					List<String> problems = loaded.problems(kind, read.header());
					if (problems.isEmpty()) {
						initial = loaded;
						origin = "as saved for this model (" + saved.getFileName() + ")";
					} else {
						origin = "guessed from the column names: the saved mapping " + saved.getFileName()
								+ " does not fit this table (" + problems.get(0) + ")";
					}
				} catch (IOException e) {
					origin = "guessed from the column names: the saved mapping cannot be read (" + e.getMessage() + ")";
				}
			}
			source.setText(read.size() + " rows of " + readFile.getFileName() + " as " + kind.id() + "; mapping " + origin + ".");
			label(fields, "Field").setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			label(fields, "Column of the table").setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			label(fields, "or a value for every row").setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			Map<String, String> columnByField = new LinkedHashMap<>();
			initial.columns().forEach((column, field) -> columnByField.put(field, column));
			for (String field : kind.fieldNames()) {
				label(fields, field);
				Combo combo = new Combo(fields, SWT.READ_ONLY);
				combo.add(NO_COLUMN);
				read.header().forEach(combo::add);
				String column = columnByField.get(field);
				combo.select(column == null ? 0 : read.header().indexOf(column) + 1);
				combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				Text value = new Text(fields, SWT.BORDER);
				value.setText(initial.values().getOrDefault(field, ""));
				value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				combo.addListener(SWT.Selection, e -> changed());
				value.addListener(SWT.Modify, e -> changed());
				columnOf.put(field, combo);
				valueOf.put(field, value);
			}
			scroller.setMinSize(fields.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			fields.layout(true);
			changed();
		}

		/** The mapping the page shows. */
		ColumnMapping mapping() {
			Map<String, String> columns = new LinkedHashMap<>();
			Map<String, String> values = new LinkedHashMap<>();
			for (String field : columnOf.keySet()) {
				Combo combo = columnOf.get(field);
				if (combo.getSelectionIndex() > 0) {
					columns.put(combo.getText(), field);
				} else if (!valueOf.get(field).getText().isBlank()) {
					values.put(field, valueOf.get(field).getText().trim());
				}
			}
			return new ColumnMapping(builtFor.id(), columns, values);
		}

		/** The problems of the mapping: a column feeding two fields, a field with a column and a value. */
		private List<String> problems() {
			List<String> problems = new ArrayList<>();
			Map<String, String> fieldOfColumn = new LinkedHashMap<>();
			for (String field : columnOf.keySet()) {
				Combo combo = columnOf.get(field);
				if (combo.getSelectionIndex() > 0) {
					String other = fieldOfColumn.putIfAbsent(combo.getText(), field);
					if (other != null) {
						problems.add("column '" + combo.getText() + "' is chosen for both " + other + " and " + field);
					}
					if (!valueOf.get(field).getText().isBlank()) {
						problems.add(field + " has both a column and a value for every row; clear one");
					}
				}
			}
			return problems;
		}

		void changed() {
			List<String> problems = problems();
			setErrorMessage(problems.isEmpty() ? null : problems.get(0));
			ColumnMapping mapping = problems.isEmpty() ? mapping() : null;
			if (mapping != null && mapping.columns().isEmpty()) {
				setMessage("No column is mapped: choose the column of at least one field.", IMessageProvider.WARNING);
			} else {
				setMessage(null);
			}
			setPageComplete(mapping != null && !mapping.columns().isEmpty());
			showPreview(mapping);
		}

		private void showPreview(ColumnMapping mapping) {
			preview.setRedraw(false);
			try {
				preview.removeAll();
				for (TableColumn column : preview.getColumns()) {
					column.dispose();
				}
				if (mapping == null) {
					return;
				}
				List<List<String>> rows = TableImport.preview(builtFrom, mapping, PREVIEW_ROWS);
				for (String field : rows.get(0)) {
					TableColumn column = new TableColumn(preview, SWT.LEFT);
					column.setText(field);
				}
				for (List<String> row : rows.subList(1, rows.size())) {
					new TableItem(preview, SWT.NONE).setText(row.toArray(String[]::new));
				}
				for (TableColumn column : preview.getColumns()) {
					column.pack();
					column.setWidth(Math.min(column.getWidth(), 220));
				}
			} finally {
				preview.setRedraw(true);
			}
		}
	}

	/** Page 3: what the import will do, before anything is applied. */
	final class PlanPage extends WizardPage {

		Label counts;
		Table rows;
		Button skip;
		ImportPlan plan;
		/** The rows in the order shown: rejected first, then created, updated, unchanged; each by row number. */
		List<RowResult> shown = List.of();

		PlanPage() {
			super("plan");
			setTitle("What the import will do");
			setDescription("Nothing has changed yet. Finish applies the whole import as one command (one Undo takes it back).");
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(1, false));
			counts = new Label(area, SWT.WRAP);
			counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			// virtual: a table of 10,000 rows creates only the items on screen
			rows = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
			rows.setHeaderVisible(true);
			rows.setLinesVisible(true);
			GridData rowsData = new GridData(SWT.FILL, SWT.FILL, true, true);
			rowsData.heightHint = 330;
			rowsData.widthHint = 760;
			rows.setLayoutData(rowsData);
			for (String[] column : new String[][] { { "Row", "50" }, { "Outcome", "90" }, { "Element", "330" }, { "Changes or reasons", "400" } }) {
				TableColumn tableColumn = new TableColumn(rows, SWT.LEFT);
				tableColumn.setText(column[0]);
				tableColumn.setWidth(Integer.parseInt(column[1]));
			}
			rows.addListener(SWT.SetData, event -> {
				TableItem item = (TableItem) event.item;
				RowResult row = shown.get(rows.indexOf(item));
				item.setText(new String[] { String.valueOf(row.rowNumber()), outcome(row.outcome()), row.label() == null ? "" : row.label(),
						row.outcome() == Outcome.REJECTED ? String.join("; ", row.reasons())
								: row.outcome() == Outcome.UPDATE ? String.join(", ", row.changedFields()) : "" });
				if (row.outcome() == Outcome.REJECTED) {
					item.setForeground(rows.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				}
			});
			skip = new Button(area, SWT.CHECK);
			skip.setText("&Skip the rejected rows and import the others");
			skip.addListener(SWT.Selection, e -> validate());
			setControl(area);
			setPageComplete(false);
		}

		@Override
		public void setVisible(boolean visible) {
			if (visible) {
				// on the UI thread: the plan reads the model the user edits
				plan = TableImport.plan(model, kind(), mappingPage.builtFrom, mappingPage.mapping());
				shown = plan.rows().stream().sorted(Comparator.comparingInt((RowResult row) -> order(row.outcome()))
						.thenComparingInt(RowResult::rowNumber)).toList();
				long duplicates = plan.rejected().stream()
						.filter(row -> row.reasons().stream().anyMatch(reason -> reason.endsWith("(duplicate)"))).count();
				counts.setText(plan.rows().size() + " rows: " + plan.count(Outcome.CREATE) + " to create, " + plan.count(Outcome.UPDATE)
						+ " to update, " + plan.count(Outcome.UNCHANGED) + " unchanged, " + plan.count(Outcome.REJECTED) + " rejected"
						+ (duplicates > 0 ? " (" + duplicates + " of them duplicates)" : "") + ".");
				rows.clearAll();
				rows.setItemCount(shown.size());
				rows.deselectAll();
				skip.setSelection(false);
				skip.setEnabled(plan.hasRejected());
				validate();
			}
			super.setVisible(visible);
		}

		void validate() {
			if (plan.hasRejected() && !skip.getSelection()) {
				setMessage(plan.count(Outcome.REJECTED) + " rows are rejected: nothing is imported unless you skip them (or correct the table).",
						IMessageProvider.WARNING);
				setPageComplete(false);
			} else if (!plan.changesModel()) {
				setMessage("Nothing to change: every accepted row is already in the model.", IMessageProvider.INFORMATION);
				setPageComplete(true);
			} else {
				setMessage(null);
				setPageComplete(true);
			}
		}

		@Override
		public IWizardPage getNextPage() {
			return null;
		}

		private static int order(Outcome outcome) {
			return switch (outcome) {
			case REJECTED -> 0;
			case CREATE -> 1;
			case UPDATE -> 2;
			case UNCHANGED -> 3;
			};
		}

		private static String outcome(Outcome outcome) {
			return switch (outcome) {
			case REJECTED -> "rejected";
			case CREATE -> "create";
			case UPDATE -> "update";
			case UNCHANGED -> "unchanged";
			};
		}
	}
}
