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
	private final Map<String, EObject> byKey = new HashMap<>();
	private final Map<EObject, String> keyOf = new IdentityHashMap<>();
	/** Elements in document (pre-)order, root first. */
	private final List<EObject> preorder = new ArrayList<>();

	private ModelVersion(EObject root) {
		this.root = root;
		index(root);
	}

	public static ModelVersion of(EObject root) {
		return new ModelVersion(root);
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
			List<EObject> children = object.eContents();
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.add(children.get(i));
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
