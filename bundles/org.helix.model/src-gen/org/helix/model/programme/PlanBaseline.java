/**
 * Helix
 */
package org.helix.model.programme;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A frozen snapshot of the plan (actions with status, budget and planned end) to compare progress against.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.PlanBaseline#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.programme.PlanBaseline#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getPlanBaseline()
 * @model
 * @generated
 */
public interface PlanBaseline extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getPlanBaseline_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.PlanBaseline#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.ActionSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getPlanBaseline_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionSnapshot> getEntries();

} // PlanBaseline
