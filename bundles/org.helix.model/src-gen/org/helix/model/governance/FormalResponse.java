/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.helix.model.core.HelixElement;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Formal Response</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The formal response to a stakeholder input: substantive appreciation and policy follow-up (seed 000 A:653-659).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.FormalResponse#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.FormalResponse#getAppreciation <em>Appreciation</em>}</li>
 *   <li>{@link org.helix.model.governance.FormalResponse#getPolicyFollowUp <em>Policy Follow Up</em>}</li>
 *   <li>{@link org.helix.model.governance.FormalResponse#getRespondingBody <em>Responding Body</em>}</li>
 *   <li>{@link org.helix.model.governance.FormalResponse#getRespondent <em>Respondent</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getFormalResponse()
 * @model
 * @generated
 */
public interface FormalResponse extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getFormalResponse_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.FormalResponse#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Appreciation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Appreciation</em>' attribute.
	 * @see #setAppreciation(String)
	 * @see org.helix.model.governance.GovernancePackage#getFormalResponse_Appreciation()
	 * @model
	 * @generated
	 */
	String getAppreciation();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.FormalResponse#getAppreciation <em>Appreciation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Appreciation</em>' attribute.
	 * @see #getAppreciation()
	 * @generated
	 */
	void setAppreciation(String value);

	/**
	 * Returns the value of the '<em><b>Policy Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Policy Follow Up</em>' attribute.
	 * @see #setPolicyFollowUp(String)
	 * @see org.helix.model.governance.GovernancePackage#getFormalResponse_PolicyFollowUp()
	 * @model
	 * @generated
	 */
	String getPolicyFollowUp();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.FormalResponse#getPolicyFollowUp <em>Policy Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Policy Follow Up</em>' attribute.
	 * @see #getPolicyFollowUp()
	 * @generated
	 */
	void setPolicyFollowUp(String value);

	/**
	 * Returns the value of the '<em><b>Responding Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responding Body</em>' reference.
	 * @see #setRespondingBody(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getFormalResponse_RespondingBody()
	 * @model
	 * @generated
	 */
	GovernanceBody getRespondingBody();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.FormalResponse#getRespondingBody <em>Responding Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responding Body</em>' reference.
	 * @see #getRespondingBody()
	 * @generated
	 */
	void setRespondingBody(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Respondent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Respondent</em>' reference.
	 * @see #setRespondent(Actor)
	 * @see org.helix.model.governance.GovernancePackage#getFormalResponse_Respondent()
	 * @model
	 * @generated
	 */
	Actor getRespondent();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.FormalResponse#getRespondent <em>Respondent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Respondent</em>' reference.
	 * @see #getRespondent()
	 * @generated
	 */
	void setRespondent(Actor value);

} // FormalResponse
