/**
 * Helix
 */
package org.helix.analysis.results;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One observation about one or more elements of the analysed model. The code (e.g. 'action.rag') is stable between runs, so that runs can be compared.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.analysis.results.Finding#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getCode <em>Code</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getTargetLabels <em>Target Labels</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getTargetIds <em>Target Ids</em>}</li>
 *   <li>{@link org.helix.analysis.results.Finding#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see org.helix.analysis.results.ResultsPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.analysis.results.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.helix.analysis.results.Severity
	 * @see #setSeverity(Severity)
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_Severity()
	 * @model
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.Finding#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.helix.analysis.results.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.Finding#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.helix.analysis.results.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EObject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The elements of the analysed model the finding is about (references into that model).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_Targets()
	 * @model
	 * @generated
	 */
	EList<EObject> getTargets();

	/**
	 * Returns the value of the '<em><b>Target Labels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Type and name of each target when the finding was made, readable without the analysed model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Labels</em>' attribute list.
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_TargetLabels()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTargetLabels();

	/**
	 * Returns the value of the '<em><b>Target Ids</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Ids</em>' attribute list.
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_TargetIds()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTargetIds();

	/**
	 * Returns the value of the '<em><b>Values</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.analysis.results.FindingValue}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' containment reference list.
	 * @see org.helix.analysis.results.ResultsPackage#getFinding_Values()
	 * @model containment="true"
	 * @generated
	 */
	EList<FindingValue> getValues();

} // Finding
