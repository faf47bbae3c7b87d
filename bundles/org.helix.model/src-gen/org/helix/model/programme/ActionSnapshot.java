/**
 * Helix
 */
package org.helix.model.programme;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * State of one action at a report or baseline date.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getStatus <em>Status</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getBudgetCommitted <em>Budget Committed</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getBudgetSpent <em>Budget Spent</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getComment <em>Comment</em>}</li>
 *   <li>{@link org.helix.model.programme.ActionSnapshot#getAction <em>Action</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot()
 * @model
 * @generated
 */
public interface ActionSnapshot extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.programme.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.helix.model.programme.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned End</em>' attribute.
	 * @see #setPlannedEnd(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_PlannedEnd()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Planned</em>' attribute.
	 * @see #setBudgetPlanned(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_BudgetPlanned()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetPlanned();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getBudgetPlanned <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Planned</em>' attribute.
	 * @see #getBudgetPlanned()
	 * @generated
	 */
	void setBudgetPlanned(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Committed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Committed</em>' attribute.
	 * @see #setBudgetCommitted(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_BudgetCommitted()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetCommitted();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getBudgetCommitted <em>Budget Committed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Committed</em>' attribute.
	 * @see #getBudgetCommitted()
	 * @generated
	 */
	void setBudgetCommitted(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Spent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Spent</em>' attribute.
	 * @see #setBudgetSpent(BigDecimal)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_BudgetSpent()
	 * @model
	 * @generated
	 */
	BigDecimal getBudgetSpent();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getBudgetSpent <em>Budget Spent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Spent</em>' attribute.
	 * @see #getBudgetSpent()
	 * @generated
	 */
	void setBudgetSpent(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_Comment()
	 * @model
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(PriorityAction)
	 * @see org.helix.model.programme.ProgrammePackage#getActionSnapshot_Action()
	 * @model required="true"
	 * @generated
	 */
	PriorityAction getAction();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ActionSnapshot#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(PriorityAction value);

} // ActionSnapshot
