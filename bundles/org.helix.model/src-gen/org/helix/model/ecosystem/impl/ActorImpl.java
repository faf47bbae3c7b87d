/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.HelixKind;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;
import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Jurisdiction;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Actor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.ActorImpl#getHelix <em>Helix</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ActorImpl#getJurisdiction <em>Jurisdiction</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ActorImpl extends NamedElementImpl implements Actor {
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
	 * The cached value of the '{@link #getJurisdiction() <em>Jurisdiction</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJurisdiction()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction jurisdiction;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.ACTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.ACTOR__HELIX, oldHelix, helix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getJurisdiction() {
		if (jurisdiction != null && jurisdiction.eIsProxy()) {
			InternalEObject oldJurisdiction = (InternalEObject)jurisdiction;
			jurisdiction = (Jurisdiction)eResolveProxy(oldJurisdiction);
			if (jurisdiction != oldJurisdiction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.ACTOR__JURISDICTION, oldJurisdiction, jurisdiction));
			}
		}
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetJurisdiction() {
		return jurisdiction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJurisdiction(Jurisdiction newJurisdiction) {
		Jurisdiction oldJurisdiction = jurisdiction;
		jurisdiction = newJurisdiction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.ACTOR__JURISDICTION, oldJurisdiction, jurisdiction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.ACTOR__HELIX:
				return getHelix();
			case EcosystemPackage.ACTOR__JURISDICTION:
				if (resolve) return getJurisdiction();
				return basicGetJurisdiction();
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
			case EcosystemPackage.ACTOR__HELIX:
				setHelix((HelixKind)newValue);
				return;
			case EcosystemPackage.ACTOR__JURISDICTION:
				setJurisdiction((Jurisdiction)newValue);
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
			case EcosystemPackage.ACTOR__HELIX:
				setHelix(HELIX_EDEFAULT);
				return;
			case EcosystemPackage.ACTOR__JURISDICTION:
				setJurisdiction((Jurisdiction)null);
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
			case EcosystemPackage.ACTOR__HELIX:
				return helix != HELIX_EDEFAULT;
			case EcosystemPackage.ACTOR__JURISDICTION:
				return jurisdiction != null;
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
		result.append(" (helix: ");
		result.append(helix);
		result.append(')');
		return result.toString();
	}

} //ActorImpl
