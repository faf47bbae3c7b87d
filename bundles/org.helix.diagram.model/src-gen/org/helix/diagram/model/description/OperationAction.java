/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the diagram's context menu on the nodes and edges of the mappings (a Sirius popup-menu operation action): label, icon, precondition (on the element), operations run on the element as one command.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.OperationAction#getMappings <em>Mappings</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.OperationAction#getOperations <em>Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getOperationAction()
 * @model
 * @generated
 */
public interface OperationAction extends Tool {
	/**
	 * Returns the value of the '<em><b>Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.DiagramElementMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mappings</em>' reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getOperationAction_Mappings()
	 * @model required="true"
	 * @generated
	 */
	EList<DiagramElementMapping> getMappings();

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getOperationAction_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getOperations();

} // OperationAction
