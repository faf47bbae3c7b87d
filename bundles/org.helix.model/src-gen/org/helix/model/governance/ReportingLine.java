/**
 * Helix
 */
package org.helix.model.governance;

import org.helix.model.core.HelixElement;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reporting Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reporting or feedback line from the containing body to another body (advice, progress report, status report, feedback).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.governance.ReportingLine#getKind <em>Kind</em>}</li>
 *   <li>{@link org.helix.model.governance.ReportingLine#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.helix.model.governance.ReportingLine#getText <em>Text</em>}</li>
 *   <li>{@link org.helix.model.governance.ReportingLine#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see org.helix.model.governance.GovernancePackage#getReportingLine()
 * @model
 * @generated
 */
public interface ReportingLine extends HelixElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.ReportingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.ReportingKind
	 * @see #setKind(ReportingKind)
	 * @see org.helix.model.governance.GovernancePackage#getReportingLine_Kind()
	 * @model
	 * @generated
	 */
	ReportingKind getKind();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.ReportingLine#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.helix.model.governance.ReportingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ReportingKind value);

	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.governance.MeetingCadence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.helix.model.governance.MeetingCadence
	 * @see #setFrequency(MeetingCadence)
	 * @see org.helix.model.governance.GovernancePackage#getReportingLine_Frequency()
	 * @model
	 * @generated
	 */
	MeetingCadence getFrequency();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.ReportingLine#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.helix.model.governance.MeetingCadence
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(MeetingCadence value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.helix.model.governance.GovernancePackage#getReportingLine_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.ReportingLine#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(GovernanceBody)
	 * @see org.helix.model.governance.GovernancePackage#getReportingLine_Target()
	 * @model required="true"
	 * @generated
	 */
	GovernanceBody getTarget();

	/**
	 * Sets the value of the '{@link org.helix.model.governance.ReportingLine#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(GovernanceBody value);

} // ReportingLine
