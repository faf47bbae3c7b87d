package org.helix.examples;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.helix.model.core.CoreFactory;
import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;
import org.helix.model.core.NamedElement;
import org.helix.model.core.Note;
import org.helix.model.core.SourceCitation;

/**
 * Shared helpers for the builders of the shipped example models: citations of seed lines, notes, and deterministic
 * identifiers, so that building an example twice gives the same file.
 */
public final class ExampleSupport {

	private ExampleSupport() {
	}

	/** Adds a citation of lines {@code from..to} of the seed document (e.g. "001") to the element; returns it. */
	public static <T extends HelixElement> T cite(T element, String documentId, int from, int to) {
		return cite(element, documentId, from, to, null);
	}

	/** As {@link #cite(HelixElement, String, int, int)}, with the quoted source wording. */
	public static <T extends HelixElement> T cite(T element, String documentId, int from, int to, String quote) {
		SourceCitation citation = CoreFactory.eINSTANCE.createSourceCitation();
		citation.setDocumentId(documentId);
		citation.setFromLine(from);
		citation.setToLine(to);
		citation.setQuote(quote);
		element.getCitations().add(citation);
		return element;
	}

	/** Adds a note (for instance where two passages of a seed contradict each other); returns the element. */
	public static <T extends HelixElement> T note(T element, String text) {
		Note note = CoreFactory.eINSTANCE.createNote();
		note.setText(text);
		element.getNotes().add(note);
		return element;
	}

	/**
	 * Gives every element without an id a name-based UUID derived from the example key and its containment path
	 * (feature names, names and positions), so the ids are stable from one build of the example to the next.
	 */
	public static void assignIds(HelixModel model, String exampleKey) {
		Map<String, Integer> seen = new HashMap<>();
		if (model.getId() == null) {
			model.setId(uuid(exampleKey));
		}
		for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
			EObject object = it.next();
			if (object instanceof Identifiable identifiable && identifiable.getId() == null) {
				String path = exampleKey + path(object);
				int occurrence = seen.merge(path, 1, Integer::sum);
				identifiable.setId(uuid(occurrence == 1 ? path : path + "#" + occurrence));
			}
		}
	}

	private static String path(EObject object) {
		StringBuilder path = new StringBuilder();
		for (EObject current = object; current.eContainer() != null; current = current.eContainer()) {
			EStructuralFeature feature = current.eContainingFeature();
			String step = current instanceof NamedElement named && named.getName() != null ? named.getName()
					: Integer.toString(indexInContainer(current, feature));
			path.insert(0, "/" + feature.getName() + ":" + step);
		}
		return path.toString();
	}

	private static int indexInContainer(EObject object, EStructuralFeature feature) {
		Object value = object.eContainer().eGet(feature);
		return value instanceof java.util.List<?> list ? list.indexOf(object) : 0;
	}

	private static String uuid(String key) {
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
	}
}
