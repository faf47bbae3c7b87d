/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Set Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Sets a feature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.SetValue#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.SetValue#getValueExpression <em>Value Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.SetValue#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getSetValue()
 * @model
 * @generated
 */
public interface SetValue extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getSetValue_FeatureName()
	 * @model required="true"
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.SetValue#getFeatureName <em>Feature Name</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The new value; $value is the edited value. Text is converted to the feature's type, empty text unsets.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Expression</em>' attribute.
	 * @see #setValueExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getSetValue_ValueExpression()
	 * @model required="true"
	 * @generated
	 */
	String getValueExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.SetValue#getValueExpression <em>Value Expression</em>}' attribute.
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
	 * <!-- begin-model-doc -->
	 * The element to change; default self.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element Expression</em>' attribute.
	 * @see #setElementExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getSetValue_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.SetValue#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // SetValue
