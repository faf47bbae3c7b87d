/**
 * Helix
 */
package org.helix.model.ecosystem;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Instrument</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A policy instrument: regulation, pricing, norm, agreement or platform (ETS, CBAM, CRMA, maatwerkafspraken, ...).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getAcronym <em>Acronym</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getLegalReference <em>Legal Reference</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getFromYear <em>From Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getToYear <em>To Year</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getManager <em>Manager</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.PolicyInstrument#getComplements <em>Complements</em>}</li>
 * </ul>
 *
 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument()
 * @model
 * @generated
 */
public interface PolicyInstrument extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Acronym</em>' attribute.
	 * @see #setAcronym(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Acronym()
	 * @model
	 * @generated
	 */
	String getAcronym();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getAcronym <em>Acronym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Acronym</em>' attribute.
	 * @see #getAcronym()
	 * @generated
	 */
	void setAcronym(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.InstrumentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.InstrumentKind
	 * @see #setKind(InstrumentKind)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Kind()
	 * @model
	 * @generated
	 */
	InstrumentKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.ecosystem.InstrumentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(InstrumentKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.ecosystem.InstrumentStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.InstrumentStatus
	 * @see #setStatus(InstrumentStatus)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Status()
	 * @model
	 * @generated
	 */
	InstrumentStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.ecosystem.InstrumentStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(InstrumentStatus value);

	/**
	 * Returns the value of the '<em><b>Legal Reference</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Reference</em>' attribute.
	 * @see #setLegalReference(String)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_LegalReference()
	 * @model
	 * @generated
	 */
	String getLegalReference();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getLegalReference <em>Legal Reference</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Reference</em>' attribute.
	 * @see #getLegalReference()
	 * @generated
	 */
	void setLegalReference(String value);

	/**
	 * Returns the value of the '<em><b>From Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From Year</em>' attribute.
	 * @see #setFromYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_FromYear()
	 * @model
	 * @generated
	 */
	Integer getFromYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getFromYear <em>From Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Year</em>' attribute.
	 * @see #getFromYear()
	 * @generated
	 */
	void setFromYear(Integer value);

	/**
	 * Returns the value of the '<em><b>To Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To Year</em>' attribute.
	 * @see #setToYear(Integer)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_ToYear()
	 * @model
	 * @generated
	 */
	Integer getToYear();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getToYear <em>To Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To Year</em>' attribute.
	 * @see #getToYear()
	 * @generated
	 */
	void setToYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(Organisation)
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Manager()
	 * @model
	 * @generated
	 */
	Organisation getManager();

	/**
	 * Sets the value of the '{@link org.helix.model.ecosystem.PolicyInstrument#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(Organisation value);

	/**
	 * Returns the value of the '<em><b>Complements</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.ecosystem.PolicyInstrument}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Complements</em>' reference list.
	 * @see org.helix.model.ecosystem.EcosystemPackage#getPolicyInstrument_Complements()
	 * @model
	 * @generated
	 */
	EList<PolicyInstrument> getComplements();

} // PolicyInstrument
