/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Remove Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Removes a value (or each of a list) from a many-valued feature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.RemoveValue#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.RemoveValue#getValueExpression <em>Value Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.RemoveValue#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getRemoveValue()
 * @model
 * @generated
 */
public interface RemoveValue extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getRemoveValue_FeatureName()
	 * @model required="true"
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.RemoveValue#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Value Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value Expression</em>' attribute.
	 * @see #setValueExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getRemoveValue_ValueExpression()
	 * @model required="true"
	 * @generated
	 */
	String getValueExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.RemoveValue#getValueExpression <em>Value Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Expression</em>' attribute.
	 * @see #getValueExpression()
	 * @generated
	 */
	void setValueExpression(String value);

	/**
	 * Returns the value of the '<em><b>Element Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Element Expression</em>' attribute.
	 * @see #setElementExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getRemoveValue_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.RemoveValue#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // RemoveValue
