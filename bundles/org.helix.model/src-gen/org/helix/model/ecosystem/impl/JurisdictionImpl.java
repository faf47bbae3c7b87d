/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Jurisdiction;
import org.helix.model.ecosystem.JurisdictionLevel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Jurisdiction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.JurisdictionImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.JurisdictionImpl#getIsoCode <em>Iso Code</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.JurisdictionImpl#getEuMemberState <em>Eu Member State</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.JurisdictionImpl#getParent <em>Parent</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JurisdictionImpl extends NamedElementImpl implements Jurisdiction {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final JurisdictionLevel LEVEL_EDEFAULT = JurisdictionLevel.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected JurisdictionLevel level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsoCode() <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsoCode()
	 * @generated
	 * @ordered
	 */
	protected static final String ISO_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsoCode() <em>Iso Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsoCode()
	 * @generated
	 * @ordered
	 */
	protected String isoCode = ISO_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEuMemberState() <em>Eu Member State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEuMemberState()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean EU_MEMBER_STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEuMemberState() <em>Eu Member State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEuMemberState()
	 * @generated
	 * @ordered
	 */
	protected Boolean euMemberState = EU_MEMBER_STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Jurisdiction parent;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JurisdictionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.JURISDICTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JurisdictionLevel getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(JurisdictionLevel newLevel) {
		JurisdictionLevel oldLevel = level;
		level = newLevel == null ? LEVEL_EDEFAULT : newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.JURISDICTION__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIsoCode() {
		return isoCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsoCode(String newIsoCode) {
		String oldIsoCode = isoCode;
		isoCode = newIsoCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.JURISDICTION__ISO_CODE, oldIsoCode, isoCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEuMemberState() {
		return euMemberState;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEuMemberState(Boolean newEuMemberState) {
		Boolean oldEuMemberState = euMemberState;
		euMemberState = newEuMemberState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.JURISDICTION__EU_MEMBER_STATE, oldEuMemberState, euMemberState));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Jurisdiction getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Jurisdiction)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, EcosystemPackage.JURISDICTION__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Jurisdiction basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Jurisdiction newParent) {
		Jurisdiction oldParent = parent;
		parent = newParent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.JURISDICTION__PARENT, oldParent, parent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.JURISDICTION__LEVEL:
				return getLevel();
			case EcosystemPackage.JURISDICTION__ISO_CODE:
				return getIsoCode();
			case EcosystemPackage.JURISDICTION__EU_MEMBER_STATE:
				return getEuMemberState();
			case EcosystemPackage.JURISDICTION__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
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
			case EcosystemPackage.JURISDICTION__LEVEL:
				setLevel((JurisdictionLevel)newValue);
				return;
			case EcosystemPackage.JURISDICTION__ISO_CODE:
				setIsoCode((String)newValue);
				return;
			case EcosystemPackage.JURISDICTION__EU_MEMBER_STATE:
				setEuMemberState((Boolean)newValue);
				return;
			case EcosystemPackage.JURISDICTION__PARENT:
				setParent((Jurisdiction)newValue);
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
			case EcosystemPackage.JURISDICTION__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case EcosystemPackage.JURISDICTION__ISO_CODE:
				setIsoCode(ISO_CODE_EDEFAULT);
				return;
			case EcosystemPackage.JURISDICTION__EU_MEMBER_STATE:
				setEuMemberState(EU_MEMBER_STATE_EDEFAULT);
				return;
			case EcosystemPackage.JURISDICTION__PARENT:
				setParent((Jurisdiction)null);
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
			case EcosystemPackage.JURISDICTION__LEVEL:
				return level != LEVEL_EDEFAULT;
			case EcosystemPackage.JURISDICTION__ISO_CODE:
				return ISO_CODE_EDEFAULT == null ? isoCode != null : !ISO_CODE_EDEFAULT.equals(isoCode);
			case EcosystemPackage.JURISDICTION__EU_MEMBER_STATE:
				return EU_MEMBER_STATE_EDEFAULT == null ? euMemberState != null : !EU_MEMBER_STATE_EDEFAULT.equals(euMemberState);
			case EcosystemPackage.JURISDICTION__PARENT:
				return parent != null;
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
		result.append(" (level: ");
		result.append(level);
		result.append(", isoCode: ");
		result.append(isoCode);
		result.append(", euMemberState: ");
		result.append(euMemberState);
		result.append(')');
		return result.toString();
	}

} //JurisdictionImpl
