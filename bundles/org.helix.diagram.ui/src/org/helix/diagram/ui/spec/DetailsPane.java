package org.helix.diagram.ui.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.SimpleContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.helix.diagram.expression.ExpressionChecker;
import org.helix.diagram.expression.ExpressionChecker.Problem;
import org.helix.diagram.functions.FunctionRegistry;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.description.DiagramElementMapping;
import org.helix.diagram.model.description.DirectEditTool;
import org.helix.diagram.model.description.EdgeCreationTool;
import org.helix.diagram.model.description.IdentifiedElement;
import org.helix.diagram.model.description.NodeCreationTool;
import org.helix.diagram.model.description.Viewpoint;
import org.helix.diagram.viewpoint.ViewpointRegistry;

/**
 * The properties of one description element, each attribute with the widget that fits it. Nothing that can be picked
 * is typed: domain classes are picked from the Helix metamodel, features from the class they belong to (inherited
 * ones included), style providers from the function registry, mappings from the specification. Expressions are typed,
 * and checked at every keystroke against the class {@code self} has there ({@link ExpressionChecker}); the problem is
 * shown under the field with its column. Ctrl+Space proposes the context class's features and the contributed Java
 * functions. Every change is a {@link SetCommand}.
 */
public final class DetailsPane {

	private static final Set<String> CLASS_FIELDS = Set.of("domainClass", "elementClass");
	private static final Set<String> FEATURE_FIELDS = Set.of("containmentFeature", "referenceFeature", "sourceFeature",
			"targetFeature", "feature");

	private final EditingDomain domain;
	private final ExpressionChecker checker;
	private final ScrolledComposite scrolled;
	private Composite form;
	private EObject element;
	/** Per feature name: its editing control and, for checked fields, the label showing the problem. */
	private final Map<String, Control> fields = new LinkedHashMap<>();
	private final Map<String, Label> problems = new LinkedHashMap<>();
	private final List<Runnable> refreshers = new ArrayList<>();
	private final List<Runnable> commits = new ArrayList<>();

	DetailsPane(Composite parent, EditingDomain domain, ExpressionChecker checker) {
		this.domain = domain;
		this.checker = checker;
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		show(null);
	}

	/** Shows the properties of {@code newElement} (null: nothing selected). */
	public void show(EObject newElement) {
		if (form != null) {
			commitFocused();
			form.dispose();
		}
		element = newElement;
		fields.clear();
		problems.clear();
		refreshers.clear();
		commits.clear();
		form = new Composite(scrolled, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		Label title = new Label(form, SWT.NONE);
		title.setText(newElement == null ? "Select an element of the specification." : "Properties of " + describe(newElement));
		title.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		if (newElement != null) {
			for (EAttribute attribute : newElement.eClass().getEAllAttributes()) {
				addAttribute(attribute);
			}
			for (EReference reference : newElement.eClass().getEAllReferences()) {
				if (!reference.isContainment() && !reference.isContainer()) {
					addReference(reference);
				}
			}
		}
		scrolled.setContent(form);
		scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		form.layout(true, true);
	}

	/** The scrolled composite holding the form. */
	public Control control() {
		return scrolled;
	}

	/** The element shown. */
	public EObject element() {
		return element;
	}

	/** The control editing the feature named {@code name} of the element shown (Text, Combo, Button or Table), or null. */
	public Control field(String name) {
		return fields.get(name);
	}

	/** The problem shown under a checked field ("" when none), or null when the field is not checked. */
	public String problem(String name) {
		Label label = problems.get(name);
		return label == null ? null : label.getText();
	}

	/** Brings the widgets up to date with the model (after undo, redo or a change elsewhere). */
	void refresh() {
		if (element != null && element.eResource() == null) {
			show(null); // deleted
			return;
		}
		refreshers.forEach(Runnable::run);
	}

	/** Commits what is being typed in a text field, so that a save does not miss it. */
	void commitFocused() {
		commits.forEach(Runnable::run);
	}

	private void addAttribute(EAttribute attribute) {
		String name = attribute.getName();
		label(name);
		if (CLASS_FIELDS.contains(name)) {
			List<String> names = new ArrayList<>();
			names.add("");
			checker.classes().forEach(eClass -> names.add(eClass.getName()));
			choice(attribute, names);
			checked(name, () -> checker.checkClassName((String) element.eGet(attribute)));
		} else if (FEATURE_FIELDS.contains(name)) {
			featureChoice(attribute);
		} else if (name.equals("styleProvider")) {
			List<String> ids = new ArrayList<>();
			ids.add("");
			ids.addAll(FunctionRegistry.getDefault().styleProviderIds());
			choice(attribute, ids);
		} else if (name.equals("doubleClickDescription")) {
			diagramChoice(attribute);
		} else if (attribute.getEType() instanceof EEnum eEnum) {
			choice(attribute, eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
		} else if (attribute.getEType() == EcorePackage.Literals.EBOOLEAN) {
			Button check = new Button(form, SWT.CHECK);
			check.setSelection(Boolean.TRUE.equals(element.eGet(attribute)));
			check.addListener(SWT.Selection, event -> set(attribute, check.getSelection()));
			refreshers.add(() -> check.setSelection(Boolean.TRUE.equals(element.eGet(attribute))));
			fields.put(name, check);
		} else if (ExpressionChecker.isExpression(attribute)) {
			expression(attribute);
		} else {
			text(attribute, name.equals("documentation"));
		}
	}

	private void label(String name) {
		Label label = new Label(form, SWT.NONE);
		label.setText(words(name) + ":");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}

	/** A read-only combo of {@code values}; a value in the file that is not among them is shown too (and checked). */
	private Combo choice(EAttribute attribute, List<String> values) {
		Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Runnable fill = () -> {
			String current = text(element.eGet(attribute));
			List<String> items = new ArrayList<>(values);
			if (!items.contains(current)) {
				items.add(0, current);
			}
			if (!List.of(combo.getItems()).equals(items)) {
				combo.setItems(items.toArray(String[]::new));
			}
			combo.select(items.indexOf(current));
		};
		fill.run();
		combo.addListener(SWT.Selection, event -> {
			String chosen = combo.getText();
			Object value = attribute.getEType() instanceof EEnum ? EcoreUtil.createFromString(attribute.getEAttributeType(), chosen)
					: chosen.isEmpty() ? null : chosen;
			set(attribute, value);
		});
		refreshers.add(fill);
		fields.put(attribute.getName(), combo);
		return combo;
	}

	/** Features of the class the field's feature belongs to, with their inherited ones; typed only when no class is known. */
	private void featureChoice(EAttribute attribute) {
		EClass owner = featureOwner(attribute.getName());
		if (owner == null) {
			// a drop target (or a container expression) can be of any class: the metamodel's containments, picked
			Set<String> names = new TreeSet<>();
			checker.classes().forEach(eClass -> eClass.getEAllContainments().forEach(c -> names.add(c.getName())));
			List<String> values = new ArrayList<>(List.of(""));
			values.addAll(names);
			choice(attribute, values);
			return;
		}
		List<String> values = new ArrayList<>(List.of(""));
		boolean containment = attribute.getName().equals("containmentFeature");
		for (String name : ExpressionChecker.featureNames(owner)) {
			EStructuralFeature feature = owner.getEStructuralFeature(name);
			if (!containment || (feature instanceof EReference reference && reference.isContainment())) {
				values.add(name);
			}
		}
		choice(attribute, values);
		checked(attribute.getName(), () -> {
			Object value = element.eGet(attribute);
			return value instanceof String text && !text.isBlank() && owner.getEStructuralFeature(text) == null
					? new Problem(0, "unknown feature '" + text + "' of " + owner.getName()) : null;
		});
	}

	/**
	 * A diagram description id, picked: the specification's own diagrams first, then those of the other viewpoints
	 * loaded (installed or in the workspace); an id that names none is shown and reported.
	 */
	private void diagramChoice(EAttribute attribute) {
		List<String> own = new ArrayList<>();
		if (EcoreUtil.getRootContainer(element) instanceof Viewpoint viewpoint) {
			viewpoint.getDiagrams().forEach(diagram -> own.add(diagram.getId()));
		}
		Set<String> others = new TreeSet<>();
		ViewpointRegistry.getDefault().viewpoints().forEach(
				viewpoint -> viewpoint.getDiagrams().forEach(diagram -> others.add(diagram.getId())));
		others.removeAll(own);
		List<String> values = new ArrayList<>(List.of(""));
		values.addAll(own);
		values.addAll(others);
		choice(attribute, values);
		checkedMessage(attribute.getName(), () -> element.eGet(attribute) instanceof String id && !id.isBlank() && !values.contains(id)
				? "unknown diagram description '" + id + "': a double-click opens nothing" : null);
	}

	/** The class whose feature a feature field names (docs/diagrams.md, Tools). */
	private EClass featureOwner(String name) {
		DiagramDescription diagram = diagramOf(element);
		EClass root = diagram == null ? null : checker.resolveClass(diagram.getDomainClass());
		if (element instanceof NodeCreationTool tool) {
			return tool.getContainerExpression() == null || tool.getContainerExpression().isBlank() ? root : null;
		}
		if (element instanceof EdgeCreationTool tool) {
			return switch (name) {
			case "containmentFeature" -> root;
			case "sourceFeature", "targetFeature" -> checker.resolveClass(tool.getElementClass());
			default -> tool.getMapping() == null ? null : checker.contextClass(tool.getMapping(), "targetExpression");
			};
		}
		if (element instanceof DirectEditTool tool && !tool.getMappings().isEmpty()) {
			return checker.resolveClass(tool.getMappings().get(0).getDomainClass());
		}
		return null;
	}

	private void expression(EAttribute attribute) {
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(text(element.eGet(attribute)));
		Label problem = new Label(form, SWT.WRAP);
		problem.setForeground(problem.getDisplay().getSystemColor(SWT.COLOR_RED));
		problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		problems.put(attribute.getName(), problem);
		fields.put(attribute.getName(), text);
		Runnable check = () -> {
			String typed = text.getText();
			Problem found = typed.isBlank() ? null : checker.check(typed, checker.contextClass(element, attribute.getName()));
			show(problem, found);
		};
		text.addListener(SWT.Modify, event -> check.run());
		commitOnEnterAndFocusOut(text, attribute);
		refreshers.add(() -> {
			if (!text.isFocusControl() && !text.getText().equals(text(element.eGet(attribute)))) {
				text.setText(text(element.eGet(attribute)));
			}
			check.run();
		});
		check.run();
		// Ctrl+Space: the features of the class self has here, and the contributed functions
		EClass context = checker.contextClass(element, attribute.getName());
		List<String> proposals = new ArrayList<>();
		if (context != null) {
			proposals.addAll(ExpressionChecker.featureNames(context));
		}
		FunctionRegistry.getDefault().functionIds().forEach(id -> proposals.add("java('" + id + "')"));
		ContentProposalAdapter assist = new ContentProposalAdapter(text, new TextContentAdapter(),
				new SimpleContentProposalProvider(proposals.toArray(String[]::new)), KeyStroke.getInstance(SWT.CTRL, ' '), null);
		assist.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
	}

	private void show(Label label, Problem problem) {
		show(label, problem == null ? null : problem.toString());
	}

	private void show(Label label, String problem) {
		String message = problem == null ? "" : problem;
		if (!label.getText().equals(message)) {
			label.setText(message);
			if (scrolled.getContent() == form) {
				// not while the form is being built (a problem in the file): the old content is disposed then
				form.layout(true, true);
				scrolled.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
			}
		}
	}

	/** A problem label under the last field, kept up to date by {@code problem}. */
	private void checked(String name, java.util.function.Supplier<Problem> problem) {
		checkedMessage(name, () -> {
			Problem found = problem.get();
			return found == null ? null : found.toString();
		});
	}

	/** A problem label under the last field, showing what {@code problem} says (null: nothing wrong). */
	private void checkedMessage(String name, java.util.function.Supplier<String> problem) {
		Label label = new Label(form, SWT.WRAP);
		label.setForeground(label.getDisplay().getSystemColor(SWT.COLOR_RED));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		problems.put(name, label);
		Runnable update = () -> show(label, problem.get());
		update.run();
		refreshers.add(update);
	}

	private void text(EAttribute attribute, boolean multi) {
		Text text = new Text(form, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		if (multi) {
			data.heightHint = 60;
			data.widthHint = 300;
		}
		text.setLayoutData(data);
		text.setText(text(element.eGet(attribute)));
		fields.put(attribute.getName(), text);
		commitOnEnterAndFocusOut(text, attribute);
		refreshers.add(() -> {
			if (!text.isFocusControl() && !text.getText().equals(text(element.eGet(attribute)))) {
				text.setText(text(element.eGet(attribute)));
			}
		});
	}

	/** Typing is not a command per keystroke: the value is set when the field is left or Enter is pressed. */
	private void commitOnEnterAndFocusOut(Text text, EAttribute attribute) {
		EObject target = element;
		Runnable commit = () -> {
			if (text.isDisposed() || target != element) {
				return;
			}
			String typed = text.getText();
			if (typed.equals(text(target.eGet(attribute)))) {
				return;
			}
			Object value;
			try {
				value = typed.isEmpty() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), typed);
			} catch (RuntimeException e) {
				return; // not a number: the field keeps what was typed, the model its value
			}
			set(attribute, value);
		};
		text.addListener(SWT.DefaultSelection, event -> commit.run());
		text.addListener(SWT.FocusOut, event -> commit.run());
		commits.add(commit);
	}

	/** Mappings (or tools' mappings, filters' mappings) are picked among those of the specification. */
	private void addReference(EReference reference) {
		label(reference.getName());
		List<EObject> candidates = new ArrayList<>();
		EcoreUtil.getRootContainer(element).eAllContents().forEachRemaining(candidate -> {
			if (reference.getEReferenceType().isInstance(candidate)) {
				candidates.add(candidate);
			}
		});
		if (reference.isMany()) {
			Table table = new Table(form, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.heightHint = Math.min(8, Math.max(2, candidates.size())) * table.getItemHeight() + 4;
			table.setLayoutData(data);
			for (EObject candidate : candidates) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(describe(candidate));
				item.setData(candidate);
			}
			Runnable fill = () -> {
				List<?> values = (List<?>) element.eGet(reference);
				for (TableItem item : table.getItems()) {
					item.setChecked(values.contains(item.getData()));
				}
			};
			fill.run();
			table.addListener(SWT.Selection, event -> {
				if (event.detail == SWT.CHECK) {
					List<Object> chosen = new ArrayList<>();
					for (TableItem item : table.getItems()) {
						if (item.getChecked()) {
							chosen.add(item.getData());
						}
					}
					set(reference, chosen);
				}
			});
			refreshers.add(fill);
			fields.put(reference.getName(), table);
		} else {
			Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			combo.add("");
			candidates.forEach(candidate -> combo.add(describe(candidate)));
			Runnable fill = () -> combo.select(candidates.indexOf(element.eGet(reference)) + 1);
			fill.run();
			combo.addListener(SWT.Selection, event -> {
				int index = combo.getSelectionIndex();
				set(reference, index <= 0 ? null : candidates.get(index - 1));
			});
			refreshers.add(fill);
			fields.put(reference.getName(), combo);
		}
	}

	private void set(EStructuralFeature feature, Object value) {
		Object current = element.eGet(feature);
		if (current == value || (current != null && current.equals(value))) {
			return;
		}
		Command command = SetCommand.create(domain, element, feature, value);
		if (command.canExecute()) {
			domain.getCommandStack().execute(command);
		}
	}

	private static DiagramDescription diagramOf(EObject element) {
		for (EObject current = element; current != null; current = current.eContainer()) {
			if (current instanceof DiagramDescription diagram) {
				return diagram;
			}
		}
		return null;
	}

	private static String describe(EObject element) {
		String type = words(element.eClass().getName());
		if (element instanceof IdentifiedElement identified) {
			return type + " " + (identified.getLabel() == null ? identified.getId() : identified.getLabel() + " (" + identified.getId() + ")");
		}
		if (element.eContainer() instanceof DiagramElementMapping mapping) {
			return type + " of " + mapping.getId();
		}
		return type;
	}

	private static String text(Object value) {
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		return value == null ? "" : value.toString();
	}

	/** "semanticCandidates" becomes "Semantic candidates". */
	static String words(String name) {
		String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
