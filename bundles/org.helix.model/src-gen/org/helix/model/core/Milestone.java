/**
 * Helix
 */
package org.helix.model.core;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated milestone. dateText keeps the wording of the source ("najaar 2025", "Q1 2026"), precision tells how exact date is.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.helix.model.core.Milestone#getDate <em>Date</em>}</li>
 *   <li>{@link org.helix.model.core.Milestone#getPrecision <em>Precision</em>}</li>
 *   <li>{@link org.helix.model.core.Milestone#getDateText <em>Date Text</em>}</li>
 *   <li>{@link org.helix.model.core.Milestone#getAchieved <em>Achieved</em>}</li>
 * </ul>
 *
 * @see org.helix.model.core.CorePackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.helix.model.core.CorePackage#getMilestone_Date()
	 * @model dataType="org.helix.model.core.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Milestone#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Precision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.helix.model.core.DatePrecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precision</em>' attribute.
	 * @see org.helix.model.core.DatePrecision
	 * @see #setPrecision(DatePrecision)
	 * @see org.helix.model.core.CorePackage#getMilestone_Precision()
	 * @model
	 * @generated
	 */
	DatePrecision getPrecision();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Milestone#getPrecision <em>Precision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precision</em>' attribute.
	 * @see org.helix.model.core.DatePrecision
	 * @see #getPrecision()
	 * @generated
	 */
	void setPrecision(DatePrecision value);

	/**
	 * Returns the value of the '<em><b>Date Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Text</em>' attribute.
	 * @see #setDateText(String)
	 * @see org.helix.model.core.CorePackage#getMilestone_DateText()
	 * @model
	 * @generated
	 */
	String getDateText();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Milestone#getDateText <em>Date Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Text</em>' attribute.
	 * @see #getDateText()
	 * @generated
	 */
	void setDateText(String value);

	/**
	 * Returns the value of the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Achieved</em>' attribute.
	 * @see #setAchieved(Boolean)
	 * @see org.helix.model.core.CorePackage#getMilestone_Achieved()
	 * @model
	 * @generated
	 */
	Boolean getAchieved();

	/**
	 * Sets the value of the '{@link org.helix.model.core.Milestone#getAchieved <em>Achieved</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Achieved</em>' attribute.
	 * @see #getAchieved()
	 * @generated
	 */
	void setAchieved(Boolean value);

} // Milestone
