/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>For Each</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Runs the sub-operations once per value of collectionExpression, the value bound to $variableName.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ForEach#getCollectionExpression <em>Collection Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ForEach#getVariableName <em>Variable Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ForEach#getSubOperations <em>Sub Operations</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getForEach()
 * @model
 * @generated
 */
public interface ForEach extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Collection Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collection Expression</em>' attribute.
	 * @see #setCollectionExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getForEach_CollectionExpression()
	 * @model required="true"
	 * @generated
	 */
	String getCollectionExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ForEach#getCollectionExpression <em>Collection Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collection Expression</em>' attribute.
	 * @see #getCollectionExpression()
	 * @generated
	 */
	void setCollectionExpression(String value);

	/**
	 * Returns the value of the '<em><b>Variable Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Variable Name</em>' attribute.
	 * @see #setVariableName(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getForEach_VariableName()
	 * @model required="true"
	 * @generated
	 */
	String getVariableName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ForEach#getVariableName <em>Variable Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Variable Name</em>' attribute.
	 * @see #getVariableName()
	 * @generated
	 */
	void setVariableName(String value);

	/**
	 * Returns the value of the '<em><b>Sub Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.ModelOperation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Operations</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getForEach_SubOperations()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModelOperation> getSubOperations();

} // ForEach
