package org.helix.ui.programme;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.core.validation.ElementLabels;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.Programme;

/**
 * The few EMF commands the programme views issue. Each user edit is exactly one command on the model editor's stack,
 * so Undo/Redo and the dirty state of the model editor follow every fiche, table and matrix edit.
 */
public final class Edits {

	private Edits() {
	}

	/** Sets a feature unless it already has that value; true when a command ran. */
	public static boolean set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		Object current = owner.eGet(feature);
		if (feature.isMany() ? Objects.equals(new ArrayList<>((Collection<?>) current), value) : sameValue(current, value)) {
			return false;
		}
		return execute(domain, SetCommand.create(domain, owner, feature, value));
	}

	/**
	 * Sets several features of one element as one command (one undo), skipping those that already have their value;
	 * true when a command ran.
	 */
	public static boolean set(EditingDomain domain, EObject owner, String label, Map<EStructuralFeature, Object> values) {
		CompoundCommand compound = new CompoundCommand(label);
		values.forEach((feature, value) -> {
			if (!sameValue(owner.eGet(feature), value)) {
				compound.append(SetCommand.create(domain, owner, feature, value));
			}
		});
		return !compound.isEmpty() && execute(domain, compound.unwrap());
	}

	/** BigDecimal 5.0 and 5.00 are the same amount; no command for a change of scale alone. */
	private static boolean sameValue(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	public static boolean add(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		if (value instanceof Identifiable identifiable && identifiable.getId() == null) {
			// an id at once, so links to the new element (and showElement) work before the first save
			identifiable.setId(UUID.randomUUID().toString());
		}
		return execute(domain, value instanceof Collection<?> values ? AddCommand.create(domain, owner, feature, values)
				: AddCommand.create(domain, owner, feature, value));
	}

	public static boolean remove(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return execute(domain, value instanceof Collection<?> values ? RemoveCommand.create(domain, owner, feature, values)
				: RemoveCommand.create(domain, owner, feature, value));
	}

	/** Adds {@code value} to the list when absent, removes it when present: one command either way. */
	public static boolean toggle(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
		return ((Collection<?>) owner.eGet(feature)).contains(value) ? remove(domain, owner, feature, value)
				: add(domain, owner, feature, value);
	}

	private static boolean execute(EditingDomain domain, Command command) {
		if (!command.canExecute()) {
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	/** Every element of {@code type} in the resource, in document order: the choices for a reference. */
	public static <T> List<T> allOf(Resource resource, Class<T> type) {
		List<T> found = new ArrayList<>();
		if (resource == null) {
			return found;
		}
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (type.isInstance(next)) {
				found.add(type.cast(next));
			}
		}
		return found;
	}

	/** Elements of an EClass in the resource (for a reference's type). */
	public static List<EObject> allOf(Resource resource, EClass type) {
		List<EObject> found = new ArrayList<>();
		if (resource != null) {
			resource.getAllContents().forEachRemaining(o -> {
				if (type.isInstance(o)) {
					found.add(o);
				}
			});
		}
		return found;
	}

	/** The programme with the most priority actions: the one a coordinator steers (Klimaatsprong has one). */
	public static Programme mainProgramme(Resource resource) {
		return allOf(resource, Programme.class).stream().max((a, b) -> a.getActions().size() - b.getActions().size())
				.orElse(null);
	}

	public static String label(Object element) {
		if (element == null) {
			return "";
		}
		if (element instanceof PriorityAction action && action.getCode() != null && !action.getCode().isBlank()) {
			return action.getCode() + " " + Objects.toString(action.getName(), "");
		}
		if (element instanceof NamedElement named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		return element instanceof EObject object ? ElementLabels.label(object) : element.toString();
	}

	public static String labels(Collection<?> elements) {
		return String.join("; ", elements.stream().map(Edits::label).toList());
	}
}
