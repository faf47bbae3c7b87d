/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.governance.GovernanceBody;

import org.helix.model.programme.AnnualProgramme;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Annual Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.AnnualProgrammeImpl#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.AnnualProgrammeImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.AnnualProgrammeImpl#getApprovedBy <em>Approved By</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AnnualProgrammeImpl extends HelixElementImpl implements AnnualProgramme {
	/**
	 * The default value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected static final Integer YEAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getYear() <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getYear()
	 * @generated
	 * @ordered
	 */
	protected Integer year = YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<PriorityAction> actions;

	/**
	 * The cached value of the '{@link #getApprovedBy() <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApprovedBy()
	 * @generated
	 * @ordered
	 */
	protected GovernanceBody approvedBy;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AnnualProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.ANNUAL_PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getYear() {
		return year;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setYear(Integer newYear) {
		Integer oldYear = year;
		year = newYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ANNUAL_PROGRAMME__YEAR, oldYear, year));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PriorityAction> getActions() {
		if (actions == null) {
			actions = new EObjectResolvingEList<PriorityAction>(PriorityAction.class, this, ProgrammePackage.ANNUAL_PROGRAMME__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GovernanceBody getApprovedBy() {
		if (approvedBy != null && approvedBy.eIsProxy()) {
			InternalEObject oldApprovedBy = (InternalEObject)approvedBy;
			approvedBy = (GovernanceBody)eResolveProxy(oldApprovedBy);
			if (approvedBy != oldApprovedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY, oldApprovedBy, approvedBy));
			}
		}
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernanceBody basicGetApprovedBy() {
		return approvedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApprovedBy(GovernanceBody newApprovedBy) {
		GovernanceBody oldApprovedBy = approvedBy;
		approvedBy = newApprovedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY, oldApprovedBy, approvedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.ANNUAL_PROGRAMME__YEAR:
				return getYear();
			case ProgrammePackage.ANNUAL_PROGRAMME__ACTIONS:
				return getActions();
			case ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY:
				if (resolve) return getApprovedBy();
				return basicGetApprovedBy();
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
			case ProgrammePackage.ANNUAL_PROGRAMME__YEAR:
				setYear((Integer)newValue);
				return;
			case ProgrammePackage.ANNUAL_PROGRAMME__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends PriorityAction>)newValue);
				return;
			case ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY:
				setApprovedBy((GovernanceBody)newValue);
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
			case ProgrammePackage.ANNUAL_PROGRAMME__YEAR:
				setYear(YEAR_EDEFAULT);
				return;
			case ProgrammePackage.ANNUAL_PROGRAMME__ACTIONS:
				getActions().clear();
				return;
			case ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY:
				setApprovedBy((GovernanceBody)null);
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
			case ProgrammePackage.ANNUAL_PROGRAMME__YEAR:
				return YEAR_EDEFAULT == null ? year != null : !YEAR_EDEFAULT.equals(year);
			case ProgrammePackage.ANNUAL_PROGRAMME__ACTIONS:
				return actions != null && !actions.isEmpty();
			case ProgrammePackage.ANNUAL_PROGRAMME__APPROVED_BY:
				return approvedBy != null;
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
		result.append(" (year: ");
		result.append(year);
		result.append(')');
		return result.toString();
	}

} //AnnualProgrammeImpl
