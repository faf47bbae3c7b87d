package org.helix.diagram.sync;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Reflective access used by mappings and tools: EClasses and features by name, with clear errors. */
public final class ModelAccess {

	private static final Map<String, EClass> CLASSES = new ConcurrentHashMap<>();

	private ModelAccess() {
	}

	/**
	 * The EClass named {@code name} ("PriorityAction", or "programme.PriorityAction" to pick a package), looked up in
	 * the resource set's package registry, then in the global one.
	 */
	public static EClass eClass(ResourceSet resourceSet, String name) {
		String key = System.identityHashCode(resourceSet) + ":" + name;
		EClass cached = CLASSES.get(key);
		if (cached != null) {
			return cached;
		}
		String packageName = null;
		String className = name;
		int dot = name.lastIndexOf('.');
		if (dot >= 0) {
			packageName = name.substring(0, dot);
			className = name.substring(dot + 1);
		}
		EClass found = null;
		if (resourceSet != null) {
			found = find(resourceSet.getPackageRegistry(), packageName, className);
		}
		if (found == null) {
			found = find(EPackage.Registry.INSTANCE, packageName, className);
		}
		if (found == null) {
			throw new IllegalArgumentException("unknown class '" + name + "'");
		}
		CLASSES.put(key, found);
		return found;
	}

	private static EClass find(EPackage.Registry registry, String packageName, String className) {
		for (String nsURI : List.copyOf(registry.keySet())) {
			EPackage ePackage;
			try {
				ePackage = registry.getEPackage(nsURI);
			} catch (RuntimeException e) {
				continue; // a package that fails to load is not one of ours
			}
			if (ePackage == null || (packageName != null && !packageName.equals(ePackage.getName()))) {
				continue;
			}
			EClassifier classifier = ePackage.getEClassifier(className);
			if (classifier instanceof EClass eClass) {
				return eClass;
			}
		}
		return null;
	}

	public static EStructuralFeature feature(EObject object, String name) {
		EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
		if (feature == null) {
			throw new IllegalArgumentException("unknown feature '" + name + "' on " + object.eClass().getName());
		}
		return feature;
	}

	/** Adds to a many-valued feature, or sets a single-valued one. */
	@SuppressWarnings("unchecked")
	public static void addOrSet(EObject owner, String featureName, Object value) {
		EStructuralFeature feature = feature(owner, featureName);
		if (feature.isMany()) {
			((List<Object>) owner.eGet(feature)).add(value);
		} else {
			owner.eSet(feature, value);
		}
	}

	/** Sets an attribute from text (direct edit), converting with the attribute's EDataType. */
	public static void setFromText(EObject owner, String featureName, String text) {
		EStructuralFeature feature = feature(owner, featureName);
		if (!(feature.getEType() instanceof EDataType dataType) || feature.isMany()) {
			throw new IllegalArgumentException("'" + featureName + "' of " + owner.eClass().getName() + " is not a single-valued attribute");
		}
		owner.eSet(feature, dataType.getInstanceClass() == String.class ? text : EcoreUtil.createFromString(dataType, text));
	}
}
