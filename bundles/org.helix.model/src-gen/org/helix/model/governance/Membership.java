/**
 * Helix
 */
package org.helix.model.governance;

import java.time.LocalDate;

import org.helix.model.core.HelixElement;
import org.helix.model.core.HelixKind;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Membership of an organisation and/or person in a body, as member or deputy member, with the helix represented (seed 001 L3384, L3406).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.Membership#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getHelix <em>Helix</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getRepresenting <em>Representing</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getSince <em>Since</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getUntil <em>Until</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.governance.Membership#getPerson <em>Person</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getMembership()
 * @model
 * @generated
 */
public interface Membership extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.MembershipRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.governance.MembershipRole
	 * @see #setRole(MembershipRole)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Role()
	 * @model
	 * @generated
	 */
	MembershipRole getRole();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.helix.model.governance.MembershipRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(MembershipRole value);

	/**
	 * Returns the value of the '<em><b>Helix</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.HelixKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Helix</em>' attribute.
	 * @see org.helix.model.core.HelixKind
	 * @see #setHelix(HelixKind)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Helix()
	 * @model
	 * @generated
	 */
	HelixKind getHelix();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getHelix <em>Helix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Helix</em>' attribute.
	 * @see org.helix.model.core.HelixKind
	 * @see #getHelix()
	 * @generated
	 */
	void setHelix(HelixKind value);

	/**
	 * Returns the value of the '<em><b>Representing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Representing</em>' attribute.
	 * @see #setRepresenting(String)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Representing()
	 * @model
	 * @generated
	 */
	String getRepresenting();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getRepresenting <em>Representing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Representing</em>' attribute.
	 * @see #getRepresenting()
	 * @generated
	 */
	void setRepresenting(String value);

	/**
	 * Returns the value of the '<em><b>Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Since</em>' attribute.
	 * @see #setSince(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Since()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getSince();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getSince <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Since</em>' attribute.
	 * @see #getSince()
	 * @generated
	 */
	void setSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Until</em>' attribute.
	 * @see #setUntil(LocalDate)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Until()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getUntil();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getUntil <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Until</em>' attribute.
	 * @see #getUntil()
	 * @generated
	 */
	void setUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Organisation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organisation</em>' reference.
	 * @see #setOrganisation(Organisation)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Organisation()
	 * @model
	 * @generated
	 */
	Organisation getOrganisation();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getOrganisation <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organisation</em>' reference.
	 * @see #getOrganisation()
	 * @generated
	 */
	void setOrganisation(Organisation value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.helix.model.governance.GovernancePackage#getMembership_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.Membership#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

} // Membership
