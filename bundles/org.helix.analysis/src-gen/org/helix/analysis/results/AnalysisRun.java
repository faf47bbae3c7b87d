/**
 * Helix
 */
package org.helix.analysis.results;

import java.time.LocalDate;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analysis Run</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a set of analyzers over one model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getInputFile <em>Input File</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getModelTitle <em>Model Title</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalysisRun#getResults <em>Results</em>}</li>
 * </ul>
 *
 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun()
 * @model
 * @generated
 */
public interface AnalysisRun extends EObject {
	/**
	 * Returns the value of the '<em><b>Input File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Input File</em>' attribute.
	 * @see #setInputFile(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_InputFile()
	 * @model
	 * @generated
	 */
	String getInputFile();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalysisRun#getInputFile <em>Input File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input File</em>' attribute.
	 * @see #getInputFile()
	 * @generated
	 */
	void setInputFile(String value);

	/**
	 * Returns the value of the '<em><b>Model Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model Title</em>' attribute.
	 * @see #setModelTitle(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_ModelTitle()
	 * @model
	 * @generated
	 */
	String getModelTitle();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalysisRun#getModelTitle <em>Model Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Title</em>' attribute.
	 * @see #getModelTitle()
	 * @generated
	 */
	void setModelTitle(String value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_AsOf()
	 * @model dataType="org.helix.analysis.results.LocalDate"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalysisRun#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(Date)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_StartedAt()
	 * @model
	 * @generated
	 */
	Date getStartedAt();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalysisRun#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_DurationMillis()
	 * @model
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalysisRun#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Results</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.analysis.results.AnalyzerResult}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Results</em>' containment reference list.
	 * @see org.helix.analysis.results.ResultsPackage#getAnalysisRun_Results()
	 * @model containment="true"
	 * @generated
	 */
	EList<AnalyzerResult> getResults();

} // AnalysisRun
