package org.helix.scoring.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.scoring.PairwiseMatrix;
import org.helix.scoring.ScoringException;
import org.helix.scoring.ScoringMethod;
import org.helix.scoring.ScoringMethodRegistry;
import org.helix.scoring.io.ScoringReport;
import org.helix.scoring.model.CriterionDefinition;
import org.helix.scoring.model.PairwiseJudgements;
import org.helix.scoring.model.Parameter;
import org.helix.scoring.model.RunResult;
import org.helix.scoring.model.Scoring;
import org.helix.scoring.model.ScoringFile;
import org.helix.scoring.model.ScoringsFactory;
import org.helix.scoring.model.ScoringsPackage.Literals;
import org.helix.scoring.persistence.Judgements;
import org.helix.scoring.persistence.ScoringFiles;
import org.helix.scoring.persistence.ScoringRunner;
import org.helix.scoring.persistence.ScoringSnapshot;
import org.helix.scoring.sensitivity.MonteCarlo;
import org.helix.scoring.sensitivity.WeightSweep;

/**
 * The scoring editor on {@code NAME.helix-scorings}: the scorings saved beside {@code NAME.helix}, with the model
 * loaded into the same resource set so that the alternatives resolve. Pages: alternatives picked from the model (by
 * type and a name filter); criteria (direction, unit, value path) and weights on sliders that keep the sum at 1; the
 * AHP pairwise entry of the criteria on Saaty's 1–9 scale with the live consistency ratio; results as a table and
 * charts (ranking bars, tornado of the one-at-a-time sweeps, rank-acceptability heat map of Monte Carlo). Every edit
 * is an EMF command on the editor's command stack (undo/redo); a run works in a {@link Job} on a
 * {@link ScoringSnapshot}, never on the editable model.
 */
public class ScoringEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.helix.scoring.ui.editor";

	/** Saaty's 1–9 scale and its reciprocals, as the pairwise entry offers them (row over column). */
	public static final String[] SAATY_LABELS = { "9", "8", "7", "6", "5", "4", "3", "2", "1", "1/2", "1/3", "1/4", "1/5", "1/6", "1/7", "1/8",
			"1/9" };
	static final double[] SAATY_VALUES = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 1 / 2.0, 1 / 3.0, 1 / 4.0, 1 / 5.0, 1 / 6.0, 1 / 7.0, 1 / 8.0, 1 / 9.0 };
	static final String[] NORMALISATIONS = { "(method default)", "none", "vector", "minmax", "max", "sum" };
	static final String AHP_SOURCE_DEFAULT = "Entered in the scoring editor";
	/** Slider resolution. */
	static final int SLIDER_MAX = 1000;

	private IFile file;
	private Path path;
	private HelixModel model;
	private ScoringFile scoringFile;
	private AdapterFactoryEditingDomain domain;
	private Scoring scoring;
	private String loadError;
	private final ScoringMethodRegistry registry = ScoringMethodRegistry.fromExtensions(System.err);

	private Composite root;
	private Combo scoringCombo, methodCombo, normalisationCombo;
	private Button oatCheck;
	private Spinner samplesSpinner, seedSpinner;
	private Label descriptionLabel;
	private CTabFolder tabs;
	// alternatives
	private Combo typeCombo;
	private Text filterText;
	private Table alternativesTable;
	private Label chosenLabel;
	// criteria and weights
	private Table criteriaTable;
	private Text nameText, unitText, pathText;
	private Combo directionCombo, preferenceCombo;
	private Text qText, pText, sText;
	private Button addCriterionButton;
	private Composite weightsComposite;
	private final List<Scale> weightSliders = new ArrayList<>();
	private final List<Label> weightLabels = new ArrayList<>();
	// AHP
	private Composite ahpPage, ahpGrid;
	private Combo[][] judgementCombos = new Combo[0][0];
	/** The criteria the AHP grid was built for. */
	private List<String> gridNames = null;
	private Label consistencyLabel, hintLabel, ahpStatusLabel;
	private Text sourceText;
	private Button startAhpButton;
	// results
	private Label runStatus;
	private Button runButton, keepButton;
	private Table resultsTable, heatMap;
	private Chart rankingChart, tornadoChart;
	private ScoringRunner.Outcome lastOutcome;
	private ScoringSnapshot lastSnapshot;
	private Job runJob;
	/** Suppresses the widgets' own events while the editor sets them from the model. */
	private boolean updating;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The scoring editor opens .helix-scorings files in the workspace");
		}
		setSite(site);
		setInput(input);
		file = fileInput.getFile();
		path = file.getLocation().toFile().toPath();
		setPartName(file.getName());
		BasicCommandStack stack = new BasicCommandStack();
		ResourceSet resourceSet = HelixPersistence.newResourceSet();
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), stack, resourceSet);
		String name = path.getFileName().toString();
		Path modelPath = path.resolveSibling(name.substring(0, name.length() - ScoringFiles.FILE_EXTENSION.length()) + HelixPersistence.FILE_EXTENSION);
		try {
			model = HelixPersistence.load(resourceSet, modelPath);
			scoringFile = ScoringFiles.scoringsOf(model.eResource());
		} catch (IOException e) {
			// shown in the editor; nothing is ever saved over a file that could not be read
			loadError = e.getMessage();
			return;
		}
		if (scoringFile.getScorings().isEmpty()) {
			// a first scoring to start from; saved only when the user saves an edit
			Scoring first = ScoringsFactory.eINSTANCE.createScoring();
			first.setName("scoring-1");
			first.setMethod("wsm");
			scoringFile.getScorings().add(first);
		}
		scoring = scoringFile.getScorings().get(0);
		stack.addCommandStackListener(event -> {
			firePropertyChange(PROP_DIRTY);
			Display display = Display.getCurrent();
			if (display != null && root != null && !root.isDisposed()) {
				// after the widget that made the edit has finished its own event
				display.asyncExec(this::refresh);
			}
		});
		site.getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), new Action("Undo") {
			@Override
			public void run() {
				stack.undo();
			}
		});
		site.getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), new Action("Redo") {
			@Override
			public void run() {
				stack.redo();
			}
		});
	}

	@Override
	public void createPartControl(Composite parent) {
		root = new Composite(parent, SWT.NONE);
		root.setLayout(new GridLayout(1, false));
		if (loadError != null) {
			Label error = new Label(root, SWT.WRAP);
			error.setText("The scorings cannot be opened:\n" + loadError);
			error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			return;
		}
		createHeader(root);
		tabs = new CTabFolder(root, SWT.BORDER);
		tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tab("Alternatives", createAlternativesPage(tabs));
		tab("Criteria and weights", createCriteriaPage(tabs));
		tab("AHP", createAhpPage(tabs));
		tab("Results", createResultsPage(tabs));
		tabs.setSelection(0);
		refresh();
	}

	private void tab(String title, Control page) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(page);
	}

	// ---- header: which scoring, method and parameters

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		header.setLayout(new GridLayout(12, false));
		new Label(header, SWT.NONE).setText("Scoring:");
		scoringCombo = new Combo(header, SWT.READ_ONLY);
		scoringCombo.addListener(SWT.Selection, e -> {
			if (!updating && scoringCombo.getSelectionIndex() >= 0) {
				selectScoring(scoringFile.getScorings().get(scoringCombo.getSelectionIndex()).getName());
			}
		});
		new Label(header, SWT.NONE).setText("Method:");
		methodCombo = new Combo(header, SWT.READ_ONLY);
		methodCombo.setItems(registry.all().stream().map(ScoringMethod::id).toArray(String[]::new));
		methodCombo.addListener(SWT.Selection, e -> {
			if (!updating) {
				execute(new SetCommand(domain, scoring, Literals.SCORING__METHOD, methodCombo.getText()));
			}
		});
		new Label(header, SWT.NONE).setText("Normalisation:");
		normalisationCombo = new Combo(header, SWT.READ_ONLY);
		normalisationCombo.setItems(NORMALISATIONS);
		normalisationCombo.addListener(SWT.Selection, e -> {
			if (!updating) {
				int index = normalisationCombo.getSelectionIndex();
				execute(new SetCommand(domain, scoring, Literals.SCORING__NORMALISATION, index <= 0 ? SetCommand.UNSET_VALUE : NORMALISATIONS[index]));
			}
		});
		oatCheck = new Button(header, SWT.CHECK);
		oatCheck.setText("One-at-a-time sweeps (tornado)");
		oatCheck.addListener(SWT.Selection, e -> {
			if (!updating) {
				execute(parameterCommand("oat", oatCheck.getSelection() ? "true" : null));
			}
		});
		new Label(header, SWT.NONE).setText("Monte Carlo samples:");
		samplesSpinner = new Spinner(header, SWT.BORDER);
		samplesSpinner.setValues(0, 0, 100_000, 0, 1000, 5000);
		samplesSpinner.addListener(SWT.Selection, e -> {
			if (!updating) {
				execute(parameterCommand("monteCarlo.samples", samplesSpinner.getSelection() == 0 ? null : Integer.toString(samplesSpinner.getSelection())));
			}
		});
		new Label(header, SWT.NONE).setText("Seed:");
		seedSpinner = new Spinner(header, SWT.BORDER);
		seedSpinner.setValues(1, 0, Integer.MAX_VALUE, 0, 1, 10);
		seedSpinner.addListener(SWT.Selection, e -> {
			if (!updating) {
				execute(parameterCommand("monteCarlo.seed", Integer.toString(seedSpinner.getSelection())));
			}
		});
		Button save = new Button(header, SWT.PUSH);
		save.setText("Save");
		save.addListener(SWT.Selection, e -> doSave(null));
		descriptionLabel = new Label(header, SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 12, 1);
		data.widthHint = 900;
		descriptionLabel.setLayoutData(data);
	}

	/** Sets, changes or (value null) removes a parameter of the scoring. */
	private Command parameterCommand(String name, String value) {
		Parameter existing = scoring.getParameters().stream().filter(p -> name.equals(p.getName())).findFirst().orElse(null);
		if (existing == null && value == null) {
			return null;
		}
		if (existing == null) {
			Parameter parameter = ScoringsFactory.eINSTANCE.createParameter();
			parameter.setName(name);
			parameter.setValue(value);
			return new AddCommand(domain, scoring, Literals.SCORING__PARAMETERS, parameter);
		}
		return value == null ? new RemoveCommand(domain, scoring, Literals.SCORING__PARAMETERS, existing)
				: new SetCommand(domain, existing, Literals.PARAMETER__VALUE, value);
	}

	private String parameter(String name) {
		return scoring.getParameters().stream().filter(p -> name.equals(p.getName())).map(Parameter::getValue).findFirst().orElse(null);
	}

	// ---- alternatives

	private Control createAlternativesPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(5, false));
		new Label(page, SWT.NONE).setText("Type:");
		typeCombo = new Combo(page, SWT.READ_ONLY);
		typeCombo.addListener(SWT.Selection, e -> refreshAlternatives());
		new Label(page, SWT.NONE).setText("Name filter:");
		filterText = new Text(page, SWT.SEARCH | SWT.BORDER);
		filterText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filterText.addListener(SWT.Modify, e -> refreshAlternatives());
		chosenLabel = new Label(page, SWT.NONE);
		chosenLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		alternativesTable = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		alternativesTable.setHeaderVisible(true);
		alternativesTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		column(alternativesTable, "Element", 520);
		column(alternativesTable, "Type", 200);
		alternativesTable.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK && e.item instanceof TableItem item) {
				EObject element = (EObject) item.getData();
				execute(item.getChecked() ? new AddCommand(domain, scoring, Literals.SCORING__ALTERNATIVES, element)
						: new RemoveCommand(domain, scoring, Literals.SCORING__ALTERNATIVES, element));
			}
		});
		return page;
	}

	/** Model elements that have a name, by type name. */
	private Map<String, List<EObject>> candidatesByType() {
		Map<String, List<EObject>> byType = new TreeMap<>();
		model.eAllContents().forEachRemaining(element -> {
			EStructuralFeature name = element.eClass().getEStructuralFeature("name");
			if (name != null && !name.isMany() && element.eGet(name) != null) {
				byType.computeIfAbsent(element.eClass().getName(), k -> new ArrayList<>()).add(element);
			}
		});
		return byType;
	}

	private void refreshAlternatives() {
		if (updating) {
			return;
		}
		Map<String, List<EObject>> byType = candidatesByType();
		String[] types = byType.keySet().toArray(String[]::new);
		if (!Arrays.equals(types, typeCombo.getItems())) {
			String selected = typeCombo.getText();
			typeCombo.setItems(types);
			int index = Arrays.asList(types).indexOf(selected);
			if (index < 0 && !scoring.getAlternatives().isEmpty()) {
				index = Arrays.asList(types).indexOf(scoring.getAlternatives().get(0).eClass().getName());
			}
			typeCombo.select(Math.max(0, index));
		}
		String filter = filterText.getText().toLowerCase(Locale.ROOT);
		List<EObject> shown = byType.getOrDefault(typeCombo.getText(), List.of()).stream()
				.filter(element -> ScoringRunner.label(element).toLowerCase(Locale.ROOT).contains(filter)).toList();
		// the same rows: only the ticks change, so the list does not jump while the user ticks
		if (!shown.equals(Arrays.stream(alternativesTable.getItems()).map(TableItem::getData).toList())) {
			alternativesTable.removeAll();
			for (EObject element : shown) {
				TableItem item = new TableItem(alternativesTable, SWT.NONE);
				item.setText(new String[] { ScoringRunner.label(element), element.eClass().getName() });
				item.setData(element);
			}
		}
		for (TableItem item : alternativesTable.getItems()) {
			item.setChecked(scoring.getAlternatives().contains(item.getData()));
		}
		chosenLabel.setText(scoring.getAlternatives().size() + " chosen");
		chosenLabel.getParent().layout();
	}

	// ---- criteria and weights

	private Control createCriteriaPage(Composite parent) {
		SashForm page = new SashForm(parent, SWT.VERTICAL);
		Composite top = new Composite(page, SWT.NONE);
		top.setLayout(new GridLayout(8, false));
		criteriaTable = new Table(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		criteriaTable.setHeaderVisible(true);
		criteriaTable.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1));
		column(criteriaTable, "Criterion", 220);
		column(criteriaTable, "Direction", 80);
		column(criteriaTable, "Unit", 140);
		column(criteriaTable, "Weight", 80);
		column(criteriaTable, "Preference (PROMETHEE)", 170);
		column(criteriaTable, "Attribute path", 560);
		criteriaTable.addListener(SWT.Selection, e -> showCriterion());
		new Label(top, SWT.NONE).setText("Name:");
		nameText = new Text(top, SWT.BORDER);
		nameText.setLayoutData(new GridData(160, SWT.DEFAULT));
		new Label(top, SWT.NONE).setText("Direction:");
		directionCombo = new Combo(top, SWT.READ_ONLY);
		directionCombo.setItems("max", "min");
		new Label(top, SWT.NONE).setText("Unit:");
		unitText = new Text(top, SWT.BORDER);
		unitText.setLayoutData(new GridData(120, SWT.DEFAULT));
		new Label(top, SWT.NONE).setText("Path:");
		pathText = new Text(top, SWT.BORDER);
		pathText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(top, SWT.NONE).setText("Preference function:");
		preferenceCombo = new Combo(top, SWT.READ_ONLY);
		preferenceCombo.setItems(PREFERENCE_FUNCTIONS);
		preferenceCombo.addListener(SWT.Selection, e -> {
			CriterionDefinition criterion = selectedCriterion();
			if (!updating && criterion != null) {
				execute(new SetCommand(domain, criterion, Literals.CRITERION_DEFINITION__PREFERENCE_FUNCTION, preferenceCombo.getText()));
			}
		});
		new Label(top, SWT.NONE).setText("q:");
		qText = numberText(top, Literals.CRITERION_DEFINITION__Q);
		new Label(top, SWT.NONE).setText("p:");
		pText = numberText(top, Literals.CRITERION_DEFINITION__P);
		new Label(top, SWT.NONE).setText("s:");
		sText = numberText(top, Literals.CRITERION_DEFINITION__S);
		applyOnCommit(nameText, Literals.CRITERION_DEFINITION__NAME);
		applyOnCommit(unitText, Literals.CRITERION_DEFINITION__UNIT);
		applyOnCommit(pathText, Literals.CRITERION_DEFINITION__VALUE_PATH);
		directionCombo.addListener(SWT.Selection, e -> {
			CriterionDefinition criterion = selectedCriterion();
			if (!updating && criterion != null) {
				execute(new SetCommand(domain, criterion, Literals.CRITERION_DEFINITION__DIRECTION, directionCombo.getText()));
			}
		});
		Button add = new Button(top, SWT.PUSH);
		addCriterionButton = add;
		add.setText("Add criterion");
		add.addListener(SWT.Selection, e -> {
			CriterionDefinition criterion = ScoringsFactory.eINSTANCE.createCriterionDefinition();
			criterion.setName("Criterion " + (scoring.getCriteria().size() + 1));
			criterion.setDirection("max");
			execute(new AddCommand(domain, scoring, Literals.SCORING__CRITERIA, criterion));
		});
		Button remove = new Button(top, SWT.PUSH);
		remove.setText("Remove criterion");
		remove.addListener(SWT.Selection, e -> {
			CriterionDefinition criterion = selectedCriterion();
			if (criterion != null) {
				execute(new RemoveCommand(domain, scoring, Literals.SCORING__CRITERIA, criterion));
			}
		});
		Button equal = new Button(top, SWT.PUSH);
		equal.setText("Equal weights");
		equal.addListener(SWT.Selection, e -> {
			CompoundCommand command = new CompoundCommand("Equal weights");
			scoring.getCriteria().forEach(c -> command.append(new SetCommand(domain, c, Literals.CRITERION_DEFINITION__WEIGHT, SetCommand.UNSET_VALUE)));
			execute(command);
		});
		ScrolledComposite scrolled = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
		weightsComposite = new Composite(scrolled, SWT.NONE);
		weightsComposite.setLayout(new GridLayout(3, false));
		scrolled.setContent(weightsComposite);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		page.setWeights(55, 45);
		return page;
	}

	private void applyOnCommit(Text text, EStructuralFeature feature) {
		org.eclipse.swt.widgets.Listener apply = e -> {
			CriterionDefinition criterion = selectedCriterion();
			if (!updating && criterion != null) {
				String value = text.getText().isBlank() ? null : text.getText();
				if (!java.util.Objects.equals(value, criterion.eGet(feature))) {
					execute(new SetCommand(domain, criterion, feature, value == null ? SetCommand.UNSET_VALUE : value));
				}
			}
		};
		text.addListener(SWT.DefaultSelection, apply);
		text.addListener(SWT.FocusOut, apply);
	}

	static final String[] PREFERENCE_FUNCTIONS = { "usual", "u-shape", "v-shape", "level", "linear", "gaussian" };

	/** A PROMETHEE threshold (in the criterion's unit): set on Enter or when the field loses focus; blank unsets it. */
	private Text numberText(Composite parent, EStructuralFeature feature) {
		Text text = new Text(parent, SWT.BORDER);
		text.setLayoutData(new GridData(60, SWT.DEFAULT));
		org.eclipse.swt.widgets.Listener apply = e -> {
			CriterionDefinition criterion = selectedCriterion();
			if (updating || criterion == null) {
				return;
			}
			Double value;
			try {
				value = text.getText().isBlank() ? null : Double.valueOf(text.getText().strip().replace(',', '.'));
			} catch (NumberFormatException ex) {
				text.setBackground(text.getDisplay().getSystemColor(SWT.COLOR_YELLOW));
				text.setToolTipText("not a number");
				return;
			}
			text.setBackground(null);
			text.setToolTipText(null);
			if (!java.util.Objects.equals(value, criterion.eGet(feature))) {
				execute(new SetCommand(domain, criterion, feature, value == null ? SetCommand.UNSET_VALUE : value));
			}
		};
		text.addListener(SWT.DefaultSelection, apply);
		text.addListener(SWT.FocusOut, apply);
		return text;
	}

	private static String preference(CriterionDefinition c) {
		String function = c.getPreferenceFunction() == null ? "usual" : c.getPreferenceFunction();
		StringBuilder text = new StringBuilder(function);
		if (c.getQ() != null) {
			text.append(" q=").append(c.getQ());
		}
		if (c.getP() != null) {
			text.append(" p=").append(c.getP());
		}
		if (c.getS() != null) {
			text.append(" s=").append(c.getS());
		}
		return text.toString();
	}

	private CriterionDefinition selectedCriterion() {
		int index = criteriaTable.getSelectionIndex();
		return index >= 0 && index < scoring.getCriteria().size() ? scoring.getCriteria().get(index) : null;
	}

	private void showCriterion() {
		CriterionDefinition criterion = selectedCriterion();
		updating = true;
		try {
			nameText.setText(criterion == null || criterion.getName() == null ? "" : criterion.getName());
			unitText.setText(criterion == null || criterion.getUnit() == null ? "" : criterion.getUnit());
			pathText.setText(criterion == null || criterion.getValuePath() == null ? "" : criterion.getValuePath());
			directionCombo.select(criterion != null && "min".equals(criterion.getDirection()) ? 1 : 0);
			preferenceCombo.select(Math.max(0, Arrays.asList(PREFERENCE_FUNCTIONS).indexOf(criterion == null ? null : criterion.getPreferenceFunction())));
			qText.setText(criterion == null || criterion.getQ() == null ? "" : criterion.getQ().toString());
			pText.setText(criterion == null || criterion.getP() == null ? "" : criterion.getP().toString());
			sText.setText(criterion == null || criterion.getS() == null ? "" : criterion.getS().toString());
		} finally {
			updating = false;
		}
	}

	/** The weights in use: the criteria's, normalised to sum 1; equal when none is set. */
	public double[] effectiveWeights() {
		int m = scoring.getCriteria().size();
		double[] weights = new double[m];
		double sum = 0;
		for (int j = 0; j < m; j++) {
			Double weight = scoring.getCriteria().get(j).getWeight();
			weights[j] = weight == null ? 0 : weight;
			sum += weights[j];
		}
		for (int j = 0; j < m; j++) {
			weights[j] = sum > 0 ? weights[j] / sum : 1.0 / m;
		}
		return weights;
	}

	/**
	 * Criterion k's slider moved to t: k gets t, the others keep their proportions (as in the one-at-a-time sweep), so
	 * the weights still sum to 1. One command.
	 */
	public void setWeight(int k, double t) {
		double[] weights = WeightSweep.weightsAt(effectiveWeights(), k, t, new double[scoring.getCriteria().size()]);
		execute(weightsCommand(weights, "Weight of " + scoring.getCriteria().get(k).getName()));
	}

	private Command weightsCommand(double[] weights, String label) {
		CompoundCommand command = new CompoundCommand(label);
		for (int j = 0; j < weights.length; j++) {
			command.append(new SetCommand(domain, scoring.getCriteria().get(j), Literals.CRITERION_DEFINITION__WEIGHT, weights[j]));
		}
		return command;
	}

	private void refreshCriteria() {
		int selected = criteriaTable.getSelectionIndex();
		criteriaTable.removeAll();
		double[] weights = effectiveWeights();
		for (int j = 0; j < scoring.getCriteria().size(); j++) {
			CriterionDefinition c = scoring.getCriteria().get(j);
			TableItem item = new TableItem(criteriaTable, SWT.NONE);
			item.setText(new String[] { text(c.getName()), c.getDirection() == null ? "max" : c.getDirection(), text(c.getUnit()), format(weights[j]),
					preference(c), text(c.getValuePath()) });
		}
		if (selected >= 0 && selected < criteriaTable.getItemCount()) {
			criteriaTable.select(selected);
		}
		showCriterion();
		if (weightSliders.size() != weights.length) {
			Arrays.stream(weightsComposite.getChildren()).forEach(Control::dispose);
			weightSliders.clear();
			weightLabels.clear();
			for (int j = 0; j < weights.length; j++) {
				int k = j;
				Label name = new Label(weightsComposite, SWT.NONE);
				name.setLayoutData(new GridData(220, SWT.DEFAULT));
				Scale slider = new Scale(weightsComposite, SWT.HORIZONTAL);
				slider.setMinimum(0);
				slider.setMaximum(SLIDER_MAX);
				slider.setPageIncrement(50);
				slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				slider.addListener(SWT.Selection, e -> {
					if (!updating) {
						setWeight(k, slider.getSelection() / (double) SLIDER_MAX);
					}
				});
				Label value = new Label(weightsComposite, SWT.NONE);
				value.setLayoutData(new GridData(70, SWT.DEFAULT));
				weightSliders.add(slider);
				weightLabels.add(value);
			}
		}
		for (int j = 0; j < weights.length; j++) {
			((Label) weightsComposite.getChildren()[3 * j]).setText(label(text(scoring.getCriteria().get(j).getName())));
			weightSliders.get(j).setSelection((int) Math.round(weights[j] * SLIDER_MAX));
			weightLabels.get(j).setText(format(weights[j]));
		}
		weightsComposite.layout(true);
		((ScrolledComposite) weightsComposite.getParent()).setMinSize(weightsComposite.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	// ---- AHP

	private Control createAhpPage(Composite parent) {
		ahpPage = new Composite(parent, SWT.NONE);
		ahpPage.setLayout(new GridLayout(2, false));
		Label intro = new Label(ahpPage, SWT.WRAP);
		intro.setText("Pairwise comparison of the criteria on Saaty's 1–9 scale: how much more important is the row than the column "
				+ "(1 equal, 3 moderately, 5 strongly, 7 very strongly, 9 extremely; 1/3 … 1/9 the other way round). "
				+ "The weights are the principal eigenvector; CR above 0.10 means the judgements contradict each other.");
		GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		introData.widthHint = 1000;
		intro.setLayoutData(introData);
		new Label(ahpPage, SWT.NONE).setText("Source of the judgements:");
		sourceText = new Text(ahpPage, SWT.BORDER);
		sourceText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		org.eclipse.swt.widgets.Listener applySource = e -> {
			PairwiseJudgements judgements = Judgements.criteriaMatrix(scoring);
			if (!updating && judgements != null && !sourceText.getText().equals(text(judgements.getSource()))) {
				execute(new SetCommand(domain, judgements, Literals.PAIRWISE_JUDGEMENTS__SOURCE, sourceText.getText()));
			}
		};
		sourceText.addListener(SWT.DefaultSelection, applySource);
		sourceText.addListener(SWT.FocusOut, applySource);
		startAhpButton = new Button(ahpPage, SWT.PUSH);
		startAhpButton.setText("Start the AHP entry (all criteria equally important)");
		startAhpButton.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		startAhpButton.addListener(SWT.Selection, e -> startAhp());
		ahpStatusLabel = new Label(ahpPage, SWT.WRAP);
		ahpStatusLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		ahpGrid = new Composite(ahpPage, SWT.NONE);
		ahpGrid.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
		consistencyLabel = new Label(ahpPage, SWT.WRAP);
		consistencyLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		hintLabel = new Label(ahpPage, SWT.WRAP);
		hintLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		return ahpPage;
	}

	/**
	 * A criteria matrix with every judgement 1, replacing any earlier one that no longer matches the criteria, and the
	 * weights it gives (equal). One command.
	 */
	public void startAhp() {
		List<String> names = scoring.getCriteria().stream().map(CriterionDefinition::getName).toList();
		CompoundCommand command = new CompoundCommand("Start the AHP entry");
		PairwiseJudgements old = Judgements.criteriaMatrix(scoring);
		if (old != null) {
			command.append(new RemoveCommand(domain, scoring, Literals.SCORING__JUDGEMENTS, old));
		}
		String source = sourceText.getText().isBlank() ? AHP_SOURCE_DEFAULT : sourceText.getText();
		command.append(new AddCommand(domain, scoring, Literals.SCORING__JUDGEMENTS, Judgements.equalJudgements(names, source)));
		double[] equal = new double[names.size()];
		Arrays.fill(equal, 1.0 / names.size());
		command.append(weightsCommand(equal, "Equal weights"));
		execute(command);
	}

	/**
	 * Judgement: criterion i is {@code value} times as important as criterion j (j's over i becomes the reciprocal),
	 * and the criteria weights become the matrix's priorities. One command, so one Undo takes back both.
	 */
	public void setJudgement(int i, int j, double value) {
		PairwiseJudgements judgements = Judgements.criteriaMatrix(scoring);
		int n = judgements.getItems().size();
		List<Double> values = Judgements.withJudgement(judgements, i, j, value);
		CompoundCommand command = new CompoundCommand("Judgement " + judgements.getItems().get(i) + " over " + judgements.getItems().get(j));
		command.append(new SetCommand(domain, judgements, Literals.PAIRWISE_JUDGEMENTS__VALUES, values.get(i * n + j), i * n + j));
		command.append(new SetCommand(domain, judgements, Literals.PAIRWISE_JUDGEMENTS__VALUES, values.get(j * n + i), j * n + i));
		try {
			PairwiseJudgements probe = Judgements.equalJudgements(judgements.getItems(), null);
			probe.getValues().clear();
			probe.getValues().addAll(values);
			command.append(weightsCommand(Judgements.priorities(probe).weights(), "AHP weights"));
		} catch (ScoringException e) {
			ahpStatusLabel.setText(e.getMessage());
			return;
		}
		execute(command);
	}

	private void refreshAhp() {
		PairwiseJudgements judgements = Judgements.criteriaMatrix(scoring);
		List<String> names = scoring.getCriteria().stream().map(CriterionDefinition::getName).toList();
		boolean matches = judgements != null && judgements.getItems().equals(names);
		sourceText.setText(judgements == null ? "" : text(judgements.getSource()));
		startAhpButton.setText(judgements == null ? "Start the AHP entry (all criteria equally important)" : "Start again (all judgements 1)");
		long judges = scoring.getJudgements().stream().filter(j -> j.getCriterion() == null && j.getJudge() != null).count();
		String status = judgements == null ? "No AHP judgements yet: the weights are set on the sliders."
				: !matches ? "The judgements compare " + judgements.getItems() + ", but the criteria are now " + names + ": start again."
						: "The criteria weights are the priorities of these judgements.";
		if (judges > 0) {
			status += " The file also holds " + judges + " judges' matrices (aggregated by their geometric mean in a run).";
		}
		ahpStatusLabel.setText(status);
		int n = matches ? names.size() : 0;
		List<String> gridFor = matches ? names : List.of();
		if (!gridFor.equals(gridNames)) {
			gridNames = gridFor;
			Arrays.stream(ahpGrid.getChildren()).forEach(Control::dispose);
			judgementCombos = new Combo[n][n];
			ahpGrid.setLayout(new GridLayout(n + 2, false));
			if (n > 0) {
				new Label(ahpGrid, SWT.NONE);
				for (int j = 0; j < n; j++) {
					Label head = new Label(ahpGrid, SWT.CENTER);
					head.setText(label(shortName(names.get(j))));
					head.setToolTipText(names.get(j));
				}
				new Label(ahpGrid, SWT.NONE).setText("Weight");
				for (int i = 0; i < n; i++) {
					new Label(ahpGrid, SWT.NONE).setText(label(names.get(i)));
					for (int j = 0; j < n; j++) {
						if (j > i) {
							Combo combo = new Combo(ahpGrid, SWT.READ_ONLY);
							combo.setItems(SAATY_LABELS);
							combo.setToolTipText(names.get(i) + " over " + names.get(j));
							int row = i, col = j;
							combo.addListener(SWT.Selection, e -> {
								if (!updating) {
									setJudgement(row, col, SAATY_VALUES[combo.getSelectionIndex()]);
								}
							});
							judgementCombos[i][j] = combo;
						} else {
							Label cell = new Label(ahpGrid, SWT.CENTER);
							cell.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
						}
					}
					new Label(ahpGrid, SWT.NONE);
				}
			}
		}
		consistencyLabel.setText("");
		hintLabel.setText("");
		if (n > 0) {
			Control[] cells = ahpGrid.getChildren();
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < n; j++) {
					double value = judgements.getValues().get(i * n + j);
					Control cell = cells[(n + 2) * (i + 1) + 1 + j];
					if (j > i) {
						((Combo) cell).select(nearestSaaty(value));
					} else {
						((Label) cell).setText(i == j ? "1" : SAATY_LABELS[nearestSaaty(value)]);
					}
				}
			}
			try {
				PairwiseMatrix.AhpPriorities priorities = Judgements.priorities(judgements);
				for (int i = 0; i < n; i++) {
					((Label) cells[(n + 2) * (i + 1) + n + 1]).setText(format(priorities.weights()[i]));
				}
				consistencyLabel.setText(consistencyText(priorities));
				hintLabel.setText(label(hintText(priorities, names)));
				consistencyLabel.setForeground(priorities.inconsistent() ? root.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
			} catch (ScoringException e) {
				consistencyLabel.setText(e.getMessage());
			}
		}
		ahpGrid.layout(true);
		ahpPage.layout(true);
	}

	static String consistencyText(PairwiseMatrix.AhpPriorities priorities) {
		String cr = Double.isNaN(priorities.consistencyRatio()) ? "n/a (Saaty gives no random index above 10 criteria)"
				: String.format(Locale.ROOT, "%.3f", priorities.consistencyRatio());
		return String.format(Locale.ROOT, "λmax %.4f, CI %.4f, CR %s — %s", priorities.lambdaMax(), priorities.consistencyIndex(), cr,
				priorities.inconsistent() ? "inconsistent (CR > 0.10): revise the judgements" : "consistent enough (CR ≤ 0.10)");
	}

	static String hintText(PairwiseMatrix.AhpPriorities priorities, List<String> names) {
		int i = priorities.mostInconsistentRow(), j = priorities.mostInconsistentColumn();
		if (i < 0) {
			return "The judgements are perfectly consistent.";
		}
		double implied = priorities.weights()[i] / priorities.weights()[j];
		return String.format(Locale.ROOT, "Most inconsistent judgement: %s over %s (the other judgements imply about %s)", names.get(i), names.get(j),
				SAATY_LABELS[nearestSaaty(implied)]);
	}

	static int nearestSaaty(double value) {
		int best = 0;
		for (int k = 1; k < SAATY_VALUES.length; k++) {
			if (Math.abs(Math.log(SAATY_VALUES[k] / value)) < Math.abs(Math.log(SAATY_VALUES[best] / value))) {
				best = k;
			}
		}
		return best;
	}

	private static String shortName(String name) {
		return name.length() <= 12 ? name : name.substring(0, 11) + "…";
	}

	// ---- results

	private Control createResultsPage(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		runButton = new Button(page, SWT.PUSH);
		runButton.setText("Run");
		runButton.addListener(SWT.Selection, e -> run());
		keepButton = new Button(page, SWT.PUSH);
		keepButton.setText("Keep this run in the scoring");
		keepButton.setEnabled(false);
		keepButton.addListener(SWT.Selection, e -> keepRun());
		runStatus = new Label(page, SWT.WRAP);
		runStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(page, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		SashForm left = new SashForm(sash, SWT.VERTICAL);
		resultsTable = new Table(left, SWT.BORDER | SWT.FULL_SELECTION);
		resultsTable.setHeaderVisible(true);
		column(resultsTable, "Rank", 50);
		column(resultsTable, "Alternative", 330);
		column(resultsTable, "Score", 80);
		column(resultsTable, "Missing", 200);
		heatMap = new Table(left, SWT.BORDER);
		heatMap.setHeaderVisible(true);
		left.setWeights(50, 50);
		SashForm right = new SashForm(sash, SWT.VERTICAL);
		rankingChart = chart(right, "Ranking");
		tornadoChart = chart(right, "Tornado: weight range keeping the ranking");
		sash.setWeights(45, 55);
		return page;
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.setOrientation(SWT.VERTICAL);
		chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
		chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
		chart.getLegend().setVisible(false);
		return chart;
	}

	/** Runs the scoring in a job on a snapshot; the outcome is shown when the job is done. */
	public Job run() {
		ScoringSnapshot snapshot = ScoringSnapshot.of(scoring);
		String name = scoring.getName();
		runStatus.setText("Running…");
		runButton.setEnabled(false);
		keepButton.setEnabled(false);
		Display display = root.getDisplay();
		Job job = new Job("Scoring '" + name + "'") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask("Scoring '" + name + "' (with its sensitivity analyses)", IProgressMonitor.UNKNOWN);
				ScoringRunner.Outcome outcome = null;
				String error = null;
				try {
					outcome = ScoringRunner.run(snapshot.scoring(), registry, LocalDate.now(ZoneOffset.UTC));
				} catch (ScoringException | RuntimeException e) {
					error = e.getMessage();
				} finally {
					monitor.done();
				}
				ScoringRunner.Outcome shown = outcome;
				String message = error;
				display.asyncExec(() -> showOutcome(snapshot, shown, message));
				return Status.OK_STATUS;
			}
		};
		runJob = job;
		job.setUser(true);
		job.schedule();
		return job;
	}

	private void showOutcome(ScoringSnapshot snapshot, ScoringRunner.Outcome outcome, String error) {
		if (root == null || root.isDisposed()) {
			return;
		}
		runButton.setEnabled(true);
		lastSnapshot = snapshot;
		lastOutcome = outcome;
		keepButton.setEnabled(outcome != null);
		resultsTable.removeAll();
		heatMap.removeAll();
		Arrays.stream(heatMap.getColumns()).forEach(TableColumn::dispose);
		clear(rankingChart);
		clear(tornadoChart);
		if (outcome == null) {
			runStatus.setText("Cannot run: " + error);
			return;
		}
		ScoringReport report = outcome.report();
		List<String> ranked = new ArrayList<>();
		List<Double> scores = new ArrayList<>();
		for (RunResult result : outcome.run().getResults()) {
			TableItem item = new TableItem(resultsTable, SWT.NONE);
			item.setText(new String[] { result.getRank() == null ? "–" : result.getRank().toString(), result.getAlternativeLabel(),
					result.getScore() == null ? "" : format(result.getScore()), String.join(", ", result.getMissing()) });
			if (result.getRank() != null) {
				ranked.add(result.getAlternativeLabel());
				scores.add(result.getScore());
			}
		}
		runStatus.setText(String.format(Locale.ROOT, "%s, %d ranked%s", outcome.run().getMethod(), ranked.size(),
				outcome.run().getWarnings().isEmpty() ? "" : "; " + String.join("; ", outcome.run().getWarnings())));
		// best on top: the vertical-orientation chart draws the first category at the bottom
		List<String> bottomUp = new ArrayList<>(ranked);
		java.util.Collections.reverse(bottomUp);
		bars(rankingChart, bottomUp.toArray(String[]::new), "score",
				bottomUp.stream().mapToDouble(a -> scores.get(ranked.indexOf(a))).toArray(), new Color(0x2f, 0x6d, 0xb5), false);
		showTornado(report);
		showHeatMap(report.monteCarlo());
		root.layout(true, true);
	}

	/**
	 * Per criterion, the weight range in which the current ranking holds (from the one-at-a-time sweep): a stacked
	 * bar from the range's start (invisible) and its length; the narrowest range, the most sensitive criterion, on top.
	 */
	private void showTornado(ScoringReport report) {
		if (report.oat() == null || report.oat().isEmpty()) {
			tornadoChart.getTitle().setText("Tornado: tick 'One-at-a-time sweeps' and run");
			return;
		}
		List<WeightSweep.CriterionSweep> sweeps = new ArrayList<>(report.oat());
		sweeps.sort(Comparator.comparingDouble((WeightSweep.CriterionSweep s) -> s.current().to() - s.current().from()).reversed());
		String[] categories = sweeps.stream().map(s -> String.format(Locale.ROOT, "%s (w %.3f)", s.criterion(), s.weight())).toArray(String[]::new);
		double[] from = sweeps.stream().mapToDouble(s -> s.current().from()).toArray();
		double[] width = sweeps.stream().mapToDouble(s -> s.current().to() - s.current().from()).toArray();
		tornadoChart.getTitle().setText("Tornado: weight range keeping the ranking (narrowest on top)");
		bars(tornadoChart, categories, TORNADO_OFFSET, from, tornadoChart.getBackgroundInPlotArea(), true);
		bars(tornadoChart, categories, TORNADO_RANGE, width, new Color(0xe0, 0x8a, 0x1e), true);
		tornadoChart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, 1));
		tornadoChart.redraw();
	}

	public static final String TORNADO_OFFSET = "below";
	public static final String TORNADO_RANGE = "stable range";

	/** Rank acceptability: a row per alternative, a column per rank, the share of samples as text and as colour. */
	private void showHeatMap(MonteCarlo.Result monteCarlo) {
		if (monteCarlo == null) {
			TableColumn column = column(heatMap, "Rank acceptability: set Monte Carlo samples and run", 460);
			column.pack();
			return;
		}
		column(heatMap, "Alternative (" + monteCarlo.samples() + " samples, " + monteCarlo.verdict() + ")", 300);
		int ranks = monteCarlo.alternatives().size();
		for (int r = 1; r <= ranks; r++) {
			column(heatMap, "#" + r, 52);
		}
		for (String alternative : monteCarlo.baseRanking()) {
			double[] shares = monteCarlo.acceptability(alternative);
			TableItem item = new TableItem(heatMap, SWT.NONE);
			item.setText(0, alternative);
			for (int r = 0; r < shares.length; r++) {
				item.setText(r + 1, String.format(Locale.ROOT, "%.0f%%", 100 * shares[r]));
				int shade = (int) Math.round(255 * (1 - shares[r]));
				item.setBackground(r + 1, new Color(shade, shade, 255));
				item.setForeground(r + 1, root.getDisplay().getSystemColor(shares[r] > 0.5 ? SWT.COLOR_WHITE : SWT.COLOR_BLACK));
			}
		}
	}

	/** Keeps the last run (mapped back from the snapshot onto the model's elements) in the scoring: one command. */
	public void keepRun() {
		if (lastOutcome != null) {
			execute(new AddCommand(domain, scoring, Literals.SCORING__RUNS, lastSnapshot.toOriginal(lastOutcome.run())));
			lastOutcome = null;
			keepButton.setEnabled(false);
		}
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
		chart.redraw();
	}

	private static void bars(Chart chart, String[] categories, String id, double[] values, Color color, boolean stack) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories.length == 0 ? new String[] { "(none)" } : categories);
		IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
		series.setYSeries(values);
		series.setBarColor(color);
		series.enableStack(stack);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	// ---- common

	private static TableColumn column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
		return column;
	}

	/** A name as a label shows it: '&' is a mnemonic marker in SWT labels ("O&O-uitgaven" would lose it). */
	private static String label(String value) {
		return value.replace("&", "&&");
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	private void execute(Command command) {
		if (command != null && command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	/** Shows the scoring of that name (the file may hold several). */
	public void selectScoring(String name) {
		Scoring found = ScoringFiles.find(scoringFile, name);
		if (found != null && found != scoring) {
			scoring = found;
			lastOutcome = null;
			refresh();
		}
	}

	/** Sets every page from the model. */
	public void refresh() {
		if (root == null || root.isDisposed() || loadError != null) {
			return;
		}
		if (!scoringFile.getScorings().contains(scoring)) {
			scoring = scoringFile.getScorings().get(0);
		}
		updating = true;
		try {
			scoringCombo.setItems(ScoringFiles.names(scoringFile).toArray(String[]::new));
			scoringCombo.select(scoringFile.getScorings().indexOf(scoring));
			methodCombo.select(Arrays.asList(methodCombo.getItems()).indexOf(scoring.getMethod()));
			normalisationCombo.select(Math.max(0, Arrays.asList(NORMALISATIONS).indexOf(scoring.getNormalisation())));
			oatCheck.setSelection(Boolean.parseBoolean(parameter("oat")));
			String samples = parameter("monteCarlo.samples");
			samplesSpinner.setSelection(samples == null ? 0 : (int) Double.parseDouble(samples));
			String seed = parameter("monteCarlo.seed");
			seedSpinner.setSelection(seed == null ? 1 : (int) Double.parseDouble(seed));
			descriptionLabel.setText(label(text(scoring.getDescription())));
		} finally {
			updating = false;
		}
		refreshAlternatives();
		updating = true;
		try {
			refreshCriteria();
			refreshAhp();
		} finally {
			updating = false;
		}
		root.layout(true, true);
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			ScoringFiles.save(scoringFile, path);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
			file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		} catch (IOException | CoreException e) {
			org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), "Save scorings", "Cannot save " + path + ": " + e.getMessage());
		}
	}

	@Override
	public void doSaveAs() {
		// one scorings file per model: it lives beside NAME.helix
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public void setFocus() {
		if (tabs != null && !tabs.isDisposed()) {
			tabs.setFocus();
		} else if (root != null) {
			root.setFocus();
		}
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	// ---- for tests and screenshots

	public Scoring getScoring() {
		return scoring;
	}

	public String loadError() {
		return loadError;
	}

	public void showPage(int index) {
		tabs.setSelection(index);
		root.layout(true, true);
	}

	/** The combo of judgement row i over column j (i &lt; j), or null while the grid has no such cell. */
	public Combo judgementCombo(int i, int j) {
		return i < judgementCombos.length && j < judgementCombos[i].length ? judgementCombos[i][j] : null;
	}

	public Button addCriterionButton() {
		return addCriterionButton;
	}

	public Text pathText() {
		return pathText;
	}

	public Table criteriaTable() {
		return criteriaTable;
	}

	public Text sourceText() {
		return sourceText;
	}

	public Button startAhpButton() {
		return startAhpButton;
	}

	public String consistencyText() {
		return consistencyLabel.getText();
	}

	/** The hint as shown (without the label's '&amp;' escapes). */
	public String hintText() {
		return hintLabel.getText().replace("&&", "&");
	}

	public Button runButton() {
		return runButton;
	}

	public Job runJob() {
		return runJob;
	}

	public ScoringRunner.Outcome lastOutcome() {
		return lastOutcome;
	}

	public Table resultsTable() {
		return resultsTable;
	}

	public Table heatMap() {
		return heatMap;
	}

	public Chart rankingChart() {
		return rankingChart;
	}

	public Chart tornadoChart() {
		return tornadoChart;
	}

	public List<Scale> weightSliders() {
		return weightSliders;
	}

	public Button oatCheck() {
		return oatCheck;
	}

	public Spinner samplesSpinner() {
		return samplesSpinner;
	}

	public Table alternativesTable() {
		return alternativesTable;
	}

	public Text filterText() {
		return filterText;
	}

	public Combo typeCombo() {
		return typeCombo;
	}
}
