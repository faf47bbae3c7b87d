package org.helix.diagram.ui.spec;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.provider.ReflectiveItemProvider;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.helix.diagram.model.description.ConditionalStyle;
import org.helix.diagram.model.description.DescriptionPackage;
import org.helix.diagram.model.description.IdentifiedElement;
import org.helix.diagram.model.description.NodeStyle;
import org.helix.diagram.model.description.Style;

/**
 * EMF.Edit item providers of the description model. The description model is small and its structure is all in the
 * Ecore (containments are the tree, concrete subclasses the New Child choices), so the reflective item provider does
 * the work; this one only gives readable labels ("Node Mapping Organisation (eco.organisation)") and gives every new
 * element a unique id, since ids are how mappings, tools and diagrams refer to each other.
 */
public class SpecItemProviderAdapterFactory extends ReflectiveItemProviderAdapterFactory {

	public SpecItemProviderAdapterFactory() {
		reflectiveItemProviderAdapter = new SpecItemProvider(this);
	}

	static final class SpecItemProvider extends ReflectiveItemProvider {

		SpecItemProvider(ReflectiveItemProviderAdapterFactory factory) {
			super(factory);
		}

		@Override
		public String getText(Object object) {
			if (!(object instanceof EObject eObject)) {
				return super.getText(object);
			}
			String type = format(capName(eObject.eClass().getName()), ' ');
			if (object instanceof IdentifiedElement element) {
				String label = element.getLabel();
				String id = element.getId() == null ? "" : element.getId();
				return label == null || label.isBlank() ? type + " " + id : type + " " + label + " (" + id + ")";
			}
			if (object instanceof ConditionalStyle conditional) {
				return type + " when " + (conditional.getCondition() == null ? "?" : conditional.getCondition());
			}
			if (object instanceof NodeStyle style) {
				return type + " " + (style.getShape() == null ? "" : style.getShape().getLiteral().toLowerCase(Locale.ROOT))
						+ (style.getFillColor() == null ? "" : " " + style.getFillColor());
			}
			if (object instanceof Style) {
				return type;
			}
			return super.getText(object);
		}

		@Override
		protected void collectNewChildDescriptors(Collection<Object> descriptors, Object object) {
			super.collectNewChildDescriptors(descriptors, object);
			// only description elements (the reflective provider offers every subclass in any package it knows)
			descriptors.removeIf(descriptor -> !(descriptor instanceof CommandParameter parameter
					&& parameter.getValue() instanceof EObject child && child.eClass().getEPackage() == DescriptionPackage.eINSTANCE));
			for (Object descriptor : descriptors) {
				if (((CommandParameter) descriptor).getValue() instanceof IdentifiedElement child && object instanceof EObject owner) {
					child.setId(freshId(owner, child));
				}
			}
		}

		@Override
		public String getCreateChildText(Object owner, Object feature, Object child, Collection<?> selection) {
			if (child instanceof EObject eObject) {
				String type = format(capName(eObject.eClass().getName()), ' ');
				// a mapping's style is its default style, next to its conditional styles: say which
				return reference(feature).equals("style") && !(owner instanceof ConditionalStyle) ? type + " (default style)" : type;
			}
			return super.getCreateChildText(owner, feature, child, selection);
		}

		private static String reference(Object feature) {
			return feature instanceof EStructuralFeature structural ? structural.getName() : "";
		}

		/**
		 * "eco.organisation.nodeMapping2": the owner's id (or the nearest one above it) and the kind, numbered past
		 * what the specification already uses. The child is not in the model yet: setting its id is part of creating it.
		 */
		static String freshId(EObject owner, IdentifiedElement child) {
			String prefix = null;
			for (EObject current = owner; current != null && prefix == null; current = current.eContainer()) {
				if (current instanceof IdentifiedElement identified && identified.getId() != null && !identified.getId().isBlank()) {
					prefix = identified.getId();
				}
			}
			String kind = child.eClass().getName();
			String base = (prefix == null ? "" : prefix + ".") + Character.toLowerCase(kind.charAt(0)) + kind.substring(1);
			Set<String> taken = new HashSet<>();
			EObject root = EcoreUtil.getRootContainer(owner);
			if (root instanceof IdentifiedElement identified) {
				taken.add(identified.getId());
			}
			root.eAllContents().forEachRemaining(element -> {
				if (element instanceof IdentifiedElement identified) {
					taken.add(identified.getId());
				}
			});
			String id = base;
			for (int n = 2; taken.contains(id); n++) {
				id = base + n;
			}
			return id;
		}
	}
}
