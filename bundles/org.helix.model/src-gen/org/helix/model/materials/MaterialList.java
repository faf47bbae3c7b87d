/**
 * Helix
 */
package org.helix.model.materials;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.GovernanceLevel;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.PolicyInstrument;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Material List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A list of raw materials (EU critical and strategic lists under the CRMA, VITO list for Belgium, SERV's proposed additions) with scored entries (seed 003 B:137-229, B:610-713).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.materials.MaterialList#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getAssessedCount <em>Assessed Count</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getJurisdiction <em>Jurisdiction</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getDerivedFrom <em>Derived From</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.helix.model.materials.MaterialList#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.helix.model.materials.MaterialsPackage#getMaterialList()
 * @model
 * @generated
 */
public interface MaterialList extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.materials.ListKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.materials.ListKind
	 * @see #setKind(ListKind)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Kind()
	 * @model
	 * @generated
	 */
	ListKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.materials.ListKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ListKind value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.GovernanceLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #setLevel(GovernanceLevel)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Level()
	 * @model
	 * @generated
	 */
	GovernanceLevel getLevel();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see org.helix.model.core.GovernanceLevel
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(GovernanceLevel value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Assessed Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessed Count</em>' attribute.
	 * @see #setAssessedCount(Integer)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_AssessedCount()
	 * @model
	 * @generated
	 */
	Integer getAssessedCount();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getAssessedCount <em>Assessed Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessed Count</em>' attribute.
	 * @see #getAssessedCount()
	 * @generated
	 */
	void setAssessedCount(Integer value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' attribute.
	 * @see #setCriteria(String)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Criteria()
	 * @model
	 * @generated
	 */
	String getCriteria();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getCriteria <em>Criteria</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criteria</em>' attribute.
	 * @see #getCriteria()
	 * @generated
	 */
	void setCriteria(String value);

	/**
	 * Returns the value of the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authority</em>' reference.
	 * @see #setAuthority(Actor)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Authority()
	 * @model
	 * @generated
	 */
	Actor getAuthority();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getAuthority <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authority</em>' reference.
	 * @see #getAuthority()
	 * @generated
	 */
	void setAuthority(Actor value);

	/**
	 * Returns the value of the '<em><b>Jurisdiction</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jurisdiction</em>' reference.
	 * @see #setJurisdiction(Jurisdiction)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Jurisdiction()
	 * @model
	 * @generated
	 */
	Jurisdiction getJurisdiction();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getJurisdiction <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jurisdiction</em>' reference.
	 * @see #getJurisdiction()
	 * @generated
	 */
	void setJurisdiction(Jurisdiction value);

	/**
	 * Returns the value of the '<em><b>Derived From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derived From</em>' reference.
	 * @see #setDerivedFrom(MaterialList)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_DerivedFrom()
	 * @model
	 * @generated
	 */
	MaterialList getDerivedFrom();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getDerivedFrom <em>Derived From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived From</em>' reference.
	 * @see #getDerivedFrom()
	 * @generated
	 */
	void setDerivedFrom(MaterialList value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' reference.
	 * @see #setLegalBasis(PolicyInstrument)
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_LegalBasis()
	 * @model
	 * @generated
	 */
	PolicyInstrument getLegalBasis();

	/**
	 * Sets the value of the '{@link org.helix.model.materials.MaterialList#getLegalBasis <em>Legal Basis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' reference.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(PolicyInstrument value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.materials.ListEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.helix.model.materials.MaterialsPackage#getMaterialList_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListEntry> getEntries();

} // MaterialList
