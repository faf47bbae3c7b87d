package org.helix.team.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The semantic difference between two versions of a model, generic over EMF: elements are matched by id, and
 * every stored feature is compared by reflection (see {@link Features}). An added or removed element is reported
 * once, with its contents; a moved element (other container or containment feature) once as moved, and its feature
 * changes besides.
 */
public final class ModelDiff {

	private ModelDiff() {
	}

	public static List<Change> compare(EObject oldRoot, EObject newRoot) {
		return compare(ModelVersion.of(oldRoot), ModelVersion.of(newRoot));
	}

	public static List<Change> compare(ModelVersion before, ModelVersion after) {
		List<Change> changes = new ArrayList<>();
		Set<String> added = new HashSet<>();
		for (EObject element : after.preorder()) {
			String key = after.keyOf(element);
			EObject old = before.get(key);
			if (old == null || old.eClass() != element.eClass()) {
				added.add(key);
				String parent = after.keyOf(element.eContainer());
				if (!added.contains(parent)) {
					changes.add(new Change(Change.Kind.ADDED, key, element.eClass().getName(), Features.path(element),
							containmentLabel(element), null, null));
				}
				continue;
			}
			String oldParent = before.keyOf(old.eContainer());
			String newParent = after.keyOf(element.eContainer());
			if (!Objects.equals(oldParent, newParent) || old.eContainmentFeature() != element.eContainmentFeature()) {
				changes.add(new Change(Change.Kind.MOVED, key, element.eClass().getName(), Features.path(element),
						containmentLabel(element), where(old), where(element)));
			}
			compareFeatures(before, old, after, element, key, changes);
		}
		Set<String> removed = new HashSet<>();
		for (EObject element : before.preorder()) {
			String key = before.keyOf(element);
			EObject now = after.get(key);
			if (now == null || now.eClass() != element.eClass()) {
				removed.add(key);
				if (!removed.contains(before.keyOf(element.eContainer()))) {
					changes.add(new Change(Change.Kind.REMOVED, key, element.eClass().getName(), Features.path(element),
							containmentLabel(element), null, null));
				}
			}
		}
		return changes;
	}

	private static void compareFeatures(ModelVersion before, EObject old, ModelVersion after, EObject element,
			String key, List<Change> changes) {
		String type = element.eClass().getName();
		Features features = Features.of(element.eClass());
		for (EStructuralFeature feature : features.values()) {
			Object was = Features.value(before, old, feature);
			Object is = Features.value(after, element, feature);
			if (Objects.equals(was, is)) {
				continue;
			}
			if (feature.isMany() && feature.isOrdered() && sameMembers((List<?>) was, (List<?>) is)) {
				changes.add(new Change(Change.Kind.REORDERED, key, type, Features.path(element),
						Features.featureLabel(feature), Features.render(before, feature, was), Features.render(after, feature, is)));
			} else if (feature.isMany() && sameMembers((List<?>) was, (List<?>) is)) {
				continue; // an unordered list in another order is the same list
			} else {
				changes.add(new Change(Change.Kind.CHANGED, key, type, Features.path(element),
						Features.featureLabel(feature), Features.render(before, feature, was), Features.render(after, feature, is)));
			}
		}
		for (EReference containment : features.containments()) {
			if (!containment.isMany() || !containment.isOrdered()) {
				continue;
			}
			// order of the children both versions have here; additions, removals and moves are reported on their own
			List<String> was = Features.childKeys(before, old, containment);
			List<String> is = Features.childKeys(after, element, containment);
			if (was.equals(is)) {
				continue;
			}
			Set<String> wasSet = new HashSet<>(was);
			Set<String> isSet = new HashSet<>(is);
			List<String> wasCommon = was.stream().filter(isSet::contains).toList();
			List<String> isCommon = is.stream().filter(wasSet::contains).toList();
			if (!wasCommon.equals(isCommon)) {
				changes.add(new Change(Change.Kind.REORDERED, key, type, Features.path(element),
						Features.featureLabel(containment), Features.render(before, containment, wasCommon),
						Features.render(after, containment, isCommon)));
			}
		}
	}

	static boolean sameMembers(List<?> a, List<?> b) {
		if (a.size() != b.size()) {
			return false;
		}
		List<Object> left = new ArrayList<>(a);
		for (Object item : b) {
			if (!left.remove(item)) {
				return false;
			}
		}
		return true;
	}

	private static String containmentLabel(EObject element) {
		EReference containment = element.eContainmentFeature();
		return containment == null ? null : Features.featureLabel(containment);
	}

	/** {@code Dimension 'X' › actions}. */
	private static String where(EObject element) {
		EObject container = element.eContainer();
		if (container == null) {
			return "(top)";
		}
		return (container.eContainer() == null ? "the model" : Features.path(container)) + " › "
				+ Features.featureLabel(element.eContainmentFeature());
	}
}
