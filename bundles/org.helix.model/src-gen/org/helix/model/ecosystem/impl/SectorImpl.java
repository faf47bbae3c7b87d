/**
 * Helix
 */
package org.helix.model.ecosystem.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.SectorKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sector</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.SectorImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.SectorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.SectorImpl#getEtsScope <em>Ets Scope</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.SectorImpl#getSubSectors <em>Sub Sectors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SectorImpl extends NamedElementImpl implements Sector {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectorKind KIND_EDEFAULT = SectorKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getEtsScope() <em>Ets Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtsScope()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean ETS_SCOPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEtsScope() <em>Ets Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEtsScope()
	 * @generated
	 * @ordered
	 */
	protected Boolean etsScope = ETS_SCOPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSubSectors() <em>Sub Sectors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> subSectors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SectorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.SECTOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.SECTOR__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectorKind newKind) {
		SectorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.SECTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getEtsScope() {
		return etsScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEtsScope(Boolean newEtsScope) {
		Boolean oldEtsScope = etsScope;
		etsScope = newEtsScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.SECTOR__ETS_SCOPE, oldEtsScope, etsScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSubSectors() {
		if (subSectors == null) {
			subSectors = new EObjectContainmentEList<Sector>(Sector.class, this, EcosystemPackage.SECTOR__SUB_SECTORS);
		}
		return subSectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.SECTOR__SUB_SECTORS:
				return ((InternalEList<?>)getSubSectors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EcosystemPackage.SECTOR__CODE:
				return getCode();
			case EcosystemPackage.SECTOR__KIND:
				return getKind();
			case EcosystemPackage.SECTOR__ETS_SCOPE:
				return getEtsScope();
			case EcosystemPackage.SECTOR__SUB_SECTORS:
				return getSubSectors();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EcosystemPackage.SECTOR__CODE:
				setCode((String)newValue);
				return;
			case EcosystemPackage.SECTOR__KIND:
				setKind((SectorKind)newValue);
				return;
			case EcosystemPackage.SECTOR__ETS_SCOPE:
				setEtsScope((Boolean)newValue);
				return;
			case EcosystemPackage.SECTOR__SUB_SECTORS:
				getSubSectors().clear();
				getSubSectors().addAll((Collection<? extends Sector>)newValue);
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
			case EcosystemPackage.SECTOR__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case EcosystemPackage.SECTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EcosystemPackage.SECTOR__ETS_SCOPE:
				setEtsScope(ETS_SCOPE_EDEFAULT);
				return;
			case EcosystemPackage.SECTOR__SUB_SECTORS:
				getSubSectors().clear();
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
			case EcosystemPackage.SECTOR__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case EcosystemPackage.SECTOR__KIND:
				return kind != KIND_EDEFAULT;
			case EcosystemPackage.SECTOR__ETS_SCOPE:
				return ETS_SCOPE_EDEFAULT == null ? etsScope != null : !ETS_SCOPE_EDEFAULT.equals(etsScope);
			case EcosystemPackage.SECTOR__SUB_SECTORS:
				return subSectors != null && !subSectors.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", kind: ");
		result.append(kind);
		result.append(", etsScope: ");
		result.append(etsScope);
		result.append(')');
		return result.toString();
	}

} //SectorImpl
