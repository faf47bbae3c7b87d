/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;
import org.helix.model.core.SourceDocument;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stakeholder Input</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An input from stakeholders to a body or government, e.g. SERV's advice on the programme note or a working group's policy advice, with its formal responses (seed 000 A:643-659).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getRequestDate <em>Request Date</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getSubmittedBy <em>Submitted By</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getIssuingBody <em>Issuing Body</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getPreparedBy <em>Prepared By</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getAddressees <em>Addressees</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getAddressedBody <em>Addressed Body</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getDocument <em>Document</em>}</li>
 *   <li>{@link org.helix.model.governance.StakeholderInput#getResponses <em>Responses</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput()
 * @model
 * @generated
 */
public interface StakeholderInput extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.InputKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.InputKind
	 * @see #setKind(InputKind)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Kind()
	 * @model
	 * @generated
	 */
	InputKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.InputKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InputKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.InputStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.governance.InputStatus
	 * @see #setStatus(InputStatus)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Status()
	 * @model
	 * @generated
	 */
	InputStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.governance.InputStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InputStatus value);

	/**
	 * Returns the value of the '<em><b>Request Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Request Date</em>' attribute.
	 * @see #setRequestDate(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_RequestDate()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getRequestDate();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getRequestDate <em>Request Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Request Date</em>' attribute.
	 * @see #getRequestDate()
	 * @generated
	 */
	void setRequestDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Subject()
	 * @model
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Submitted By</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted By</em>' reference list.
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_SubmittedBy()
	 * @model
	 * @generated
	 */
	EList<Actor> getSubmittedBy();

	/**
	 * Returns the value of the '<em><b>Issuing Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issuing Body</em>' reference.
	 * @see #setIssuingBody(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_IssuingBody()
	 * @model
	 * @generated
	 */
	GovernanceBody getIssuingBody();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getIssuingBody <em>Issuing Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issuing Body</em>' reference.
	 * @see #getIssuingBody()
	 * @generated
	 */
	void setIssuingBody(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Prepared By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prepared By</em>' reference.
	 * @see #setPreparedBy(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_PreparedBy()
	 * @model
	 * @generated
	 */
	GovernanceBody getPreparedBy();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getPreparedBy <em>Prepared By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared By</em>' reference.
	 * @see #getPreparedBy()
	 * @generated
	 */
	void setPreparedBy(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Addressees</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressees</em>' reference list.
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Addressees()
	 * @model
	 * @generated
	 */
	EList<Actor> getAddressees();

	/**
	 * Returns the value of the '<em><b>Addressed Body</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressed Body</em>' reference.
	 * @see #setAddressedBody(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_AddressedBody()
	 * @model
	 * @generated
	 */
	GovernanceBody getAddressedBody();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getAddressedBody <em>Addressed Body</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressed Body</em>' reference.
	 * @see #getAddressedBody()
	 * @generated
	 */
	void setAddressedBody(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Document</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Document</em>' reference.
	 * @see #setDocument(SourceDocument)
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Document()
	 * @model
	 * @generated
	 */
	SourceDocument getDocument();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.StakeholderInput#getDocument <em>Document</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document</em>' reference.
	 * @see #getDocument()
	 * @generated
	 */
	void setDocument(SourceDocument value);

	/**
	 * Returns the value of the '<em><b>Responses</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.governance.FormalResponse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Responses</em>' containment reference list.
	 * @see org.helix.model.governance.GovernancePackage#getStakeholderInput_Responses()
	 * @model containment="true"
	 * @generated
	 */
	EList<FormalResponse> getResponses();

} // StakeholderInput
