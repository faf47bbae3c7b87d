/**
 * Helix
 */
package org.helix.diagram.model.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Validation Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A constraint every element of domainClass must satisfy; where condition does not hold, the element violates the rule with the given severity and message, and the quick fixes offer model operations that repair it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.diagram.model.description.ValidationRule#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ValidationRule#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ValidationRule#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ValidationRule#getMessageExpression <em>Message Expression</em>}</li>
 *   <li>{@link org.helix.diagram.model.description.ValidationRule#getFixes <em>Fixes</em>}</li>
 * </ul>
 *
 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule()
 * @model
 * @generated
 */
public interface ValidationRule extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain Class</em>' attribute.
	 * @see #setDomainClass(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	String getDomainClass();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ValidationRule#getDomainClass <em>Domain Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' attribute.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(String value);

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The constraint that must hold on the element (self).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Condition</em>' attribute.
	 * @see #setCondition(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule_Condition()
	 * @model required="true"
	 * @generated
	 */
	String getCondition();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ValidationRule#getCondition <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' attribute.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(String value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.diagram.model.description.DecorationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @see #setSeverity(DecorationKind)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule_Severity()
	 * @model
	 * @generated
	 */
	DecorationKind getSeverity();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ValidationRule#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.helix.diagram.model.description.DecorationKind
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(DecorationKind value);

	/**
	 * Returns the value of the '<em><b>Message Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The message of a violation, evaluated on the element; default: the rule's label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message Expression</em>' attribute.
	 * @see #setMessageExpression(String)
	 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule_MessageExpression()
	 * @model
	 * @generated
	 */
	String getMessageExpression();

	/**
	 * Sets the value of the '{@link org.helix.diagram.model.description.ValidationRule#getMessageExpression <em>Message Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message Expression</em>' attribute.
	 * @see #getMessageExpression()
	 * @generated
	 */
	void setMessageExpression(String value);

	/**
	 * Returns the value of the '<em><b>Fixes</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.diagram.model.description.QuickFix}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fixes</em>' containment reference list.
	 * @see org.helix.diagram.model.description.DescriptionPackage#getValidationRule_Fixes()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuickFix> getFixes();

} // ValidationRule
