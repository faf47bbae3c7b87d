/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs the sub-operations with self = the element browseExpression gives.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ChangeContext#getBrowseExpression <em>Browse Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ChangeContext#getSubOperations <em>Sub Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getChangeContext()
 * @model
 * @generated
 */
public interface ChangeContext extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Browse Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Browse Expression</em>' attribute.
	 * @see #setBrowseExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getChangeContext_BrowseExpression()
	 * @model required="true"
	 * @generated
	 */
	String getBrowseExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ChangeContext#getBrowseExpression <em>Browse Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Browse Expression</em>' attribute.
	 * @see #getBrowseExpression()
	 * @generated
	 */
	void setBrowseExpression(String value);

	/**
	 * Returns the value of the '<em><b>Sub Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getChangeContext_SubOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getSubOperations();

} // ChangeContext
