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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.EcosystemPackage;
import org.helix.model.ecosystem.Sector;
import org.helix.model.ecosystem.ValueChain;
import org.helix.model.ecosystem.ValueChainStage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Value Chain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainImpl#getGeography <em>Geography</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainImpl#getSectors <em>Sectors</em>}</li>
 *   <li>{@link org.helix.model.ecosystem.impl.ValueChainImpl#getStages <em>Stages</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ValueChainImpl extends NamedElementImpl implements ValueChain {
	/**
	 * The default value of the '{@link #getGeography() <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeography()
	 * @generated
	 * @ordered
	 */
	protected static final String GEOGRAPHY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeography() <em>Geography</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeography()
	 * @generated
	 * @ordered
	 */
	protected String geography = GEOGRAPHY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSectors() <em>Sectors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSectors()
	 * @generated
	 * @ordered
	 */
	protected EList<Sector> sectors;

	/**
	 * The cached value of the '{@link #getStages() <em>Stages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStages()
	 * @generated
	 * @ordered
	 */
	protected EList<ValueChainStage> stages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ValueChainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EcosystemPackage.Literals.VALUE_CHAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeography() {
		return geography;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeography(String newGeography) {
		String oldGeography = geography;
		geography = newGeography;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EcosystemPackage.VALUE_CHAIN__GEOGRAPHY, oldGeography, geography));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sector> getSectors() {
		if (sectors == null) {
			sectors = new EObjectResolvingEList<Sector>(Sector.class, this, EcosystemPackage.VALUE_CHAIN__SECTORS);
		}
		return sectors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ValueChainStage> getStages() {
		if (stages == null) {
			stages = new EObjectContainmentEList<ValueChainStage>(ValueChainStage.class, this, EcosystemPackage.VALUE_CHAIN__STAGES);
		}
		return stages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EcosystemPackage.VALUE_CHAIN__STAGES:
				return ((InternalEList<?>)getStages()).basicRemove(otherEnd, msgs);
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
			case EcosystemPackage.VALUE_CHAIN__GEOGRAPHY:
				return getGeography();
			case EcosystemPackage.VALUE_CHAIN__SECTORS:
				return getSectors();
			case EcosystemPackage.VALUE_CHAIN__STAGES:
				return getStages();
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
			case EcosystemPackage.VALUE_CHAIN__GEOGRAPHY:
				setGeography((String)newValue);
				return;
			case EcosystemPackage.VALUE_CHAIN__SECTORS:
				getSectors().clear();
				getSectors().addAll((Collection<? extends Sector>)newValue);
				return;
			case EcosystemPackage.VALUE_CHAIN__STAGES:
				getStages().clear();
				getStages().addAll((Collection<? extends ValueChainStage>)newValue);
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
			case EcosystemPackage.VALUE_CHAIN__GEOGRAPHY:
				setGeography(GEOGRAPHY_EDEFAULT);
				return;
			case EcosystemPackage.VALUE_CHAIN__SECTORS:
				getSectors().clear();
				return;
			case EcosystemPackage.VALUE_CHAIN__STAGES:
				getStages().clear();
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
			case EcosystemPackage.VALUE_CHAIN__GEOGRAPHY:
				return GEOGRAPHY_EDEFAULT == null ? geography != null : !GEOGRAPHY_EDEFAULT.equals(geography);
			case EcosystemPackage.VALUE_CHAIN__SECTORS:
				return sectors != null && !sectors.isEmpty();
			case EcosystemPackage.VALUE_CHAIN__STAGES:
				return stages != null && !stages.isEmpty();
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
		result.append(" (geography: ");
		result.append(geography);
		result.append(')');
		return result.toString();
	}

} //ValueChainImpl
