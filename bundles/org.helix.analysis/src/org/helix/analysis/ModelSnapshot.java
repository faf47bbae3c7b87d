package org.helix.analysis;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.helix.core.persistence.HelixPersistence;
import org.helix.model.core.HelixModel;
import org.helix.model.core.Identifiable;

/**
 * A private copy of a model, for work that runs off the thread that edits the model. This is Helix's one rule for
 * background work: take the snapshot on the thread that owns the model (the UI thread for an editor's model), hand only
 * the snapshot to the Job, and map the results back to the live elements by their ids ({@link #byId}). The copy keeps
 * every id, since ids are plain attributes, and lives in a resource set of its own with the same URIs, so references
 * between the copied resources point into the copy, never into the live model.
 *
 * @param model the copied model
 * @param originals for each copied object, the object it was copied from (the model that was copied)
 */
public record ModelSnapshot(HelixModel model, Map<EObject, EObject> originals) {

	/**
	 * Copies the model (with every resource of its resource set, so that cross-resource references stay inside the
	 * copy). Call it on the thread that may change {@code model}; copying is a plain read, and takes milliseconds for
	 * the shipped models.
	 */
	public static ModelSnapshot of(HelixModel model) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Resource resource = model.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		HelixModel copy;
		if (resource == null) {
			copy = (HelixModel) copier.copy(model);
		} else {
			ResourceSet target = HelixPersistence.newResourceSet();
			Iterable<Resource> resources = resourceSet == null ? java.util.List.of(resource) : java.util.List.copyOf(resourceSet.getResources());
			for (Resource original : resources) {
				Resource copied = target.createResource(original.getURI());
				if (copied == null) {
					// a kind Helix has no factory for: still copied, so that no reference leads back into the live model
					copied = new XMIResourceImpl(original.getURI());
					target.getResources().add(copied);
				}
				copied.getContents().addAll(copier.copyAll(original.getContents()));
			}
			copy = (HelixModel) copier.get(model);
		}
		copier.copyReferences();
		Map<EObject, EObject> originals = new IdentityHashMap<>(copier.size() * 2);
		copier.forEach((original, copied) -> originals.put(copied, original));
		return new ModelSnapshot(copy, originals);
	}

	/** The live object a copied object (for example a finding's target) was copied from; null when there is none. */
	public EObject original(EObject copied) {
		return originals.get(copied);
	}

	/** Every element with an id inside {@code root} (itself included), by id; the first one wins when ids repeat. */
	public static Map<String, EObject> byId(Notifier root) {
		Map<String, EObject> byId = new HashMap<>();
		if (root instanceof EObject object) {
			put(byId, object);
		}
		Iterator<?> contents = root instanceof Resource resource ? resource.getAllContents()
				: root instanceof ResourceSet set ? set.getAllContents() : ((EObject) root).eAllContents();
		while (contents.hasNext()) {
			if (contents.next() instanceof EObject object) {
				put(byId, object);
			}
		}
		return byId;
	}

	private static void put(Map<String, EObject> byId, EObject object) {
		if (object instanceof Identifiable identifiable && identifiable.getId() != null) {
			byId.putIfAbsent(identifiable.getId(), object);
		}
	}
}
