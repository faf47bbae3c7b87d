package org.helix.diagram.table;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.helix.diagram.model.description.ModelOperation;

/**
 * Moved to {@link org.helix.diagram.operations.ModelOperations}, shared by tables, diagram tools and quick fixes; this
 * delegate keeps code written against the table package compiling.
 *
 * @deprecated use {@link org.helix.diagram.operations.ModelOperations}
 */
@Deprecated
public final class ModelOperations {

	private ModelOperations() {
	}

	/** @see org.helix.diagram.operations.ModelOperations#command(EditingDomain, String, List, EObject, Map) */
	public static Command command(EditingDomain domain, String label, List<ModelOperation> operations, EObject self,
			Map<String, Object> variables) {
		return org.helix.diagram.operations.ModelOperations.command(domain, label, operations, self, variables);
	}
}
