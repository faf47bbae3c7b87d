package org.helix.ui.jface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.helix.model.core.NamedElement;

/**
 * New Child and New Sibling as modellers use them, shared by the model editor and the Model Explorer.
 * <p>
 * <b>Order.</b> The item providers offer up to 33 kinds in metamodel order, starting with Source Citation and Note.
 * The menu shows first what users make most (organisations and people, clusters, value chains, strategic domains,
 * governance bodies, priority actions, relationships), then the other kinds by package (ecosystem, governance,
 * programme, materials, core), alphabetically within each, and citations and notes last; separators between these
 * groups, as Archi's New menu separates its layers.
 * <p>
 * <b>Names.</b> A new named element gets "New organisation", or "New organisation 2" when its container already has
 * one, so the tree never shows a nameless item; the editor then opens its name for typing ({@link InlineRename}).
 */
public final class NewChildMenu {

	/** The kinds made most, in this order (class names). */
	static final List<String> FREQUENT = List.of("Organisation", "Person", "Cluster", "ValueChain", "StrategicDomain",
			"GovernanceBody", "PriorityAction", "Relationship");
	/** The kinds that go last. */
	static final List<String> LAST = List.of("SourceCitation", "Note");
	/** The packages, in the order their groups follow the frequent kinds. */
	static final List<String> PACKAGES = List.of("ecosystem", "governance", "programme", "materials", "core");

	private NewChildMenu() {
	}

	/** The child a new-child descriptor creates, or null when it is not an EMF.Edit {@link CommandParameter}. */
	public static EObject child(Object descriptor) {
		return descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child ? child : null;
	}

	/** Adds one action per descriptor to {@code menu}, grouped and ordered as described above. */
	public static void fill(IMenuManager menu, java.util.Collection<?> descriptors, Function<Object, IAction> actionOf) {
		record Entry(int group, int rank, String text, IAction action) {
		}
		List<Entry> entries = new ArrayList<>();
		for (Object descriptor : descriptors) {
			IAction action = actionOf.apply(descriptor);
			EObject child = child(descriptor);
			String text = action.getText() == null ? "" : action.getText().replace("&", "");
			entries.add(new Entry(group(child == null ? null : child.eClass()), rank(child == null ? null : child.eClass()),
					text.toLowerCase(Locale.ROOT), action));
		}
		entries.sort(Comparator.comparingInt(Entry::group).thenComparingInt(Entry::rank).thenComparing(Entry::text));
		int previous = -1;
		for (Entry entry : entries) {
			if (previous >= 0 && entry.group() != previous) {
				menu.add(new Separator());
			}
			menu.add(entry.action());
			previous = entry.group();
		}
	}

	/** 0: made most; 1..5: by package; 6: citations and notes. */
	static int group(EClass type) {
		if (type == null) {
			return PACKAGES.size() + 1;
		}
		if (FREQUENT.contains(type.getName())) {
			return 0;
		}
		if (LAST.contains(type.getName())) {
			return PACKAGES.size() + 2;
		}
		int index = PACKAGES.indexOf(type.getEPackage().getName());
		return index < 0 ? PACKAGES.size() + 1 : index + 1;
	}

	private static int rank(EClass type) {
		if (type == null) {
			return 0;
		}
		int index = FREQUENT.indexOf(type.getName());
		return index >= 0 ? index : LAST.indexOf(type.getName()) >= 0 ? LAST.indexOf(type.getName()) : 0;
	}

	/**
	 * Names the child a descriptor will create, "New value chain" (with a number when {@code owner} already contains
	 * an element of that name), unless it has a name. Call it right before the command runs: the child is not in the
	 * model yet, so this is part of creating it and the one command undoes both.
	 */
	public static void name(Object owner, Object descriptor) {
		if (!(child(descriptor) instanceof NamedElement child) || (child.getName() != null && !child.getName().isBlank())) {
			return;
		}
		Set<String> taken = new HashSet<>();
		if (owner instanceof EObject container) {
			for (EObject sibling : container.eContents()) {
				if (sibling instanceof NamedElement named && named.getName() != null) {
					taken.add(named.getName());
				}
			}
		}
		String base = "New " + words(child.eClass().getName());
		String name = base;
		for (int n = 2; taken.contains(name); n++) {
			name = base + " " + n;
		}
		child.setName(name);
	}

	/** "ValueChain" becomes "value chain". */
	static String words(String className) {
		return className.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}
}
