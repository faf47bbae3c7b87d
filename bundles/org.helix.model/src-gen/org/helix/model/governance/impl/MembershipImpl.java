/**
 * Helix
 */
package org.helix.model.governance.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.HelixKind;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.Organisation;
import org.helix.model.ecosystem.Person;

import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.Membership;
import org.helix.model.governance.MembershipRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Membership</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getHelix <em>Helix</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getRepresenting <em>Representing</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getSince <em>Since</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getUntil <em>Until</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getOrganisation <em>Organisation</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.MembershipImpl#getPerson <em>Person</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MembershipImpl extends HelixElementImpl implements Membership {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final MembershipRole ROLE_EDEFAULT = MembershipRole.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected MembershipRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getHelix() <em>Helix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelix()
	 * @generated
	 * @ordered
	 */
	protected static final HelixKind HELIX_EDEFAULT = HelixKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getHelix() <em>Helix</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHelix()
	 * @generated
	 * @ordered
	 */
	protected HelixKind helix = HELIX_EDEFAULT;

	/**
	 * The default value of the '{@link #getRepresenting() <em>Representing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresenting()
	 * @generated
	 * @ordered
	 */
	protected static final String REPRESENTING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRepresenting() <em>Representing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRepresenting()
	 * @generated
	 * @ordered
	 */
	protected String representing = REPRESENTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSince() <em>Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate since = SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate until = UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOrganisation() <em>Organisation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganisation()
	 * @generated
	 * @ordered
	 */
	protected Organisation organisation;

	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MembershipImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.MEMBERSHIP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MembershipRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(MembershipRole newRole) {
		MembershipRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HelixKind getHelix() {
		return helix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHelix(HelixKind newHelix) {
		HelixKind oldHelix = helix;
		helix = newHelix == null ? HELIX_EDEFAULT : newHelix;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__HELIX, oldHelix, helix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRepresenting() {
		return representing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRepresenting(String newRepresenting) {
		String oldRepresenting = representing;
		representing = newRepresenting;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__REPRESENTING, oldRepresenting, representing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSince() {
		return since;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSince(LocalDate newSince) {
		LocalDate oldSince = since;
		since = newSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__SINCE, oldSince, since));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getUntil() {
		return until;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUntil(LocalDate newUntil) {
		LocalDate oldUntil = until;
		until = newUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__UNTIL, oldUntil, until));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Organisation getOrganisation() {
		if (organisation != null && organisation.eIsProxy()) {
			InternalEObject oldOrganisation = (InternalEObject)organisation;
			organisation = (Organisation)eResolveProxy(oldOrganisation);
			if (organisation != oldOrganisation) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.MEMBERSHIP__ORGANISATION, oldOrganisation, organisation));
			}
		}
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Organisation basicGetOrganisation() {
		return organisation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganisation(Organisation newOrganisation) {
		Organisation oldOrganisation = organisation;
		organisation = newOrganisation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__ORGANISATION, oldOrganisation, organisation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, GovernancePackage.MEMBERSHIP__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.MEMBERSHIP__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.MEMBERSHIP__ROLE:
				return getRole();
			case GovernancePackage.MEMBERSHIP__HELIX:
				return getHelix();
			case GovernancePackage.MEMBERSHIP__REPRESENTING:
				return getRepresenting();
			case GovernancePackage.MEMBERSHIP__SINCE:
				return getSince();
			case GovernancePackage.MEMBERSHIP__UNTIL:
				return getUntil();
			case GovernancePackage.MEMBERSHIP__ORGANISATION:
				if (resolve) return getOrganisation();
				return basicGetOrganisation();
			case GovernancePackage.MEMBERSHIP__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GovernancePackage.MEMBERSHIP__ROLE:
				setRole((MembershipRole)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__HELIX:
				setHelix((HelixKind)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__REPRESENTING:
				setRepresenting((String)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__SINCE:
				setSince((LocalDate)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__UNTIL:
				setUntil((LocalDate)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__ORGANISATION:
				setOrganisation((Organisation)newValue);
				return;
			case GovernancePackage.MEMBERSHIP__PERSON:
				setPerson((Person)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GovernancePackage.MEMBERSHIP__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case GovernancePackage.MEMBERSHIP__HELIX:
				setHelix(HELIX_EDEFAULT);
				return;
			case GovernancePackage.MEMBERSHIP__REPRESENTING:
				setRepresenting(REPRESENTING_EDEFAULT);
				return;
			case GovernancePackage.MEMBERSHIP__SINCE:
				setSince(SINCE_EDEFAULT);
				return;
			case GovernancePackage.MEMBERSHIP__UNTIL:
				setUntil(UNTIL_EDEFAULT);
				return;
			case GovernancePackage.MEMBERSHIP__ORGANISATION:
				setOrganisation((Organisation)null);
				return;
			case GovernancePackage.MEMBERSHIP__PERSON:
				setPerson((Person)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GovernancePackage.MEMBERSHIP__ROLE:
				return role != ROLE_EDEFAULT;
			case GovernancePackage.MEMBERSHIP__HELIX:
				return helix != HELIX_EDEFAULT;
			case GovernancePackage.MEMBERSHIP__REPRESENTING:
				return REPRESENTING_EDEFAULT == null ? representing != null : !REPRESENTING_EDEFAULT.equals(representing);
			case GovernancePackage.MEMBERSHIP__SINCE:
				return SINCE_EDEFAULT == null ? since != null : !SINCE_EDEFAULT.equals(since);
			case GovernancePackage.MEMBERSHIP__UNTIL:
				return UNTIL_EDEFAULT == null ? until != null : !UNTIL_EDEFAULT.equals(until);
			case GovernancePackage.MEMBERSHIP__ORGANISATION:
				return organisation != null;
			case GovernancePackage.MEMBERSHIP__PERSON:
				return person != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (role: ");
		result.append(role);
		result.append(", helix: ");
		result.append(helix);
		result.append(", representing: ");
		result.append(representing);
		result.append(", since: ");
		result.append(since);
		result.append(", until: ");
		result.append(until);
		result.append(')');
		return result.toString();
	}

} //MembershipImpl
