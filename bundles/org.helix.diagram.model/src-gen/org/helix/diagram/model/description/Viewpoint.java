/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Viewpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.Viewpoint#getDiagrams <em>Diagrams</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Viewpoint#getTables <em>Tables</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.Viewpoint#getValidationRules <em>Validation Rules</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getViewpoint()
 * @model
 * @generated
 */
public interface Viewpoint extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.DiagramDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getViewpoint_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramDescription> getDiagrams();

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.AbstractTableDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getViewpoint_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<AbstractTableDescription> getTables();

	/**
	 * Returns the value of the '<em><b>Validation Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ValidationRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constraints on the model (like a Sirius validation set): violations are shown as badges on this viewpoint's diagrams and as markers in the Problems view.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Validation Rules</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getViewpoint_ValidationRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<ValidationRule> getValidationRules();

} // Viewpoint
