/**
 * Helix
 */
package org.helix.model.governance.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.governance.GovernancePackage;
import org.helix.model.governance.WorkingGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Working Group</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.impl.WorkingGroupImpl#getProjectGroup <em>Project Group</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.WorkingGroupImpl#getFixed <em>Fixed</em>}</li>
 *   <li>{@link org.helix.model.governance.impl.WorkingGroupImpl#getAssignment <em>Assignment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkingGroupImpl extends GovernanceBodyImpl implements WorkingGroup {
	/**
	 * The default value of the '{@link #getProjectGroup() <em>Project Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectGroup()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean PROJECT_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectGroup() <em>Project Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectGroup()
	 * @generated
	 * @ordered
	 */
	protected Boolean projectGroup = PROJECT_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getFixed() <em>Fixed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixed()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean FIXED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFixed() <em>Fixed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFixed()
	 * @generated
	 * @ordered
	 */
	protected Boolean fixed = FIXED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAssignment() <em>Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignment()
	 * @generated
	 * @ordered
	 */
	protected static final String ASSIGNMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAssignment() <em>Assignment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssignment()
	 * @generated
	 * @ordered
	 */
	protected String assignment = ASSIGNMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkingGroupImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GovernancePackage.Literals.WORKING_GROUP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getProjectGroup() {
		return projectGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectGroup(Boolean newProjectGroup) {
		Boolean oldProjectGroup = projectGroup;
		projectGroup = newProjectGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WORKING_GROUP__PROJECT_GROUP, oldProjectGroup, projectGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getFixed() {
		return fixed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFixed(Boolean newFixed) {
		Boolean oldFixed = fixed;
		fixed = newFixed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WORKING_GROUP__FIXED, oldFixed, fixed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAssignment() {
		return assignment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAssignment(String newAssignment) {
		String oldAssignment = assignment;
		assignment = newAssignment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, GovernancePackage.WORKING_GROUP__ASSIGNMENT, oldAssignment, assignment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GovernancePackage.WORKING_GROUP__PROJECT_GROUP:
				return getProjectGroup();
			case GovernancePackage.WORKING_GROUP__FIXED:
				return getFixed();
			case GovernancePackage.WORKING_GROUP__ASSIGNMENT:
				return getAssignment();
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
			case GovernancePackage.WORKING_GROUP__PROJECT_GROUP:
				setProjectGroup((Boolean)newValue);
				return;
			case GovernancePackage.WORKING_GROUP__FIXED:
				setFixed((Boolean)newValue);
				return;
			case GovernancePackage.WORKING_GROUP__ASSIGNMENT:
				setAssignment((String)newValue);
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
			case GovernancePackage.WORKING_GROUP__PROJECT_GROUP:
				setProjectGroup(PROJECT_GROUP_EDEFAULT);
				return;
			case GovernancePackage.WORKING_GROUP__FIXED:
				setFixed(FIXED_EDEFAULT);
				return;
			case GovernancePackage.WORKING_GROUP__ASSIGNMENT:
				setAssignment(ASSIGNMENT_EDEFAULT);
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
			case GovernancePackage.WORKING_GROUP__PROJECT_GROUP:
				return PROJECT_GROUP_EDEFAULT == null ? projectGroup != null : !PROJECT_GROUP_EDEFAULT.equals(projectGroup);
			case GovernancePackage.WORKING_GROUP__FIXED:
				return FIXED_EDEFAULT == null ? fixed != null : !FIXED_EDEFAULT.equals(fixed);
			case GovernancePackage.WORKING_GROUP__ASSIGNMENT:
				return ASSIGNMENT_EDEFAULT == null ? assignment != null : !ASSIGNMENT_EDEFAULT.equals(assignment);
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
		result.append(" (projectGroup: ");
		result.append(projectGroup);
		result.append(", fixed: ");
		result.append(fixed);
		result.append(", assignment: ");
		result.append(assignment);
		result.append(')');
		return result.toString();
	}

} //WorkingGroupImpl
