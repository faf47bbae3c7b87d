/**
 * Helix
 */
package org.helix.diagram.model.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Add Value</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Adds a value (or each of a list) to a many-valued feature.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.AddValue#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AddValue#getValueExpression <em>Value Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.AddValue#getElementExpression <em>Element Expression</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getAddValue()
 * @model
 * @generated
 */
public interface AddValue extends ModelOperation {
	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAddValue_FeatureName()
	 * @model required="true"
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AddValue#getFeatureName <em>Feature Name</em>}' attribute.
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
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAddValue_ValueExpression()
	 * @model required="true"
	 * @generated
	 */
	String getValueExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AddValue#getValueExpression <em>Value Expression</em>}' attribute.
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
	 * @see org.helix.diagram.model.description.DescriptionPackage#getAddValue_ElementExpression()
	 * @model
	 * @generated
	 */
	String getElementExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.AddValue#getElementExpression <em>Element Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Element Expression</em>' attribute.
	 * @see #getElementExpression()
	 * @generated
	 */
	void setElementExpression(String value);

} // AddValue
