/**
 * Helix
 */
package org.helix.model.governance.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.PermanentCouncil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Permanent Council</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.PermanentCouncilImpl#getOperatingPrinciples <em>Operating Principles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PermanentCouncilImpl extends GovernanceBodyImpl implements PermanentCouncil {
	/**
	 * The cached value of the '{@link #getOperatingPrinciples() <em>Operating Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperatingPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<String> operatingPrinciples;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PermanentCouncilImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.PERMANENT_COUNCIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getOperatingPrinciples() {
		if (operatingPrinciples == null) {
			operatingPrinciples = new EDataTypeUniqueEList<String>(String.class, this, GovernancePackage.PERMANENT_COUNCIL__OPERATING_PRINCIPLES);
		}
		return operatingPrinciples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.PERMANENT_COUNCIL__OPERATING_PRINCIPLES:
				return getOperatingPrinciples();
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
			case GovernancePackage.PERMANENT_COUNCIL__OPERATING_PRINCIPLES:
				getOperatingPrinciples().clear();
				getOperatingPrinciples().addAll((Collection<? extends String>)newValue);
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
			case GovernancePackage.PERMANENT_COUNCIL__OPERATING_PRINCIPLES:
				getOperatingPrinciples().clear();
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
			case GovernancePackage.PERMANENT_COUNCIL__OPERATING_PRINCIPLES:
				return operatingPrinciples != null && !operatingPrinciples.isEmpty();
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
		result.append(" (operatingPrinciples: ");
		result.append(operatingPrinciples);
		result.append(')');
		return result.toString();
	}

} //PermanentCouncilImpl
