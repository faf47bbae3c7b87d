package org.helix.ui.editor;

import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.model.core.Identifiable;

/**
 * Paste that gives the pasted copies new ids where their copied ids are taken: EMF copies the id attribute with
 * everything else, and two elements with one id would make the file's references ambiguous. The ids are set while
 * the paste executes, on objects the paste adds, so undoing the paste removes them with their ids.
 */
final class FreshIdsPaste extends CommandWrapper {

	private FreshIdsPaste(Command paste) {
		super(paste);
	}

	static Command create(EditingDomain domain, Object owner) {
		Command paste = PasteFromClipboardCommand.create(domain, owner, null);
		return paste == null ? null : new FreshIdsPaste(paste);
	}

	@Override
	public void execute() {
		super.execute();
		renumber();
	}

	@Override
	public void redo() {
		super.redo();
		renumber();
	}

	private void renumber() {
		java.util.Set<EObject> pasted = new java.util.HashSet<>();
		Resource resource = null;
		for (Object result : getResult()) {
			if (result instanceof EObject root) {
				pasted.add(root);
				root.eAllContents().forEachRemaining(pasted::add);
				resource = resource != null ? resource : root.eResource();
			}
		}
		if (resource == null) {
			return;
		}
		java.util.Set<String> taken = new java.util.HashSet<>();
		resource.getAllContents().forEachRemaining(element -> {
			if (!pasted.contains(element) && element instanceof Identifiable identifiable && identifiable.getId() != null) {
				taken.add(identifiable.getId());
			}
		});
		for (EObject element : pasted) {
			if (element instanceof Identifiable identifiable && identifiable.getId() != null && !taken.add(identifiable.getId())) {
				String copied = identifiable.getId();
				identifiable.setId(UUID.randomUUID().toString());
				// the resource cached the copied id for the copy when the paste added it; the original owns that id
				if (resource instanceof ResourceImpl cached && cached.getIntrinsicIDToEObjectMap() != null) {
					Map<String, EObject> ids = cached.getIntrinsicIDToEObjectMap();
					ids.remove(copied, element);
					ids.put(identifiable.getId(), element);
				}
			}
		}
	}
}
