/**
 * Helix
 */
package org.helix.scoring.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scoring Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a scoring, with what it used and what it gave.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getMethod <em>Method</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getMethodVersion <em>Method Version</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getNormalisation <em>Normalisation</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getInputs <em>Inputs</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getResults <em>Results</em>}</li>
 *   <li>{@link org.helix.scoring.model.ScoringRun#getWarnings <em>Warnings</em>}</li>
 * </ul>
 *
 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun()
 * @model
 * @generated
 */
public interface ScoringRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see #setMethod(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Method()
	 * @model
	 * @generated
	 */
	String getMethod();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.ScoringRun#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(String value);

	/**
	 * Returns the value of the '<em><b>Method Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the bundle that contributed the method.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Method Version</em>' attribute.
	 * @see #setMethodVersion(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_MethodVersion()
	 * @model
	 * @generated
	 */
	String getMethodVersion();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.ScoringRun#getMethodVersion <em>Method Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Version</em>' attribute.
	 * @see #getMethodVersion()
	 * @generated
	 */
	void setMethodVersion(String value);

	/**
	 * Returns the value of the '<em><b>Normalisation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The normalisation used (the method default made explicit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Normalisation</em>' attribute.
	 * @see #setNormalisation(String)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Normalisation()
	 * @model
	 * @generated
	 */
	String getNormalisation();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.ScoringRun#getNormalisation <em>Normalisation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Normalisation</em>' attribute.
	 * @see #getNormalisation()
	 * @generated
	 */
	void setNormalisation(String value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The calendar date the run was made for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_AsOf()
	 * @model dataType="org.helix.scoring.model.LocalDate"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.helix.scoring.model.ScoringRun#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.RunWeight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weights used, summing to 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weights</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Weights()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunWeight> getWeights();

	/**
	 * Returns the value of the '<em><b>Inputs</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.RunInput}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every value read, per alternative and criterion, as used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Inputs</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Inputs()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunInput> getInputs();

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.scoring.model.RunResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Per alternative, in ranking order; those with missing values last, without a rank.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<RunResult> getResults();

	/**
	 * Returns the value of the '<em><b>Warnings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warnings</em>' attribute list.
	 * @see org.helix.scoring.model.ScoringsPackage#getScoringRun_Warnings()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getWarnings();

} // ScoringRun
