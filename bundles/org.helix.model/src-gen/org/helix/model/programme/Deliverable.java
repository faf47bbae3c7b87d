/**
 * Helix
 */
package org.helix.model.programme;

import java.time.LocalDate;

import org.helix.model.core.DatePrecision;
import org.helix.model.core.NamedElement;

import org.helix.model.ecosystem.Actor;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deliverable</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A deliverable of an action with due date and status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.Deliverable#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.programme.Deliverable#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.Deliverable#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.helix.model.programme.Deliverable#getDueDatePrecision <em>Due Date Precision</em>}</li>
 *   <li>{@link org.helix.model.programme.Deliverable#getDeliveredOn <em>Delivered On</em>}</li>
 *   <li>{@link org.helix.model.programme.Deliverable#getAddressee <em>Addressee</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getDeliverable()
 * @model
 * @generated
 */
public interface Deliverable extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.DeliverableKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.programme.DeliverableKind
	 * @see #setKind(DeliverableKind)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_Kind()
	 * @model
	 * @generated
	 */
	DeliverableKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.programme.DeliverableKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DeliverableKind value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.DeliverableStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.DeliverableStatus
	 * @see #setStatus(DeliverableStatus)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_Status()
	 * @model
	 * @generated
	 */
	DeliverableStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.DeliverableStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DeliverableStatus value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_DueDate()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date Precision</em>' attribute.
	 * @see org.helix.model.core.DatePrecision
	 * @see #setDueDatePrecision(DatePrecision)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_DueDatePrecision()
	 * @model
	 * @generated
	 */
	DatePrecision getDueDatePrecision();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getDueDatePrecision <em>Due Date Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date Precision</em>' attribute.
	 * @see org.helix.model.core.DatePrecision
	 * @see #getDueDatePrecision()
	 * @generated
	 */
	void setDueDatePrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Delivered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Delivered On</em>' attribute.
	 * @see #setDeliveredOn(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_DeliveredOn()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDeliveredOn();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getDeliveredOn <em>Delivered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Delivered On</em>' attribute.
	 * @see #getDeliveredOn()
	 * @generated
	 */
	void setDeliveredOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Addressee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addressee</em>' reference.
	 * @see #setAddressee(Actor)
	 * @see org.helix.model.programme.ProgrammePackage#getDeliverable_Addressee()
	 * @model
	 * @generated
	 */
	Actor getAddressee();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.Deliverable#getAddressee <em>Addressee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Addressee</em>' reference.
	 * @see #getAddressee()
	 * @generated
	 */
	void setAddressee(Actor value);

} // Deliverable
