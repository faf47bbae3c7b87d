package org.helix.diagram.sync;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.helix.diagram.expression.ExpressionException;
import org.helix.diagram.expression.Expressions;
import org.helix.diagram.model.description.DiagramDescription;
import org.helix.diagram.model.notation.Diagram;

/**
 * A description's {@code rootExpression} and {@code titleExpression}, UI-free (the editor, the export command and
 * tests use them alike).
 * <ul>
 * <li>{@link #root}: the element a new diagram is rooted on, which the mappings evaluate from ({@code $root}, and
 * {@code self} of top-level semantic candidates). The root expression is evaluated on the element the diagram is opened
 * on (the model when opened from the file, else the selected element); its result (the first element of a list) is
 * the root when it is of the description's domain class. Without a root expression, or when it gives nothing usable,
 * the element itself when it is of that class, else the default below.</li>
 * <li>{@link #title}: the diagram editor's title, the title expression evaluated on the diagram's root; null without
 * one (the editor then shows the file and the description's label).</li>
 * </ul>
 * A bad expression never stops a diagram from opening: it falls back as if there were none.
 */
public final class DiagramRoots {

	private DiagramRoots() {
	}

	/** The root of a new diagram of {@code description} opened on {@code start} (see the class comment). */
	public static EObject root(DiagramDescription description, EObject start) {
		String expression = description.getRootExpression();
		if (expression != null && !expression.isBlank()) {
			try {
				Object value = Expressions.parse(expression).evaluate(start);
				if (value instanceof List<?> list) {
					value = list.stream().filter(EObject.class::isInstance).findFirst().orElse(null);
				}
				if (value instanceof EObject root && isOfDomainClass(root.eClass(), description)) {
					return root;
				}
			} catch (ExpressionException e) {
				// the viewpoint registry reports bad expressions when it loads them; here the default applies
			}
		}
		if (isOfDomainClass(start.eClass(), description)) {
			return start;
		}
		EObject top = start;
		while (top.eContainer() != null) {
			top = top.eContainer();
		}
		return largestOfDomainClass(top, description);
	}

	/** The diagram's title from the description's title expression on its root, or null when there is none. */
	public static String title(DiagramDescription description, Diagram diagram) {
		String expression = description == null ? null : description.getTitleExpression();
		if (expression == null || expression.isBlank() || diagram.getSemanticRoot() == null) {
			return null;
		}
		try {
			String title = Expressions.parse(expression).evaluateString(diagram.getSemanticRoot());
			return title == null || title.isBlank() ? null : title.strip();
		} catch (ExpressionException e) {
			return null;
		}
	}

	/** Whether a class is the description's domain class or a subclass of it (no domain class: anything goes). */
	public static boolean isOfDomainClass(EClass eClass, DiagramDescription description) {
		String domainClass = description.getDomainClass();
		return domainClass == null || eClass.getName().equals(domainClass)
				|| eClass.getEAllSuperTypes().stream().anyMatch(type -> type.getName().equals(domainClass));
	}

	/**
	 * Without a root expression: the model itself when it is of the domain class, else the element of that class with
	 * the most content (the main programme of a model with several, for example), else the model.
	 */
	static EObject largestOfDomainClass(EObject model, DiagramDescription description) {
		if (isOfDomainClass(model.eClass(), description)) {
			return model;
		}
		EObject best = null;
		int bestSize = -1;
		for (var contents = model.eAllContents(); contents.hasNext();) {
			EObject candidate = contents.next();
			if (candidate.eClass().getName().equals(description.getDomainClass())) {
				int size = 0;
				for (var inside = candidate.eAllContents(); inside.hasNext(); inside.next()) {
					size++;
				}
				if (size > bestSize) {
					best = candidate;
					bestSize = size;
				}
			}
		}
		return best != null ? best : model;
	}
}
