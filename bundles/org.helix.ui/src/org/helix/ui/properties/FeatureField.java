package org.helix.ui.properties;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;

/**
 * One row of a property section: the feature's name and a control for its value. Single values are edited in place
 * (text fields commit on Enter and when they lose the focus, combos on selection), lists through a
 * {@link ValuesDialog}. Every change is one command on the element's command stack, made by the section.
 */
abstract class FeatureField {

	/** Long texts get a field of several lines; Ctrl+Enter commits them, Enter starts a new line. */
	static final Set<String> LONG_TEXTS = Set.of("description", "scope", "planOfApproach", "selectionRationale",
			"quote", "text", "mandate", "summary", "overallGoal", "conditions", "criteria", "goal", "rationale",
			"wording", "question", "sourceText", "selectionProcess", "noConsensusHandling", "appreciation",
			"policyFollowUp", "comment", "evidence", "assignment");

	/** Fields fill the view; this small preferred width keeps a long value from widening the view instead. */
	static final int MIN_WIDTH = 120;

	protected final FeatureSection section;
	protected final IItemPropertyDescriptor descriptor;
	protected final EStructuralFeature feature;

	FeatureField(FeatureSection section, IItemPropertyDescriptor descriptor) {
		this.section = section;
		this.descriptor = descriptor;
		this.feature = (EStructuralFeature) descriptor.getFeature(section.element());
	}

	static FeatureField create(FeatureSection section, IItemPropertyDescriptor descriptor, Composite parent) {
		EObject element = section.element();
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(element);
		boolean editable = section.isEditable() && descriptor.canSetProperty(element);
		FeatureField field;
		if (feature.isMany()) {
			field = new ManyField(section, descriptor, editable);
		} else if (editable && isChoice(feature)) {
			field = new ChoiceField(section, descriptor);
		} else {
			field = new TextField(section, descriptor, editable);
		}
		field.createControls(parent);
		field.refresh();
		return field;
	}

	private static boolean isChoice(EStructuralFeature feature) {
		if (!(feature instanceof EAttribute attribute)) {
			return true;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return type == Boolean.class || type == boolean.class || Enumerator.class.isAssignableFrom(type);
	}

	String name() {
		return feature.getName();
	}

	abstract Control control();

	abstract void createControls(Composite parent);

	abstract void refresh();

	protected TabbedPropertySheetWidgetFactory factory() {
		return section.factory();
	}

	protected Object value() {
		return section.element().eGet(feature);
	}

	protected void createLabel(Composite parent) {
		Label label = factory().createLabel(parent, descriptor.getDisplayName(section.element()) + ":");
		label.setToolTipText(descriptor.getDescription(section.element()));
		GridData data = new GridData(SWT.FILL, isLongText() ? SWT.TOP : SWT.CENTER, false, false);
		data.widthHint = FeatureSection.LABEL_WIDTH;
		label.setLayoutData(data);
	}

	protected boolean isLongText() {
		return LONG_TEXTS.contains(feature.getName());
	}

	/** How a value reads in a field or list: the item providers' labels for elements, yes/no for flags. */
	protected String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Boolean flag) {
			return flag ? "yes" : "no";
		}
		if (value instanceof Enumerator literal) {
			return readable(literal.getLiteral());
		}
		if (value instanceof EObject) {
			IItemLabelProvider labels = descriptor.getLabelProvider(section.element());
			return labels.getText(value);
		}
		if (feature instanceof EAttribute attribute) {
			return ValueText.format(attribute.getEAttributeType(), value);
		}
		return String.valueOf(value);
	}

	/** "IN_PROGRESS" → "In progress", as the fiche and the tables write enum literals. */
	static String readable(String literal) {
		String words = literal.replace('_', ' ').toLowerCase();
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The values a single reference, an enum or a flag can take; null (unset) first when the feature may be unset. */
	protected List<Object> candidates() {
		List<Object> values = new ArrayList<>();
		Class<?> type = feature.getEType().getInstanceClass();
		if (type == boolean.class) {
			return new ArrayList<>(List.of(Boolean.TRUE, Boolean.FALSE));
		}
		if (type == Boolean.class) {
			values.add(null);
			values.add(Boolean.TRUE);
			values.add(Boolean.FALSE);
			return values;
		}
		Collection<?> choices = descriptor.getChoiceOfValues(section.element());
		if (choices != null) {
			choices.stream().filter(value -> value != null && !values.contains(value)).forEach(values::add);
		}
		if (!values.isEmpty() && values.get(0) instanceof EObject) { // enum literals keep the metamodel's order
			values.sort(Comparator.comparing(this::text, String.CASE_INSENSITIVE_ORDER));
		}
		if (!feature.isMany() && !feature.isRequired()) {
			values.add(0, null);
		}
		return values;
	}

	/** A single-valued attribute in a text field, or any read-only single value. */
	static final class TextField extends FeatureField {

		private final boolean editable;
		private Text text;
		private ControlDecoration problem;

		TextField(FeatureSection section, IItemPropertyDescriptor descriptor, boolean editable) {
			super(section, descriptor);
			this.editable = editable;
		}

		@Override
		void createControls(Composite parent) {
			createLabel(parent);
			boolean multi = isLongText();
			text = factory().createText(parent, "", multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			data.widthHint = MIN_WIDTH;
			if (multi) {
				data.heightHint = text.getLineHeight() * 4;
			}
			data.horizontalIndent = 6;
			text.setLayoutData(data);
			text.setEditable(editable);
			if (!editable) {
				text.setToolTipText("Read-only");
				return;
			}
			problem = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
			problem.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
					.getImage());
			problem.hide();
			text.addListener(SWT.FocusOut, event -> commit());
			text.addListener(SWT.Traverse, this::traverse);
		}

		private void traverse(Event event) {
			switch (event.detail) {
			case SWT.TRAVERSE_RETURN -> {
				if (isLongText() && (event.stateMask & SWT.MOD1) == 0) {
					event.doit = false; // a new line in a long text; Ctrl+Enter commits it
					return;
				}
				// Enter commits and moves on to the next field, as in a form; a refused value keeps the focus
				event.doit = commit();
				event.detail = SWT.TRAVERSE_TAB_NEXT;
			}
			case SWT.TRAVERSE_ESCAPE -> {
				refresh();
				event.doit = false;
			}
			case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> event.doit = true; // also out of long texts
			default -> {
				// other keys keep their meaning
			}
			}
		}

		/** Sets the typed value unless it is unchanged; false (with a message at the field) when it cannot be read. */
		boolean commit() {
			if (text.isDisposed() || text.getText().equals(text(value()))) {
				if (problem != null) {
					problem.hide();
				}
				return true;
			}
			EDataType type = ((EAttribute) feature).getEAttributeType();
			try {
				Object newValue = ValueText.parse(type, text.getText());
				problem.hide();
				section.set(feature, newValue);
				return true;
			} catch (IllegalArgumentException e) {
				problem.setDescriptionText(e.getMessage());
				problem.show();
				problem.showHoverText(e.getMessage());
				return false;
			}
		}

		@Override
		void refresh() {
			String shown = text(value());
			if (!text.getText().equals(shown)) {
				text.setText(shown);
			}
			if (problem != null) {
				problem.hide();
				problem.hideHover();
			}
		}

		@Override
		Text control() {
			return text;
		}
	}

	/** An enum, a flag or a single reference: a drop-down of the candidates of the right type. */
	static final class ChoiceField extends FeatureField {

		private CCombo combo;
		private List<Object> values = List.of();

		ChoiceField(FeatureSection section, IItemPropertyDescriptor descriptor) {
			super(section, descriptor);
		}

		@Override
		void createControls(Composite parent) {
			createLabel(parent);
			combo = factory().createCCombo(parent, SWT.READ_ONLY | SWT.FLAT);
			combo.setVisibleItemCount(20);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
			data.widthHint = MIN_WIDTH;
			data.horizontalIndent = 6;
			combo.setLayoutData(data);
			combo.addListener(SWT.Selection, event -> {
				int index = combo.getSelectionIndex();
				if (index >= 0 && index < values.size()) {
					section.set(feature, values.get(index));
				}
			});
		}

		@Override
		void refresh() {
			List<Object> fresh = candidates();
			Object current = value();
			if (!fresh.contains(current)) {
				fresh.add(current);
			}
			if (!fresh.equals(values)) {
				values = fresh;
				combo.setItems(values.stream().map(this::text).toArray(String[]::new));
			}
			combo.select(values.indexOf(current));
		}

		/** The candidates, in the order of the drop-down. */
		List<Object> values() {
			return values;
		}

		@Override
		CCombo control() {
			return combo;
		}
	}

	/** A list: its values in one line, and a button that opens the editor of the list. */
	static final class ManyField extends FeatureField {

		private final boolean editable;
		private Text text;
		private Button edit;

		ManyField(FeatureSection section, IItemPropertyDescriptor descriptor, boolean editable) {
			super(section, descriptor);
			this.editable = editable;
		}

		@Override
		void createControls(Composite parent) {
			createLabel(parent);
			text = factory().createText(parent, "", SWT.SINGLE | SWT.READ_ONLY);
			GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, editable ? 1 : 2, 1);
			data.widthHint = MIN_WIDTH;
			data.horizontalIndent = 6;
			text.setLayoutData(data);
			if (!editable) {
				return;
			}
			edit = factory().createButton(parent, "...", SWT.PUSH);
			edit.setToolTipText("Choose the " + descriptor.getDisplayName(section.element()).toLowerCase());
			edit.addListener(SWT.Selection, event -> openEditor());
			// Enter (or space) in the summary opens the list editor, so the whole tab works from the keyboard
			text.addListener(SWT.Traverse, event -> {
				if (event.detail == SWT.TRAVERSE_RETURN) {
					event.doit = false;
					openEditor();
				}
			});
		}

		void openEditor() {
			List<Object> chosen = new ArrayList<>((Collection<?>) value());
			boolean fromModel = !(feature instanceof EAttribute attribute)
					|| attribute.getEAttributeType().getInstanceClass().isEnum()
					|| Enumerator.class.isAssignableFrom(attribute.getEAttributeType().getInstanceClass());
			List<Object> available = fromModel ? candidates() : null;
			ValuesDialog dialog = new ValuesDialog(text.getShell(),
					descriptor.getDisplayName(section.element()) + " of " + section.elementLabel(), available, chosen,
					this::text, section::image, fromModel ? null : input -> ValueText.parse(
							((EAttribute) feature).getEAttributeType(), input));
			if (dialog.open() == ValuesDialog.OK) {
				section.set(feature, dialog.result());
			}
		}

		@Override
		void refresh() {
			Collection<?> values = (Collection<?>) value();
			text.setText(String.join(", ", values.stream().map(this::text).toList()));
			text.setToolTipText(String.join("\n", values.stream().map(this::text).toList()));
		}

		@Override
		Text control() {
			return text;
		}

		Button button() {
			return edit;
		}
	}
}
