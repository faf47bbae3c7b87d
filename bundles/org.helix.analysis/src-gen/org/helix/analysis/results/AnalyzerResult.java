/**
 * Helix
 */
package org.helix.analysis.results;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Analyzer Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one analyzer produced in a run, and with which version and parameters.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerId <em>Analyzer Id</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerVersion <em>Analyzer Version</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getLabel <em>Label</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getCategory <em>Category</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getOutcome <em>Outcome</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getDurationMillis <em>Duration Millis</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.helix.analysis.results.AnalyzerResult#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult()
 * @model
 * @generated
 */
public interface AnalyzerResult extends EObject {
	/**
	 * Returns the value of the '<em><b>Analyzer Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyzer Id</em>' attribute.
	 * @see #setAnalyzerId(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_AnalyzerId()
	 * @model
	 * @generated
	 */
	String getAnalyzerId();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerId <em>Analyzer Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analyzer Id</em>' attribute.
	 * @see #getAnalyzerId()
	 * @generated
	 */
	void setAnalyzerId(String value);

	/**
	 * Returns the value of the '<em><b>Analyzer Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Analyzer Version</em>' attribute.
	 * @see #setAnalyzerVersion(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_AnalyzerVersion()
	 * @model
	 * @generated
	 */
	String getAnalyzerVersion();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getAnalyzerVersion <em>Analyzer Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Analyzer Version</em>' attribute.
	 * @see #getAnalyzerVersion()
	 * @generated
	 */
	void setAnalyzerVersion(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_Category()
	 * @model
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.analysis.results.RunOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.helix.analysis.results.RunOutcome
	 * @see #setOutcome(RunOutcome)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_Outcome()
	 * @model
	 * @generated
	 */
	RunOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.helix.analysis.results.RunOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(RunOutcome value);

	/**
	 * Returns the value of the '<em><b>Duration Millis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Millis</em>' attribute.
	 * @see #setDurationMillis(long)
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_DurationMillis()
	 * @model
	 * @generated
	 */
	long getDurationMillis();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.AnalyzerResult#getDurationMillis <em>Duration Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Millis</em>' attribute.
	 * @see #getDurationMillis()
	 * @generated
	 */
	void setDurationMillis(long value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.analysis.results.ParameterValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<ParameterValue> getParameters();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.analysis.results.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.helix.analysis.results.ResultsPackage#getAnalyzerResult_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

} // AnalyzerResult
