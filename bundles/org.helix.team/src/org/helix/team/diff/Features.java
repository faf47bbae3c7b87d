package org.helix.team.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.helix.core.validation.ElementLabels;

/**
 * What diff and merge compare, by EMF reflection: the stored features of a class. Derived, transient and
 * unchangeable features are left out, and so is the id (it is the key) and the container side of a containment.
 * Of a bidirectional non-containment pair only one side is compared (the other follows from it when the model is
 * built), chosen by name so that every version picks the same one.
 */
public final class Features {

	private static final Map<EClass, Features> CACHE = new ConcurrentHashMap<>();

	private final List<EStructuralFeature> values = new ArrayList<>();
	private final List<EReference> containments = new ArrayList<>();

	private Features(EClass eClass) {
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || !feature.isChangeable()) {
				continue;
			}
			if (feature instanceof EAttribute attribute && attribute.isID()) {
				continue;
			}
			if (feature instanceof EReference reference) {
				if (reference.isContainer()) {
					continue;
				}
				if (reference.isContainment()) {
					containments.add(reference);
					continue;
				}
				EReference opposite = reference.getEOpposite();
				if (opposite != null && qualifiedName(reference).compareTo(qualifiedName(opposite)) > 0) {
					continue;
				}
			}
			values.add(feature);
		}
	}

	private static String qualifiedName(EStructuralFeature feature) {
		return feature.getEContainingClass().getName() + "." + feature.getName();
	}

	public static Features of(EClass eClass) {
		return CACHE.computeIfAbsent(eClass, Features::new);
	}

	/** Attributes and non-containment references. */
	public List<EStructuralFeature> values() {
		return values;
	}

	public List<EReference> containments() {
		return containments;
	}

	/**
	 * The value of {@code feature} in {@code object} as diff and merge compare it: attribute values as they are,
	 * references as the keys of their targets; a many-valued feature as a list.
	 */
	public static Object value(ModelVersion version, EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature, false);
		if (feature instanceof EAttribute) {
			return feature.isMany() ? List.copyOf(nonNull((List<?>) value)) : value;
		}
		if (!feature.isMany()) {
			return targetKey(version, (EObject) value);
		}
		List<?> targets = (List<?>) value;
		List<Object> keys = new ArrayList<>(targets.size());
		for (Object target : targets) {
			keys.add(targetKey(version, (EObject) target));
		}
		return keys;
	}

	private static List<?> nonNull(List<?> list) {
		return list.contains(null) ? list.stream().filter(Objects::nonNull).toList() : list;
	}

	private static String targetKey(ModelVersion version, EObject target) {
		if (target == null) {
			return null;
		}
		String key = version.keyOf(target);
		// a reference outside the model (another file) is compared by its URI
		return key != null ? key : EcoreUtil.getURI(target).toString();
	}

	/** The children of {@code object} in a containment feature, as keys. */
	public static List<String> childKeys(ModelVersion version, EObject object, EReference containment) {
		if (!containment.isMany()) {
			EObject child = (EObject) object.eGet(containment, false);
			return child == null ? Collections.emptyList() : List.of(version.keyOf(child));
		}
		List<?> children = (List<?>) object.eGet(containment, false);
		List<String> keys = new ArrayList<>(children.size());
		for (Object child : children) {
			keys.add(version.keyOf((EObject) child));
		}
		return keys;
	}

	// ---- readable text ----

	/** {@code PriorityAction} becomes {@code Priority action}. */
	public static String typeLabel(EClass eClass) {
		String words = eClass.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** {@code Priority action 'Monitoring van de transitie'}; a nameless element by its container. */
	public static String label(EObject object) {
		if (object == null) {
			return "(nothing)";
		}
		String name = ElementLabels.nameOf(object);
		if (name != null) {
			return typeLabel(object.eClass()) + " '" + name + "'";
		}
		if (object.eContainer() != null && object.eContainer().eContainer() != null) {
			return typeLabel(object.eClass()) + " in " + label(object.eContainer());
		}
		String id = EcoreUtil.getID(object);
		return typeLabel(object.eClass()) + (id == null ? "" : " " + id);
	}

	/** The labels from the model's top element down to {@code object}, joined by " › " (the root is left out). */
	public static String path(EObject object) {
		List<String> labels = new ArrayList<>();
		for (EObject current = object; current != null && current.eContainer() != null; current = current.eContainer()) {
			labels.add(label(current));
		}
		if (labels.isEmpty()) {
			return label(object);
		}
		Collections.reverse(labels);
		// a nameless element's label already names its container; keep the path short
		return String.join(" › ", labels.size() > 3 ? labels.subList(labels.size() - 3, labels.size()) : labels);
	}

	public static String featureLabel(EStructuralFeature feature) {
		return ElementLabels.featureLabel(feature);
	}

	/** A value as {@link #value} gives it, in words: dates as ISO dates, references by their targets' labels. */
	public static String render(ModelVersion version, EStructuralFeature feature, Object value) {
		if (value == null) {
			return "(none)";
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>(list.size());
			for (Object item : list) {
				items.add(renderOne(version, feature, item));
			}
			return "[" + String.join(", ", items) + "]";
		}
		return renderOne(version, feature, value);
	}

	static String renderOne(ModelVersion version, EStructuralFeature feature, Object value) {
		if (value == null) {
			return "(none)";
		}
		if (feature instanceof EReference) {
			EObject target = version.get((String) value);
			return target != null ? label(target) : String.valueOf(value);
		}
		EDataType type = ((EAttribute) feature).getEAttributeType();
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? String.valueOf(value) : text;
	}
}
