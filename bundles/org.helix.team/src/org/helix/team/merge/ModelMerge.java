package org.helix.team.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.helix.core.validation.HelixProblem;
import org.helix.core.validation.HelixValidation;
import org.helix.model.core.HelixModel;
import org.helix.team.diff.Features;
import org.helix.team.diff.ModelVersion;

/**
 * Three-way merge of models, generic over EMF and matched by id. Every element of the result is decided on its own,
 * against the common ancestor (base):
 * <ul>
 * <li><b>existence</b>: kept when both sides have it, gone when neither has it; deleted by one side, it is gone unless
 * the other side changed it or anything inside it, or newly refers to it: then it is a
 * {@link Conflict.Kind#DELETE_VS_MODIFY} conflict, decided once for the whole subtree;</li>
 * <li><b>place</b> (container and containment feature): the side that moved it wins; both moved it elsewhere:
 * {@link Conflict.Kind#MOVE_VS_MOVE};</li>
 * <li><b>each attribute and reference</b>: the side that changed it wins; both changed it to different values:
 * {@link Conflict.Kind#SAME_FEATURE}, except for lists whose members can be merged (additions and removals of both
 * sides are applied);</li>
 * <li><b>order</b> of an ordered list: the side that reordered wins, additions of the other side go after their
 * predecessor; both reordered differently: {@link Conflict.Kind#ORDER}.</li>
 * </ul>
 * A conflict is decided by its resolution ({@link Side}), or provisionally for ours when none is given. The result is
 * a new model built from scratch; the three inputs are only read.
 */
public final class ModelMerge {

	private enum Inherited { NONE, DELETE, RESTORE }

	private record Placement(String container, EReference feature) {
	}

	private final ModelVersion base;
	private final ModelVersion ours;
	private final ModelVersion theirs;
	private final Map<String, Side> resolutions;
	private final Map<String, Conflict> conflicts = new LinkedHashMap<>();

	/** The base elements each side changed itself (values, place, order of its lists): the rest is copied as it is. */
	private final Set<String> changedByOurs = new HashSet<>();
	private final Set<String> changedByTheirs = new HashSet<>();
	private final Set<String> existing = new HashSet<>();
	private final Map<String, Placement> placements = new HashMap<>();
	private final Map<String, EObject> created = new LinkedHashMap<>(); // creation order: deterministic

	private ModelMerge(ModelVersion base, ModelVersion ours, ModelVersion theirs, Map<String, Side> resolutions) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
		this.resolutions = resolutions;
	}

	/**
	 * Merges {@code ours} and {@code theirs}, two descendants of {@code base}.
	 *
	 * @param resolutions per conflict id, the side that wins; conflicts without one go to ours and are reported as
	 *                    unresolved
	 */
	public static MergeResult merge(EObject base, EObject ours, EObject theirs, Map<String, Side> resolutions) {
		return merge(ModelVersion.of(base), ModelVersion.of(ours), ModelVersion.of(theirs), resolutions);
	}

	public static MergeResult merge(ModelVersion base, ModelVersion ours, ModelVersion theirs, Map<String, Side> resolutions) {
		ModelMerge merge = new ModelMerge(base, ours, theirs, Map.copyOf(resolutions));
		EObject merged = merge.run();
		List<HelixProblem> problems = merged instanceof HelixModel model ? HelixValidation.validate(model) : List.of();
		Map<String, Side> used = new LinkedHashMap<>();
		for (String id : merge.conflicts.keySet()) {
			if (resolutions.containsKey(id)) {
				used.put(id, resolutions.get(id));
			}
		}
		return new MergeResult(merged, List.copyOf(merge.conflicts.values()), Collections.unmodifiableMap(used), problems);
	}

	private EObject run() {
		Set<String> touchedByOurs = touchedSubtrees(ours, changedByOurs);
		Set<String> touchedByTheirs = touchedSubtrees(theirs, changedByTheirs);
		decideExistence(base.root(), Inherited.NONE, touchedByOurs, touchedByTheirs);
		for (ModelVersion side : List.of(ours, theirs)) {
			for (EObject element : side.preorder()) {
				String key = side.keyOf(element);
				if (!base.contains(key)) {
					existing.add(key);
				}
			}
		}
		String rootKey = ours.keyOf(ours.root());
		existing.add(rootKey);
		for (String key : existing) {
			if (!key.equals(rootKey)) {
				Placement placement = place(key);
				if (placement != null) {
					placements.put(key, placement);
				}
			}
		}
		EObject root = build(rootKey);
		setValues();
		return root;
	}

	// ---- what each side touched ----

	/**
	 * The keys of the base elements that {@code side} changed, or changed something inside of, or newly refers to;
	 * new elements of the side count as changes of their containers.
	 */
	private Set<String> touchedSubtrees(ModelVersion side, Set<String> changed) {
		Set<String> touched = new HashSet<>();
		for (EObject element : side.preorder()) {
			String key = side.keyOf(element);
			EObject before = base.get(key);
			if (before == null || before.eClass() != element.eClass() || changedItself(before, element, side, touched)) {
				touched.add(key);
				changed.add(key);
			}
		}
		List<EObject> elements = side.preorder();
		for (int i = elements.size() - 1; i > 0; i--) {
			EObject element = elements.get(i);
			if (touched.contains(side.keyOf(element))) {
				touched.add(side.keyOf(element.eContainer()));
			}
		}
		return touched;
	}

	/** Also marks in {@code touched} the targets this element newly refers to. */
	private boolean changedItself(EObject before, EObject element, ModelVersion side, Set<String> touched) {
		boolean changed = !Objects.equals(base.keyOf(before.eContainer()), side.keyOf(element.eContainer()))
				|| before.eContainmentFeature() != element.eContainmentFeature();
		Features features = Features.of(element.eClass());
		for (EStructuralFeature feature : features.values()) {
			Object was = Features.value(base, before, feature);
			Object is = Features.value(side, element, feature);
			if (Objects.equals(was, is)) {
				continue;
			}
			changed = true;
			if (feature instanceof EReference) {
				Set<Object> old = feature.isMany() ? new HashSet<>((List<?>) was) : Collections.singleton(was);
				for (Object target : feature.isMany() ? (List<?>) is : Collections.singletonList(is)) {
					if (target != null && !old.contains(target)) {
						touched.add((String) target);
					}
				}
			}
		}
		if (!changed) {
			for (EReference containment : features.containments()) {
				if (containment.isMany() && containment.isOrdered() && reordered(
						Features.childKeys(base, before, containment), Features.childKeys(side, element, containment))) {
					return true;
				}
			}
		}
		return changed;
	}

	private static boolean reordered(List<String> was, List<String> is) {
		if (was.equals(is)) {
			return false; // the common case, without building sets
		}
		Set<String> wasSet = new HashSet<>(was);
		Set<String> isSet = new HashSet<>(is);
		return !was.stream().filter(isSet::contains).toList().equals(is.stream().filter(wasSet::contains).toList());
	}

	// ---- existence ----

	private void decideExistence(EObject element, Inherited inherited, Set<String> touchedByOurs, Set<String> touchedByTheirs) {
		// an explicit stack: deep models must not overflow the call stack
		record Item(EObject element, Inherited inherited) {
		}
		List<Item> stack = new ArrayList<>();
		stack.add(new Item(element, inherited));
		while (!stack.isEmpty()) {
			Item item = stack.remove(stack.size() - 1);
			String key = base.keyOf(item.element());
			boolean inOurs = ours.contains(key);
			boolean inTheirs = theirs.contains(key);
			Inherited mode = item.inherited();
			if (inOurs && inTheirs) {
				existing.add(key);
			} else if (inOurs || inTheirs) {
				Side deleter = inOurs ? Side.THEIRS : Side.OURS;
				Set<String> touchedByKeeper = inOurs ? touchedByOurs : touchedByTheirs;
				if (mode == Inherited.RESTORE) {
					existing.add(key);
				} else if (mode == Inherited.NONE && touchedByKeeper.contains(key)) {
					ModelVersion keeper = inOurs ? ours : theirs;
					Conflict conflict = new Conflict("DELETE_VS_MODIFY:" + key, Conflict.Kind.DELETE_VS_MODIFY, key,
							Features.path(keeper.get(key)), null, "present", inOurs ? "changed" : "deleted",
							inOurs ? "deleted" : "changed");
					if (decide(conflict) == deleter) {
						mode = Inherited.DELETE;
					} else {
						existing.add(key);
						mode = Inherited.RESTORE;
					}
				}
			}
			List<EObject> children = item.element().eContents();
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.add(new Item(children.get(i), mode));
			}
		}
	}

	private Side decide(Conflict conflict) {
		conflicts.putIfAbsent(conflict.id(), conflict);
		return resolutions.getOrDefault(conflict.id(), Side.OURS);
	}

	// ---- place ----

	private Placement placementIn(ModelVersion version, String key) {
		EObject element = version.get(key);
		if (element == null || element.eContainer() == null) {
			return null;
		}
		return new Placement(version.keyOf(element.eContainer()), element.eContainmentFeature());
	}

	private Placement place(String key) {
		Placement was = placementIn(base, key);
		Placement mine = placementIn(ours, key);
		Placement their = placementIn(theirs, key);
		Placement merged;
		if (mine == null || their == null) {
			merged = mine != null ? mine : their;
		} else if (mine.equals(their) || their.equals(was)) {
			merged = mine;
		} else if (mine.equals(was)) {
			merged = their;
		} else {
			Conflict conflict = new Conflict("MOVE_VS_MOVE:" + key, Conflict.Kind.MOVE_VS_MOVE, key,
					Features.path(ours.get(key)), null, describe(base, was), describe(ours, mine), describe(theirs, their));
			merged = decide(conflict) == Side.OURS ? mine : their;
		}
		// the chosen container may be gone (deleted by the other side, which won a conflict): keep the element where
		// one of the versions has it in a container that stays
		for (Placement candidate : new Placement[] { merged, mine, their, was }) {
			if (candidate != null && existing.contains(candidate.container())) {
				return candidate;
			}
		}
		return null;
	}

	private static String describe(ModelVersion version, Placement placement) {
		if (placement == null) {
			return "(none)";
		}
		EObject container = version.get(placement.container());
		String where = container == null || container.eContainer() == null ? "the model" : Features.path(container);
		return where + " › " + Features.featureLabel(placement.feature());
	}

	// ---- building the result ----

	private EObject build(String rootKey) {
		Map<String, Map<EReference, Set<String>>> members = new HashMap<>();
		for (Map.Entry<String, Placement> entry : placements.entrySet()) {
			Placement placement = entry.getValue();
			members.computeIfAbsent(placement.container(), k -> new LinkedHashMap<>())
					.computeIfAbsent(placement.feature(), k -> new HashSet<>()).add(entry.getKey());
		}
		EObject root = create(rootKey);
		List<String> pending = new ArrayList<>();
		pending.add(rootKey);
		while (!pending.isEmpty()) {
			String key = pending.remove(pending.size() - 1);
			EObject object = created.get(key);
			Map<EReference, Set<String>> byFeature = members.getOrDefault(key, Map.of());
			for (EReference containment : Features.of(object.eClass()).containments()) {
				Set<String> children = byFeature.get(containment);
				if (children == null || children.isEmpty()) {
					continue;
				}
				List<String> order = mergeOrder(key, containment, childKeys(base, key, containment),
						childKeys(ours, key, containment), childKeys(theirs, key, containment), children);
				List<EObject> made = new ArrayList<>(order.size());
				for (String child : order) {
					if (!created.containsKey(child)) { // a move cycle (A into B here, B into A there) cannot place both
						made.add(create(child));
						pending.add(child);
					}
				}
				if (containment.isMany()) {
					((InternalEList<EObject>) castList(object.eGet(containment))).addAllUnique(made);
				} else if (!made.isEmpty()) {
					object.eSet(containment, made.get(0));
				}
			}
		}
		return root;
	}

	@SuppressWarnings("unchecked")
	private static EList<EObject> castList(Object list) {
		return (EList<EObject>) list;
	}

	private static List<String> childKeys(ModelVersion version, String key, EReference containment) {
		EObject element = version.get(key);
		if (element == null || !containment.getEContainingClass().isSuperTypeOf(element.eClass())) {
			return List.of();
		}
		return Features.childKeys(version, element, containment);
	}

	private EObject source(String key) {
		EObject mine = ours.get(key);
		return mine != null ? mine : theirs.get(key);
	}

	private EObject create(String key) {
		EObject source = source(key);
		EClass eClass = source.eClass();
		EObject object = EcoreUtil.create(eClass);
		EAttribute id = eClass.getEIDAttribute();
		if (id != null && key.equals(EcoreUtil.getID(source))) {
			object.eSet(id, key);
		}
		created.put(key, object);
		return object;
	}

	private void setValues() {
		for (Map.Entry<String, EObject> entry : created.entrySet()) {
			String key = entry.getKey();
			EObject object = entry.getValue();
			EObject was = base.get(key);
			EObject mine = ours.get(key);
			EObject their = theirs.get(key);
			for (EStructuralFeature feature : Features.of(object.eClass()).values()) {
				Object value;
				if (mine == null || their == null || mine.eClass() != their.eClass() || !changedByTheirs.contains(key)) {
					// one side only, or theirs left it as the base had it: our values
					value = Features.value(mine != null ? ours : theirs, mine != null ? mine : their, feature);
				} else if (!changedByOurs.contains(key)) {
					value = Features.value(theirs, their, feature); // only theirs changed it
				} else {
					Object before = was != null && was.eClass() == mine.eClass() ? Features.value(base, was, feature) : null;
					value = mergeValue(key, feature, before, Features.value(ours, mine, feature),
							Features.value(theirs, their, feature));
				}
				apply(object, feature, value);
			}
		}
	}

	private void apply(EObject object, EStructuralFeature feature, Object value) {
		if (feature instanceof EAttribute) {
			if (feature.isMany()) {
				castObjects(object.eGet(feature)).addAll((List<?>) value);
			} else if (value != null) {
				object.eSet(feature, value);
			}
			return;
		}
		if (!feature.isMany()) {
			EObject target = value == null ? null : created.get(value);
			if (target != null) {
				object.eSet(feature, target); // a target gone from the result is dropped: no dangling reference
			}
			return;
		}
		List<EObject> targets = new ArrayList<>();
		for (Object key : (List<?>) value) {
			EObject target = created.get(key);
			if (target != null) {
				targets.add(target);
			}
		}
		@SuppressWarnings("unchecked")
		InternalEList<EObject> list = (InternalEList<EObject>) object.eGet(feature);
		if (list.isEmpty()) {
			list.addAllUnique(targets);
			return;
		}
		// the opposite end may have added some already (a hash set: lists can be long)
		Set<EObject> present = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		present.addAll(list);
		for (EObject target : targets) {
			if (present.add(target)) {
				list.addUnique(target);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Object> castObjects(Object list) {
		return (List<Object>) list;
	}

	private Object mergeValue(String key, EStructuralFeature feature, Object was, Object mine, Object their) {
		if (Objects.equals(mine, their) || Objects.equals(their, was)) {
			return mine;
		}
		if (Objects.equals(mine, was)) {
			return their;
		}
		if (feature.isMany()) {
			List<Object> before = was == null ? List.of() : castObjects(was);
			List<Object> left = castObjects(mine);
			List<Object> right = castObjects(their);
			if (unique(before) && unique(left) && unique(right)) {
				Set<Object> beforeSet = new HashSet<>(before);
				Set<Object> leftSet = new HashSet<>(left);
				Set<Object> rightSet = new HashSet<>(right);
				Set<Object> members = new HashSet<>();
				for (Object item : before) {
					if (leftSet.contains(item) && rightSet.contains(item)) {
						members.add(item);
					}
				}
				for (Object item : left) {
					if (!beforeSet.contains(item)) {
						members.add(item);
					}
				}
				for (Object item : right) {
					if (!beforeSet.contains(item)) {
						members.add(item);
					}
				}
				return mergeOrder(key, feature, before, left, right, members);
			}
		}
		EObject element = ours.get(key);
		Conflict conflict = new Conflict("SAME_FEATURE:" + key + ":" + feature.getName(), Conflict.Kind.SAME_FEATURE, key,
				Features.path(element), Features.featureLabel(feature), Features.render(base, feature, was),
				Features.render(ours, feature, mine), Features.render(theirs, feature, their));
		return decide(conflict) == Side.OURS ? mine : their;
	}

	private static boolean unique(List<?> list) {
		return new HashSet<>(list).size() == list.size();
	}

	/**
	 * The order of {@code members} in a list: the order of the side that reordered the elements all three versions
	 * share (ours if neither did; a conflict if both did, differently), with the elements only the other side has
	 * placed after their predecessor in that side's list.
	 */
	private <T> List<T> mergeOrder(String key, EStructuralFeature feature, List<T> was, List<T> mine, List<T> their,
			Set<T> members) {
		if (mine.equals(their) && mine.equals(was) && mine.size() == members.size() && members.containsAll(mine)) {
			return mine; // nobody changed this list: the common case, without building sets
		}
		Set<T> inMine = new HashSet<>(mine);
		Set<T> inTheirs = new HashSet<>(their);
		Set<T> inAll = new HashSet<>();
		for (T item : was) {
			if (inMine.contains(item) && inTheirs.contains(item)) {
				inAll.add(item);
			}
		}
		List<T> wasCommon = was.stream().filter(inAll::contains).toList();
		List<T> mineCommon = mine.stream().filter(inAll::contains).toList();
		List<T> theirCommon = their.stream().filter(inAll::contains).toList();
		boolean mineReordered = !mineCommon.equals(wasCommon);
		boolean theirReordered = !theirCommon.equals(wasCommon);
		Side skeleton = Side.OURS;
		if (mineReordered && theirReordered && !mineCommon.equals(theirCommon) && feature.isOrdered()) {
			EObject element = ours.get(key);
			ModelVersion version = ours;
			Conflict conflict = new Conflict("ORDER:" + key + ":" + feature.getName(), Conflict.Kind.ORDER, key,
					Features.path(element), Features.featureLabel(feature), Features.render(base, feature, wasCommon),
					Features.render(version, feature, mineCommon), Features.render(theirs, feature, theirCommon));
			skeleton = decide(conflict);
		} else if (theirReordered && !mineReordered) {
			skeleton = Side.THEIRS;
		}
		List<T> primary = skeleton == Side.OURS ? mine : their;
		List<T> other = skeleton == Side.OURS ? their : mine;
		List<T> result = new ArrayList<>(members.size());
		Set<T> placed = new HashSet<>();
		for (T item : primary) {
			if (members.contains(item) && placed.add(item)) {
				result.add(item);
			}
		}
		if (placed.size() == members.size()) {
			return result;
		}
		// the other side's additions, each run after the last element before it that is already placed
		Set<T> inResult = new HashSet<>(result);
		Map<T, List<T>> after = new HashMap<>();
		List<T> atStart = new ArrayList<>();
		T anchor = null;
		for (T item : other) {
			if (inResult.contains(item)) {
				anchor = item;
			} else if (members.contains(item) && placed.add(item)) {
				(anchor == null ? atStart : after.computeIfAbsent(anchor, k -> new ArrayList<>())).add(item);
			}
		}
		List<T> ordered = new ArrayList<>(members.size());
		ordered.addAll(atStart);
		for (T item : result) {
			ordered.add(item);
			ordered.addAll(after.getOrDefault(item, List.of()));
		}
		// members neither list has here (put back where the base had them): at the end, in base order
		Set<T> rest = new LinkedHashSet<>(was);
		rest.retainAll(members);
		rest.removeAll(placed);
		ordered.addAll(rest);
		if (ordered.size() < members.size()) {
			Set<T> seen = new HashSet<>(ordered);
			for (T item : members) {
				if (!seen.contains(item)) {
					ordered.add(item);
				}
			}
		}
		return ordered;
	}
}
