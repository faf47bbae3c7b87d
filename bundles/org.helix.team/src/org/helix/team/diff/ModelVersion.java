package org.helix.team.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One version of a model, indexed by element key for diff and merge. The key is the element's id (its EMF ID
 * attribute, a UUID in Helix); an element without an id gets a positional key from its container, feature and index,
 * which is stable as long as nothing before it moves.
 */
public final class ModelVersion {

	private final EObject root;
	private final Map<String, EObject> byKey;
	private final Map<EObject, String> keyOf;
	/** Elements in document (pre-)order, root first. */
	private final List<EObject> preorder = new ArrayList<>();

	private ModelVersion(EObject root, int expected) {
		this.root = root;
		byKey = new HashMap<>(expected * 4 / 3 + 16);
		keyOf = new IdentityHashMap<>(expected + 16);
		index(root);
	}

	public static ModelVersion of(EObject root) {
		// the resource's size is unknown without a walk; a model file's IDs map is a good guess where there is one
		int expected = root.eResource() instanceof org.eclipse.emf.ecore.xmi.XMLResource xml ? xml.getEObjectToIDMap().size() : 1024;
		return new ModelVersion(root, Math.max(expected, 1024));
	}

	private void index(EObject root) {
		// iterative, so that deep models cannot overflow the stack
		List<EObject> stack = new ArrayList<>();
		stack.add(root);
		while (!stack.isEmpty()) {
			EObject object = stack.remove(stack.size() - 1);
			String key = EcoreUtil.getID(object);
			if (key == null || byKey.containsKey(key)) {
				key = positionalKey(object);
			}
			byKey.put(key, object);
			keyOf.put(object, key);
			preorder.add(object);
			// the containment features directly: faster than eContents(), which asks every feature whether it is set
			List<EReference> containments = Features.of(object.eClass()).containments();
			for (int c = containments.size() - 1; c >= 0; c--) {
				EReference containment = containments.get(c);
				Object value = object.eGet(containment, false);
				if (containment.isMany()) {
					List<?> children = (List<?>) value;
					for (int i = children.size() - 1; i >= 0; i--) {
						stack.add((EObject) children.get(i));
					}
				} else if (value != null) {
					stack.add((EObject) value);
				}
			}
		}
	}

	private String positionalKey(EObject object) {
		EObject container = object.eContainer();
		if (container == null || !keyOf.containsKey(container)) {
			return "/";
		}
		EReference feature = object.eContainmentFeature();
		int index = feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : 0;
		return keyOf.get(container) + "/" + feature.getName() + "." + index;
	}

	public EObject root() {
		return root;
	}

	public EObject get(String key) {
		return key == null ? null : byKey.get(key);
	}

	public boolean contains(String key) {
		return byKey.containsKey(key);
	}

	/** The key of an element of this version, or null for an element outside it. */
	public String keyOf(EObject object) {
		return object == null ? null : keyOf.get(object);
	}

	public String containerKey(String key) {
		EObject object = byKey.get(key);
		return object == null ? null : keyOf(object.eContainer());
	}

	public List<EObject> preorder() {
		return preorder;
	}

	public int size() {
		return preorder.size();
	}
}
