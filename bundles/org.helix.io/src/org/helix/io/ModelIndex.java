package org.helix.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

/**
 * Everything in a model by id and by key, built once per import or export, so that matching 10,000 rows does not walk
 * the model 10,000 times. References are resolved by id first, then by key ({@link Keys}); a text that matches more
 * than one candidate is refused rather than guessed.
 */
public final class ModelIndex {

	private final HelixModel model;
	private final Map<String, EObject> byId = new HashMap<>();
	private final Map<EClass, List<EObject>> byClass = new HashMap<>();
	private final Map<EClass, Map<String, List<EObject>>> keysByClass = new HashMap<>();
	private final Map<EObject, String> labels = new IdentityHashMap<>();

	public ModelIndex(HelixModel model) {
		this.model = model;
		index(model);
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			index(it.next());
		}
	}

	private void index(EObject object) {
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			byId.putIfAbsent(identifiable.getId(), object);
		}
	}

	public HelixModel model() {
		return model;
	}

	/** The element with this id anywhere in the model, or null. */
	public EObject byId(String id) {
		return byId.get(id);
	}

	/** All elements of a class (and its subclasses), in model order. */
	public List<EObject> all(EClass type) {
		return byClass.computeIfAbsent(type, t -> {
			List<EObject> list = new ArrayList<>();
			if (t.isInstance(model)) {
				list.add(model);
			}
			model.eAllContents().forEachRemaining(o -> {
				if (t.isInstance(o)) {
					list.add(o);
				}
			});
			return list;
		});
	}

	private Map<String, List<EObject>> keys(EClass type) {
		return keysByClass.computeIfAbsent(type, t -> {
			Map<String, List<EObject>> map = new HashMap<>();
			for (EObject candidate : all(t)) {
				for (String key : Keys.of(candidate)) {
					map.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
				}
			}
			return map;
		});
	}

	/**
	 * Resolves a cell naming an element of a type: its id, else its name, alias, code, abbreviation or (materials)
	 * symbol. Returns null for an empty cell.
	 */
	public EObject resolve(EClass type, String text, String what) throws RowException {
		if (text == null || text.isBlank()) {
			return null;
		}
		EObject exact = byId.get(text.trim());
		if (exact != null && type.isInstance(exact)) {
			return exact;
		}
		Set<String> wanted = type.getName().equals("RawMaterial") ? Keys.ofMaterialText(text) : Set.of(Keys.normalise(text));
		Set<EObject> found = new LinkedHashSet<>();
		Map<String, List<EObject>> keys = keys(type);
		for (String key : wanted) {
			found.addAll(keys.getOrDefault(key, List.of()));
		}
		if (found.isEmpty()) {
			throw new RowException("no " + what + " matches '" + text.trim() + "'");
		}
		if (found.size() > 1) {
			throw new RowException("'" + text.trim() + "' matches " + found.size() + " " + what + "s: "
					+ String.join(", ", found.stream().map(this::describe).toList()) + "; give the id");
		}
		return found.iterator().next();
	}

	/** How a reference is written to a table: the element's name when no other candidate shares it, else its id. */
	public String label(EObject element) {
		if (element == null) {
			return "";
		}
		return labels.computeIfAbsent(element, e -> {
			String name = nameOf(e);
			if (name != null && !name.isBlank()) {
				String key = Keys.normalise(name);
				boolean unique = true;
				for (EClass type : referenceTypes(e)) {
					List<EObject> same = keys(type).getOrDefault(key, List.of());
					if (same.size() != 1 || byId.containsKey(name.trim()) && byId.get(name.trim()) != e) {
						unique = false;
					}
				}
				if (unique) {
					return name;
				}
			}
			return e instanceof Identifiable identifiable && identifiable.getId() != null ? identifiable.getId() : "";
		});
	}

	/** A readable description of an element for messages: its name and id. */
	public String describe(EObject element) {
		String name = nameOf(element);
		if (name == null && element.eContainer() != null && nameOf(element.eContainer()) != null) {
			// a measurement, membership or list entry: say what it belongs to, and its date or year
			String when = "";
			for (String feature : new String[] { "date", "year" }) {
				var attribute = element.eClass().getEStructuralFeature(feature);
				if (when.isEmpty() && attribute != null && element.eGet(attribute) != null) {
					when = " " + element.eGet(attribute);
				}
			}
			String type = element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
			return type + when + " of '" + nameOf(element.eContainer()) + "'";
		}
		String id = element instanceof Identifiable identifiable ? identifiable.getId() : null;
		return (name == null ? element.eClass().getName() : "'" + name + "'") + (id == null ? "" : " (" + id + ")");
	}

	private static String nameOf(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		return feature != null && element.eGet(feature) instanceof String name ? name : null;
	}

	/** The types a reference cell resolves against (the element's own class and its named supertypes). */
	private static List<EClass> referenceTypes(EObject element) {
		List<EClass> types = new ArrayList<>();
		types.add(element.eClass());
		for (EClass superType : element.eClass().getEAllSuperTypes()) {
			if (!superType.isAbstract() || superType.getName().equals("Actor")) {
				types.add(superType);
			}
		}
		return types;
	}

	/** A function that finds elements by class, for kinds that list their elements. */
	public <T> List<T> all(EClass type, Function<EObject, T> cast) {
		return all(type).stream().map(cast).toList();
	}
}
