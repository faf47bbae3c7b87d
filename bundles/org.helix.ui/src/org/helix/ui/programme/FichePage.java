package org.helix.ui.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.FocusCellOwnerDrawHighlighter;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.jface.viewers.TableViewerFocusCellManager;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.CorePackage;
import org.helix.model.core.Indicator;
import org.helix.model.core.Measurement;
import org.helix.model.core.Milestone;
import org.helix.model.core.SourceCitation;
import org.helix.model.programme.Deliverable;
import org.helix.model.programme.Objective;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammeFactory;
import org.helix.model.programme.ProgrammePackage.Literals;
import org.helix.model.programme.RagStatus;
import org.helix.model.programme.Risk;
import org.helix.analysis.status.ElementStatus;
import org.helix.analysis.status.Rag;
import org.helix.analysis.status.StatusProviders;

/**
 * The fiche itself. Every field commits one EMF command when the user presses Enter or leaves it (Ctrl+Enter in the
 * multi-line fields, where Enter is a new line); Tab moves on, Esc restores the model's value. After every command on
 * the stack, whoever issued it, all fields re-read the model, so undo/redo and edits elsewhere show at once.
 */
public class FichePage extends FormPage {

	public static final String ID = "org.helix.ui.fiche.page";

	private final ActionFicheEditor editor;
	private final List<Runnable> refreshers = new ArrayList<>();
	private final Map<Text, Runnable> commits = new HashMap<>();
	/** Fields, tables and buttons by their label, for tests and screenshots. */
	private final Map<String, Object> parts = new LinkedHashMap<>();
	private FormToolkit toolkit;
	private ScrolledForm form;
	private KpiChart chart;
	private TableViewer kpis;
	private TableViewer measurements;

	public FichePage(ActionFicheEditor editor) {
		super(editor, ID, "Fiche");
		this.editor = editor;
	}

	private PriorityAction action() {
		return editor.getAction();
	}

	private EditingDomain domain() {
		return editor.getEditingDomain();
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));

		Composite id = section(body, "Identification", 1);
		text(id, "Code", Literals.PRIORITY_ACTION__CODE);
		text(id, "Title", CorePackage.Literals.NAMED_ELEMENT__NAME);
		enumCombo(id, "Status", Literals.PRIORITY_ACTION__STATUS);
		references(id, "Dimensions", Literals.PRIORITY_ACTION__DIMENSIONS);
		referenceCombo(id, "Lead", Literals.PRIORITY_ACTION__LEAD);
		referenceCombo(id, "Project leader", Literals.PRIORITY_ACTION__PROJECT_LEADER);
		referenceCombo(id, "Group", Literals.PRIORITY_ACTION__GROUP);
		field(id, "Priority years", Literals.PRIORITY_ACTION__PRIORITY_YEARS, false, Values::text, Values::parseYears);

		Composite content = section(body, "Objectives, scope and approach", 1);
		references(content, "Objectives", Literals.PRIORITY_ACTION__OBJECTIVES);
		field(content, "Scope", Literals.PRIORITY_ACTION__SCOPE, true, Values::text, Values::emptyToNull);
		field(content, "Plan of approach", Literals.PRIORITY_ACTION__PLAN_OF_APPROACH, true, Values::text, Values::emptyToNull);

		Composite timing = section(body, "Timing and milestones", 1);
		text(timing, "Timing", Literals.PRIORITY_ACTION__TIMING);
		table(timing, "Milestones", Literals.PRIORITY_ACTION__MILESTONES, () -> named(CoreFactory.eINSTANCE.createMilestone(), "New milestone"),
				column("Milestone", 180, CorePackage.Literals.NAMED_ELEMENT__NAME, Values::emptyToNull),
				column("Date", 90, CorePackage.Literals.MILESTONE__DATE, Values::parseDate),
				column("As written", 110, CorePackage.Literals.MILESTONE__DATE_TEXT, Values::emptyToNull),
				choice("Result", 110, CorePackage.Literals.MILESTONE__ACHIEVED, java.util.Arrays.asList(null, Boolean.TRUE, Boolean.FALSE)));

		createTracking(section(body, "Tracking", 1));

		Composite deliverables = section(body, "Deliverables", 1);
		table(deliverables, "Deliverables", Literals.PRIORITY_ACTION__DELIVERABLES,
				() -> named(ProgrammeFactory.eINSTANCE.createDeliverable(), "New deliverable"),
				column("Deliverable", 220, CorePackage.Literals.NAMED_ELEMENT__NAME, Values::emptyToNull),
				column("Due date", 90, Literals.DELIVERABLE__DUE_DATE, Values::parseDate),
				choice("Status", 110, Literals.DELIVERABLE__STATUS, enumValues(Literals.DELIVERABLE__STATUS)));

		Composite budget = section(body, "Budget (EUR; empty = unknown)", 1);
		field(budget, "Planned", Literals.PRIORITY_ACTION__BUDGET_PLANNED, false, Values::text, Values::parseAmount);
		field(budget, "Committed", Literals.PRIORITY_ACTION__BUDGET_COMMITTED, false, Values::text, Values::parseAmount);
		field(budget, "Spent", Literals.PRIORITY_ACTION__BUDGET_SPENT, false, Values::text, Values::parseAmount);

		Composite risks = section(body, "Dependencies and risks", 2);
		references(risks, "Depends on", Literals.PRIORITY_ACTION__DEPENDS_ON);
		table(risks, "Risks", Literals.PRIORITY_ACTION__RISKS, () -> {
			Risk risk = ProgrammeFactory.eINSTANCE.createRisk();
			risk.setText("New risk");
			return risk;
		}, column("Risk", 220, Literals.RISK__TEXT, Values::emptyToNull),
				choice("Likelihood", 80, Literals.RISK__LIKELIHOOD, enumValues(Literals.RISK__LIKELIHOOD)),
				choice("Impact", 80, Literals.RISK__IMPACT, enumValues(Literals.RISK__IMPACT)),
				column("Mitigation", 160, Literals.RISK__MITIGATION, Values::emptyToNull));

		createKpiSection(section(body, "KPIs", 2));
		createCitations(section(body, "Source citations", 2));

		refresh();
		form.reflow(true);
	}

	// ---- layout

	private Composite section(Composite body, String title, int span) {
		Section section = toolkit.createSection(body, ExpandableComposite.TITLE_BAR | ExpandableComposite.TWISTIE | ExpandableComposite.EXPANDED);
		section.setText(title);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, span, 1));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		toolkit.paintBordersFor(client); // flat form texts get a border, so fields read as fields
		section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
			@Override
			public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
				form.reflow(true);
			}
		});
		return client;
	}

	/**
	 * Fills its column, but asks for no more than 200 pixels: a combo's own preferred width is its longest item (an
	 * actor's full name), which would widen the whole form beyond the window.
	 */
	private static GridData fieldData() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		return data;
	}

	private Label label(Composite parent, String text, boolean top) {
		Label label = toolkit.createLabel(parent, text + ":");
		label.setLayoutData(new GridData(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER, false, false));
		return label;
	}

	// ---- single fields

	private Text text(Composite parent, String label, EAttribute feature) {
		return field(parent, label, feature, false, Values::text, Values::emptyToNull);
	}

	private Text field(Composite parent, String label, EStructuralFeature feature, boolean multi,
			Function<Object, String> format, Function<String, Object> parse) {
		label(parent, label, multi);
		Text text = toolkit.createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		if (multi) {
			data.heightHint = 70;
		}
		text.setLayoutData(data);
		Runnable show = () -> {
			String shown = format.apply(action().eGet(feature));
			if (!shown.equals(text.getText())) {
				text.setText(shown);
			}
			form.getMessageManager().removeMessage(feature, text);
		};
		Runnable commit = () -> {
			try {
				Object value = parse.apply(text.getText());
				form.getMessageManager().removeMessage(feature, text);
				Edits.set(domain(), action(), feature, value);
			} catch (IllegalArgumentException e) {
				form.getMessageManager().addMessage(feature, label + ": " + e.getMessage(), null, IMessageProvider.ERROR, text);
			}
		};
		commits.put(text, commit);
		refreshers.add(show);
		text.addListener(SWT.FocusOut, e -> commit.run());
		text.addListener(SWT.DefaultSelection, e -> commit.run()); // Enter in a single-line field
		text.addListener(SWT.KeyDown, e -> {
			if (multi && e.character == SWT.CR && (e.stateMask & SWT.MOD1) != 0) {
				e.doit = false;
				commit.run();
			} else if (e.character == SWT.ESC) {
				show.run();
			}
		});
		if (multi) {
			// Tab leaves the field instead of inserting a tab character
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		parts.put(label, text);
		return text;
	}

	private void enumCombo(Composite parent, String label, EAttribute feature) {
		List<Object> values = enumValues(feature);
		label(parent, label, false);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(values.stream().map(FichePage::choiceLabel).toArray(String[]::new));
		combo.setLayoutData(fieldData());
		combo.addListener(SWT.Selection, e -> Edits.set(domain(), action(), feature, values.get(combo.getSelectionIndex())));
		refreshers.add(() -> combo.select(values.indexOf(action().eGet(feature))));
		toolkit.adapt(combo, true, false);
		parts.put(label, combo);
	}

	/** A single reference as a drop-down of every element of its type in the model, with "(none)" first. */
	private void referenceCombo(Composite parent, String label, EReference feature) {
		label(parent, label, false);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(fieldData());
		List<EObject> choices = new ArrayList<>();
		combo.addListener(SWT.Selection, e -> {
			int index = combo.getSelectionIndex();
			Edits.set(domain(), action(), feature, index <= 0 ? null : choices.get(index - 1));
		});
		refreshers.add(() -> {
			choices.clear();
			choices.addAll(Edits.allOf(action().eResource(), feature.getEReferenceType()));
			List<String> items = new ArrayList<>(List.of("(none)"));
			choices.forEach(c -> items.add(Edits.label(c)));
			if (!items.equals(List.of(combo.getItems()))) {
				combo.setItems(items.toArray(String[]::new));
			}
			combo.select(choices.indexOf(action().eGet(feature)) + 1);
		});
		toolkit.adapt(combo, true, false);
		parts.put(label, combo);
	}

	/** A many-valued reference: the chosen elements as text, and a button that opens a checklist of all candidates. */
	private void references(Composite parent, String label, EReference feature) {
		label(parent, label, true);
		Composite row = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = layout.marginHeight = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label shown = toolkit.createLabel(row, "", SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		shown.setLayoutData(data);
		Button choose = toolkit.createButton(row, "Choose…", SWT.PUSH);
		choose.setLayoutData(new GridData(SWT.END, SWT.BEGINNING, false, false));
		choose.addListener(SWT.Selection, e -> {
			List<EObject> candidates = Edits.allOf(action().eResource(), feature.getEReferenceType());
			candidates.remove(action());
			ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(LabelProvider.createTextProvider(Edits::label)).title(label)
					.message("Choose the " + label.toLowerCase() + " of " + Edits.label(action()) + ":")
					.preselect(((Collection<?>) action().eGet(feature)).toArray()).create(choose.getShell());
			if (dialog.open() == Window.OK) {
				// keep the model's order for elements that stay, append new ones in the candidates' order
				Edits.set(domain(), action(), feature, List.of(dialog.getResult()));
			}
		});
		refreshers.add(() -> {
			Collection<?> value = (Collection<?>) action().eGet(feature);
			shown.setText(value.isEmpty() ? "(none)" : Edits.labels(value));
		});
		parts.put(label, shown);
		parts.put(label + " button", choose);
	}

	// ---- tables

	/** A column of a table: title, width, the feature it shows and how typed text becomes a value (or the choices). */
	private record Column(String title, int width, EStructuralFeature feature, Function<String, Object> parse, List<Object> choices) {
	}

	private static Column column(String title, int width, EStructuralFeature feature, Function<String, Object> parse) {
		return new Column(title, width, feature, parse, null);
	}

	private static Column choice(String title, int width, EStructuralFeature feature, List<Object> choices) {
		return new Column(title, width, feature, null, choices);
	}

	private static <T extends org.helix.model.core.NamedElement> T named(T element, String name) {
		element.setName(name);
		return element;
	}

	private static List<Object> enumValues(EAttribute feature) {
		List<Object> values = new ArrayList<>();
		for (EEnumLiteral literal : ((EEnum) feature.getEAttributeType()).getELiterals()) {
			values.add(literal.getInstance());
		}
		return values;
	}

	/** The labels of a milestone's result: a result not recorded (null) is not a missed milestone (false). */
	static final String NOT_RECORDED = "Not recorded", ACHIEVED = "Achieved", MISSED = "Missed";

	private static String choiceLabel(Object value) {
		if (value == null) {
			return NOT_RECORDED;
		}
		if (value instanceof Boolean achieved) {
			return achieved ? ACHIEVED : MISSED;
		}
		if (value instanceof Enumerator e) {
			String name = e.getName().replace('_', ' ').toLowerCase();
			return Character.toUpperCase(name.charAt(0)) + name.substring(1);
		}
		return Values.text(value);
	}

	/** The rows of a containment list with Add and Remove buttons; editing in place. */
	private TableViewer table(Composite parent, String name, EReference list, Supplier<EObject> create, Column... columns) {
		return table(parent, name, () -> action(), list, create, columns);
	}

	private TableViewer table(Composite parent, String name, Supplier<EObject> owner, EReference list, Supplier<EObject> create,
			Column... columns) {
		Composite area = toolkit.createComposite(parent);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = layout.marginHeight = 0;
		area.setLayout(layout);
		toolkit.paintBordersFor(area);
		TableViewer viewer = new TableViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 110;
		data.widthHint = 300; // the table fills its column, but never widens the form beyond the window
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column column : columns) {
			TableViewerColumn tc = new TableViewerColumn(viewer, SWT.LEFT);
			tc.getColumn().setText(column.title());
			tc.getColumn().setWidth(column.width());
			tc.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> column.choices() != null
					? choiceLabel(((EObject) e).eGet(column.feature())) : Values.text(((EObject) e).eGet(column.feature()))));
			tc.setEditingSupport(new FeatureEditing(viewer, column));
		}
		enableKeyboardEditing(viewer);
		Composite buttons = toolkit.createComposite(area);
		buttons.setLayout(new GridLayout(1, true));
		buttons.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
		Button add = toolkit.createButton(buttons, "Add", SWT.PUSH);
		add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button remove = toolkit.createButton(buttons, "Remove", SWT.PUSH);
		remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		add.addListener(SWT.Selection, e -> {
			EObject target = owner.get();
			if (target == null) {
				return;
			}
			EObject element = create.get();
			if (Edits.add(domain(), target, list, element)) {
				// straight into the first cell, so a new row is typed without touching the mouse
				viewer.setSelection(new StructuredSelection(element), true);
				viewer.editElement(element, 0);
			}
		});
		remove.addListener(SWT.Selection, e -> {
			List<?> selected = viewer.getStructuredSelection().toList();
			if (owner.get() != null && !selected.isEmpty()) {
				Edits.remove(domain(), owner.get(), list, selected);
			}
		});
		viewer.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && !viewer.isCellEditorActive()) {
				remove.notifyListeners(SWT.Selection, null);
			}
		});
		refreshers.add(() -> {
			EObject target = owner.get();
			Object rows = target == null ? List.of() : target.eGet(list);
			if (viewer.getInput() != rows) {
				viewer.setInput(rows);
			} else {
				viewer.refresh();
			}
			add.setEnabled(target != null);
		});
		parts.put(name, viewer);
		parts.put(name + " add", add);
		parts.put(name + " remove", remove);
		return viewer;
	}

	/** F2 or Enter edits the focused cell; Tab moves to the next cell and on to the next row. */
	private static void enableKeyboardEditing(TableViewer viewer) {
		TableViewerFocusCellManager focus = new TableViewerFocusCellManager(viewer, new FocusCellOwnerDrawHighlighter(viewer));
		ColumnViewerEditorActivationStrategy activation = new ColumnViewerEditorActivationStrategy(viewer) {
			@Override
			protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
				return event.eventType == ColumnViewerEditorActivationEvent.TRAVERSAL
						|| event.eventType == ColumnViewerEditorActivationEvent.MOUSE_DOUBLE_CLICK_SELECTION
						|| event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC
						|| event.eventType == ColumnViewerEditorActivationEvent.KEY_PRESSED
								&& (event.keyCode == SWT.F2 || event.keyCode == SWT.CR);
			}
		};
		TableViewerEditor.create(viewer, focus, activation, ColumnViewerEditor.TABBING_HORIZONTAL
				| ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR | ColumnViewerEditor.KEYBOARD_ACTIVATION);
	}

	/** In-place editing of one feature of a row: text parsed by the column, or a choice from a drop-down. */
	private final class FeatureEditing extends EditingSupport {

		private final Column column;
		private final CellEditor editor;

		FeatureEditing(TableViewer viewer, Column column) {
			super(viewer);
			this.column = column;
			this.editor = column.choices() == null ? new TextCellEditor(viewer.getTable())
					: new ComboBoxCellEditor(viewer.getTable(), column.choices().stream().map(FichePage::choiceLabel).toArray(String[]::new),
							SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			Object value = ((EObject) element).eGet(column.feature());
			return column.choices() == null ? Values.text(value) : Math.max(0, column.choices().indexOf(value));
		}

		@Override
		protected void setValue(Object element, Object value) {
			Object newValue;
			if (column.choices() == null) {
				try {
					newValue = column.parse().apply((String) value);
					form.getMessageManager().removeMessage(column);
				} catch (IllegalArgumentException e) {
					form.getMessageManager().addMessage(column, column.title() + ": " + e.getMessage(), null, IMessageProvider.ERROR);
					return;
				}
			} else {
				int index = (Integer) value;
				if (index < 0) {
					return;
				}
				newValue = column.choices().get(index);
			}
			Edits.set(domain(), (EObject) element, column.feature(), newValue);
		}
	}

	// ---- tracking

	/**
	 * The coordinator's tracking fields and, beside them, the RAG that the installed status provider (monitoring)
	 * computes for today and the one that counts; without a provider both say so. An override without a justification
	 * is ignored by monitoring, so the form warns about it at once.
	 */
	private void createTracking(Composite parent) {
		field(parent, "Planned start", Literals.PRIORITY_ACTION__PLANNED_START, false, Values::text, Values::parseDate);
		field(parent, "Planned end", Literals.PRIORITY_ACTION__PLANNED_END, false, Values::text, Values::parseDate);
		field(parent, "Percent complete", Literals.PRIORITY_ACTION__PERCENT_COMPLETE, false, Values::percent, Values::parsePercent);
		Label plan = readOnly(parent, "Plan measured");
		Label computed = readOnly(parent, "Computed RAG");
		ragOverrideCombo(parent);
		Text justification = field(parent, "Justification", Literals.PRIORITY_ACTION__RAG_OVERRIDE_JUSTIFICATION, true,
				Values::text, Values::emptyToNull);
		field(parent, "Override date", Literals.PRIORITY_ACTION__RAG_OVERRIDE_DATE, false, Values::text, Values::parseDate);
		referenceCombo(parent, "Override by", Literals.PRIORITY_ACTION__RAG_OVERRIDE_BY);
		Label effective = readOnly(parent, "RAG in effect");
		refreshers.add(() -> {
			// the live model, read on the UI thread
			ElementStatus rating = StatusProviders.status(action(), LocalDate.now());
			plan.setText(planText(rating));
			computed.setText(computedText(rating));
			computed.setForeground(rating == null ? null : rating.computed() == null ? NO_DATA_COLOUR : color(rating.computed()));
			effective.setText(effectiveText(rating));
			effective.setForeground(rating == null ? null : color(rating));
			if (rating != null && rating.overrideIgnored()) {
				form.getMessageManager().addMessage(UNJUSTIFIED_OVERRIDE, "RAG override " + ragLabel(Rag.valueOf(action().getRagOverride().getName()))
						+ " has no justification: it is ignored until you write one.", null, IMessageProvider.WARNING, justification);
			} else {
				form.getMessageManager().removeMessage(UNJUSTIFIED_OVERRIDE, justification);
			}
			computed.getParent().layout(new Control[] { plan, computed, effective });
		});
	}

	private static final String UNJUSTIFIED_OVERRIDE = "unjustifiedOverride";

	private Label readOnly(Composite parent, String label) {
		label(parent, label, true);
		Label value = toolkit.createLabel(parent, "", SWT.WRAP);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 200;
		value.setLayoutData(data);
		parts.put(label, value);
		return value;
	}

	/**
	 * The manual RAG. Choosing a colour also dates it today when it has no date yet, in the same command, so that a
	 * quick override is never undated; the justification and who set it stay the coordinator's to type.
	 */
	private void ragOverrideCombo(Composite parent) {
		List<RagStatus> values = List.of(RagStatus.UNSPECIFIED, RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED);
		label(parent, "RAG override", false);
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems("None: the computed RAG counts", "Green", "Amber", "Red");
		combo.setLayoutData(fieldData());
		combo.addListener(SWT.Selection, e -> {
			RagStatus chosen = values.get(Math.max(0, combo.getSelectionIndex()));
			Map<EStructuralFeature, Object> changes = new LinkedHashMap<>();
			changes.put(Literals.PRIORITY_ACTION__RAG_OVERRIDE, chosen);
			if (chosen != RagStatus.UNSPECIFIED && action().getRagOverrideDate() == null) {
				changes.put(Literals.PRIORITY_ACTION__RAG_OVERRIDE_DATE, LocalDate.now());
			}
			Edits.set(domain(), action(), "Set RAG override", changes);
		});
		refreshers.add(() -> combo.select(Math.max(0, values.indexOf(action().getRagOverride()))));
		toolkit.adapt(combo, true, false);
		parts.put("RAG override", combo);
	}

	/** No provider installed: the fiche says so instead of showing a colour nobody computed. */
	static final String NO_STATUS_PROVIDER = "No RAG: no status provider (monitoring) is installed";

	/** What an action without enough data to be rated shows, in grey: unknown is not zero, so never a colour. */
	static final String NO_DATA = "No data";

	/**
	 * The plan the RAG measures against and where it comes from, so that dates derived from deliverables or priority
	 * years are visible beside the empty planned-date fields, e.g. "derived from the deliverables: 2026-01-01 to
	 * 2026-10-01".
	 */
	private static String planText(ElementStatus rating) {
		if (rating == null) {
			return NO_STATUS_PROVIDER;
		}
		return rating.plan() == null ? "none: enter a planned start and end" : rating.plan();
	}

	private static String computedText(ElementStatus rating) {
		if (rating == null) {
			return NO_STATUS_PROVIDER;
		}
		String explanation = rating.explanation() == null ? "" : rating.explanation();
		if (rating.computed() == null) {
			// the provider's "no data: ..." reason, said once
			return NO_DATA + ": " + (explanation.startsWith("no data: ") ? explanation.substring("no data: ".length()) : explanation);
		}
		return ragLabel(rating.computed()) + ": " + explanation;
	}

	private static String effectiveText(ElementStatus rating) {
		if (rating == null) {
			return NO_STATUS_PROVIDER;
		}
		if (rating.overridden()) {
			return ragLabel(rating.rag()) + ", the override is in effect (computed: "
					+ (rating.computed() == null ? "no data" : ragLabel(rating.computed())) + ")";
		}
		String rag = rating.computed() == null ? NO_DATA : ragLabel(rating.computed());
		return rating.overrideIgnored() ? rag + ", computed: the override is ignored without a justification"
				: rag + ", computed (no override)";
	}

	static String ragLabel(Rag rag) {
		return rag == null ? "" : rag.name().charAt(0) + rag.name().substring(1).toLowerCase(Locale.ROOT);
	}

	private static final Color NO_DATA_COLOUR = new Color(120, 120, 120);

	/** The colour of the RAG in effect; grey when there is no data. */
	static Color color(ElementStatus rating) {
		return rating.rag() == null ? NO_DATA_COLOUR : color(rating.rag());
	}

	private static Color color(Rag rag) {
		if (rag == null) {
			return null;
		}
		return switch (rag) {
		case GREEN -> new Color(30, 130, 50);
		case AMBER -> new Color(190, 120, 0);
		case RED -> new Color(200, 30, 30);
		};
	}

	// ---- KPIs

	private void createKpiSection(Composite parent) {
		parent.setLayout(new GridLayout(2, true));
		Composite left = toolkit.createComposite(parent);
		left.setLayout(new GridLayout(2, false));
		left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		kpis = kpiTable(left);
		measurements = table(left, "Measurements", this::selectedKpi, CorePackage.Literals.INDICATOR__MEASUREMENTS, () -> {
			Measurement m = CoreFactory.eINSTANCE.createMeasurement();
			m.setYear(java.time.Year.now().getValue());
			return m;
		}, column("Year", 60, CorePackage.Literals.MEASUREMENT__YEAR, Values::parseInteger),
				column("Date", 90, CorePackage.Literals.MEASUREMENT__DATE, Values::parseDate),
				column("Value", 90, CorePackage.Literals.MEASUREMENT__VALUE, Values::parseAmount),
				column("Source", 140, CorePackage.Literals.MEASUREMENT__SOURCE, Values::emptyToNull));
		chart = new KpiChart(parent);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 260;
		data.widthHint = 300;
		chart.getControl().setLayoutData(data);
		refreshers.add(() -> chart.show(selectedKpi()));
	}

	/** The action's KPIs (indicators defined elsewhere in the model): link and unlink them; baseline and targets shown. */
	private TableViewer kpiTable(Composite parent) {
		Composite area = toolkit.createComposite(parent);
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = layout.marginHeight = 0;
		area.setLayout(layout);
		TableViewer viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 90;
		data.widthHint = 300;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Map<String, Function<Indicator, String>> columns = new LinkedHashMap<>();
		columns.put("KPI", Edits::label);
		columns.put("Unit", i -> Values.text(i.getUnit()));
		columns.put("Baseline", i -> Values.text(i.getBaselineValue()) + (i.getBaselineYear() == null ? "" : " (" + i.getBaselineYear() + ")"));
		columns.put("Targets", i -> String.join(", ", i.getTargets().stream()
				.map(t -> Values.text(t.getValue()) + (t.getYear() == null ? "" : " (" + t.getYear() + ")")).toList()));
		columns.put("Measurements", i -> String.valueOf(i.getMeasurements().size()));
		int[] widths = { 160, 70, 90, 110, 90 };
		int n = 0;
		for (var entry : columns.entrySet()) {
			TableViewerColumn tc = new TableViewerColumn(viewer, SWT.LEFT);
			tc.getColumn().setText(entry.getKey());
			tc.getColumn().setWidth(widths[n++]);
			tc.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> entry.getValue().apply((Indicator) e)));
		}
		Composite buttons = toolkit.createComposite(area);
		buttons.setLayout(new GridLayout(1, true));
		Button link = toolkit.createButton(buttons, "Link…", SWT.PUSH);
		Button unlink = toolkit.createButton(buttons, "Unlink", SWT.PUSH);
		link.addListener(SWT.Selection, e -> {
			List<Indicator> candidates = Edits.allOf(action().eResource(), Indicator.class);
			candidates.removeAll(action().getKpis());
			ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(LabelProvider.createTextProvider(Edits::label)).title("Link KPIs")
					.message("Indicators to follow as KPIs of " + Edits.label(action()) + ":").create(link.getShell());
			if (dialog.open() == Window.OK && dialog.getResult().length > 0) {
				Edits.add(domain(), action(), Literals.PRIORITY_ACTION__KPIS, List.of(dialog.getResult()));
			}
		});
		unlink.addListener(SWT.Selection, e -> {
			if (selectedKpi() != null) {
				Edits.remove(domain(), action(), Literals.PRIORITY_ACTION__KPIS, selectedKpi());
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (measurements != null) {
				measurements.setInput(selectedKpi() == null ? List.of() : selectedKpi().getMeasurements());
				chart.show(selectedKpi());
			}
		});
		refreshers.add(() -> {
			if (viewer.getInput() != action().getKpis()) {
				viewer.setInput(action().getKpis());
			} else {
				viewer.refresh();
			}
			if (viewer.getStructuredSelection().isEmpty() && !action().getKpis().isEmpty()) {
				viewer.setSelection(new StructuredSelection(action().getKpis().get(0)));
			}
		});
		parts.put("KPIs", viewer);
		parts.put("KPIs link", link);
		parts.put("KPIs unlink", unlink);
		return viewer;
	}

	/** The KPI whose measurements and chart are shown. */
	public Indicator selectedKpi() {
		return kpis != null && kpis.getStructuredSelection().getFirstElement() instanceof Indicator i ? i : null;
	}

	// ---- citations

	private void createCitations(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.READ_ONLY);
		viewer.getTable().setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
		data.heightHint = 80;
		data.widthHint = 300;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		String[] titles = { "Document", "Lines", "Quote" };
		int[] widths = { 220, 90, 600 };
		List<Function<SourceCitation, String>> texts = List.of(
				c -> c.getDocumentTitle() != null ? c.getDocumentTitle() : Values.text(c.getDocumentId()),
				c -> c.getFromLine() == null ? "" : c.getToLine() == null || c.getToLine().equals(c.getFromLine())
						? "L" + c.getFromLine() : "L" + c.getFromLine() + "–" + c.getToLine(),
				c -> Values.text(c.getQuote()));
		for (int i = 0; i < titles.length; i++) {
			TableViewerColumn tc = new TableViewerColumn(viewer, SWT.LEFT);
			tc.getColumn().setText(titles[i]);
			tc.getColumn().setWidth(widths[i]);
			Function<SourceCitation, String> text = texts.get(i);
			tc.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((SourceCitation) e)));
		}
		refreshers.add(() -> {
			if (viewer.getInput() != action().getCitations()) {
				viewer.setInput(action().getCitations());
			} else {
				viewer.refresh();
			}
		});
		parts.put("Source citations", viewer);
	}

	// ---- updates

	/** Re-reads every field from the model; called after each command on the stack. */
	public void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		form.setText(Edits.label(action()));
		refreshers.forEach(Runnable::run);
	}

	/** Commits the field that has the focus (before a save by keyboard, which does not move the focus). */
	void commitFocused() {
		if (form != null && !form.isDisposed()) {
			Control focus = form.getDisplay().getFocusControl();
			Runnable commit = focus instanceof Text text ? commits.get(text) : null;
			if (commit != null) {
				commit.run();
			}
		}
	}

	/** A field, table or button by its label: "Title", "Deliverables", "Deliverables add", "Measurements", "KPIs". */
	public Object part(String name) {
		return parts.get(name);
	}

	public KpiChart getChart() {
		return chart;
	}

	public ScrolledForm getForm() {
		return form;
	}

	@Override
	public void setFocus() {
		if (parts.get("Code") instanceof Text code && !code.isDisposed()) {
			code.setFocus();
		}
	}
}
