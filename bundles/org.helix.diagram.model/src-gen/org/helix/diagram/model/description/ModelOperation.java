/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A declarative change of the model, in the expression language; a list of operations runs as one command.
 * <!-- end-model-doc -->
 *
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getModelOperation()
 * @model abstract="true"
 * @generated
 */
public interface ModelOperation extends EObject {
} // ModelOperation
