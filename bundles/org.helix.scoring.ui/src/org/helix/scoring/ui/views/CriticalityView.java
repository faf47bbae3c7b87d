package org.helix.scoring.ui.views;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.helix.model.core.HelixModel;
import org.helix.model.materials.MaterialList;
import org.helix.scoring.materials.CriticalityAssessment;
import org.helix.scoring.materials.CriticalityThresholds;
import org.helix.scoring.materials.ModelCriticality;
import org.helix.scoring.materials.ModelCriticality.EntryResult;
import org.helix.scoring.materials.Verdict;

/**
 * The criticality matrix of a material list of the active model (seed 003): every entry with both a supply risk and an
 * economic importance as a point, EI across and SR up, coloured by its verdict; the thresholds (EU defaults SR ≥ 1.0,
 * EI ≥ 2.8, both inclusive; editable) as solid lines and the borderline margin as dashed lines. An entry with a value
 * missing is never drawn (a missing value is not 0): it is listed under the chart with what is known of it.
 */
public class CriticalityView extends ModelView<CriticalityView.Matrix> {

	public static final String ID = "org.helix.scoring.ui.criticalityView";
	public static final int CRITICAL_RGB = 0xC62828;
	public static final int BORDERLINE_RGB = 0xEF8F00;
	public static final int NOT_CRITICAL_RGB = 0x558B2F;

	/** What one list gives under the thresholds: the lists' names, the chosen list's results. */
	public record Matrix(List<String> lists, String list, List<EntryResult> results, CriticalityThresholds thresholds) {
	}

	private CriticalityThresholds thresholds = CriticalityThresholds.EU;
	private String listName;

	private Combo listCombo;
	private Text srText;
	private Text eiText;
	private Text marginText;
	private Label message;
	private ScatterCanvas chart;
	private Label unknown;
	private Table table;

	@Override
	protected void createControls(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		top.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(top, SWT.NONE);
		bar.setLayout(new GridLayout(9, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Material list:");
		listCombo = new Combo(bar, SWT.READ_ONLY);
		listCombo.setLayoutData(new GridData(320, SWT.DEFAULT));
		listCombo.addListener(SWT.Selection, event -> {
			listName = listCombo.getText();
			recompute();
		});
		srText = parameter(bar, "Critical when SR ≥", CriticalityThresholds.EU.supplyRisk());
		eiText = parameter(bar, "and EI ≥", CriticalityThresholds.EU.economicImportance());
		marginText = parameter(bar, "borderline within", CriticalityThresholds.EU.margin());
		message = new Label(top, SWT.WRAP);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		SashForm sash = new SashForm(top, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		Composite chartArea = new Composite(sash, SWT.NONE);
		chartArea.setLayout(new GridLayout(1, false));
		chart = new ScatterCanvas(chartArea);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		chart.setAxes("Economic importance (EI)", "Supply risk (SR)");
		chart.setQuadrantNames("high supply risk, less important", "CRITICAL (SR and EI at or above the thresholds)",
				"not critical", "important, low supply risk");
		chart.setLegend(List.of(new ScatterCanvas.Dot("critical", 0, 0, CRITICAL_RGB, null),
				new ScatterCanvas.Dot("borderline (within the margin, dashed)", 0, 0, BORDERLINE_RGB, null),
				new ScatterCanvas.Dot("not critical", 0, 0, NOT_CRITICAL_RGB, null)));
		unknown = new Label(chartArea, SWT.WRAP);
		unknown.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		table = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { "Material", "SR", "EI", "Verdict", "The list states" }) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals("The list states") ? 700 : title.equals("Material") ? 180 : 100);
		}
		sash.setWeights(70, 30);
		showNoModel();
	}

	private Text parameter(Composite bar, String label, BigDecimal value) {
		new Label(bar, SWT.NONE).setText(label);
		Text text = new Text(bar, SWT.BORDER);
		text.setText(value.toPlainString());
		text.setLayoutData(new GridData(50, SWT.DEFAULT));
		text.addListener(SWT.Modify, event -> applyThresholds());
		return text;
	}

	/** Takes the typed thresholds when they are numbers (and the margin not negative); says why not otherwise. */
	private void applyThresholds() {
		try {
			thresholds = new CriticalityThresholds(new BigDecimal(srText.getText().trim()),
					new BigDecimal(eiText.getText().trim()), new BigDecimal(marginText.getText().trim()));
			message.setText("");
			recompute();
		} catch (IllegalArgumentException e) { // NumberFormatException too
			message.setText("Thresholds not applied: " + (e instanceof NumberFormatException ? "type numbers, e.g. 1.0"
					: e.getMessage()));
		}
	}

	@Override
	protected Computation<Matrix> prepare() {
		CriticalityThresholds current = thresholds;
		String wanted = listName;
		return snapshot -> assess(snapshot, wanted, current);
	}

	static Matrix assess(HelixModel model, String wanted, CriticalityThresholds thresholds) {
		List<String> names = model.getMaterialLists().stream().map(MaterialList::getName).toList();
		MaterialList list = model.getMaterialLists().stream().filter(l -> l.getName().equals(wanted)).findFirst()
				.orElse(model.getMaterialLists().isEmpty() ? null : model.getMaterialLists().get(0));
		if (list == null) {
			return new Matrix(names, null, List.of(), thresholds);
		}
		return new Matrix(names, list.getName(), ModelCriticality.assess(list, thresholds), thresholds);
	}

	@Override
	protected void show(Matrix matrix) {
		if (!List.of(listCombo.getItems()).equals(matrix.lists())) {
			listCombo.setItems(matrix.lists().toArray(String[]::new));
		}
		if (matrix.list() != null) {
			listCombo.select(matrix.lists().indexOf(matrix.list()));
			listName = matrix.list();
		}
		CriticalityThresholds t = matrix.thresholds();
		chart.setCuts(t.economicImportance().doubleValue(), t.supplyRisk().doubleValue(),
				t.economicImportance().subtract(t.margin()).doubleValue(), t.supplyRisk().subtract(t.margin()).doubleValue());
		List<ScatterCanvas.Dot> dots = new ArrayList<>();
		List<String> notPlotted = new ArrayList<>();
		table.removeAll();
		for (EntryResult result : matrix.results()) {
			CriticalityAssessment a = result.assessment();
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { a.material(), text(a.supplyRisk()), text(a.economicImportance()),
					verdictText(a.verdict()), result.stated() });
			if (a.supplyRisk() != null && a.economicImportance() != null) {
				int rgb = a.verdict() == Verdict.CRITICAL ? CRITICAL_RGB
						: a.verdict() == Verdict.BORDERLINE ? BORDERLINE_RGB : NOT_CRITICAL_RGB;
				dots.add(new ScatterCanvas.Dot(a.material(), a.economicImportance().doubleValue(),
						a.supplyRisk().doubleValue(), rgb, a.material() + ": " + verdictText(a.verdict()) + "\n"
								+ String.join("\n", a.steps())));
			} else {
				notPlotted.add(a.material() + " (SR " + text(a.supplyRisk()) + ", EI " + text(a.economicImportance())
						+ (a.verdict() == Verdict.MISSING ? "" : ": " + verdictText(a.verdict()) + " whatever the other")
						+ ")");
			}
		}
		chart.setDots(dots, matrix.results().isEmpty() ? "The list has no entries."
				: "No entry of this list has both a supply risk and an economic importance in the model.");
		unknown.setText(notPlotted.isEmpty() ? "Every entry is plotted."
				: "Unknown, not plotted (a missing value is never taken as 0): " + String.join("; ", notPlotted));
		unknown.getParent().layout(true, true);
	}

	private static String text(BigDecimal value) {
		return value == null ? "unknown" : value.toPlainString();
	}

	public static String verdictText(Verdict verdict) {
		return switch (verdict) {
		case CRITICAL -> "critical";
		case BORDERLINE -> "borderline";
		case NOT_CRITICAL -> "not critical";
		case MISSING -> "unknown";
		};
	}

	@Override
	protected void showNoModel() {
		listCombo.removeAll();
		table.removeAll();
		chart.setDots(List.of(), "Open a Helix model with material lists (e.g. the example Kritieke grondstoffenzekerheid).");
		unknown.setText("");
	}

	@Override
	protected boolean isDisposed() {
		return table == null || table.isDisposed();
	}

	@Override
	public void setFocus() {
		listCombo.setFocus();
	}

	// ---- for tests

	public Combo listCombo() {
		return listCombo;
	}

	public Text supplyRiskText() {
		return srText;
	}

	public Text economicImportanceText() {
		return eiText;
	}

	public Text marginText() {
		return marginText;
	}

	public ScatterCanvas chart() {
		return chart;
	}

	public String unknownText() {
		return unknown.getText();
	}

	public Table table() {
		return table;
	}
}
