/**
 * Helix
 */
package org.helix.model.programme;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.NamedElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Evaluation of a (previous) programme period: methods, realisations, findings and improvement points (seed 001 ch. 3, L171-466).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getMethods <em>Methods</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getImprovementPoints <em>Improvement Points</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getEvaluatedProgramme <em>Evaluated Programme</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgrammeEvaluation#getRealisations <em>Realisations</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation()
 * @model
 * @generated
 */
public interface ProgrammeEvaluation extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgrammeEvaluation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Methods</b></em>' attribute list.
	 * The list contents are of type {@link org.helix.model.programme.EvaluationMethod}.
	 * The literals are from the enumeration {@link org.helix.model.programme.EvaluationMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Methods</em>' attribute list.
	 * @see org.helix.model.programme.EvaluationMethod
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_Methods()
	 * @model
	 * @generated
	 */
	EList<EvaluationMethod> getMethods();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_Findings()
	 * @model
	 * @generated
	 */
	EList<String> getFindings();

	/**
	 * Returns the value of the '<em><b>Improvement Points</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Improvement Points</em>' attribute list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_ImprovementPoints()
	 * @model
	 * @generated
	 */
	EList<String> getImprovementPoints();

	/**
	 * Returns the value of the '<em><b>Evaluated Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evaluated Programme</em>' reference.
	 * @see #setEvaluatedProgramme(Programme)
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_EvaluatedProgramme()
	 * @model
	 * @generated
	 */
	Programme getEvaluatedProgramme();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgrammeEvaluation#getEvaluatedProgramme <em>Evaluated Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evaluated Programme</em>' reference.
	 * @see #getEvaluatedProgramme()
	 * @generated
	 */
	void setEvaluatedProgramme(Programme value);

	/**
	 * Returns the value of the '<em><b>Realisations</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.Realisation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Realisations</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgrammeEvaluation_Realisations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Realisation> getRealisations();

} // ProgrammeEvaluation
