package org.helix.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;

/** Short, readable names of model elements for messages: {@code GovernanceBody 'permanent overlegorgaan'}. */
public final class ElementLabels {

	private ElementLabels() {
	}

	public static String label(EObject object) {
		if (object == null) {
			return "(nothing)";
		}
		String type = object.eClass().getName();
		String name = nameOf(object);
		if (name != null) {
			return type + " '" + name + "'";
		}
		EObject container = object.eContainer();
		if (container != null && !(container instanceof HelixModel)) {
			return type + " in " + label(container);
		}
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			return type + " " + identifiable.getId();
		}
		return type;
	}

	/** The name, else the model title, else a {@code code} or {@code text} attribute when the class has one. */
	public static String nameOf(EObject object) {
		if (object instanceof NamedElement named && !isBlank(named.getName())) {
			return named.getName();
		}
		if (object instanceof HelixModel model && !isBlank(model.getTitle())) {
			return model.getTitle();
		}
		for (String candidate : new String[] { "code", "text" }) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(candidate);
			if (feature != null && !feature.isMany() && object.eGet(feature) instanceof String value && !isBlank(value)) {
				return value.length() > 60 ? value.substring(0, 57) + "..." : value;
			}
		}
		return null;
	}

	/** {@code budgetCommitted} becomes {@code budget committed}. */
	public static String featureLabel(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
