/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.impl.HelixElementImpl;

import org.helix.model.programme.ActionSnapshot;
import org.helix.model.programme.ActionStatus;
import org.helix.model.programme.PriorityAction;
import org.helix.model.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action Snapshot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getBudgetCommitted <em>Budget Committed</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getBudgetSpent <em>Budget Spent</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getComment <em>Comment</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.ActionSnapshotImpl#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionSnapshotImpl extends HelixElementImpl implements ActionSnapshot {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedEnd = PLANNED_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_PLANNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetPlanned = BUDGET_PLANNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetCommitted() <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetCommitted()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_COMMITTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetCommitted() <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetCommitted()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetCommitted = BUDGET_COMMITTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetSpent() <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetSpent()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_SPENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetSpent() <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetSpent()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetSpent = BUDGET_SPENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAction() <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAction()
	 * @generated
	 * @ordered
	 */
	protected PriorityAction action;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionSnapshotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.ACTION_SNAPSHOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEnd(LocalDate newPlannedEnd) {
		LocalDate oldPlannedEnd = plannedEnd;
		plannedEnd = newPlannedEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__PLANNED_END, oldPlannedEnd, plannedEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetPlanned(BigDecimal newBudgetPlanned) {
		BigDecimal oldBudgetPlanned = budgetPlanned;
		budgetPlanned = newBudgetPlanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__BUDGET_PLANNED, oldBudgetPlanned, budgetPlanned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetCommitted() {
		return budgetCommitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetCommitted(BigDecimal newBudgetCommitted) {
		BigDecimal oldBudgetCommitted = budgetCommitted;
		budgetCommitted = newBudgetCommitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__BUDGET_COMMITTED, oldBudgetCommitted, budgetCommitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetSpent() {
		return budgetSpent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetSpent(BigDecimal newBudgetSpent) {
		BigDecimal oldBudgetSpent = budgetSpent;
		budgetSpent = newBudgetSpent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__BUDGET_SPENT, oldBudgetSpent, budgetSpent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PriorityAction getAction() {
		if (action != null && action.eIsProxy()) {
			InternalEObject oldAction = (InternalEObject)action;
			action = (PriorityAction)eResolveProxy(oldAction);
			if (action != oldAction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.ACTION_SNAPSHOT__ACTION, oldAction, action));
			}
		}
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PriorityAction basicGetAction() {
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAction(PriorityAction newAction) {
		PriorityAction oldAction = action;
		action = newAction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.ACTION_SNAPSHOT__ACTION, oldAction, action));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.ACTION_SNAPSHOT__STATUS:
				return getStatus();
			case ProgrammePackage.ACTION_SNAPSHOT__PLANNED_END:
				return getPlannedEnd();
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_PLANNED:
				return getBudgetPlanned();
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_COMMITTED:
				return getBudgetCommitted();
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_SPENT:
				return getBudgetSpent();
			case ProgrammePackage.ACTION_SNAPSHOT__COMMENT:
				return getComment();
			case ProgrammePackage.ACTION_SNAPSHOT__ACTION:
				if (resolve) return getAction();
				return basicGetAction();
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
			case ProgrammePackage.ACTION_SNAPSHOT__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_PLANNED:
				setBudgetPlanned((BigDecimal)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_COMMITTED:
				setBudgetCommitted((BigDecimal)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_SPENT:
				setBudgetSpent((BigDecimal)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__COMMENT:
				setComment((String)newValue);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__ACTION:
				setAction((PriorityAction)newValue);
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
			case ProgrammePackage.ACTION_SNAPSHOT__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_PLANNED:
				setBudgetPlanned(BUDGET_PLANNED_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_COMMITTED:
				setBudgetCommitted(BUDGET_COMMITTED_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_SPENT:
				setBudgetSpent(BUDGET_SPENT_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__COMMENT:
				setComment(COMMENT_EDEFAULT);
				return;
			case ProgrammePackage.ACTION_SNAPSHOT__ACTION:
				setAction((PriorityAction)null);
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
			case ProgrammePackage.ACTION_SNAPSHOT__STATUS:
				return status != STATUS_EDEFAULT;
			case ProgrammePackage.ACTION_SNAPSHOT__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_PLANNED:
				return BUDGET_PLANNED_EDEFAULT == null ? budgetPlanned != null : !BUDGET_PLANNED_EDEFAULT.equals(budgetPlanned);
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_COMMITTED:
				return BUDGET_COMMITTED_EDEFAULT == null ? budgetCommitted != null : !BUDGET_COMMITTED_EDEFAULT.equals(budgetCommitted);
			case ProgrammePackage.ACTION_SNAPSHOT__BUDGET_SPENT:
				return BUDGET_SPENT_EDEFAULT == null ? budgetSpent != null : !BUDGET_SPENT_EDEFAULT.equals(budgetSpent);
			case ProgrammePackage.ACTION_SNAPSHOT__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
			case ProgrammePackage.ACTION_SNAPSHOT__ACTION:
				return action != null;
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
		result.append(" (status: ");
		result.append(status);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", budgetPlanned: ");
		result.append(budgetPlanned);
		result.append(", budgetCommitted: ");
		result.append(budgetCommitted);
		result.append(", budgetSpent: ");
		result.append(budgetSpent);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //ActionSnapshotImpl
