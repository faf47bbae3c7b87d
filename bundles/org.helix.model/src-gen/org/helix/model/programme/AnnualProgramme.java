/**
 * Helix
 */
package org.helix.model.programme;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.HelixElement;

import org.helix.model.governance.GovernanceBody;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annual Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The annual programme (jaarprogramma) selecting the actions prioritised in one year (seed 001 L2972, L2983-3062).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.AnnualProgramme#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.programme.AnnualProgramme#getActions <em>Actions</em>}</li>
 *   <li>{@link org.helix.model.programme.AnnualProgramme#getApprovedBy <em>Approved By</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getAnnualProgramme()
 * @model
 * @generated
 */
public interface AnnualProgramme extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getAnnualProgramme_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.AnnualProgramme#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.programme.PriorityAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getAnnualProgramme_Actions()
	 * @model
	 * @generated
	 */
	EList<PriorityAction> getActions();

	/**
	 * Returns the value of the '<em><b>Approved By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approved By</em>' reference.
	 * @see #setApprovedBy(GovernanceBody)
	 * @see org.helix.model.programme.ProgrammePackage#getAnnualProgramme_ApprovedBy()
	 * @model
	 * @generated
	 */
	GovernanceBody getApprovedBy();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.AnnualProgramme#getApprovedBy <em>Approved By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approved By</em>' reference.
	 * @see #getApprovedBy()
	 * @generated
	 */
	void setApprovedBy(GovernanceBody value);

} // AnnualProgramme
