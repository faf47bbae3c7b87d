/**
 * Helix
 */
package org.helix.model.programme.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.helix.model.core.DatePrecision;

import org.helix.model.core.impl.NamedElementImpl;

import org.helix.model.ecosystem.Actor;

import org.helix.model.programme.Deliverable;
import org.helix.model.programme.DeliverableKind;
import org.helix.model.programme.DeliverableStatus;
import org.helix.model.programme.ProgrammePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getDueDatePrecision <em>Due Date Precision</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getDeliveredOn <em>Delivered On</em>}</li>
 *   <li>{@link org.helix.model.programme.impl.DeliverableImpl#getAddressee <em>Addressee</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DeliverableImpl extends NamedElementImpl implements Deliverable {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DeliverableKind KIND_EDEFAULT = DeliverableKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DeliverableKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DeliverableStatus STATUS_EDEFAULT = DeliverableStatus.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DeliverableStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDatePrecision() <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected static final DatePrecision DUE_DATE_PRECISION_EDEFAULT = DatePrecision.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getDueDatePrecision() <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDatePrecision()
	 * @generated
	 * @ordered
	 */
	protected DatePrecision dueDatePrecision = DUE_DATE_PRECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeliveredOn() <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DELIVERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeliveredOn() <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeliveredOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate deliveredOn = DELIVERED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddressee() <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddressee()
	 * @generated
	 * @ordered
	 */
	protected Actor addressee;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeliverableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProgrammePackage.Literals.DELIVERABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliverableKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DeliverableKind newKind) {
		DeliverableKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeliverableStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DeliverableStatus newStatus) {
		DeliverableStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatePrecision getDueDatePrecision() {
		return dueDatePrecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDatePrecision(DatePrecision newDueDatePrecision) {
		DatePrecision oldDueDatePrecision = dueDatePrecision;
		dueDatePrecision = newDueDatePrecision == null ? DUE_DATE_PRECISION_EDEFAULT : newDueDatePrecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__DUE_DATE_PRECISION, oldDueDatePrecision, dueDatePrecision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDeliveredOn() {
		return deliveredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeliveredOn(LocalDate newDeliveredOn) {
		LocalDate oldDeliveredOn = deliveredOn;
		deliveredOn = newDeliveredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__DELIVERED_ON, oldDeliveredOn, deliveredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getAddressee() {
		if (addressee != null && addressee.eIsProxy()) {
			InternalEObject oldAddressee = (InternalEObject)addressee;
			addressee = (Actor)eResolveProxy(oldAddressee);
			if (addressee != oldAddressee) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProgrammePackage.DELIVERABLE__ADDRESSEE, oldAddressee, addressee));
			}
		}
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetAddressee() {
		return addressee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddressee(Actor newAddressee) {
		Actor oldAddressee = addressee;
		addressee = newAddressee;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProgrammePackage.DELIVERABLE__ADDRESSEE, oldAddressee, addressee));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProgrammePackage.DELIVERABLE__KIND:
				return getKind();
			case ProgrammePackage.DELIVERABLE__STATUS:
				return getStatus();
			case ProgrammePackage.DELIVERABLE__DUE_DATE:
				return getDueDate();
			case ProgrammePackage.DELIVERABLE__DUE_DATE_PRECISION:
				return getDueDatePrecision();
			case ProgrammePackage.DELIVERABLE__DELIVERED_ON:
				return getDeliveredOn();
			case ProgrammePackage.DELIVERABLE__ADDRESSEE:
				if (resolve) return getAddressee();
				return basicGetAddressee();
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
			case ProgrammePackage.DELIVERABLE__KIND:
				setKind((DeliverableKind)newValue);
				return;
			case ProgrammePackage.DELIVERABLE__STATUS:
				setStatus((DeliverableStatus)newValue);
				return;
			case ProgrammePackage.DELIVERABLE__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case ProgrammePackage.DELIVERABLE__DUE_DATE_PRECISION:
				setDueDatePrecision((DatePrecision)newValue);
				return;
			case ProgrammePackage.DELIVERABLE__DELIVERED_ON:
				setDeliveredOn((LocalDate)newValue);
				return;
			case ProgrammePackage.DELIVERABLE__ADDRESSEE:
				setAddressee((Actor)newValue);
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
			case ProgrammePackage.DELIVERABLE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ProgrammePackage.DELIVERABLE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProgrammePackage.DELIVERABLE__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case ProgrammePackage.DELIVERABLE__DUE_DATE_PRECISION:
				setDueDatePrecision(DUE_DATE_PRECISION_EDEFAULT);
				return;
			case ProgrammePackage.DELIVERABLE__DELIVERED_ON:
				setDeliveredOn(DELIVERED_ON_EDEFAULT);
				return;
			case ProgrammePackage.DELIVERABLE__ADDRESSEE:
				setAddressee((Actor)null);
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
			case ProgrammePackage.DELIVERABLE__KIND:
				return kind != KIND_EDEFAULT;
			case ProgrammePackage.DELIVERABLE__STATUS:
				return status != STATUS_EDEFAULT;
			case ProgrammePackage.DELIVERABLE__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case ProgrammePackage.DELIVERABLE__DUE_DATE_PRECISION:
				return dueDatePrecision != DUE_DATE_PRECISION_EDEFAULT;
			case ProgrammePackage.DELIVERABLE__DELIVERED_ON:
				return DELIVERED_ON_EDEFAULT == null ? deliveredOn != null : !DELIVERED_ON_EDEFAULT.equals(deliveredOn);
			case ProgrammePackage.DELIVERABLE__ADDRESSEE:
				return addressee != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", status: ");
		result.append(status);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", dueDatePrecision: ");
		result.append(dueDatePrecision);
		result.append(", deliveredOn: ");
		result.append(deliveredOn);
		result.append(')');
		return result.toString();
	}

} //DeliverableImpl
