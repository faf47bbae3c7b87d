/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>If</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs then or else by a condition evaluated before any change.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.If#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.If#getThenOperations <em>Then Operations</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.If#getElseOperations <em>Else Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getIf()
 * @model
 * @generated
 */
public interface If extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getIf_Condition()
	 * @model required="true"
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.If#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Then Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Then Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getIf_ThenOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getThenOperations();

	/**
	 * Returns the value of the '<em><b>Else Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Else Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getIf_ElseOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getElseOperations();

} // If
