/**
 * Helix
 */
package org.helix.model.programme;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Government Mandate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An assignment to the programme from a coalition agreement (seed 001 L2683-2712).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.GovernmentMandate#getQuote <em>Quote</em>}</li>
 *   <li>{@link org.helix.model.programme.GovernmentMandate#getPrioritisationCriterion <em>Prioritisation Criterion</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getGovernmentMandate()
 * @model
 * @generated
 */
public interface GovernmentMandate extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see org.helix.model.programme.ProgrammePackage#getGovernmentMandate_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.GovernmentMandate#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

	/**
	 * Returns the value of the '<em><b>Prioritisation Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prioritisation Criterion</em>' attribute.
	 * @see #setPrioritisationCriterion(String)
	 * @see org.helix.model.programme.ProgrammePackage#getGovernmentMandate_PrioritisationCriterion()
	 * @model
	 * @generated
	 */
	String getPrioritisationCriterion();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.GovernmentMandate#getPrioritisationCriterion <em>Prioritisation Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prioritisation Criterion</em>' attribute.
	 * @see #getPrioritisationCriterion()
	 * @generated
	 */
	void setPrioritisationCriterion(String value);

} // GovernmentMandate
