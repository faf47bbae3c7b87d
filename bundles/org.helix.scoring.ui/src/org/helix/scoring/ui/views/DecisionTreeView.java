package org.helix.scoring.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.helix.model.core.HelixModel;
import org.helix.model.ecosystem.AssessmentDimension;
import org.helix.model.ecosystem.AssessmentFramework;
import org.helix.model.ecosystem.DomainCategory;
import org.helix.model.ecosystem.RatingLevel;
import org.helix.model.ecosystem.StrategicDomain;
import org.helix.model.ecosystem.SubCriterion;
import org.helix.model.ecosystem.TransitionOnlyAction;
import org.helix.scoring.domains.Classification;
import org.helix.scoring.domains.DecisionTree;
import org.helix.scoring.domains.DomainInputs;
import org.helix.scoring.domains.Factor;
import org.helix.scoring.domains.Input;
import org.helix.scoring.domains.ModelInputs;
import org.helix.scoring.domains.TableMapping;

/**
 * VARIO's decision tree (seed 004, Rec. 1.3) on the strategic domains of the active model: per domain its category,
 * and for the selected one the explanation step by step, maakbaarheid factor by factor. Two kinds of parameters, kept
 * in the view (the model has no place for them and they change no element): how Table 1's levels become the tree's
 * yes/no inputs ({@link TableMapping}: the lowest level that counts as yes, and the indicators per input), and what
 * the user enters where the model says nothing (growth potential and the transition priorities are no column of
 * Table 1). Every change re-classifies at once.
 */
public class DecisionTreeView extends ModelView<List<Classification>> {

	public static final String ID = "org.helix.scoring.ui.decisionTreeView";
	/** The choices of an input combo: what the model says, or the user's yes or no. */
	public static final String FROM_MODEL = "from the model";
	static final String[] LEVELS = { "++", "+", "+/-", "-" };
	private static final List<Factor> TABLE_FACTORS = List.of(Factor.ECONOMIC, Factor.INNOVATION_TECHNOLOGICAL,
			Factor.SCIENTIFIC);

	private TableMapping mapping = TableMapping.defaults();
	/** Per domain name, the inputs the user entered. */
	private final Map<String, Map<Factor, Boolean>> entered = new HashMap<>();

	private Table domains;
	private Label headline;
	private Text explanation;
	private final Map<Factor, Combo> inputCombos = new EnumMap<>(Factor.class);
	private final Map<Factor, Label> modelSays = new EnumMap<>(Factor.class);
	private Combo levelCombo;
	private final Map<Factor, Text> indicatorTexts = new EnumMap<>(Factor.class);
	private String selected;

	@Override
	protected void createControls(Composite parent) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		domains = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		domains.setHeaderVisible(true);
		domains.setLinesVisible(true);
		for (String title : new String[] { "Strategic domain", "Classification", "Maakbaarheid" }) {
			TableColumn column = new TableColumn(domains, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals("Strategic domain") ? 330 : title.equals("Classification") ? 230 : 110);
		}
		domains.addListener(SWT.Selection, event -> {
			int index = domains.getSelectionIndex();
			if (index >= 0) {
				selected = domains.getItem(index).getText(0);
				showSelected();
			}
		});

		Composite right = new Composite(sash, SWT.NONE);
		right.setLayout(new GridLayout(1, false));
		headline = new Label(right, SWT.WRAP);
		headline.setFont(JFaceResources.getHeaderFont());
		headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Group inputs = new Group(right, SWT.NONE);
		inputs.setText("The tree's inputs for this domain (yes / no / from the model)");
		inputs.setLayout(new GridLayout(3, false));
		inputs.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		for (Factor factor : Factor.values()) {
			new Label(inputs, SWT.NONE).setText(factor.symbol() + " — " + factor.label() + ":");
			Combo combo = new Combo(inputs, SWT.READ_ONLY);
			combo.setItems(FROM_MODEL, "yes", "no");
			combo.select(0);
			combo.addListener(SWT.Selection, event -> enter(factor, combo.getText()));
			inputCombos.put(factor, combo);
			Label says = new Label(inputs, SWT.NONE);
			says.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			modelSays.put(factor, says);
		}

		Group table = new Group(right, SWT.NONE);
		table.setText("Table 1 levels → inputs (a parameter; seed 004 gives no rule)");
		table.setLayout(new GridLayout(2, false));
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(table, SWT.NONE).setText("Lowest level that counts as yes:");
		levelCombo = new Combo(table, SWT.READ_ONLY);
		levelCombo.setItems(LEVELS);
		levelCombo.select(0);
		levelCombo.addListener(SWT.Selection, event -> {
			mapping = mapping.withThreshold(level(levelCombo.getText()));
			recompute();
		});
		for (Factor factor : TABLE_FACTORS) {
			new Label(table, SWT.NONE).setText(factor.symbol() + " from indicators:");
			Text text = new Text(table, SWT.BORDER);
			text.setText(String.join(", ", mapping.indicatorsOf(factor).stream().sorted().toList()));
			text.setToolTipText("Indicator names as in the model, separated by commas; Enter applies");
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.addListener(SWT.DefaultSelection, event -> {
				String[] names = Arrays.stream(text.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty())
						.toArray(String[]::new);
				mapping = mapping.withIndicators(factor, names);
				recompute();
			});
			indicatorTexts.put(factor, text);
		}

		explanation = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
		explanation.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		sash.setWeights(42, 58);
		showNoModel();
	}

	@Override
	protected Computation<List<Classification>> prepare() {
		TableMapping currentMapping = mapping;
		Map<String, Map<Factor, Boolean>> currentEntries = new HashMap<>();
		entered.forEach((domain, values) -> currentEntries.put(domain, new EnumMap<>(values)));
		return snapshot -> classifyAll(snapshot, currentMapping, currentEntries);
	}

	/** The tree on every strategic domain of the model, with the entered inputs over the model's. */
	static List<Classification> classifyAll(HelixModel model, TableMapping mapping,
			Map<String, Map<Factor, Boolean>> entries) {
		List<AssessmentDimension> dimensions = new ArrayList<>();
		for (AssessmentFramework framework : model.getAssessmentFrameworks()) {
			dimensions.addAll(framework.getDimensions());
		}
		List<SubCriterion> factors = ModelInputs.feasibilityFactors(dimensions);
		List<Classification> result = new ArrayList<>();
		for (StrategicDomain domain : model.getStrategicDomains()) {
			DomainInputs inputs = ModelInputs.read(domain, mapping);
			for (Map.Entry<Factor, Boolean> entry : entries.getOrDefault(domain.getName(), Map.of()).entrySet()) {
				inputs = inputs.with(entry.getKey(), entry.getValue(), "entered by the user in the Decision Tree view");
			}
			result.add(DecisionTree.classify(inputs, ModelInputs.feasibility(domain, factors)));
		}
		return result;
	}

	@Override
	protected void show(List<Classification> computed) {
		domains.setRedraw(false);
		domains.removeAll();
		for (Classification classification : computed) {
			TableItem item = new TableItem(domains, SWT.NONE);
			item.setText(new String[] { classification.domain(), categoryText(classification),
					classification.feasibility().verdict().name().toLowerCase().replace('_', ' ') });
		}
		domains.setRedraw(true);
		if (selected == null && !computed.isEmpty()) {
			selected = computed.get(0).domain();
		}
		for (int i = 0; i < computed.size(); i++) {
			if (computed.get(i).domain().equals(selected)) {
				domains.setSelection(i);
			}
		}
		showSelected();
	}

	private void showSelected() {
		Classification shown = selectedClassification();
		if (shown == null) {
			headline.setText("");
			explanation.setText("");
			return;
		}
		headline.setText(shown.domain() + ": " + categoryText(shown));
		explanation.setText(shown.reason() + "\n\nStep by step:\n" + shown.explanation());
		Map<Factor, Boolean> mine = entered.getOrDefault(shown.domain(), Map.of());
		for (Factor factor : Factor.values()) {
			Boolean value = mine.get(factor);
			inputCombos.get(factor).select(value == null ? 0 : value ? 1 : 2);
			Input input = shown.inputs().get(factor);
			String text = value != null ? "(you entered it)"
					: "model: " + (input.value() == null ? "unknown" : input.isTrue() ? "yes" : "no");
			modelSays.get(factor).setText(text);
			modelSays.get(factor).setToolTipText(input.basis());
		}
		headline.getParent().layout(true, true);
	}

	private Classification selectedClassification() {
		if (result() == null || selected == null) {
			return null;
		}
		return result().stream().filter(c -> c.domain().equals(selected)).findFirst().orElse(null);
	}

	private void enter(Factor factor, String choice) {
		if (selected == null) {
			return;
		}
		Map<Factor, Boolean> mine = entered.computeIfAbsent(selected, name -> new EnumMap<>(Factor.class));
		if (choice.equals(FROM_MODEL)) {
			mine.remove(factor);
		} else {
			mine.put(factor, choice.equals("yes"));
		}
		recompute();
	}

	/** The category in the words of the seed's summary (L187-195). */
	public static String categoryText(Classification classification) {
		DomainCategory category = classification.category();
		return switch (category) {
		case PRONOUNCED_STRENGTH -> "pronounced strength";
		case ECOSYSTEM_GAP -> "ecosystem gap";
		case MOONSHOT -> "moonshot";
		case NO_SPECIFIC_POLICY_FOCUS -> classification.action() == TransitionOnlyAction.INTERNATIONALISATION
				? "internationalisation"
				: classification.action() == TransitionOnlyAction.PARTNERSHIPS ? "partnerships" : "no specific focus";
		default -> "unclassified → expert validation";
		};
	}

	static RatingLevel level(String symbol) {
		return switch (symbol) {
		case "+" -> RatingLevel.STRONG;
		case "+/-" -> RatingLevel.NEUTRAL;
		case "-" -> RatingLevel.WEAK;
		default -> RatingLevel.VERY_STRONG;
		};
	}

	@Override
	protected void showNoModel() {
		domains.removeAll();
		headline.setText("Open a Helix model with strategic domains (e.g. the example Strategische keuzes voor "
				+ "Vlaanderen) to classify its domains.");
		explanation.setText("");
	}

	@Override
	protected boolean isDisposed() {
		return domains == null || domains.isDisposed();
	}

	@Override
	public void setFocus() {
		domains.setFocus();
	}

	// ---- for tests (the widgets a user acts on and reads)

	public Table domainsTable() {
		return domains;
	}

	public Combo inputCombo(Factor factor) {
		return inputCombos.get(factor);
	}

	public Combo levelCombo() {
		return levelCombo;
	}

	public Text indicatorText(Factor factor) {
		return indicatorTexts.get(factor);
	}

	public String headlineText() {
		return headline.getText();
	}

	public String explanationText() {
		return explanation.getText();
	}

	/** Selects a domain as a click in the table would. */
	public void selectDomain(String name) {
		selected = name;
		for (int i = 0; i < domains.getItemCount(); i++) {
			if (domains.getItem(i).getText(0).equals(name)) {
				domains.setSelection(i);
			}
		}
		showSelected();
	}
}
