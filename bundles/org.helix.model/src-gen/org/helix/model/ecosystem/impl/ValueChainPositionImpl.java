/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.ecosystem.ValueChainPosition;
import org.helix.model.ecosystem.ValueChainRole;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Chain Position</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainPositionImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainPositionImpl#getPartnerRegion <em>Partner Region</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainPositionImpl#getValueChain <em>Value Chain</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValueChainPositionImpl extends HelixElementImpl implements ValueChainPosition {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final ValueChainRole ROLE_EDEFAULT = ValueChainRole.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected ValueChainRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPartnerRegion() <em>Partner Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String PARTNER_REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPartnerRegion() <em>Partner Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartnerRegion()
	 * @generated
	 * @ordered
	 */
	protected String partnerRegion = PARTNER_REGION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValueChain() <em>Value Chain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValueChain()
	 * @generated
	 * @ordered
	 */
	protected ValueChain valueChain;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueChainPositionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.VALUE_CHAIN_POSITION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChainRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(ValueChainRole newRole) {
		ValueChainRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.VALUE_CHAIN_POSITION__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPartnerRegion() {
		return partnerRegion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPartnerRegion(String newPartnerRegion) {
		String oldPartnerRegion = partnerRegion;
		partnerRegion = newPartnerRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.VALUE_CHAIN_POSITION__PARTNER_REGION, oldPartnerRegion, partnerRegion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValueChain getValueChain() {
		if (valueChain != null && valueChain.eIsProxy()) {
			InternalEObject oldValueChain = (InternalEObject)valueChain;
			valueChain = (ValueChain)eResolveProxy(oldValueChain);
			if (valueChain != oldValueChain) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN, oldValueChain, valueChain));
			}
		}
		return valueChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValueChain basicGetValueChain() {
		return valueChain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValueChain(ValueChain newValueChain) {
		ValueChain oldValueChain = valueChain;
		valueChain = newValueChain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN, oldValueChain, valueChain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.VALUE_CHAIN_POSITION__ROLE:
				return getRole();
			case EcosystemPackage.VALUE_CHAIN_POSITION__PARTNER_REGION:
				return getPartnerRegion();
			case EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN:
				if (resolve) return getValueChain();
				return basicGetValueChain();
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
			case EcosystemPackage.VALUE_CHAIN_POSITION__ROLE:
				setRole((ValueChainRole)newValue);
				return;
			case EcosystemPackage.VALUE_CHAIN_POSITION__PARTNER_REGION:
				setPartnerRegion((String)newValue);
				return;
			case EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN:
				setValueChain((ValueChain)newValue);
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
			case EcosystemPackage.VALUE_CHAIN_POSITION__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case EcosystemPackage.VALUE_CHAIN_POSITION__PARTNER_REGION:
				setPartnerRegion(PARTNER_REGION_EDEFAULT);
				return;
			case EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN:
				setValueChain((ValueChain)null);
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
			case EcosystemPackage.VALUE_CHAIN_POSITION__ROLE:
				return role != ROLE_EDEFAULT;
			case EcosystemPackage.VALUE_CHAIN_POSITION__PARTNER_REGION:
				return PARTNER_REGION_EDEFAULT == null ? partnerRegion != null : !PARTNER_REGION_EDEFAULT.equals(partnerRegion);
			case EcosystemPackage.VALUE_CHAIN_POSITION__VALUE_CHAIN:
				return valueChain != null;
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
		result.append(", partnerRegion: ");
		result.append(partnerRegion);
		result.append(')');
		return result.toString();
	}

} //ValueChainPositionImpl
