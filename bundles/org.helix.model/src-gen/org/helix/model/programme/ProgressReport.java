/**
 * Helix
 */
package org.helix.model.programme;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.helix.model.core.Measurement;
import org.helix.model.core.NamedElement;

import org.helix.model.governance.GovernanceBody;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An (annual) progress report with a snapshot of action statuses and indicator measurements (seed 001 L520-540, L2990-2995).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.programme.ProgressReport#getYear <em>Year</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getReportedOn <em>Reported On</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getAdjustments <em>Adjustments</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getReportedTo <em>Reported To</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getMeasurements <em>Measurements</em>}</li>
 *   <li>{@link org.helix.model.programme.ProgressReport#getActionStatuses <em>Action Statuses</em>}</li>
 * </ul>
 *
 * @see org.helix.model.programme.ProgrammePackage#getProgressReport()
 * @model
 * @generated
 */
public interface ProgressReport extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(Integer)
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_Year()
	 * @model
	 * @generated
	 */
	Integer getYear();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgressReport#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(Integer value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgressReport#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported On</em>' attribute.
	 * @see #setReportedOn(LocalDate)
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_ReportedOn()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getReportedOn();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgressReport#getReportedOn <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported On</em>' attribute.
	 * @see #getReportedOn()
	 * @generated
	 */
	void setReportedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgressReport#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Adjustments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adjustments</em>' attribute list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_Adjustments()
	 * @model
	 * @generated
	 */
	EList<String> getAdjustments();

	/**
	 * Returns the value of the '<em><b>Reported To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported To</em>' reference.
	 * @see #setReportedTo(GovernanceBody)
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_ReportedTo()
	 * @model
	 * @generated
	 */
	GovernanceBody getReportedTo();

	/**
	 * Sets the value of the '{@link org.helix.model.programme.ProgressReport#getReportedTo <em>Reported To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported To</em>' reference.
	 * @see #getReportedTo()
	 * @generated
	 */
	void setReportedTo(GovernanceBody value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' reference list.
	 * The list contents are of type {@link org.helix.model.core.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_Measurements()
	 * @model
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Action Statuses</b></em>' containment reference list.
	 * The list contents are of type {@link org.helix.model.programme.ActionSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action Statuses</em>' containment reference list.
	 * @see org.helix.model.programme.ProgrammePackage#getProgressReport_ActionStatuses()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionSnapshot> getActionStatuses();

} // ProgressReport
