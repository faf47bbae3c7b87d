package org.helix.ui.properties;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.tabbed.AbstractPropertySection;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetWidgetFactory;
import org.helix.ui.jface.ItemImages;
import org.helix.ui.programme.Edits;

/**
 * A tab's fields for the selected element: one {@link FeatureField} per EMF.Edit property descriptor whose feature
 * belongs on the tab ({@link PropertyTab#of}). The fields are rebuilt when an element of another type is selected
 * and refreshed whenever the element changes (edits, undo, redo).
 */
public abstract class FeatureSection extends AbstractPropertySection {

	static final int LABEL_WIDTH = 150;

	private final PropertyTab tab;
	private final List<FeatureField> fields = new ArrayList<>();
	private final ItemImages images = new ItemImages();
	private Composite body;
	private EObject element;
	private AdapterFactoryEditingDomain domain;
	private ElementWatcher watcher;
	private Object shownLayout;
	private TabbedPropertySheetPage page;

	protected FeatureSection(PropertyTab tab) {
		this.tab = tab;
	}

	@Override
	public void createControls(Composite parent, TabbedPropertySheetPage page) {
		super.createControls(parent, page);
		this.page = page;
		body = getWidgetFactory().createFlatFormComposite(parent);
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 8;
		layout.marginHeight = 6;
		layout.verticalSpacing = 6;
		body.setLayout(layout);
		watcher = new ElementWatcher(body, this::refresh);
	}

	@Override
	public void setInput(IWorkbenchPart part, ISelection selection) {
		super.setInput(part, selection);
		element = Elements.element(selection);
		domain = Elements.domain(element);
		watcher.watch(element);
		// the fields depend on the type, and on whether the element can be edited at all
		Object layoutKey = element == null ? null : List.of(element.eClass(), domain != null);
		if (layoutKey == null || !layoutKey.equals(shownLayout)) {
			shownLayout = layoutKey;
			createFields();
		}
	}

	private void createFields() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		fields.clear();
		for (IItemPropertyDescriptor descriptor : descriptors()) {
			fields.add(FeatureField.create(this, descriptor, body));
		}
		getWidgetFactory().paintBordersFor(body);
		body.layout(true, true);
		page.resizeScrolledComposite();
	}

	/** This tab's properties of the element: name, code and id first, long texts last, otherwise the model's order. */
	private List<IItemPropertyDescriptor> descriptors() {
		if (element == null) {
			return List.of();
		}
		IItemPropertySource source = (IItemPropertySource) adapterFactory().adapt(element, IItemPropertySource.class);
		if (source == null) {
			return List.of();
		}
		List<IItemPropertyDescriptor> all = new ArrayList<>(source.getPropertyDescriptors(element));
		List<IItemPropertyDescriptor> mine = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : all) {
			if (descriptor.getFeature(element) instanceof EStructuralFeature feature && PropertyTab.of(feature) == tab) {
				mine.add(descriptor);
			}
		}
		mine.sort(Comparator.comparingInt(descriptor -> rank((EStructuralFeature) descriptor.getFeature(element))));
		return mine;
	}

	private static int rank(EStructuralFeature feature) {
		return switch (feature.getName()) {
		case "name" -> 0;
		case "code", "abbreviation", "acronym" -> 1;
		case "id" -> 2;
		default -> FeatureField.LONG_TEXTS.contains(feature.getName()) ? 4 : 3;
		};
	}

	private org.eclipse.emf.common.notify.AdapterFactory adapterFactory() {
		return domain != null ? domain.getAdapterFactory() : ReadOnlyAdapterFactory.get();
	}

	@Override
	public void refresh() {
		if (body == null || body.isDisposed() || element == null) {
			return;
		}
		fields.forEach(FeatureField::refresh);
	}

	@Override
	public boolean shouldUseExtraSpace() {
		return false;
	}

	/** Sets a feature of the element as one command on its command stack; nothing when the value is unchanged. */
	void set(EStructuralFeature feature, Object value) {
		if (domain != null) {
			Edits.set(domain, element, feature, value);
		}
	}

	EObject element() {
		return element;
	}

	boolean isEditable() {
		return domain != null;
	}

	TabbedPropertySheetWidgetFactory factory() {
		return getWidgetFactory();
	}

	String elementLabel() {
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory().adapt(element, IItemLabelProvider.class);
		return labels == null ? String.valueOf(element) : labels.getText(element);
	}

	Image image(Object value) {
		if (!(value instanceof EObject)) {
			return null;
		}
		IItemLabelProvider labels = (IItemLabelProvider) adapterFactory().adapt(value, IItemLabelProvider.class);
		return labels == null ? null : images.get(labels.getImage(value));
	}

	/** The fields shown, for tests and for keyboard navigation checks. */
	List<FeatureField> fields() {
		return fields;
	}

	/** The field of a feature, by its name (e.g. "budgetPlanned"), or null. */
	FeatureField field(String featureName) {
		return fields.stream().filter(field -> field.name().equals(featureName)).findFirst().orElse(null);
	}

	Composite body() {
		return body;
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			watcher.watch(null);
		}
		images.dispose();
		super.dispose();
	}

	public static class General extends FeatureSection {
		public General() {
			super(PropertyTab.GENERAL);
		}
	}

	public static class Relations extends FeatureSection {
		public Relations() {
			super(PropertyTab.RELATIONS);
		}
	}

	public static class Monitoring extends FeatureSection {
		public Monitoring() {
			super(PropertyTab.MONITORING);
		}
	}
}
